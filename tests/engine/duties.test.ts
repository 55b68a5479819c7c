/**
 * Legal filing duties that run past the end of the exercise (a GDPR-style 72 hours in a 3-hour
 * drill): lint accepts them without a warning, and the result and the report say where each stood.
 */
import { describe, expect, it } from 'vitest';
import { playPlan, type PlayResult } from '../../src/engine/index.ts';
import { exampleText, loadPlan, loadScenario, type CompiledScenario } from '../../src/format/index.ts';
import { buildReport } from '../../src/report/aar.ts';
import { renderHtml } from '../../src/report/html.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';

const PATCH = `clock: { start: "2026-05-12T09:00:00+02:00", length: 3h }
personas:
  - { id: reporter, name: Sam Lee, kind: journalist }
  - { id: dpc, name: Data Protection Commission, kind: regulator }
facts:
  - id: batches
    label: Affected batches
    kind: number
    cues: [batch, batches]
    truth: [{ from: 0m, value: unknown }, { from: 30m, value: 3 }]
    discloseBy: 1h
  - id: cause
    label: Cause
    kind: text
    cues: [cause]
    values: { cooling: [cooling, refrigeration] }
    truth: [{ from: 0m, value: unknown }, { from: 40m, value: cooling }]
injects:
  - id: call
    at: 10m
    channel: press-call
    from: reporter
    text: "How many batches are affected?"
    deadline: 15m
    expects: { facts: [batches], keyMessages: [safety] }
    freeText: true
  - id: notify-dpc
    at: 1h
    channel: regulator-letter
    from: dpc
    text: "Notify us of the breach within 72 hours."
    regulator: { within: 72h, requires: [batches, cause], regulator: "Data Protection Commission" }
    options:
      - { id: initial, text: "Three batches are affected; the cause is still being established.", asserts: { facts: { batches: 3, cause: unknown } } }
      - { id: complete, text: "Three batches are affected, caused by a cooling failure.", asserts: { facts: { batches: 3, cause: cooling } } }
  - id: notify-fsa
    at: 1h30m
    channel: regulator-letter
    from: dpc
    text: "Report the affected batches within 30 minutes."
    regulator: { within: 30m, requires: [batches], regulator: "Food Standards Agency" }
    options:
      - { id: report, text: "Three batches are affected.", asserts: { facts: { batches: 3 } } }
`;

function scenario(): CompiledScenario {
  const loaded = loadScenario(exampleText({ patch: PATCH }), 'duties.yaml');
  if (!loaded.scenario) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.scenario;
}

function play(steps: string): PlayResult {
  const s = scenario();
  const plan = loadPlan(`seed: 3\nsteps:\n${steps}`, 'plan.yaml', s);
  if (!plan.plan) throw new Error(JSON.stringify(plan.diagnostics));
  return playPlan(s, plan.plan).result;
}

const dutyOf = (r: PlayResult, inject: string) => r.duties?.find((d) => d.inject === inject);

describe('a legal deadline beyond the end of the exercise', () => {
  it('is linted clean: a 72-hour duty in a 3-hour exercise is normal', () => {
    expect(loadScenario(exampleText({ patch: PATCH }), 'duties.yaml').diagnostics).toEqual([]);
  });

  it('with nothing filed is open at the end, saying how long after the end it falls due; a short one that passed is missed', () => {
    const r = play('  - at: 12m\n    respond: { inject: call, text: "We do not know yet how many batches are affected." }\n');
    expect(dutyOf(r, 'notify-dpc')).toMatchObject({ status: 'open', due: '73h', dueAfterEnd: true, filedAt: null, missing: ['batches', 'cause'] });
    expect(dutyOf(r, 'notify-fsa')).toMatchObject({ status: 'missed', due: '2h', dueAfterEnd: false, filedAt: null });
    const md = renderMarkdown(buildReport(r));
    expect(md).toContain('### Legal filing duties');
    expect(md).toContain('notify-dpc: Data Protection Commission, within 72h of 1h**: open: nothing filed yet; the deadline, 73h, is 70h after the exercise ended');
    expect(md).toContain('notify-fsa: Food Standards Agency, within 30m of 1h30m**: missed: nothing was filed by the deadline at 2h');
  });

  it('with a first filing that leaves a required fact out is started, and the rest can still follow', () => {
    const r = play('  - at: 1h5m\n    respond: { inject: notify-dpc, option: initial }\n  - at: 1h35m\n    respond: { inject: notify-fsa, option: report }\n');
    expect(dutyOf(r, 'notify-dpc')).toMatchObject({ status: 'started', filedAt: '1h5m', missing: ['cause'], dueAfterEnd: true });
    expect(dutyOf(r, 'notify-fsa')).toMatchObject({ status: 'met', completedAt: '1h35m' });
    const report = buildReport(r);
    expect(report.duties.map((d) => [d.inject, d.status, d.code])).toEqual([
      ['notify-dpc', 'started', 'report.duty.started'],
      ['notify-fsa', 'met', 'report.duty.met'],
    ]);
    expect(report.duties[0]?.observation).toBe('started: a filing went in at 1h5m without cause; the deadline, 73h, comes after the exercise ended, so the rest can still follow');
    const html = renderHtml(report);
    expect(html).toContain('<li class="duty duty-started"><strong>notify-dpc: Data Protection Commission, within 72h of 1h</strong>');
  });

  it('filed in full before the end is met, and the score for the filing is unchanged by where the deadline falls', () => {
    const r = play('  - at: 1h5m\n    respond: { inject: notify-dpc, option: complete }\n');
    expect(dutyOf(r, 'notify-dpc')).toMatchObject({ status: 'met', filedAt: '1h5m', completedAt: '1h5m', missing: [] });
    const inject = r.injects.find((i) => i.id === 'notify-dpc');
    expect(inject?.scores.timeliness).toBe(100);
    expect(inject?.cues.map((c) => c.code)).toContain('cue.timeliness.filed-complete');
  });

  it('a result without duties (an older one) still makes a report, with no duties section', () => {
    const r = play('  - at: 12m\n    respond: { inject: call, text: "We do not know yet how many batches are affected." }\n');
    const { duties: _dropped, ...older } = r;
    const report = buildReport(older);
    expect(report.duties).toEqual([]);
    expect(renderMarkdown(report)).not.toContain('Legal filing duties');
  });
});
