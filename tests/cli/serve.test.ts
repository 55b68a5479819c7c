/** `crisis serve`: the session server from the command line, with its arguments checked like any command's. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { freePort, tempDir } from '../server/services.ts';

describe('crisis serve', () => {
  it('refuses a bad port or an unknown flag with a usage error (exit 2)', () => {
    expect(run(['serve', '--port', 'abc'])).toMatchObject({ code: 2 });
    expect(run(['serve', '--port', '70000'])).toMatchObject({ code: 2 });
    expect(run(['serve', '--colour', 'red'])).toMatchObject({ code: 2 });
  });

  it('serves the session API on the given port with the given database', async () => {
    const dir = tempDir();
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', String(port), '--db', join(dir.dir, 's.db')], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('crisis serve did not start')), 30_000);
        child.stdout.on('data', (d: Buffer) => {
          if (d.toString().includes(`localhost:${port}`)) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      const res = await fetch(`http://127.0.0.1:${port}/api/join`, { method: 'POST', body: JSON.stringify({ code: 'ZZZZZ-ZZZZZ' }) });
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: 'unknown-code' });
    } finally {
      child.kill('SIGTERM');
      dir.remove();
    }
  }, 60_000);
});
