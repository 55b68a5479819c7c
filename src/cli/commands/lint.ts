import { loadPlaybook, loadScenario } from '../../format/index.ts';
import { diagnosticLine, lintText } from '../../i18n/index.ts';
import { parseArgs, UsageError } from '../args.ts';
import { EXIT, json, type CommandOutput } from '../io.ts';
import { playbookResolver, readSource } from '../load.ts';
import { words } from '../words.ts';

export const LINT_HELP = 'lint <file>... [--json] [--max-warnings N]   check scenario and playbook files';

export function lintCommand(argv: readonly string[]): CommandOutput {
  const args = parseArgs(argv, { flags: { json: 'boolean', 'max-warnings': 'number' }, minPositionals: 1, maxPositionals: 10_000 }, 'lint');
  const maxWarnings = args.numbers.get('max-warnings');
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) throw new UsageError('--max-warnings needs a whole number of 0 or more');
  // A file in a playbooks/ folder is a playbook; anything else is a scenario.
  const files = args.positionals.map((file) => {
    const source = readSource(file);
    if ('tooLarge' in source) return { file, diagnostics: [source.tooLarge] };
    return /(^|[\\/])playbooks[\\/]/.test(file) ? loadPlaybook(source.text, file) : loadScenario(source.text, file, { playbook: playbookResolver(file) });
  });
  const all = files.flatMap((f) => f.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.length - errors;
  const failed = errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings);
  const code = failed ? EXIT.invalid : EXIT.ok;
  if (args.booleans.has('json')) {
    return {
      code,
      stdout: json({
        files: files.map((f) => ({
          file: f.file,
          diagnostics: f.diagnostics.map((d) => ({ line: d.line, col: d.col, severity: d.severity, code: d.code, message: lintText(words, d) })),
        })),
        errors,
        warnings,
      }),
    };
  }
  const lines = all.map((d) => diagnosticLine(words, d));
  const summary = `${files.length} file${files.length === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  const tooMany = maxWarnings !== undefined && warnings > maxWarnings ? ` (more than --max-warnings ${maxWarnings})` : '';
  return { code, stdout: [...lines, summary + tooMany].join('\n') + '\n' };
}
