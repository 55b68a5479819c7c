import type { NoParams } from '../catalogue.ts';

/** Observations the after-action report makes itself from the timeline (src/report/aar.ts). */
export interface ReportMessages {
  /** An inject with a deadline never answered; `deadline` in scenario ms, null without one. */
  'report.unanswered': { readonly deadline: number | null };
  /** Answered this long after the deadline (scenario ms, to the minute). */
  'report.answered-late': { readonly late: number };
  /** Answered in time, but the timeliness score is below 100 for a reason no cue names. */
  'report.partial-answer': NoParams;
}
