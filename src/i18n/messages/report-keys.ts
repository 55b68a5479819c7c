import type { NoParams } from '../catalogue.ts';

/** Observations the after-action report makes itself from the timeline (src/report/aar.ts). */
export interface ReportMessages {
  /** An inject with a deadline never answered; `deadline` in scenario ms, null without one. */
  'report.unanswered': { readonly deadline: number | null };
  /** Answered this long after the deadline (scenario ms, to the minute). */
  'report.answered-late': { readonly late: number };
  /** Answered in time, but the timeliness score is below 100 for a reason no cue names. */
  'report.partial-answer': NoParams;
  /** The heading of the legal filing duties (regulator deadlines) and what it shows. */
  'report.duties.heading': NoParams;
  'report.duties.lead': NoParams;
  /** One duty: the inject that set it, the regulator (null: "the regulator"), and the time allowed from when it fired (ms). */
  'report.duty.what': { readonly inject: string; readonly regulator: string | null; readonly within: number; readonly firedAt: number };
  /** Everything required was filed, right, by `completedAt`; the deadline was `due` (scenario ms). */
  'report.duty.met': { readonly completedAt: number; readonly due: number };
  /** A filing went in at `filedAt` without the `missing` fact ids; `dueAfterEnd`: the deadline comes after the exercise ended. */
  'report.duty.started': { readonly filedAt: number; readonly missing: readonly string[]; readonly due: number; readonly dueAfterEnd: boolean };
  /** The deadline passed during the exercise with nothing filed. */
  'report.duty.missed': { readonly due: number };
  /** Nothing filed yet; the deadline is `left` ms after the exercise ended. */
  'report.duty.open': { readonly due: number; readonly left: number };
}
