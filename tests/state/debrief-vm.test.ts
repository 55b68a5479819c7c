/**
 * The debrief's view model for solo play and for one seat of a team drill: the same scores (the
 * team's), the reasons narrowed to the seat's own statements with a count of the rest, the seat's
 * own mean per dimension, and only the injects the seat was sent.
 */
import { describe, expect, test } from 'vitest';
import { annotatorFor } from '../../src/analysis/index.ts';
import type { Session } from '../../src/engine/index.ts';
import { debriefOf } from '../../src/state/room/debrief-vm.ts';
import { fixture, Harness } from '../helpers.ts';

const scenario = fixture('scenarios/global-foods-recall.yaml');
const annotator = annotatorFor(scenario);

function ended(): Session {
  // Played as the server plays it: free text read by the analyser before it is sent.
  const h = new Harness(scenario, { seed: 5, mode: 'team', annotator });
  h.ok({ type: 'session.start' });
  h.ok({ type: 'inject.fire', inject: 'retailer-email' });
  h.as('spokesperson', { channel: 'social', text: 'We are deeply sorry. We are recalling Fresh Table ravioli today. Do not eat it; return it for a full refund.' });
  h.ok({ type: 'clock.advanceTo', to: 15 * 60_000 });
  h.as('executive', { channel: 'social', text: 'Fresh Table ravioli is recalled. Return it for a refund.' });
  h.ok({ type: 'session.end' });
  return h.session;
}

describe("a seat's debrief", () => {
  test("shows the team's scores with the seat's own statements under them, and the injects it was sent", () => {
    const save = ended().save();
    const solo = debriefOf(scenario, save, 'en');
    const legal = debriefOf(scenario, save, 'en', 'legal');
    const spokesperson = debriefOf(scenario, save, 'en', 'spokesperson');

    // The scores are the team's whoever looks.
    expect(spokesperson.cards.map((c) => c.score)).toEqual(solo.cards.map((c) => c.score));
    expect(legal.result.scores).toEqual(solo.result.scores);

    const empathy = (vm: typeof solo) => vm.cards.find((c) => c.dimension === 'empathy');
    expect(empathy(solo)?.why.statements).toHaveLength(2);
    expect(empathy(solo)?.mine).toBeNull();
    expect(empathy(spokesperson)?.why.statements.map((s) => s.text)).toEqual([expect.stringContaining('We are deeply sorry')]);
    expect(empathy(spokesperson)?.others).toBe(1);
    expect(empathy(spokesperson)?.mine).toBe(empathy(spokesperson)?.why.statements[0]?.score);
    // A seat that wrote nothing has no mean of its own, and every statement is another seat's.
    expect(empathy(legal)?.mine).toBeNull();
    expect(empathy(legal)?.others).toBe(2);

    // The retailer's email went to the spokesperson alone: not on legal's timeline.
    const injects = (vm: typeof solo) => vm.timeline.filter((r) => r.kind === 'inject').map((r) => r.label);
    const retailer = solo.timeline.find((r) => r.kind === 'inject' && !injects(legal).includes(r.label));
    expect(retailer).toBeDefined();
    expect(injects(spokesperson)).toContain(retailer?.label);
    // Both seats' statements are on every timeline, each with who wrote it.
    expect(legal.timeline.filter((r) => r.kind === 'statement').map((r) => r.seat)).toEqual(['spokesperson', 'executive']);
  });
});
