// A private PostgreSQL server on loopback: its own data folder, port and socket. Throw-away for the tests, kept in a
// folder of its own for `pnpm start:cluster`.
import { chownSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { postgresBinDir } from './toolchain.mjs';
import { capture, freePort, run } from './shell.mjs';

/**
 * @typedef {object} PrivatePostgres
 * @property {Record<string, string>} env the DATABASE_* settings that reach it
 * @property {() => void} stop stops it (and removes a throw-away one)
 * @property {(pauseMs?: number) => Promise<void>} restart stops it (a fast shutdown: clients are cut off), waits,
 *   and starts it again on the same port
 */

/** @returns {Promise<PrivatePostgres>} */
export async function startTemporaryPostgres() {
  return startPrivatePostgres({ dir: mkdtempSync(path.join(os.tmpdir(), 'thads-pg-')), port: await freePort() });
}

/**
 * Starts the server whose data lives in `dir` (created on first start); `keep` leaves the data there at stop.
 * @param {{ dir: string, port: number, keep?: boolean }} options
 * @returns {Promise<PrivatePostgres>}
 */
export async function startPrivatePostgres({ dir, port, keep = false }) {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL server binaries were not found under /usr/lib/postgresql');
  mkdirSync(dir, { recursive: true });
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // PostgreSQL refuses to run as root: the cluster belongs to the postgres system user then.
  /** @returns {[string, string[]]} */
  const owned = (/** @type {string} */ command, /** @type {string[]} */ args) =>
    isRoot
      ? [
          'su',
          [
            'postgres',
            '-s',
            '/bin/sh',
            '-c',
            [command, ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' '),
          ],
        ]
      : [command, args];
  const asOwner = (/** @type {string} */ command, /** @type {string[]} */ args) => run(...owned(command, args));
  /** Without blocking this process (a benchmark keeps its load running meanwhile). */
  const asOwnerAsync = (/** @type {string} */ command, /** @type {string[]} */ args) =>
    new Promise((resolve, reject) => {
      const [program, programArgs] = owned(command, args);
      spawn(program, programArgs, { stdio: 'ignore' }).on('exit', (code) =>
        code === 0 ? resolve(undefined) : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code})`)),
      );
    });
  if (isRoot) {
    const uid = Number(capture('id', ['-u', 'postgres']));
    const gid = Number(capture('id', ['-g', 'postgres']));
    if (!Number.isInteger(uid))
      throw new Error('The postgres system user is missing (is the postgresql package installed?)');
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  if (!existsSync(data))
    asOwner(path.join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '-N',
    ]);
  const pgCtl = path.join(bin, 'pg_ctl');
  const startArgs = [
    '-D',
    data,
    '-l',
    path.join(dir, 'server.log'),
    '-w',
    '-t',
    '60',
    '-o',
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    'start',
  ];
  const stopArgs = ['-D', data, '-m', 'fast', '-w', 'stop'];
  asOwner(pgCtl, startArgs);
  return {
    env: {
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: '127.0.0.1',
      DATABASE_PORT: String(port),
      DATABASE_USERNAME: 'postgres',
      DATABASE_PASSWORD: '',
    },
    stop() {
      try {
        asOwner(pgCtl, keep ? stopArgs : ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        if (!keep) rmSync(dir, { recursive: true, force: true });
      }
    },
    async restart(pauseMs = 0) {
      await asOwnerAsync(pgCtl, stopArgs);
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      await asOwnerAsync(pgCtl, startArgs);
    },
  };
}
