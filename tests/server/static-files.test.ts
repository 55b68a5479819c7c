import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer } from '../../src/server/http-server.ts';

let url = '';
let close: () => Promise<void> = () => Promise.resolve();

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'crisis-static-'));
  mkdirSync(join(root, 'audio'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(root, 'audio', 'a.ogg'), 'OggS');
  const started = await startServer({ root, port: 0, handlers: [(req, res, next) => (req.url === '/api/ping' ? res.end('pong') : next())] });
  url = started.url;
  close = () => new Promise((done) => started.server.close(() => done()));
});
afterAll(() => close());

describe('npm start server', () => {
  test('serves the game at / with the right content types', async () => {
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const sound = await fetch(`${url}audio/a.ogg`);
    expect(sound.headers.get('content-type')).toBe('audio/ogg');
  });

  test('routes mounted in front (the session server later) answer first', async () => {
    expect(await (await fetch(`${url}api/ping`)).text()).toBe('pong');
  });

  test('never serves a file outside the game folder, and answers 404 for what is missing', async () => {
    const escape = await fetch(`${url}..%2f..%2fetc%2fpasswd`);
    expect([403, 404]).toContain(escape.status);
    expect((await fetch(`${url}nope.js`)).status).toBe(404);
  });
});
