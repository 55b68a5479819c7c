/**
 * One MSEL row as data: what an inject (or a press-conference question) says in the columns an
 * HSEEP Master Scenario Events List has, plus the Crisis Room columns that make the sheet carry
 * the whole inject list (id, trigger, deadline, severity, …). Export writes these; import reads them.
 */
import type { Channel, FollowUpTrigger, Severity } from '../format/index.ts';

/** The columns, in the order export writes them: HSEEP's nine first, then Crisis Room's. */
export const MSEL_FIELDS = [
  'number',
  'time',
  'from',
  'to',
  'method',
  'subject',
  'message',
  'expected',
  'notes',
  'id',
  'trigger',
  'deadline',
  'severity',
  'label',
  'questions',
  'conference',
] as const;
export type MselField = (typeof MSEL_FIELDS)[number];

/** Columns a sheet must have to be read as an MSEL at all. */
export const REQUIRED_FIELDS: readonly MselField[] = ['time', 'method', 'message'];

/** Columns where a blank cell under a filled one means "same as above" (merged cells in the sheet). */
export const FILL_DOWN_FIELDS: readonly MselField[] = ['time', 'from', 'to', 'method'];

/**
 * How an inject is timed, one line each in the Trigger column; the Time column holds `at`.
 * These keywords are syntax, like the scenario format's keys, and are not translated.
 */
export type Timing =
  | { readonly kind: 'at'; readonly atMs: number }
  | { readonly kind: 'after'; readonly after: string }
  | { readonly kind: 'when'; readonly when: string; readonly once: boolean }
  | { readonly kind: 'manual' }
  /** A press-conference question asked after the one above it. */
  | { readonly kind: 'question' }
  /** A follow-up to the question above it. */
  | { readonly kind: 'follow-up'; readonly trigger: FollowUpTrigger };

export interface MselEvent {
  readonly row: number;
  readonly id: string;
  readonly timing: Timing;
  readonly guard: string | null;
  readonly cancelIf: string | null;
  /** Persona id, or null for none. */
  readonly from: string | null;
  /** Seat ids, or null for every seat. */
  readonly to: readonly string[] | null;
  readonly channel: Channel;
  readonly subject: string | null;
  readonly text: string;
  readonly expected: string | null;
  readonly notes: string | null;
  readonly questions: readonly string[];
  readonly deadline: string | null;
  readonly severity: Severity | null;
  readonly label: string | null;
  readonly conference: string | null;
}

export const TRIGGER_KEYWORDS = ['at', 'after', 'when', 'whenever', 'manual', 'if', 'unless', 'question', 'follow-up'] as const;
