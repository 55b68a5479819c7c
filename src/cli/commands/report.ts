import type { z } from 'zod';
import { buildResult, readPlayResult, SAVE_KIND, Session, SessionError, type PlayResult } from '../../engine/index.ts';
import { AarReport, buildReport } from '../../report/aar.ts';
import { renderCsv } from '../../report/csv.ts';
import { renderHtml } from '../../report/html.ts';
import { renderMarkdown } from '../../report/markdown.ts';
import { buildXapiStatements } from '../../report/xapi.ts';
import { createTranslator } from '../../i18n/index.ts';
import { parseArgs, UsageError } from '../args.ts';
import { EXIT, json, MAX_JSON_INPUT_BYTES, readText, writeText, type CommandOutput } from '../io.ts';
import { InvalidInput, scenarioFromFile } from '../load.ts';
import { words } from '../words.ts';
import { playbookReport } from './playbook-report.ts';
import { XAPI_FLAGS, xapiOptions } from './xapi-options.ts';

export const REPORT_HELP =
  'report <result.json> --format html|md|csv|json|xapi|playbook|playbook-json [--out file] [--scenario <file>] [--actor-email E | --actor-account A] [--actor-name N] [--start ISO]   after-action report (or xAPI statements) from a play result or a saved session';

const FORMATS = ['html', 'md', 'csv', 'json', 'xapi', 'playbook', 'playbook-json'] as const;
type Format = (typeof FORMATS)[number];
const EXTENSIONS: Readonly<Record<string, Format>> = { html: 'html', htm: 'html', md: 'md', markdown: 'md', csv: 'csv', json: 'json' };

/** Problems listed for an invalid result before "and N more". */
const MAX_PROBLEMS = 5;

function formatOf(flag: string | undefined, out: string | undefined): Format {
  if (flag !== undefined) {
    if (!(FORMATS as readonly string[]).includes(flag)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${flag}"`);
    return flag as Format;
  }
  const ext = out?.split('.').pop()?.toLowerCase();
  const inferred = ext === undefined ? undefined : EXTENSIONS[ext];
  if (inferred === undefined) throw new UsageError(`give --format ${FORMATS.join('|')}`);
  return inferred;
}

function issuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(the whole file)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

function problems(file: string, what: string, error: z.ZodError): InvalidInput {
  // The schema library's own wording ("Invalid input: expected string") is not ours to show; the
  // path says where, which is what someone repairing a hand-edited result needs.
  const lines = error.issues.slice(0, MAX_PROBLEMS).map((i) => `  ${issuePath(i.path)}: missing, or not what a result holds there`);
  const more = error.issues.length - MAX_PROBLEMS;
  if (more > 0) lines.push(`  … and ${more} more`);
  return new InvalidInput(`${file} is not ${what}:\n${lines.join('\n')}`);
}

/** Reads the input: a play result, or a saved session rebuilt into one with its scenario. */
function readResult(file: string, scenarioPath: string | undefined): { result: PlayResult; note: string | null } {
  const text = readText(file, MAX_JSON_INPUT_BYTES);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InvalidInput(`${file} is not JSON: ${(e as Error).message}`);
  }
  const isSession = typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === SAVE_KIND;
  if (isSession) {
    if (scenarioPath === undefined) {
      throw new InvalidInput(`${file} is a saved session, not a play result: give the scenario it was played with, e.g. --scenario scenarios/<id>.yaml`);
    }
    const scenario = scenarioFromFile(scenarioPath);
    let session: Session;
    try {
      session = Session.load(scenario, data);
    } catch (e) {
      if (e instanceof SessionError) throw new InvalidInput(`${file}: ${words.render(e.problem)}`);
      throw e;
    }
    return { result: buildResult(scenario, session.state), note: null };
  }
  const WHAT = 'a Crisis Room play result (made with "crisis play … --json") or saved session';
  // Any other JSON file (a plan, a package.json): one line, not a list of every field it lacks.
  if (typeof data !== 'object' || data === null || !('kind' in data || 'sessionCues' in data)) throw new InvalidInput(`${file} is not ${WHAT}`);
  const read = readPlayResult(data);
  if (!read.ok) {
    if (read.error) throw problems(file, WHAT, read.error);
    throw new InvalidInput(`${file}: ${words.render(read.problem)}`);
  }
  return { result: read.result, note: scenarioPath === undefined ? null : `note: --scenario is only needed for a saved session; ${file} is a play result, so it was not used\n` };
}

export function reportCommand(argv: readonly string[]): CommandOutput {
  const args = parseArgs(argv, { flags: { format: 'string', out: 'string', scenario: 'string', ...XAPI_FLAGS }, minPositionals: 1, maxPositionals: 1 }, 'report');
  const out = args.strings.get('out');
  const format = formatOf(args.strings.get('format'), out);
  const xapi = format === 'xapi' ? xapiOptions(args) : null;
  const { result, note } = readResult(args.positionals[0] ?? '', args.strings.get('scenario'));
  const model = buildReport(result, words);
  let text: string;
  switch (format) {
    case 'playbook':
    case 'playbook-json': {
      const scenarioPath = args.strings.get('scenario');
      text = playbookReport(result, scenarioPath, scenarioPath === undefined ? null : scenarioFromFile(scenarioPath), format);
      break;
    }
    case 'xapi':
      text = json(buildXapiStatements(result, createTranslator(), xapi ?? xapiOptions(args)));
      break;
    case 'html':
      text = renderHtml(model);
      break;
    case 'md':
      text = renderMarkdown(model);
      break;
    case 'csv':
      text = renderCsv(model);
      break;
    case 'json':
      text = json(AarReport.parse(model));
      break;
  }
  // The playbook review uses --scenario even for a play result.
  const stderr = note === null || format === 'playbook' || format === 'playbook-json' ? {} : { stderr: note };
  if (out === undefined) return { code: EXIT.ok, stdout: text, ...stderr };
  writeText(out, text);
  return { code: EXIT.ok, stdout: `${format} report written to ${out}\n`, ...stderr };
}
