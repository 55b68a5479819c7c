/**
 * The press conference replayed question by question for the debrief: who asked what and why (a
 * follow-up says what in the previous answer called for it), what the spokesperson said and how
 * fast, the cues the answer earned or lost (codes with parameters, rendered by the view through the
 * catalogue) and the room's verdict. Pure: built from the scenario and the session's final state.
 */
import { buildResult, type Cue, type EngineState, type PlayResult } from '../../engine/index.ts';
import type { CompiledScenario } from '../../format/index.ts';
import { answerHeat, projectPress, type AskVM, type PressOptions, type PressVM } from './press-model.ts';

export interface DebriefRow {
  readonly ask: AskVM;
  /** How long the answer took (ms from the question), or null when none came. */
  readonly took: number | null;
  /** How the room heard the answer (the press cues: answered the question, bridged, quotable…). */
  readonly press: readonly Cue[];
  /** Cues on the answer as a statement (empathy, accuracy, consistency, transparency), then on the question (timeliness). */
  readonly cues: readonly Cue[];
  /** Net points of those cues (positive: the answer helped). */
  readonly net: number;
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
  const statementCues = new Map(result.statements.map((s) => [s.id, s.cues]));
  const injectCues = new Map(result.injects.map((i) => [i.id, i.cues]));
  const rows = vm.asks.map((ask): DebriefRow => {
    const cues = [...(ask.answer ? (statementCues.get(ask.answer.statement) ?? []) : []), ...(injectCues.get(ask.inject) ?? [])];
    const press = ask.answer?.heard?.cues ?? [];
    const net = Math.round(cues.reduce((sum, c) => sum + c.points, 0) * 10) / 10;
    const heat = answerHeat(ask);
    const verdict: DebriefRow['verdict'] = ask.answer === null ? 'silent' : heat >= 0.5 || net < -5 ? 'bad' : heat > 0.15 || net < 0 ? 'mixed' : 'good';
    return { ask, took: ask.answer ? ask.answer.at - ask.askedAt : null, press, cues, net, verdict };
  });
  return { vm, rows, result };
}
