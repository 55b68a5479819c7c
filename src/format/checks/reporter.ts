import type { Diagnostic, Severity } from '../diagnostics/diagnostic.ts';
import type { LintMessage } from '../diagnostics/messages.ts';
import { Suggester } from '../suggest.ts';
import type { LoadedYaml, PathSegment } from '../yaml-source.ts';

/** Collects diagnostics for one file, placing each at the YAML node its path names. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  /** "did you mean" for ids, within one budget for the whole file. */
  readonly suggester = new Suggester();
  private readonly file: string;
  private readonly yaml: LoadedYaml;

  constructor(file: string, yaml: LoadedYaml) {
    this.file = file;
    this.yaml = yaml;
  }

  /**
   * Content a scenario takes from its playbook sits in the scenario's lists but not in its file:
   * warnings about it are the playbook's business (it is linted on its own), and errors are placed
   * on the scenario's `playbook:` key.
   */
  private borrowed: ((path: readonly PathSegment[]) => boolean) | null = null;

  borrow(isBorrowed: (path: readonly PathSegment[]) => boolean): void {
    this.borrowed = isBorrowed;
  }

  report(severity: Severity, code: string, message: LintMessage, path: readonly PathSegment[], which: 'key' | 'value' = 'value'): void {
    if (this.borrowed?.(path)) {
      if (severity === 'warning') return;
      path = ['playbook'];
    }
    const pos = this.yaml.locate(path, which);
    this.diagnostics.push({ file: this.file, line: pos.line, col: pos.col, severity, code, ...message });
  }

  error(code: string, message: LintMessage, path: readonly PathSegment[], which: 'key' | 'value' = 'value'): void {
    this.report('error', code, message, path, which);
  }

  warning(code: string, message: LintMessage, path: readonly PathSegment[], which: 'key' | 'value' = 'value'): void {
    this.report('warning', code, message, path, which);
  }

  locateLine(path: readonly PathSegment[]): number {
    return this.yaml.locate(path).line;
  }

  /** A problem at a character inside a scalar (a condition string). */
  errorInScalar(code: string, message: LintMessage, path: readonly PathSegment[], offset: number): void {
    const pos = this.yaml.locateInScalar(path, offset);
    this.diagnostics.push({ file: this.file, line: pos.line, col: pos.col, severity: 'error', code, ...message });
  }
}
