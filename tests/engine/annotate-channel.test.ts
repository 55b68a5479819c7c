/**
 * Hosts tell the analyser the channel a free-text statement goes out on, so it can skip reading a
 * public statement for internal acts (which scoring reads only on the team's own channels). That
 * is only safe if the channel it is told is the one the engine records the statement on, and if
 * nothing else in the reading changes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPlans, playbookTexts } from '../../scripts/update-golden.ts';
import { analysisContextFor, createAnalyser } from '../../src/analysis/index.ts';
import { annotateSubmit, playPlan, type StatementAnnotator } from '../../src/engine/index.ts';
import { INTERNAL_WORK_CHANNELS, loadPlan, loadScenario, type Channel } from '../../src/format/index.ts';
import { fixture } from '../helpers.ts';

const SILENCE_AND_PLAN = 'We say nothing outside until we have numbers. I am taking this to the board, and legal will draft the notice by noon.';

describe('the channel the analyser is told', () => {
  const told = new Set<Channel>();
  for (const p of bundledPlans()) {
    it(`is the channel the engine records each free-text statement of ${p.plan} on`, () => {
      const { scenario } = loadScenario(readFileSync(p.scenario, 'utf8'), p.scenario, { playbook: (id) => playbookTexts(p.scenario)[id] ?? null });
      const { plan } = loadPlan(readFileSync(p.plan, 'utf8'), p.plan);
      if (!scenario || !plan) throw new Error(`${p.plan} does not load`);
      const inner = createAnalyser(analysisContextFor(scenario));
      const asked: { text: string; channel: Channel | null | undefined }[] = [];
      const recording: StatementAnnotator = {
        version: inner.version,
        annotate(text, at, channel) {
          asked.push({ text, channel });
          return inner.annotate(text, at, channel);
        },
      };
      const { session } = playPlan(scenario, plan, { annotator: recording });
      const freeText = session.state.statements.filter((s) => s.annotation.source === 'analyser');
      expect(freeText.map((s) => [s.text, s.channel])).toEqual(asked.map((a) => [a.text, a.channel]));
      for (const s of freeText) told.add(s.channel);
    });
  }

  // Runs after the plans above (vitest runs a file's tests in order). The press plans answer with
  // options only; the others answer in free text on the team's own channels and in public, so both
  // sides of the gate were checked.
  it('was checked above on the team\'s own channels and on public ones', () => {
    expect([...told].some((c) => INTERNAL_WORK_CHANNELS.has(c))).toBe(true);
    expect([...told].some((c) => !INTERNAL_WORK_CHANNELS.has(c))).toBe(true);
  });

  it('comes from the inject when the command names none, so a team-chat answer is read for internal acts', () => {
    const scenario = fixture('scenarios/global-foods-recall.yaml');
    const inject = [...scenario.injectIndex.values()].find((i) => i.freeText?.channel === 'internal' && i.replyChannel !== 'internal');
    if (inject === undefined) throw new Error('global-foods-recall has no inject answered on the team chat by default');
    const analyser = createAnalyser(analysisContextFor(scenario));
    const command = annotateSubmit({ type: 'statement.submit', inject: inject.id, text: SILENCE_AND_PLAN }, analyser, 0, scenario);
    expect(command.annotation?.internal.map((a) => a.act)).toEqual(expect.arrayContaining(['silence']));
    const published = annotateSubmit({ type: 'statement.submit', inject: inject.id, channel: 'social', text: SILENCE_AND_PLAN }, analyser, 0, scenario);
    expect(published.annotation?.internal).toEqual([]);
  });

  it('leaves out internal acts on a public channel and changes nothing else', () => {
    const analyser = createAnalyser(analysisContextFor(fixture('engine-lab')));
    const full = analyser.annotate(SILENCE_AND_PLAN, { now: 0 });
    expect(full.internal.length).toBeGreaterThan(0);
    for (const channel of ['internal', 'meeting'] as const) expect(analyser.annotate(SILENCE_AND_PLAN, { now: 0 }, channel)).toEqual(full);
    for (const channel of ['social', 'press-release', 'website', 'regulator-letter'] as const) {
      expect(analyser.annotate(SILENCE_AND_PLAN, { now: 0 }, channel)).toEqual({ ...full, internal: [] });
    }
  });
});
