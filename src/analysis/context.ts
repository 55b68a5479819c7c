/**
 * What the statement analyser needs to know about a scenario, taken from the compiled scenario:
 * fact cue words, key messages, the words that name victims, and the words audiences must not hear.
 */
import type { AnalysisContext } from '../engine/index.ts';
import { textIn, type CompiledScenario } from '../format/index.ts';

export function analysisContextFor(s: CompiledScenario, language = s.language): AnalysisContext {
  const text = (t: Parameters<typeof textIn>[0]): string => textIn(t, language, s.language);
  return {
    language,
    cluster: s.cluster,
    severity: s.severity,
    clockStart: s.startIso,
    clockJumps: s.clockJumps.map((j) => ({ atMs: j.atMs, toIso: j.toIso })),
    facts: s.facts.map((f) => ({ id: f.id, kind: f.kind, cues: f.cues, unit: f.unit ?? undefined, values: f.values ?? undefined })),
    keyMessages: s.keyMessages.map((k) => ({ id: k.id, text: text(k.text), paraphrases: k.paraphrases, concepts: k.concepts })),
    victimTerms: [...new Set(s.stakeholders.flatMap((sh) => sh.victims))],
    avoidTerms: [...new Set([...s.stakeholders.flatMap((sh) => sh.avoid), ...s.euphemisms])],
    organisation: [s.doc.organisation.name],
  };
}
