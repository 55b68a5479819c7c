/**
 * When an inject can fire, as far as the scenario file says: tools that score or test an answer
 * "at 20m" to an inject need to know whether the inject can exist at 20m.
 */
import type { CompiledInject, CompiledScenario } from './compiled.ts';

export interface FireTime {
  /** The earliest scenario time (ms) at which the inject can fire. */
  readonly ms: number;
  /**
   * Whenever it fires, it fires at exactly `ms` (a fixed time, or a fixed delay after one). False
   * when it waits for something the trainees do (an answer), so `ms` is only a lower bound.
   */
  readonly exact: boolean;
}

/**
 * The earliest time `id` can fire, or null when the file cannot tell (it fires on a condition, by
 * an effect or by a facilitator). Chains of `after` are followed without recursion, and a chain that
 * goes round in a circle (which lint reports) gives null.
 */
export function fireTimeOf(s: CompiledScenario, id: string): FireTime | null {
  let delay = 0;
  let exact = true;
  const seen = new Set<string>();
  let inj: CompiledInject | undefined = s.injectIndex.get(id);
  while (inj) {
    if (seen.has(inj.id)) return null;
    seen.add(inj.id);
    const t = inj.trigger;
    if (t.kind === 'at') return { ms: t.atMs + delay, exact };
    if (t.kind === 'when') return null;
    if (t.kind === 'after') {
      delay += t.delayMs;
      const parent = s.injectIndex.get(t.inject);
      if (t.event === 'expired') delay += parent?.deadlineMs ?? 0;
      // Answered (or resolved) happens when the trainees say so: no earlier than the parent fires.
      if (t.event === 'responded' || t.event === 'resolved') exact = false;
      inj = parent;
      continue;
    }
    // A later question of a press conference or a follow-up: asked after the question before it,
    // so no earlier than the conference's first question.
    const conf = inj.conference;
    if (!conf) return null;
    exact = false;
    const current = inj.id;
    inj = conf.followUpOf !== null ? s.injectIndex.get(conf.followUpOf) : s.injects.find((q) => q.conference?.id === conf.id && q.conference.next === current);
  }
  return null;
}
