import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Id, lint, loadPlan, loadScenario, type CompiledScenario, type Diagnostic, type Plan, type PlaybookResolver } from '../format/index.ts';
import { diagnosticLine } from '../i18n/index.ts';
import { InputTooLarge, MAX_INPUT_BYTES, readText } from './io.ts';
import { words } from './words.ts';

/** Problems a command lists before pointing to `crisis lint` for the rest. */
const MAX_LISTED = 20;

/** A file the command needs is invalid: report its diagnostics and exit 1. */
export class InvalidInput extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(message: string, diagnostics: readonly Diagnostic[] = []) {
    super(message);
    this.diagnostics = diagnostics;
  }

  /**
   * One problem is its own message (it names the file, the place and the code); several are listed up
   * to a cap (a generated file can have tens of thousands) and then summed up.
   */
  render(): string {
    const [only] = this.diagnostics;
    if (this.diagnostics.length === 1 && only) return diagnosticLine(words, only);
    const lines = this.diagnostics.slice(0, MAX_LISTED).map((d) => diagnosticLine(words, d));
    const more = this.diagnostics.length - lines.length;
    return [...lines, ...(more > 0 ? [`… and ${more.toLocaleString('en')} more`] : []), this.message].join('\n');
  }
}

/** A scenario's playbook: scenarios/playbooks/<id>.yaml, beside the scenario. */
export function playbookFile(scenarioPath: string, id: string): { text: string; file: string } | null {
  if (!Id.safeParse(id).success) return null;
  const file = join(dirname(scenarioPath), 'playbooks', `${id}.yaml`);
  return existsSync(file) ? { text: readText(file, MAX_INPUT_BYTES), file } : null;
}

export function playbookResolver(scenarioPath: string): PlaybookResolver {
  return (id) => playbookFile(scenarioPath, id);
}

/**
 * The text of a scenario or plan file, or the diagnostic saying it is over the size limit (SC005,
 * as the loader reports an oversized text). Reading stops at the limit.
 */
export function readSource(path: string): { readonly text: string } | { readonly tooLarge: Diagnostic } {
  try {
    return { text: readText(path, MAX_INPUT_BYTES) };
  } catch (e) {
    if (!(e instanceof InputTooLarge)) throw e;
    return { tooLarge: { file: path, line: 1, col: 1, severity: 'error', code: 'SC005', ...lint('lint.SC005.file-bytes', { max: MAX_INPUT_BYTES }) } };
  }
}

export function scenarioFromFile(path: string): CompiledScenario {
  const source = readSource(path);
  if ('tooLarge' in source) throw new InvalidInput(`${path}: 1 error`, [source.tooLarge]);
  const loaded = loadScenario(source.text, path, { playbook: playbookResolver(path) });
  if (!loaded.scenario) {
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    throw new InvalidInput(`${path}: ${errors.length} error${errors.length === 1 ? '' : 's'}; run "crisis lint ${path}" for details`, errors);
  }
  return loaded.scenario;
}

export function planFromFile(path: string, scenario?: CompiledScenario): Plan {
  const source = readSource(path);
  if ('tooLarge' in source) throw new InvalidInput(`${path} is not a valid plan`, [source.tooLarge]);
  const loaded = loadPlan(source.text, path, scenario);
  if (!loaded.plan) throw new InvalidInput(`${path} is not a valid plan`, loaded.diagnostics);
  return loaded.plan;
}
