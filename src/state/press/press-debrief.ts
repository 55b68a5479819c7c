/**
 * The press conference replayed question by question for the debrief: who asked what and why (a
 * follow-up says what in the previous answer called for it), what the spokesperson said and how
 * fast, the cues the answer earned or lost (codes with parameters, rendered by the view through the
 * catalogue) and the room's verdict. Pure: built from the scenario and the session's final state.
 */
import { buildResult, type Cue, type EngineState, type PlayResult } from '../../engine/index.ts';
import { DIMENSIONS, type CompiledScenario, type Dimension } from '../../format/index.ts';
import { answerHeat, projectPress, type AskVM, type PressOptions, type PressVM } from './press-model.ts';

export interface DebriefRow {
  readonly ask: AskVM;
  /** How long the answer took (ms from the question), or null when none came. */
  readonly took: number | null;
  /** How the room heard the answer (the press cues: answered the question, bridged, quotable…). */
  readonly press: readonly Cue[];
  /** Cues on the question: its timeliness and the answer's as a statement (empathy, accuracy, consistency, transparency). */
  readonly cues: readonly Cue[];
  /** Net points of those cues (positive: the answer helped), for the verdict. */
  readonly net: number;
  /** What the question scored on each dimension it was judged on (the cues add up to these). */
  readonly scores: readonly { readonly dimension: Dimension; readonly points: number }[];
  readonly verdict: 'good' | 'mixed' | 'bad' | 'silent';
}

export interface PressDebrief {
  readonly vm: PressVM;
  readonly rows: readonly DebriefRow[];
  readonly result: PlayResult;
}

export function debriefOf(scenario: CompiledScenario, state: EngineState, language: string, options: PressOptions = {}): PressDebrief {
  const vm = projectPress({ scenario, state, phase: 'ended' }, language, options);
  const result = buildResult(scenario, state);
  // An inject's result carries its own cues (timeliness) and those of the statement that answered it.
  const judged = new Map(result.injects.map((i) => [i.id, i]));
  const statementCues = new Map(result.statements.map((s) => [s.id, s.cues]));
  const rows = vm.asks.map((ask): DebriefRow => {
    const inject = judged.get(ask.inject);
    const cues = inject?.cues ?? (ask.answer ? (statementCues.get(ask.answer.statement) ?? []) : []);
    const press = ask.answer?.heard?.cues ?? [];
    const net = Math.round(cues.reduce((sum, c) => sum + c.points, 0) * 10) / 10;
    const heat = answerHeat(ask);
    const verdict: DebriefRow['verdict'] = ask.answer === null ? 'silent' : heat >= 0.5 || net < -5 ? 'bad' : heat > 0.15 || net < 0 ? 'mixed' : 'good';
    const scores = DIMENSIONS.flatMap((dimension) => {
      const points = inject?.scores[dimension];
      return points === undefined ? [] : [{ dimension, points }];
    });
    return { ask, took: ask.answer ? ask.answer.at - ask.askedAt : null, press, cues, net, scores, verdict };
  });
  return { vm, rows, result };
}
