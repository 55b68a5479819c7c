import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatDiagnostic, Id, loadPlan, loadScenario, type CompiledScenario, type Diagnostic, type Plan, type PlaybookResolver } from '../format/index.ts';
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

/** A scenario's playbook: scenarios/playbooks/<id>.yaml, beside the scenario. */
export function playbookFile(scenarioPath: string, id: string): { text: string; file: string } | null {
  if (!Id.safeParse(id).success) return null;
  const file = join(dirname(scenarioPath), 'playbooks', `${id}.yaml`);
  return existsSync(file) ? { text: readText(file), file } : null;
}

export function playbookResolver(scenarioPath: string): PlaybookResolver {
  return (id) => playbookFile(scenarioPath, id);
}

export function scenarioFromFile(path: string): CompiledScenario {
  const loaded = loadScenario(readText(path), path, { playbook: playbookResolver(path) });
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
