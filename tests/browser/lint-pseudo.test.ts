/**
 * The facilitator's console in the right-to-left pseudo-locale, uploading a scenario with mistakes:
 * every line of the lint list is in the catalogue's words (the pseudo-locale marks all it renders),
 * so no finding reaches the screen as the server's or the checker's English.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { loadScenario } from '../../src/format/index.ts';
import { createTranslator } from '../../src/i18n/index.ts';
import { startSessionServer, type RunningServer } from '../../src/server/app.ts';
import { lintItems, type LintFinding } from '../../src/view/team/lint-list.ts';
import { tempDir } from '../server/services.ts';
import { closeBrowser, open, screen } from './harness.ts';

const dir = tempDir();
let server: RunningServer | null = null;

afterAll(async () => {
  await closeBrowser();
  await server?.stop();
  dir.remove();
});

const BROKEN = 'formatVersion: 1\nid: broken\ninjects:\n  - id: x\n    at: soon\n    channel: emial\n';

describe('the lint list of an upload in the pseudo-locale', () => {
  test('shows every finding in the catalogue\'s words and none in raw English', async () => {
    server = await startSessionServer({ db: join(dir.dir, 'lint.db'), root: 'dist', log: () => undefined, tickMs: 200 });
    const s = await open(server.url, { query: 'locale=ar-XB' });
    await screen(s.page, 'title');
    await s.page.getByTestId('menu-facilitate').click();
    await screen(s.page, 'facilitate');
    await s.page.getByTestId('facilitate-upload').setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(BROKEN) });
    await s.page.getByTestId('facilitate-create').click();
    const items = s.page.getByTestId('facilitate-problems').locator('li');
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBeGreaterThan(1);
    const shown = await items.allTextContents();
    await s.shot('team-facilitator-lint-ar-XB');
    const sent = JSON.parse(JSON.stringify(loadScenario(BROKEN, 'broken.yaml').diagnostics)) as LintFinding[];
    expect(shown).toEqual(lintItems(createTranslator('ar-XB'), sent).map((i) => i.text));
    for (const line of shown) expect(line).not.toMatch(/\b(error|warning|there is no|is not|did you mean)\b/);
  });
});
