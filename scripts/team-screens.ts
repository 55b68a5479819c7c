/**
 * Screenshots of the team screens at the sizes facilitators and trainees use (1280×720 laptops,
 * 1920×1080 rooms): a seat's crisis room with a draft waiting for its sign-off, and the facilitator's
 * console, against the built game (`npm run build` first) and a session server of its own.
 *
 *   npx tsx scripts/team-screens.ts [out-dir]      (default test-results/screenshots/layout;
 *   CRISIS_DIST=dir serves another build than dist/)
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startSessionServer } from '../src/server/app.ts';

const out = process.argv[2] ?? 'test-results/screenshots/layout';
mkdirSync(out, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'crisis-screens-'));
const server = await startSessionServer({ db: join(dir, 'screens.db'), root: process.env['CRISIS_DIST'] ?? 'dist', log: () => undefined, tickMs: 200 });
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});

async function page(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  const p = await context.newPage();
  await p.goto(`${server.url}?test`);
  return p;
}

try {
  for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
    const facilitator = await page(width, height);
    await facilitator.getByTestId('menu-facilitate').click();
    await facilitator.getByTestId('facilitate-scenario').selectOption('global-foods-recall');
    await facilitator.getByTestId('facilitate-create').click();
    await facilitator.getByTestId('console-code').waitFor({ timeout: 30_000 });
    const code = /([0-9A-Z]{5}-[0-9A-Z]{5})/.exec((await facilitator.getByTestId('console-code').textContent()) ?? '')?.[1] ?? '';
    const seat = async (id: string, name: string): Promise<Page> => {
      const p = await page(width, height);
      await p.getByTestId('menu-join').click();
      await p.getByTestId('join-code').fill(code);
      await p.getByTestId('join-find').click();
      await p.getByTestId('join-name').fill(name);
      await p.getByTestId(`seat-${id}`).click();
      await p.getByTestId('seat-heading').waitFor({ timeout: 30_000 });
      return p;
    };
    const spokesperson = await seat('spokesperson', 'Sam Lee');
    const legal = await seat('legal', 'Lee Park');
    await facilitator.getByTestId('console-start').click();
    await spokesperson.getByTestId('open-recall-decision').click({ timeout: 30_000 });
    await spokesperson.getByTestId('reply').click();
    await spokesperson.getByTestId('statement-channel').selectOption('website');
    await spokesperson.getByTestId('statement-text').fill('Recall notice: do not eat Fresh Table ravioli. Return it to the store for a full refund. We are sorry.');
    await spokesperson.getByTestId('publish').click();
    await legal.getByTestId('seat-approve').getByRole('button', { name: 'Approve' }).waitFor({ timeout: 30_000 });
    await facilitator.getByTestId('chat-input').fill('Legal, please look at the website notice first');
    await facilitator.getByTestId('chat-send').click();
    await facilitator.getByTestId('console-pause').click();
    await legal.waitForTimeout(1500);
    await legal.screenshot({ path: `${out}/seat-room-${width}.png` });
    await spokesperson.screenshot({ path: `${out}/seat-room-writer-${width}.png` });
    await facilitator.screenshot({ path: `${out}/console-${width}.png` });
    await facilitator.screenshot({ path: `${out}/console-full-${width}.png`, fullPage: true });
    await facilitator.getByTestId('console-scores-refresh').scrollIntoViewIfNeeded();
    await facilitator.screenshot({ path: `${out}/console-scores-${width}.png` });
    await facilitator.getByTestId('console-review-refresh').click();
    await facilitator.getByTestId('console-review').scrollIntoViewIfNeeded();
    await facilitator.screenshot({ path: `${out}/console-review-${width}.png` });
    await facilitator.getByTestId('console-end').click();
    await spokesperson.getByTestId('debrief').waitFor({ timeout: 30_000 });
    await facilitator.getByTestId('console-hotwash').click();
    await spokesperson.getByTestId('hotwash-well').waitFor({ timeout: 30_000 });
    await spokesperson.screenshot({ path: `${out}/seat-debrief-${width}.png` });
    for (const p of [facilitator, spokesperson, legal]) await p.context().close();
  }
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
