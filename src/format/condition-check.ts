import { parseCondition } from './conditions.ts';
import type { LintMessage } from './diagnostics/messages.ts';
import { resolveCondition } from './refs.ts';
import type { ScenarioDoc } from './schema.ts';
import { buildSymbolTable } from './symbols.ts';

/**
 * What is wrong with a condition in the context of a scenario (a name it does not define, a type
 * mismatch), as lint would say it; empty when the condition is fine. For tools that write scenario
 * files (the MSEL import) and must not keep a condition that would not lint.
 */
export function conditionProblems(doc: ScenarioDoc, text: string, allowReply = false): readonly LintMessage[] {
  const parsed = parseCondition(text);
  if (!parsed.ok) return [parsed.error.message];
  const resolved = resolveCondition(parsed.expr, buildSymbolTable(doc), allowReply);
  return resolved.ok ? [] : resolved.problems.map((p) => p.message);
}
