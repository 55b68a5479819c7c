/**
 * The console's live scores after the evaluator changes a cue: the seat's score and the whole
 * team's score on that dimension both move, through the scorer's own means and blends; a confirmed
 * cue and the other dimensions stay as scored. No server: one engine session played as the server
 * plays it (free text read by the analyser before it is sent).
 */
import { describe, expect, test } from 'vitest';
import { annotatorFor } from '../../src/analysis/index.ts';
import { buildResult, type Cue, type Session } from '../../src/engine/index.ts';
import { liveScores } from '../../src/net/console.ts';
import { fixture, Harness } from '../helpers.ts';

const scenario = fixture('scenarios/global-foods-recall.yaml');
const annotator = annotatorFor(scenario);

function drill(): Session {
  // Played as the server plays it: free text read by the analyser before it is sent.
  const h = new Harness(scenario, { seed: 3, mode: 'team', annotator });
  h.ok({ type: 'session.start' });
  h.as('spokesperson', { channel: 'social', text: 'We are deeply sorry to the families affected. We are recalling Fresh Table ravioli today. Do not eat it; return it for a full refund.' });
  h.ok({ type: 'clock.advanceTo', to: 20 * 60_000 });
  h.as('executive', { channel: 'social', text: 'We are sorry. Fresh Table ravioli is being recalled; please return it to the store for a refund. We will update you by 11:00.' });
  return h.session;
}

/** The first cue with points of a dimension, and where it is among its statement's cues. */
function firstCue(session: Session, seat: string, dimension: Cue['dimension'], sign: 1 | -1): { statement: string; cue: number; points: number } {
  const st = buildResult(scenario, session.state).statements.find((s) => s.seat === seat);
  const cue = st?.cues.findIndex((c) => c.dimension === dimension && Math.sign(c.points) === sign) ?? -1;
  const points = st?.cues[cue]?.points;
  if (!st || points === undefined) throw new Error(`no ${dimension} cue for ${seat}`);
  return { statement: st.id, cue, points };
}

describe('live scores after the evaluator changes a cue', () => {
  test("striking a cue moves the seat's score and the team's score on its dimension, and nothing else", () => {
    const session = drill();
    const struck = firstCue(session, 'spokesperson', 'empathy', 1);
    const before = liveScores(session);
    const after = liveScores(session, [{ statement: struck.statement, cue: struck.cue, points: 0 }]);

    const seatBefore = before.seats['spokesperson']?.['empathy'] ?? 0;
    expect(after.reviewed.seats['spokesperson']).toEqual({ empathy: Math.round(Math.max(0, seatBefore - struck.points)) });
    // The team's empathy is the mean of every statement's: the two seats' after review, one of them moved.
    const exec = before.seats['executive']?.['empathy'] ?? 0;
    expect(after.reviewed.dimensions['empathy']).toBe(Math.round((Math.max(0, seatBefore - struck.points) + exec) / 2));
    expect(after.reviewed.dimensions['empathy']).toBeLessThan(before.dimensions['empathy'] ?? 0);
    expect(after.reviewed.changedCues).toEqual({ empathy: 1 });
    for (const d of ['timeliness', 'accuracy', 'consistency', 'transparency', 'proactivity']) expect(after.reviewed.dimensions[d]).toBe(before.dimensions[d]);
    expect(after.reviewed.overall).toBeLessThanOrEqual(before.overall);
    // What the scorer proposed is still shown beside it.
    expect(after.dimensions).toEqual(before.dimensions);
  });

  test("a blended dimension follows the statement part's weight; confirming a cue changes nothing", () => {
    const session = drill();
    const given = firstCue(session, 'executive', 'transparency', 1);
    const before = liveScores(session);
    const raised = liveScores(session, [{ statement: given.statement, cue: given.cue, points: given.points + 40 }]);
    const seatMove = (raised.reviewed.seats['executive']?.['transparency'] ?? 0) - (before.seats['executive']?.['transparency'] ?? 0);
    const teamMove = (raised.reviewed.dimensions['transparency'] ?? 0) - (before.dimensions['transparency'] ?? 0);
    expect(seatMove).toBeGreaterThan(0);
    // Transparency blends the statements' mean (two statements, one raised) with disclosures made on time.
    expect(teamMove).toBeGreaterThan(0);
    expect(teamMove).toBeLessThan(seatMove);

    const confirmed = liveScores(session, [{ statement: given.statement, cue: given.cue, points: given.points }]);
    expect(confirmed.reviewed.dimensions).toEqual(before.dimensions);
    expect(confirmed.reviewed.seats).toEqual({});
    expect(confirmed.reviewed.changedCues).toEqual({});
  });
});
