/**
 * Whose turn it is at a press conference, read from the session state: which journalists still
 * have a question (their hand is up), and which question each would ask. Pure, so the refusals,
 * the reducer and the selectors agree.
 */
import type { CompiledConference, CompiledScenario } from '../../format/index.ts';
import { evaluate } from '../evaluate.ts';
import type { EngineState } from '../state.ts';

/** A question still to be asked: not fired, and its `if` (if any) holds now. */
function askable(s: CompiledScenario, st: EngineState, id: string): boolean {
  if (st.injects[id]?.status !== 'pending') return false;
  const inj = s.injectIndex.get(id);
  return inj !== undefined && (inj.guard === null || evaluate(inj.guard, s, st));
}

/** The question this journalist would ask next, or null when their hand is down. */
export function nextQuestionOf(s: CompiledScenario, st: EngineState, conf: CompiledConference, journalist: string): string | null {
  for (const id of conf.questions) {
    if (s.injectIndex.get(id)?.conference?.question?.journalist === journalist && askable(s, st, id)) return id;
  }
  return null;
}

/** The next question in the order written, for the moderator. */
export function nextInOrder(s: CompiledScenario, st: EngineState, conf: CompiledConference): string | null {
  return conf.questions.find((id) => askable(s, st, id)) ?? null;
}

/** Journalists with a question left, most influential first (then in the order their questions are written). */
export function handsUp(s: CompiledScenario, st: EngineState, conf: CompiledConference): string[] {
  const seen: string[] = [];
  for (const id of conf.questions) {
    const who = s.injectIndex.get(id)?.conference?.question?.journalist;
    if (who !== undefined && !seen.includes(who) && askable(s, st, id)) seen.push(who);
  }
  const influence = (p: string): number => s.personas.get(p)?.influence ?? 0.5;
  return seen.map((p, i) => ({ p, i })).sort((a, b) => influence(b.p) - influence(a.p) || a.i - b.i).map((x) => x.p);
}

/** Everyone with a question at this conference, in the order their questions are written. */
export function journalistsOf(s: CompiledScenario, conf: CompiledConference): string[] {
  const out: string[] = [];
  for (const id of conf.questions) {
    const who = s.injectIndex.get(id)?.conference?.question?.journalist;
    if (who !== undefined && !out.includes(who)) out.push(who);
  }
  return out;
}

/** Is the conference waiting for the trainee to call on someone? */
export function awaitingPick(st: EngineState, conference: string): boolean {
  return st.timers.some((t) => t.kind === 'press-pick' && t.conference === conference);
}
