import type { CompiledScenario } from '../format/compiled.ts';
import { formatDiagnostic, type Diagnostic } from '../format/diagnostics/diagnostic.ts';
import { loadPlan } from '../format/load-plan.ts';
import { loadScenario } from '../format/load-scenario.ts';
import type { Plan } from '../format/plan.ts';
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

export function planFromFile(path: string, scenario?: CompiledScenario): Plan {
  const loaded = loadPlan(readText(path), path, scenario);
  if (!loaded.plan) throw new InvalidInput(`${path} is not a valid plan`, loaded.diagnostics);
  return loaded.plan;
}
