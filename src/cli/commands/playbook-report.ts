/**
 * `crisis report <result.json> --format playbook|playbook-json --scenario <scenario>`: after a drill,
 * the edits the organisation's playbook should consider, as a unified diff of the playbook file and
 * the findings behind them (docs/playbooks.md).
 */
import { annotatorFor } from '../../analysis/index.ts';
import type { PlayResult } from '../../engine/index.ts';
import { loadPlaybook, type CompiledScenario } from '../../format/index.ts';
import { createTranslator } from '../../i18n/index.ts';
import { findingText, proposePatch, reviewPlaybook, type StatementReading } from '../../report/playbook-review.ts';
import { parseDuration } from '../../format/index.ts';
import { UsageError } from '../args.ts';
import { json } from '../io.ts';
import { InvalidInput, playbookFile } from '../load.ts';

/** Statements' postures, faults and key messages: an option's annotations, or the analyser's reading of free text. */
function readings(result: PlayResult, scenario: CompiledScenario): Map<string, StatementReading> {
  const annotator = annotatorFor(scenario);
  const out = new Map<string, StatementReading>();
  for (const s of result.statements) {
    const option = s.inject === null || s.option === null ? undefined : scenario.injectIndex.get(s.inject)?.options.find((o) => o.id === s.option);
    if (option) {
      out.set(s.id, { posture: option.asserts.posture ?? null, penalties: option.asserts.penalties, keyMessages: option.asserts.keyMessages });
      continue;
    }
    const a = annotator.annotate(s.text, { now: parseDuration(s.at) ?? 0 });
    out.set(s.id, { posture: a.posture?.value ?? null, penalties: a.penalties.map((p) => p.kind), keyMessages: a.keyMessages.map((k) => k.id) });
  }
  return out;
}

export function playbookReport(result: PlayResult, scenarioPath: string | undefined, scenario: CompiledScenario | null, format: 'playbook' | 'playbook-json'): string {
  if (scenarioPath === undefined || scenario === null) throw new UsageError('--format playbook needs the scenario the session was played with: --scenario scenarios/<id>.yaml');
  if (scenario.id !== result.scenario) throw new InvalidInput(`${scenarioPath} is the scenario "${scenario.id}", but the result is from "${result.scenario}"`);
  const id = scenario.doc.playbook;
  if (id === undefined) throw new InvalidInput(`${scenarioPath} names no playbook ("playbook: <id>"), so there is no plan to update`);
  const source = playbookFile(scenarioPath, id);
  if (source === null) throw new InvalidInput(`${scenarioPath}: there is no playbook "${id}"`);
  const loaded = loadPlaybook(source.text, source.file);
  if (!loaded.playbook) throw new InvalidInput(`${source.file} is not a valid playbook; run "crisis lint ${source.file}"`, loaded.diagnostics);
  const t = createTranslator();
  const findings = reviewPlaybook(result, loaded.playbook, readings(result, scenario), { approvals: scenario.approvals, approvalTimeMs: scenario.approvalTimeMs, defaultApprovalMs: 5 * 60_000 });
  const patch = proposePatch(source.text, source.file, findings, t, { scenario: result.scenario, seed: result.seed });
  if (format === 'playbook-json') {
    return json({ playbook: source.file, findings: findings.map((f) => ({ code: f.code, target: f.target, params: f.params, message: findingText(f, t) })), patch: patch.diff });
  }
  const lines = [t.t('playbook.header', { file: source.file, findings: findings.length }), ...findings.map((f) => `- ${findingText(f, t)}`), ''];
  return `${lines.join('\n')}\n${patch.diff}`;
}
