import { byPosition, type Diagnostic } from './diagnostics/diagnostic.ts';
import { lint } from './diagnostics/messages.ts';
import { formatDuration, parseDuration } from './duration.ts';
import { Plan } from './plan.ts';
import { describeIssues } from './schema-issues.ts';
import { loadYaml } from './yaml-source.ts';

export interface PlanLoad {
  readonly diagnostics: readonly Diagnostic[];
  readonly plan: Plan | null;
}

/**
 * Reads a plan file with the same hazards guard and positioned diagnostics as scenarios. Given the
 * scenario it is for, a step after the scenario ends is an error too (SC305), unless the plan is
 * lenient: a lenient plan reports such steps as skipped when it is played.
 */
export function loadPlan(text: string, file: string, scenario?: { readonly lengthMs: number }): PlanLoad {
  const loaded = loadYaml(text);
  if (!loaded.ok) {
    return { diagnostics: loaded.problems.map((p) => ({ file, line: p.pos.line, col: p.pos.col, severity: 'error' as const, code: p.code, ...p.message })), plan: null };
  }
  const diagnostics: Diagnostic[] = [];
  const at = (path: readonly (string | number)[], which: 'key' | 'value' = 'value') => loaded.yaml.locate(path, which);
  const parsed = Plan.safeParse(loaded.yaml.value);
  if (!parsed.success) {
    for (const p of describeIssues(parsed.error.issues, loaded.yaml.value, [], Plan)) {
      const pos = at(p.path, p.atKey ? 'key' : 'value');
      diagnostics.push({ file, line: pos.line, col: pos.col, severity: 'error', code: p.code, ...p.message });
    }
    return { diagnostics: diagnostics.sort(byPosition), plan: null };
  }
  let previous = 0;
  parsed.data.steps.forEach((step, i) => {
    const t = parseDuration(step.at) ?? 0;
    if (t < previous) {
      const pos = at(['steps', i, 'at']);
      diagnostics.push({ file, line: pos.line, col: pos.col, severity: 'error', code: 'SC306', ...lint('lint.SC306.plan-step-order', { step: i + 1, at: step.at }) });
    }
    previous = Math.max(previous, t);
    if (scenario && !parsed.data.lenient && t > scenario.lengthMs) {
      const pos = at(['steps', i, 'at']);
      diagnostics.push({ file, line: pos.line, col: pos.col, severity: 'error', code: 'SC305', ...lint('lint.SC305.plan-step-after-end', { step: i + 1, at: step.at, end: formatDuration(scenario.lengthMs) }) });
    }
  });
  return { diagnostics, plan: diagnostics.length > 0 ? null : parsed.data };
}
