/**
 * Real PostgreSQL and Redis servers for the tests, each started in a temporary directory on a free
 * loopback port and stopped (and deleted) afterwards, so no test leaves a server or a database
 * behind. They need Debian's `postgresql` and `redis-server` packages (`.ci/run` installs them).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function postgresBin(name: string): string {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) {
    const path = join(base, v, 'bin', name);
    if (existsSync(path)) return path;
  }
  throw new Error(`PostgreSQL's ${name} was not found under ${base}: install Debian's postgresql package (apt-get install postgresql)`);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** PostgreSQL refuses to run as root; as root, run it as the postgres user Debian's package creates. */
function asPostgres(command: string, args: readonly string[]): [string, string[]] {
  return isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, [...args]];
}

async function waitFor(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start within ${ms} ms`);
}

export interface Service {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

export async function startPostgres(): Promise<Service> {
  const dir = mkdtempSync(join(tmpdir(), 'crisis-pg-'));
  if (isRoot) spawnSync('chown', ['-R', 'postgres:postgres', dir]);
  const data = join(dir, 'data');
  const [initCmd, initArgs] = asPostgres(postgresBin('initdb'), ['-D', data, '-U', 'crisis', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const init = spawnSync(initCmd, initArgs, { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
  const port = await freePort();
  const [cmd, args] = asPostgres(postgresBin('postgres'), [
    '-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=100',
  ]);
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  const pgIsReady = postgresBin('pg_isready');
  await waitFor(() => spawnSync(pgIsReady, ['-h', '127.0.0.1', '-p', String(port)]).status === 0 || child.exitCode !== null, 'PostgreSQL');
  if (child.exitCode !== null) throw new Error(`PostgreSQL exited: ${log}`);
  const create = spawnSync(postgresBin('createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'crisis', 'crisis'], { encoding: 'utf8' });
  if (create.status !== 0) throw new Error(`createdb failed: ${create.stderr}`);
  return {
    url: `postgres://crisis@127.0.0.1:${port}/crisis`,
    port,
    async stop() {
      const [stopCmd, stopArgs] = asPostgres(postgresBin('pg_ctl'), ['-D', data, 'stop', '-m', 'fast', '-w']);
      spawnSync(stopCmd, stopArgs, { encoding: 'utf8' });
      await stopChild(child, 'SIGINT');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startRedis(): Promise<Service> {
  const dir = mkdtempSync(join(tmpdir(), 'crisis-redis-'));
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const failure: { error: Error | null } = { error: null };
  child.on('error', (e) => (failure.error = new Error(`redis-server could not start (apt-get install redis-server): ${e.message}`)));
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  await waitFor(() => failure.error !== null || out.includes('Ready to accept connections') || child.exitCode !== null, 'Redis');
  if (failure.error) throw failure.error;
  if (child.exitCode !== null) throw new Error(`redis-server exited: ${out}`);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh directory for a SQLite file, removed by the returned function. */
export function tempDir(prefix = 'crisis-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

