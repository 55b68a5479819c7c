import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playbookResolver } from '../../src/cli/load.ts';
import { run } from '../../src/cli/run.ts';
import { Session, SYSTEM } from '../../src/engine/index.ts';
import { inlinePlaybook, loadPlaybook, loadScenario, type CompiledScenario } from '../../src/format/index.ts';
import { lintEn } from '../helpers.ts';

const SCENARIOS = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).map((f) => `scenarios/${f}`);
const WITH_PLAYBOOK = SCENARIOS.filter((f) => /^playbook: /m.test(readFileSync(f, 'utf8')));
const PLAYBOOKS = readdirSync('scenarios/playbooks').filter((f) => f.endsWith('.yaml')).map((f) => `scenarios/playbooks/${f}`);

function compiled(text: string, file: string, withResolver = true): CompiledScenario {
  const loaded = loadScenario(text, file, withResolver ? { playbook: playbookResolver(file) } : {});
  if (!loaded.scenario) throw new Error(`${file}: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.scenario;
}

describe('playbooks', () => {
  it('the recall scenario and at least two others take their team, stakeholders and key messages from a playbook', () => {
    expect(WITH_PLAYBOOK).toContain('scenarios/global-foods-recall.yaml');
    expect(WITH_PLAYBOOK.length).toBeGreaterThanOrEqual(3);
  });

  it.each(WITH_PLAYBOOK)('%s compiles to the same scenario as with the playbook written in', (path) => {
    const text = readFileSync(path, 'utf8');
    const fromPlaybook = compiled(text, path);
    const inlined = inlinePlaybook(text, playbookResolver(path));
    expect(inlined.ok).toBe(true);
    if (!inlined.ok) return;
    expect(inlined.text).not.toMatch(/^playbook:/m);
    const inline = compiled(inlined.text, path, false);
    expect(inline.doc.playbook).toBeUndefined();
    expect({ ...fromPlaybook, doc: { ...fromPlaybook.doc, playbook: undefined } }).toEqual(inline);
    expect(fromPlaybook.stakeholders.length).toBeGreaterThan(0);
    expect(fromPlaybook.keyMessages.length).toBeGreaterThan(0);
    // A session saved where the playbook was resolved (CLI, tests) resumes where it was written in (the game).
    const played = Session.create({ scenario: fromPlaybook, seed: 3 });
    played.send({ type: 'session.start' }, SYSTEM);
    played.send({ type: 'clock.advanceTo', to: 20 * 60_000 }, SYSTEM);
    const resumed = Session.load(inline, JSON.parse(JSON.stringify(played.save())));
    expect(JSON.stringify(resumed.state)).toBe(JSON.stringify(played.state));
  });

  it.each(PLAYBOOKS)('%s lints clean', (path) => {
    const out = run(['lint', path, '--max-warnings', '0']);
    expect(out.stdout).toContain('0 errors, 0 warnings');
    expect(out.code).toBe(0);
  });

  it('a playbook with broken references reports each with its position and code', () => {
    const text = readFileSync('scenarios/playbooks/global-foods.yaml', 'utf8').replace('owner: hr', 'owner: people-team').replace('audiences: [fda, fsai]', 'audiences: [fda, hse]');
    const loaded = loadPlaybook(text, 'broken.yaml');
    expect(loaded.playbook).toBeNull();
    const found = loaded.diagnostics.map((d) => `${d.code} ${lintEn(d)}`);
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^SC202 there is no seat "people-team"/), expect.stringMatching(/^SC202 there is no stakeholder "hse"/)]));
    expect(loaded.diagnostics.every((d) => d.line > 1)).toBe(true);
  });

  it('a scenario whose playbook has errors says so on its playbook key, and lint exits 1', () => {
    const loaded = loadScenario('formatVersion: 1\nid: x\nplaybook: global-foods\n', 'x.yaml', { playbook: () => ({ text: 'formatVersion: 1\nid: global-foods\n', file: 'playbooks/global-foods.yaml' }) });
    expect(loaded.diagnostics.map((d) => [d.code, d.line])).toEqual([['SC502', 3]]);
  });

  it('inline roles replace the playbook team; the playbook text never reaches the scenario diagnostics', () => {
    const path = 'scenarios/global-foods-recall.yaml';
    const text = readFileSync(path, 'utf8').replace('playbook: global-foods\n', 'playbook: global-foods\nroles: { seats: [spokesperson, legal, executive, hr, investor-relations], solo: spokesperson }\n');
    const s = compiled(text, path);
    expect(s.approvals.size).toBe(0);
    expect(s.stakeholders.map((x) => x.id)).toContain('fda');
  });
});
