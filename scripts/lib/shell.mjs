// Running commands and services from the orchestrator, with output that says which part is speaking.
import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';

export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

/** Prints a step heading. @param {string} message */
export function step(message) {
  console.log(`\n▶ ${message}`);
}

/**
 * Runs a command to completion, inheriting the terminal; throws with the command line when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, allowFailure?: boolean }} [options]
 * @returns {number} the exit code
 */
export function run(command, args, { cwd = ROOT, env = process.env, allowFailure = false } = {}) {
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.error) throw new Error(`${command} could not be started: ${result.error.message}`);
  const code = result.status ?? 1;
  if (code !== 0 && !allowFailure) throw new Error(`Command failed (exit ${code}): ${command} ${args.join(' ')}`);
  return code;
}

/**
 * Runs a command and returns its standard output, or null when it cannot run or fails.
 * @param {string} command
 * @param {string[]} args
 * @param {Omit<import('node:child_process').SpawnSyncOptionsWithStringEncoding, 'encoding'>} [options]
 * @returns {string | null}
 */
export function capture(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  return result.status === 0 ? result.stdout.trim() : null;
}

/**
 * Starts a long-running service; its output lines are prefixed with its name.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, quiet?: boolean }} [options]
 */
export function startService(name, command, args, { cwd = ROOT, env = process.env, quiet = false } = {}) {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  /** @type {string[]} */
  const recent = [];
  const relay = (/** @type {NodeJS.WriteStream} */ stream) => (/** @type {Buffer} */ chunk) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      recent.push(line);
      if (recent.length > 200) recent.shift();
      if (!quiet) stream.write(`[${name}] ${line}\n`);
    }
  };
  child.stdout.on('data', relay(process.stdout));
  child.stderr.on('data', relay(process.stderr));
  /** @type {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} */
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    name,
    child,
    exited,
    /** The last lines it printed, to explain a failure. */
    recentOutput: () => recent.join('\n'),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** @typedef {ReturnType<typeof startService>} Service */

/**
 * Waits until a URL answers with a status below 500, or the service dies, or time runs out.
 * @param {string} url
 * @param {Service} service
 * @param {number} [timeoutMs]
 */
export async function waitForHttp(url, service, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  let died = false;
  service.exited.then(() => (died = true));
  while (Date.now() < deadline) {
    if (died) throw new Error(`${service.name} stopped before it was ready:\n${service.recentOutput()}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${service.name} did not answer at ${url} within ${timeoutMs / 1000} s:\n${service.recentOutput()}`);
}

/** @type {Set<number>} Ports `freePort` has handed out: free when asked, but maybe not yet taken by whoever asked. */
const handedOut = new Set();

/**
 * A TCP port nobody listens on right now, and not one this process was given before (a caller that picks several
 * before starting its servers would otherwise be given one twice). Servers listening on port 0 are given theirs by
 * the system: pick a port only once they listen. @returns {Promise<number>}
 */
export async function freePort() {
  for (;;) {
    /** @type {number} */
    const port = await new Promise((resolve, reject) => {
      const server = net.createServer();
      server.unref();
      server.on('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

/** What a server says when the port it was given is taken (Node's error, Strapi's sentence). */
const PORT_TAKEN = /EADDRINUSE|already used by another application/;

/**
 * Starts a server on a port from `freePort` and waits until `readyUrl` answers. A port free when picked can be taken
 * before the server binds it (as the local port of an outgoing connection, or by a server given port 0); if the
 * server stops saying so, it is started again on another port. Any other failure stops it and is thrown as it is.
 * @param {(port: number) => Service} start
 * @param {(port: number) => string} readyUrl
 * @returns {Promise<{ service: Service, port: number }>}
 */
export async function startOnFreePort(start, readyUrl, attempts = 3) {
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const service = start(port);
    try {
      await waitForHttp(readyUrl(port), service);
      return { service, port };
    } catch (error) {
      const portTaken = PORT_TAKEN.test(service.recentOutput());
      await service.stop();
      if (attempt >= attempts || !portTaken) throw error;
    }
  }
}

/**
 * True when something already listens on the port.
 * @param {number} port
 * @param {string} [host]
 * @returns {Promise<boolean>}
 */
export function portInUse(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
