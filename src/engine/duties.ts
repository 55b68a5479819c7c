/**
 * Legal filing duties (`regulator: { within, requires }` on an inject): a notification that must
 * reach a regulator with certain facts within a time, such as GDPR's 72 hours. Such a deadline often
 * runs past the end of a three-hour exercise; that is normal, so the session says at the end where
 * each duty stands — met, started, missed, or still open — rather than the format warning about it.
 */
import { z } from 'zod';
import { INTERNAL_WORK_CHANNELS, type CompiledInject, type CompiledScenario } from '../format/index.ts';
import type { EngineState, Firing, Statement } from './state.ts';
import { claimVerdict } from './verdict.ts';

/**
 * met: every required fact filed, right, by the deadline. started: a filing went in by the deadline
 * (or by the end, when the deadline runs past it) without every required fact. missed: the deadline
 * passed during the exercise with nothing filed. open: nothing filed yet, and the deadline runs past
 * the end of the exercise.
 */
export const DUTY_STATUSES = ['met', 'started', 'missed', 'open'] as const;
export type DutyStatus = (typeof DUTY_STATUSES)[number];

export interface FilingProgress {
  /** Scenario ms at which the duty falls due. */
  readonly dueAt: number;
  /** Filings made from the firing up to the deadline or the end of the session, whichever is first. */
  readonly filed: readonly Statement[];
  /** Required facts no filing gave with their right value by then. */
  readonly missing: readonly string[];
  /** When the last missing fact was filed (null unless nothing is missing). */
  readonly completedAt: number | null;
}

/** Statements that count as filings for an inject's duty: on the regulator channel, or answers to it on an outward channel. */
export function filingProgress(s: CompiledScenario, published: readonly Statement[], inj: CompiledInject, firing: Firing, end: number): FilingProgress | null {
  const reg = inj.regulator;
  if (!reg) return null;
  const dueAt = firing.firedAt + reg.withinMs;
  const until = Math.min(dueAt, end);
  // The team's own talk about the filing ("let's wait until Friday and file once") is not a filing.
  const filed = published.filter(
    (x) =>
      (x.channel === 'regulator-letter' || x.inject === inj.id) &&
      !INTERNAL_WORK_CHANNELS.has(x.channel) &&
      (x.publishedAt ?? 0) >= firing.firedAt &&
      (x.publishedAt ?? Infinity) <= until,
  );
  const missing = new Set(reg.requires);
  let completedAt: number | null = missing.size === 0 && filed.length > 0 ? (filed[0]?.publishedAt ?? null) : null;
  for (const x of filed) {
    if (missing.size === 0) break;
    // A required fact is covered only by its right value at the time of filing: a wrong figure misinforms the regulator.
    for (const c of x.annotation.claims) if (claimVerdict(s, c, x.publishedAt ?? 0) === 'correct') missing.delete(c.fact);
    if (missing.size === 0) completedAt = x.publishedAt;
  }
  return { dueAt, filed, missing: reg.requires.filter((f) => missing.has(f)), completedAt };
}

export const Duty = z.object({
  inject: z.string(),
  /** The regulator's name as the scenario gives it, or null for "the regulator". */
  regulator: z.string().nullable(),
  firedAt: z.string(),
  within: z.string(),
  due: z.string(),
  /** The deadline falls after the end of the exercise. */
  dueAfterEnd: z.boolean(),
  status: z.enum(DUTY_STATUSES),
  /** The first filing counted (by the deadline, or by the end when that comes first), or null. */
  filedAt: z.string().nullable(),
  /** When everything required had been filed (met only). */
  completedAt: z.string().nullable(),
  /** Required facts not filed with their right value. */
  missing: z.array(z.string()),
});
export type Duty = z.infer<typeof Duty>;

/** Where each legal duty stands when the session ends (or now, for a session still running). */
export function regulatorDuties(s: CompiledScenario, st: EngineState, published: readonly Statement[], format: (ms: number) => string): Duty[] {
  const end = st.ending?.at ?? st.now;
  const out: Duty[] = [];
  for (const firing of st.firings) {
    const inj = s.injectIndex.get(firing.inject);
    const reg = inj?.regulator;
    if (!inj || !reg) continue;
    const p = filingProgress(s, published, inj, firing, end);
    if (!p) continue;
    const dueAfterEnd = p.dueAt > end;
    const first = p.filed[0]?.publishedAt ?? null;
    let status: DutyStatus;
    if (p.missing.length === 0 && first !== null) status = 'met';
    else if (first !== null) status = 'started';
    else status = dueAfterEnd ? 'open' : 'missed';
    out.push({
      inject: inj.id,
      regulator: reg.regulator,
      firedAt: format(firing.firedAt),
      within: format(reg.withinMs),
      due: format(p.dueAt),
      dueAfterEnd,
      status,
      filedAt: first === null ? null : format(first),
      completedAt: status === 'met' && p.completedAt !== null ? format(p.completedAt) : null,
      missing: [...p.missing],
    });
  }
  return out;
}
