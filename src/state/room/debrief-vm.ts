/**
 * What the debrief shows, as data: the result, a card per dimension with why it scored what it did,
 * the timeline, and a strong response per inject. Solo play and a seat in a team drill use the same
 * debrief scene; for a seat the scores are the team's (every statement counts), while the reasons,
 * the timeline and the strong responses are narrowed to what this seat wrote and was sent, and each
 * card adds the mean of this seat's own statements. Words for people stay in the scene (catalogue);
 * here are numbers, ids and the scenario's own text.
 */
import { buildResult, type PlayResult, type SavedSession } from '../../engine/index.ts';
import { DIMENSIONS, textIn, type Channel, type CompiledScenario, type Dimension } from '../../format/index.ts';
import { dimensionWhy, type DimensionWhy } from './dimension-why.ts';

export interface DebriefCardVM {
  readonly dimension: Dimension;
  readonly judged: boolean;
  /** The session's score (the team's, in a team drill). */
  readonly score: number;
  readonly why: DimensionWhy;
  /** A seat only: the mean of its own statements' scores here (null: none of them was scored on it). */
  readonly mine: number | null;
  /** A seat only: statements of the rest of the team that count in this score and are not listed. */
  readonly others: number;
}

export interface DebriefRowVM {
  /** Scenario ms. */
  readonly at: number;
  readonly kind: 'inject' | 'statement';
  /** The inject's title, or the statement's words. */
  readonly label: string;
  readonly channel: Channel | null;
  /** Who wrote a statement; null for an inject, or in solo play. */
  readonly seat: string | null;
}

export interface DebriefVM {
  readonly result: PlayResult;
  readonly startIso: string;
  /** Scenario ms at the end, for the curves' axis. */
  readonly endMs: number;
  readonly cards: readonly DebriefCardVM[];
  readonly timeline: readonly DebriefRowVM[];
  readonly strong: readonly { readonly title: string; readonly answer: string; readonly why: string | null }[];
  /** The seat whose debrief this is, in a team drill. */
  readonly seat: string | null;
}

/** Whether an inject was for this seat: addressed to it or to everyone (the observer saw all). */
function forSeat(scenario: CompiledScenario, inject: string, seat: string | null): boolean {
  if (seat === null || seat === 'observer') return true;
  const to = scenario.injectIndex.get(inject)?.to ?? null;
  return to === null || to.includes(seat);
}

export function debriefOf(scenario: CompiledScenario, save: SavedSession, language: string, seat: string | null = null): DebriefVM {
  const state = save.state;
  const result = buildResult(scenario, state);
  const text = (v: Parameters<typeof textIn>[0] | null | undefined): string => (v === null || v === undefined ? '' : textIn(v, language, scenario.language));
  const own = new Set(result.statements.filter((s) => seat === null || s.seat === seat).map((s) => s.id));

  const cards = DIMENSIONS.map((dimension): DebriefCardVM => {
    const why = dimensionWhy(result, dimension);
    const mineOnly = why.statements.filter((s) => own.has(s.id));
    const scores = mineOnly.map((s) => s.score);
    return {
      dimension,
      judged: !result.unjudged.includes(dimension),
      score: result.scores[dimension],
      why: { sessionCues: why.sessionCues, statements: mineOnly },
      mine: seat === null || scores.length === 0 ? null : Math.round(scores.reduce((a, b) => a + b, 0) / scores.length),
      others: why.statements.length - mineOnly.length,
    };
  });

  const timeline: DebriefRowVM[] = [
    ...state.firings
      .filter((f) => forSeat(scenario, f.inject, seat))
      .map((f) => {
        const inj = scenario.injectIndex.get(f.inject);
        return { at: f.firedAt, kind: 'inject' as const, label: text(inj?.title ?? inj?.subject) || f.inject, channel: inj?.channel ?? null, seat: null };
      }),
    ...state.statements
      .filter((s) => s.publishedAt !== null)
      .map((s) => ({ at: s.publishedAt ?? s.submittedAt, kind: 'statement' as const, label: s.text, channel: s.channel, seat: seat === null ? null : s.seat })),
  ].sort((a, b) => a.at - b.at);

  // A strong response per inject: the prepared answer the scenario rewards most (its effects on trust).
  const strong = state.firings.flatMap((f) => {
    const inj = scenario.injectIndex.get(f.inject);
    if (!inj || inj.options.length === 0 || !forSeat(scenario, f.inject, seat)) return [];
    const gain = (effects: (typeof inj.options)[number]['effects']): number => effects.reduce((sum, e) => sum + (e.kind === 'trust' ? e.deltas.reduce((a, [, d]) => a + d, 0) : 0), 0);
    const best = [...inj.options].sort((a, b) => gain(b.effects) - gain(a.effects))[0];
    if (!best) return [];
    return [{ title: text(inj.title ?? inj.subject ?? inj.text).slice(0, 120), answer: text(best.label) || text(best.text).slice(0, 200), why: best.feedback ? text(best.feedback) : null }];
  });

  return { result, startIso: scenario.startIso, endMs: Math.max(1, state.now), cards, timeline, strong, seat };
}
