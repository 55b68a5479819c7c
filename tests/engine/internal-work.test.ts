/**
 * Internal is not public (issue 9): the team's own talk on the team chat is judged as internal work
 * (what it decided, escalated, prepared), not as a message to the public; a decision to stay silent
 * shows where it costs (proactivity and timeliness) and never as a strength in the report; a
 * message to staff on the same channel is still scored as a message.
 */
import { describe, expect, it } from 'vitest';
import { analysisContextFor } from '../../src/analysis/index.ts';
import { createAnalyser } from '../../src/analysis/en/analyser.ts';
import { playPlan, type PlayResult } from '../../src/engine/index.ts';
import { Plan } from '../../src/format/index.ts';
import { buildReport } from '../../src/report/aar.ts';
import { fixture } from '../helpers.ts';

function play(steps: unknown[]): PlayResult {
  const scenario = fixture('engine-lab');
  return playPlan(scenario, Plan.parse({ seed: 3, steps }), { annotator: createAnalyser(analysisContextFor(scenario)) }).result;
}

const SILENCE = 'We say nothing outside until we have numbers.';
const ASK_COUNSEL = 'Maria, let us not wait for the 72 hours: the data is already out there. I am taking this to the board. Can you draft a notice we can send by noon?';
const TO_STAFF = 'To all colleagues: line 3 has stopped while we clean it, and we are sorry for the worry this brings. If you feel unwell, see a doctor. We will update you by 10:00.';

const statementOf = (r: PlayResult, text: string) => {
  const s = r.statements.find((x) => x.text === text);
  if (s === undefined) throw new Error(`statement not published: ${text}`);
  return s;
};

describe('internal work', () => {
  it('does not score the team deciding to stay silent as a message, and shows the silence in proactivity and timeliness', () => {
    const r = play([{ at: '5m', publish: { channel: 'internal', text: SILENCE } }]);
    const s = statementOf(r, SILENCE);
    expect(s.scores).toEqual({});
    const silence = s.cues.filter((c) => c.code === 'cue.work.silence');
    expect(silence.map((c) => c.dimension).sort()).toEqual(['proactivity', 'timeliness']);
    expect(silence.every((c) => c.tone === 'negative' && c.points === 0)).toBe(true);
    expect(s.cues.some((c) => c.code === 'cue.consistency.consistent' || c.code === 'cue.transparency.empty')).toBe(false);
  });

  it('never lists the decision to stay silent among the report\'s strengths, and does list it to improve', () => {
    const report = buildReport(play([{ at: '5m', publish: { channel: 'internal', text: SILENCE } }]));
    const strengths = report.capabilities.flatMap((c) => c.strengths);
    const improvements = report.capabilities.flatMap((c) => c.improvements);
    expect(strengths.some((f) => f.evidence.quote.includes('say nothing outside'))).toBe(false);
    expect(improvements.some((f) => f.code === 'cue.work.silence')).toBe(true);
  });

  it('credits an argument to the general counsel as internal work, not as "says nothing a reader can use"', () => {
    const r = play([{ at: '5m', publish: { channel: 'internal', text: ASK_COUNSEL } }]);
    const s = statementOf(r, ASK_COUNSEL);
    const codes = s.cues.map((c) => c.code);
    expect(codes).not.toContain('cue.transparency.empty');
    expect(codes).toEqual(expect.arrayContaining(['cue.work.escalation', 'cue.work.preparation']));
    expect(s.cues.filter((c) => c.code.startsWith('cue.work.')).every((c) => c.tone === 'positive')).toBe(true);
  });

  it('still scores a message to staff on the internal channel as a message', () => {
    const r = play([{ at: '5m', publish: { channel: 'internal', audience: ['staff-sh'], text: TO_STAFF } }]);
    const s = statementOf(r, TO_STAFF);
    expect(s.scores.empathy).toBeGreaterThan(25);
    expect(s.cues.some((c) => c.code.startsWith('cue.work.'))).toBe(false);
  });
});
