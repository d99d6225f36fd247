// A private, throw-away PostgreSQL server on loopback for the tests: its own data folder, port and socket.
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { postgresBinDir } from './toolchain.mjs';
import { capture, freePort, run } from './shell.mjs';

/** @returns {Promise<{ env: Record<string, string>, stop: () => void }>} */
export async function startTemporaryPostgres() {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL server binaries were not found under /usr/lib/postgresql');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thads-pg-'));
  const port = await freePort();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // PostgreSQL refuses to run as root: the cluster belongs to the postgres system user then.
  const asOwner = (/** @type {string} */ command, /** @type {string[]} */ args) => {
    if (!isRoot) return run(command, args);
    return run('su', [
      'postgres',
      '-s',
      '/bin/sh',
      '-c',
      [command, ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' '),
    ]);
  };
  if (isRoot) {
    const uid = Number(capture('id', ['-u', 'postgres']));
    const gid = Number(capture('id', ['-g', 'postgres']));
    if (!Number.isInteger(uid))
      throw new Error('The postgres system user is missing (is the postgresql package installed?)');
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
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
  asOwner(path.join(bin, 'pg_ctl'), [
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
  ]);
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
        asOwner(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
