/**
 * Words of the scenario checker's findings (`crisis lint`, the facilitator's upload, the MSEL import):
 * the format layer declares each key's parameters next to the checks that fill them.
 */
import type { NoParams } from '../catalogue.ts';

export type { Channel } from '../../format/index.ts';
export type { Found, IdKind, KeyRule, LintMessage, LintMessages, Place, Rule, ValueType } from '../../format/index.ts';

/** Words around the findings where they are listed (the facilitator's upload). */
export interface LintWords {
  'lint.severity.error': NoParams;
  'lint.severity.warning': NoParams;
  /** A finding whose message this version has no words for (a newer server): its code is shown alone. */
  'lint.unrendered': NoParams;
}
