/**
 * The three press-conference drills (scenarios/press-*.yaml) as a trainer uses them: they lint
 * clean, each asks at least twelve questions with follow-ups of every kind, the strong spokesperson
 * beats the weak one where it matters, and a figure that changes without explanation is quoted back
 * to the trainee by the next reporter, in `crisis play --json`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import type { PlayResult } from '../../src/engine/index.ts';
import { FOLLOW_UP_TRIGGERS, QUESTION_KINDS, loadScenario } from '../../src/format/index.ts';

const DRILLS = ['press-recall', 'press-data-breach', 'press-drug-side-effects'] as const;

function play(id: string, plan: string): PlayResult {
  const out = run(['play', `scenarios/${id}.yaml`, '--plan', `scenarios/plans/${id}.${plan}.yaml`, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout) as PlayResult;
}

describe.each(DRILLS)('the %s drill', (id) => {
  const file = `scenarios/${id}.yaml`;
  const loaded = loadScenario(readFileSync(file, 'utf8'), file);

  it('lints clean, with no warnings', () => {
    expect(loaded.diagnostics).toEqual([]);
  });

  it('asks twelve or more questions, of every kind, with follow-ups of every kind it can set off, and an opening statement', () => {
    const doc = loaded.scenario?.doc;
    const pc = doc?.pressConferences[0];
    expect(pc?.opening).toBeDefined();
    const questions = pc?.questions ?? [];
    expect(questions.length).toBeGreaterThanOrEqual(12);
    expect(new Set(questions.map((q) => q.kind))).toEqual(new Set(QUESTION_KINDS));
    const triggers = new Set(questions.flatMap((q) => q.followUps.map((f) => f.if)));
    for (const t of FOLLOW_UP_TRIGGERS.filter((x) => x !== 'answered' && x !== 'timeout')) expect(triggers, t).toContain(t);
    for (const q of questions) expect(q.notes?.expected, q.id).toBeTruthy();
  });

  it('the strong spokesperson beats the weak one overall, on empathy, consistency, accuracy and timeliness, and in the room', () => {
    const strong = play(id, 'strong');
    const weak = play(id, 'weak');
    for (const d of ['overall', 'empathy', 'consistency', 'accuracy', 'timeliness'] as const) expect(strong.scores[d], d).toBeGreaterThan(weak.scores[d]);
    // The weak spokesperson freezes once (the time runs out) and hesitates once: both cost timeliness.
    const timelinessCues = weak.injects.flatMap((i) => i.cues.filter((c) => c.dimension === 'timeliness').map((c) => c.code));
    expect(timelinessCues).toEqual(expect.arrayContaining(['cue.timeliness.unanswered', 'cue.timeliness.slow']));
    expect(weak.press?.[0]?.questions.filter((q) => q.answer === null).map((q) => q.cues[0]?.code)).toEqual(['cue.press.unanswered']);
    expect(strong.press?.[0]?.score ?? 0).toBeGreaterThan((weak.press?.[0]?.score ?? 100) + 20);
    // Only the weak answers call for follow-ups of their own making.
    const followUps = (r: PlayResult) => (r.press?.[0]?.questions ?? []).filter((q) => q.role === 'follow-up').map((q) => q.trigger);
    expect(followUps(strong)).toEqual([]);
    expect(followUps(weak)).toEqual(expect.arrayContaining(['dodged', 'speculated', 'overreached', 'contradicted']));
  });
});

describe('a guess about the restart springs the trap', () => {
  it('press-recall: "Monday" brings "Is that a promise?", and taking it back answers it', () => {
    const questions = play('press-recall', 'weak').press?.[0]?.questions ?? [];
    const trap = questions.find((q) => q.inject === 'q-restart-trap');
    expect(trap).toMatchObject({ role: 'follow-up', followUpOf: 'q-restart', trigger: 'speculated', text: 'Monday — before the FDA review? Is that a promise?' });
    expect(questions.find((q) => q.inject === 'q-restart')?.cues.find((c) => c.code === 'cue.press.speculated')?.params).toEqual({ fact: 'line3-restart' });
    expect(trap?.cues.map((c) => c.code)).toEqual(expect.arrayContaining(['cue.press.answered', 'cue.press.within-known']));
    expect(trap?.headline?.sentence).toBe('It restarts when the FDA has reviewed it, not before.');
  });
});

describe('a figure changed without saying so is quoted back', () => {
  it('press-recall: nine after "seven" brings the reporter back with the latest earlier figure, its time and the words it was said in', () => {
    const result = play('press-recall', 'contradiction');
    const questions = result.press?.[0]?.questions ?? [];
    const followUp = questions.find((q) => q.trigger === 'contradicted');
    expect(followUp?.inject).toBe('q-cut-in-figure');
    expect(followUp?.followUpOf).toBe('q-cut-in');
    expect(followUp?.text).toBe('At 18:46 you told us 7. Now you say 9. Which is it, and why did it change?');
    const answer = questions.find((q) => q.inject === 'q-cut-in');
    const contradiction = answer?.cues.find((c) => c.code === 'cue.press.contradicted');
    expect(contradiction?.params).toMatchObject({ fact: 'illnesses', earlier: 7, later: 9 });
    expect(contradiction?.quote).toBe('"Seven people are ill and two are in hospital." → "Nine people are ill, three in hospital."');
    expect((contradiction as { reason?: string } | undefined)?.reason).toMatch(/said 9 after saying 7/);
  });

  it('the strong plan flags the change as an update, and nobody quotes it back', () => {
    const questions = play('press-recall', 'strong').press?.[0]?.questions ?? [];
    expect(questions.some((q) => q.trigger === 'contradicted')).toBe(false);
    expect(questions.find((q) => q.inject === 'q-cut-in')?.cues.map((c) => c.code)).toContain('cue.press.consistent');
  });
});
