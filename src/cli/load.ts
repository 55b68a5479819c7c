import { formatDiagnostic, loadPlan, loadScenario, type CompiledScenario, type Diagnostic, type Plan } from '../format/index.ts';
import { readText } from './io.ts';

/** A file the command needs is invalid: report its diagnostics and exit 1. */
export class InvalidInput extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(message: string, diagnostics: readonly Diagnostic[] = []) {
    super(message);
    this.diagnostics = diagnostics;
  }

  render(): string {
    const lines = this.diagnostics.map(formatDiagnostic);
    return [...lines, this.message].join('\n');
  }
}

export function scenarioFromFile(path: string): CompiledScenario {
  const loaded = loadScenario(readText(path), path);
  if (!loaded.scenario) {
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    throw new InvalidInput(`${path}: ${errors.length} error${errors.length === 1 ? '' : 's'}; run "crisis lint ${path}" for details`, errors);
  }
  return loaded.scenario;
}

export function planFromFile(path: string): Plan {
  const loaded = loadPlan(readText(path), path);
  if (!loaded.plan) throw new InvalidInput(`${path} is not a valid plan`, loaded.diagnostics);
  return loaded.plan;
}
