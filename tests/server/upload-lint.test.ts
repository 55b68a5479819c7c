/**
 * A facilitator uploads a scenario with mistakes: the server lints it on the spot, makes no session,
 * and replies with each finding as data (place, code, message key and parameters), never as
 * English, so the console can show it in the facilitator's language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { RunningServer } from '../../src/server/app.ts';
import { loadScenario } from '../../src/format/index.ts';
import { createTranslator, diagnosticLine } from '../../src/i18n/index.ts';
import { lintItems, type LintFinding } from '../../src/view/team/lint-list.ts';
import { api, startTestServer } from './clients.ts';
import { tempDir } from './services.ts';

const dir = tempDir();
let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer({ db: join(dir.dir, 'upload.db'), tickMs: 100 });
});
afterAll(async () => {
  await server.stop();
  dir.remove();
});

const BROKEN = 'formatVersion: 1\nid: broken\ninjects:\n  - id: x\n    at: soon\n    channel: emial\n';

describe('an uploaded scenario that does not lint', () => {
  it('is refused with its findings as codes and parameters, which read as crisis lint prints them', async () => {
    const res = await api<{ error: string; diagnostics: (LintFinding & { file: string })[] }>(server.url, '/api/sessions', { source: BROKEN, file: 'broken.yaml' });
    expect(res.status).toBe(422);
    expect(res.body.error).toBe('scenario-invalid');
    const sent = res.body.diagnostics;
    expect(sent.length).toBeGreaterThan(1);
    for (const d of sent) {
      expect(d.file).toBe('broken.yaml');
      expect(d.code).toMatch(/^SC\d{3}$/);
      expect(String(d.key)).toMatch(/^lint\./);
      expect(d).not.toHaveProperty('message');
    }
    // The misspelt channel's suggestion travels as a parameter, not as words.
    expect(sent.filter((d) => d.code === 'SC104').map((d) => (d.params as { suggestion?: unknown }).suggestion)).toEqual(['email']);
    const en = createTranslator('en');
    const cli = loadScenario(BROKEN, 'broken.yaml').diagnostics.map((d) => diagnosticLine(en, d));
    expect(lintItems(en, sent).map((i) => `broken.yaml:${i.text}`)).toEqual(cli);
  });
});
