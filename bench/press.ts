/**
 * The press conference's share of the browser budget, measured in headless Chromium (Debian's,
 * software WebGL):
 *
 *   - what press-conference practice adds to the initial JavaScript (the scenes registered at start)
 *     and what arrives only when a drill opens (the podium chunk);
 *   - frames at the podium while the room reacts to a dodged answer (a burst of camera flashes, the
 *     follow-up put, the answer clock running): frames over 50 ms.
 *
 *   npx tsx bench/press.ts      (also run by `npm run bench`)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { startServer } from '../src/server/http-server.ts';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

function line(name: string, value: string, note = ''): void {
  process.stdout.write(`${name.padEnd(64)} ${value.padStart(12)}${note ? `   (${note})` : ''}\n`);
}

await build({ logLevel: 'error' });
const gz = (file: string): number => gzipSync(readFileSync(join('dist', file)), { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const html = readFileSync('dist/index.html', 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
const chunk = (prefix: string): string | undefined => readdirSync('dist/assets').find((f) => f.startsWith(prefix) && f.endsWith('.js'));
line('initial JavaScript, gzipped (whole game)', kb(initial.reduce((sum, f) => sum + gz(f), 0)), 'budget 450 KB');
const stage = chunk('press-stage-');
const open = chunk('open-press-');
line('press podium chunk, gzipped (loaded when a drill opens)', stage ? kb(gz(`assets/${stage}`)) : 'missing', open ? `plus open-press ${kb(gz(`assets/${open}`))}; the engine and analyser chunks are shared with the crisis room` : '');

const { server, url } = await startServer({ root: 'dist', port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${url}?test`);
  await page.getByTestId('menu-press').click();
  await page.getByTestId('press-open-global-foods-recall').click();
  await page.getByTestId('press-start').click();
  await page.getByTestId('answer-text').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1500);
  // Page code is passed as text: tsx's transform would wrap functions in a helper the page lacks.
  const framesPromise = page.evaluate<number[]>(`new Promise((done) => {
    const deltas = [];
    let last = performance.now();
    const started = last;
    const step = (t) => {
      deltas.push(t - last);
      last = t;
      if (t - started < 6000) requestAnimationFrame(step);
      else done(deltas);
    };
    requestAnimationFrame(step);
  })`);
  await page.getByTestId('answer-text').fill("A limited number. I'm not going to get into specific figures.");
  await page.getByTestId('answer-send').click();
  const frames = await framesPromise;
  const flashes = await page.getByTestId('press-room').getAttribute('data-flashes');
  const sorted = [...frames].sort((a, b) => a - b);
  const pct = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
  line('podium: frames over 50 ms (6 s from a dodged answer)', `${frames.filter((d) => d > 50).length} of ${frames.length}`, `budget 0; ${flashes ?? 0} camera flashes; median ${pct(0.5).toFixed(1)} ms, p95 ${pct(0.95).toFixed(1)} ms, max ${(sorted[sorted.length - 1] ?? 0).toFixed(1)} ms`);
  await context.close();
} finally {
  await browser.close();
  server.close();
}
