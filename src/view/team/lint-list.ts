/**
 * The lint findings of an uploaded scenario, in the facilitator's language: the server replies with
 * each finding's place, code and message key with parameters, and the words come from the
 * catalogue here, as `crisis lint` prints them in English.
 */
import type { LintMessage } from '../../format/index.ts';
import { lintText, type Translator } from '../../i18n/index.ts';

/** A finding as the upload reply carries it; the message fields are checked before use. */
export interface LintFinding {
  readonly line: number;
  readonly col: number;
  readonly severity: string;
  readonly code: string;
  readonly key?: unknown;
  readonly params?: unknown;
}

export interface LintItem {
  readonly severity: 'error' | 'warning';
  readonly text: string;
}

export function lintItems(tr: Translator, found: readonly LintFinding[]): LintItem[] {
  return found.map((d) => {
    const severity = d.severity === 'warning' ? 'warning' : 'error';
    return {
      severity,
      text: tr.t('team.facilitate.lintLine', { line: d.line, col: d.col, severity: tr.t(`lint.severity.${severity}`), code: d.code, message: message(tr, d) }),
    };
  });
}

function message(tr: Translator, d: LintFinding): string {
  const { key, params } = d;
  if (typeof key !== 'string' || !key.startsWith('lint.') || !tr.has(key) || params === null || typeof params !== 'object') return tr.t('lint.unrendered');
  try {
    // The server and this page are one build, so the parameters fit the key; a reply from another
    // version that does not fit shows the code with a pointer to the full lint instead of failing.
    return lintText(tr, { key, params } as LintMessage);
  } catch {
    return tr.t('lint.unrendered');
  }
}
