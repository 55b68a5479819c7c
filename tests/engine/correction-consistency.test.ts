/**
 * A correction of a false rumour is a denial of it (issue 9): "Posts say X. It isn't true." followed
 * later by "X did not happen" is one story told twice, and costs no consistency; the first statement
 * was once read as asserting X, which made the second look like a reversal.
 */
import { describe, expect, it } from 'vitest';
import { annotatorFor } from '../../src/analysis/index.ts';
import { playPlan } from '../../src/engine/index.ts';
import { Plan } from '../../src/format/index.ts';
import { fixture } from '../helpers.ts';

describe('a rumour correction and a later denial', () => {
  it('read as the same claim, with no contradiction between them', () => {
    const scenario = fixture('scenarios/rupsha-automation-rumour.yaml');
    const first = 'Posts say permanent workers will be dismissed because of the new machines. It isn\'t true.';
    const later = 'No permanent worker has been dismissed, and none will be dismissed because of the machines.';
    const steps = [
      { at: '10m', publish: { channel: 'social', text: first } },
      { at: '50m', publish: { channel: 'social', text: later } },
    ];
    const r = playPlan(scenario, Plan.parse({ seed: 1, steps }), { annotator: annotatorFor(scenario) }).result;
    const [a, b] = [first, later].map((t) => r.statements.find((s) => s.text === t));
    expect(a?.claims).toEqual({ 'layoffs-planned': false });
    expect(b?.claims).toEqual({ 'layoffs-planned': false });
    expect(b?.cues.some((c) => c.code === 'cue.consistency.contradiction')).toBe(false);
    expect(b?.scores.consistency).toBe(100);
  });
});
