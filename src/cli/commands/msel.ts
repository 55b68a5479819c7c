/**
 * `crisis msel import <file.csv> [--out scenario.yaml] [--into scenario.yaml]` and
 * `crisis msel export <scenario> [--out file.csv]`: between scenarios and the Master Scenario
 * Events List spreadsheets facilitators keep (docs/msel.md).
 */
import { basename } from 'node:path';
import { Id, loadScenario, messageOf } from '../../format/index.ts';
import { createTranslator, type Translator } from '../../i18n/index.ts';
import { exportMsel } from '../../interop/msel-export.ts';
import { importMsel, slug, type MselImport, type MselProblem } from '../../interop/msel-import.ts';
import { parseArgs, UsageError } from '../args.ts';
import { EXIT, json, readText, writeText, type CommandOutput } from '../io.ts';
import { scenarioFromFile } from '../load.ts';

export const MSEL_HELP =
  'msel import <file.csv> [--out scenario.yaml] [--into scenario.yaml] [--id ID] [--title T] [--lang xx] [--json] | msel export <scenario> [--out file.csv] [--lang xx]   MSEL spreadsheets';

export function mselCommand(argv: readonly string[]): CommandOutput {
  const [sub, ...rest] = argv;
  if (sub === 'import') return importCommand(rest);
  if (sub === 'export') return exportCommand(rest);
  throw new UsageError(sub === undefined ? 'msel needs "import" or "export"' : `msel has no "${sub}"; use "import" or "export"`);
}

function exportCommand(argv: readonly string[]): CommandOutput {
  const args = parseArgs(argv, { flags: { out: 'string', lang: 'string' }, minPositionals: 1, maxPositionals: 1 }, 'msel export');
  const scenario = scenarioFromFile(args.positionals[0] ?? '');
  const lang = args.strings.get('lang');
  if (lang !== undefined && !scenario.languages.includes(lang)) throw new UsageError(`--lang ${lang}: the scenario is written in ${scenario.languages.join(', ')}`);
  const t = createTranslator();
  const csv = exportMsel(scenario.doc, t, lang === undefined ? {} : { language: lang });
  const out = args.strings.get('out');
  if (out === undefined) return { code: EXIT.ok, stdout: csv };
  writeText(out, csv);
  const rows = csv.split('\r\n').length - 2;
  return { code: EXIT.ok, stdout: `${t.t('msel.export.written', { file: out, rows })}\n` };
}

function importCommand(argv: readonly string[]): CommandOutput {
  const args = parseArgs(
    argv,
    { flags: { out: 'string', into: 'string', id: 'string', title: 'string', lang: 'string', json: 'boolean' }, minPositionals: 1, maxPositionals: 1 },
    'msel import',
  );
  const file = args.positionals[0] ?? '';
  const csv = readText(file);
  const t = createTranslator();
  const into = args.strings.get('into');
  const base = into === undefined ? undefined : { text: readText(into), doc: scenarioFromFile(into).doc };
  const name = basename(file).replace(/\.[^.]*$/, '');
  const id = args.strings.get('id') ?? slug(name);
  if (!Id.safeParse(id).success) throw new UsageError(`--id "${id}" is not an id (lower-case letters, digits, "-" and "_")`);
  const lang = args.strings.get('lang');
  const imported = importMsel(csv, t, { file: basename(file), id, title: args.strings.get('title') ?? name, ...(lang === undefined ? {} : { language: lang }), ...(base ? { base } : {}) });
  const out = args.strings.get('out');
  const problems = [...imported.problems, ...lintProblems(imported, out ?? into ?? `${id}.yaml`)];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const ok = errors === 0 && imported.yaml !== null;
  const injects = imported.events.filter((e) => e.conference === null).length;
  if (ok && out !== undefined && (imported.changed || out !== into)) writeText(out, imported.yaml);
  const code = ok ? EXIT.ok : EXIT.invalid;
  if (args.booleans.has('json')) {
    return {
      code,
      stdout: json({
        file,
        out: ok ? (out ?? null) : null,
        rows: imported.rows,
        injects,
        questions: imported.events.length - injects,
        filled: imported.filled,
        changed: imported.changed,
        errors,
        warnings,
        problems: problems.map((p) => ({ ...p, message: message(t, p) })),
        ...(ok && out === undefined ? { scenario: imported.yaml } : {}),
      }),
    };
  }
  const lines = problems.map((p) => `${file}: ${t.t('msel.where', { row: p.row, column: p.column, header: p.header })}: ${t.t(`msel.severity.${p.severity}`)} ${p.code} ${message(t, p)}`);
  lines.push(t.t('msel.import.summary', { rows: imported.rows, injects, questions: imported.events.length - injects, filled: imported.filled, errors, warnings }));
  if (ok && out !== undefined) lines.push(t.t(imported.changed || out !== into ? 'msel.import.written' : 'msel.import.unchanged', { file: out }));
  const report = `${lines.join('\n')}\n`;
  if (ok && out === undefined) return { code, stdout: imported.yaml, stderr: report };
  return ok ? { code, stdout: report } : { code, stdout: '', stderr: report };
}

function message(t: Translator, p: MselProblem): string {
  // Each code's parameters were checked where the problem was made; the lookup by code loses the pairing.
  return (t.t as (key: string, params: unknown) => string)(`msel.problem.${p.code}`, p.params);
}

/** The imported scenario must lint: its problems are placed on the row of the inject they are in. */
function lintProblems(imported: MselImport, file: string): MselProblem[] {
  if (imported.yaml === null) return [];
  const diagnostics = loadScenario(imported.yaml, file).diagnostics;
  if (diagnostics.length === 0) return [];
  const lines = imported.yaml.split('\n');
  const starts: { line: number; row: number }[] = [];
  lines.forEach((l, i) => {
    const m = /^\s*(?:- )?(?:\{ )?id: "?([a-z0-9][a-z0-9_-]*)"?/.exec(l);
    const row = m?.[1] === undefined ? undefined : imported.rowOf.get(m[1]);
    if (row !== undefined) starts.push({ line: i + 1, row });
  });
  return diagnostics.map((d) => ({
    severity: d.severity,
    code: 'MS032' as const,
    row: starts.filter((s) => s.line <= d.line).pop()?.row ?? null,
    column: null,
    header: null,
    params: { code: d.code, message: messageOf(d), at: `${d.file}:${d.line}:${d.col}` },
  }));
}
