import type { LintMessage } from './messages.ts';

/** One problem found in a scenario file, at a position an author can jump to. */
export type Severity = 'error' | 'warning';

interface Located {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly col: number;
  readonly severity: Severity;
  /** The stable code (SC202) scripts and the documentation go by. */
  readonly code: string;
}

/**
 * The finding is data: its code, and a message key with parameters (`lint.*` in the message
 * catalogue gives the words, in the reader's language).
 */
export type Diagnostic = Located & LintMessage;

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.col - b.col || a.code.localeCompare(b.code) || a.key.localeCompare(b.key) || JSON.stringify(a.params).localeCompare(JSON.stringify(b.params));
}

/** The message alone (key and parameters), without the place: for a finding quoted inside another. */
export function messageOf(d: Diagnostic): LintMessage {
  // Taking the two fields apart loses their pairing in the union; they come from one message.
  return { key: d.key, params: d.params } as LintMessage;
}
