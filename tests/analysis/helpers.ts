/**
 * Shared test helpers: analysers for the calibration contexts, and the detector names used by the
 * minimal pairs ("claim:affected-batches=4", "penalty:minimising", …).
 */
import { createAnalyser } from '../../src/analysis/en/analyser.ts';
import type { Annotation, StatementAnnotator } from '../../src/engine/index.ts';
import { parseDuration } from '../../src/format/index.ts';
import { analysisContextOf, momentOf, readCalibrationFile } from '../calibration/contexts.ts';

/**
 * What the frames alone (no learned judge) find in a statement by a preventable, high-severity
 * organisation: for tests of one frame, which the judge could otherwise hide or supply.
 */
export function readByFrames(organisation: string): (text: string) => { elements: string[]; penalties: string[] } {
  const frames = createAnalyser({ language: 'en', cluster: 'preventable', severity: 'high', clockStart: null, facts: [], keyMessages: [], victimTerms: [], avoidTerms: [], organisation: [organisation] }, { judge: null });
  return (text) => {
    const a = frames.annotate(text, { now: 0 });
    return { elements: a.empathy.map((e) => e.element), penalties: a.penalties.map((p) => p.kind) };
  };
}

export interface TestContext {
  readonly analyser: StatementAnnotator;
  readonly now: number;
}

let cache: ReadonlyMap<string, TestContext> | null = null;

export function calibrationContexts(): ReadonlyMap<string, TestContext> {
  if (cache !== null) return cache;
  const file = readCalibrationFile();
  cache = new Map(Object.entries(file.contexts).map(([id, c]) => [id, { analyser: createAnalyser(analysisContextOf(c)), now: momentOf(c) }]));
  return cache;
}

export function annotateIn(contextId: string, text: string): Annotation {
  const ctx = calibrationContexts().get(contextId);
  if (ctx === undefined) throw new Error(`unknown context ${contextId}`);
  return ctx.analyser.annotate(text, { now: ctx.now });
}

/** Whether the named detector fired in the annotation. Throws on a name it does not know. */
export function detectorFires(a: Annotation, detector: string): boolean {
  const [name, arg] = splitOnce(detector, ':');
  switch (name) {
    case 'claim': {
      const [fact, value] = splitOnce(arg, '=');
      return a.claims.some((c) => c.fact === fact && String(c.value) === value);
    }
    case 'claim-hedged':
      return a.claims.some((c) => c.fact === arg && c.hedged);
    case 'claim-update':
      return a.claims.some((c) => c.fact === arg && c.update);
    case 'claim-reason':
      return a.claims.some((c) => c.fact === arg && c.update && c.reason !== undefined && c.reason !== '');
    case 'key-message':
      return a.keyMessages.some((k) => k.id === arg);
    case 'empathy':
      return a.empathy.some((e) => e.element === arg && e.strength > 0);
    case 'empathy-full':
      return a.empathy.some((e) => e.element === arg && e.strength >= 1);
    case 'penalty':
      return a.penalties.some((p) => p.kind === arg);
    case 'posture':
      return a.posture?.value === arg;
    case 'instructions':
      return a.instructions.length > 0;
    case 'unknowns':
      return a.unknowns.length > 0;
    case 'next-update':
      return a.nextUpdate !== null;
    case 'next-update-at': {
      const at = parseDuration(arg);
      if (at === null) throw new Error(`bad duration in ${detector}`);
      return a.nextUpdate?.at === at;
    }
    case 'contact':
      return a.contact !== null;
    case 'commitment':
      return a.commitment !== null;
    case 'hedge':
      return a.hedges.length > 0;
    default:
      throw new Error(`unknown detector ${detector}`);
  }
}

function splitOnce(text: string, separator: string): [string, string] {
  const i = text.indexOf(separator);
  return i < 0 ? [text, ''] : [text.slice(0, i), text.slice(i + separator.length)];
}

/** Every quoted span in an annotation, to check each is a substring of the input. */
export function allQuotes(a: Annotation): string[] {
  return [
    ...a.claims.map((c) => c.quote),
    ...a.claims.flatMap((c) => (c.reason === undefined ? [] : [c.reason])),
    ...a.keyMessages.map((k) => k.quote),
    ...a.empathy.map((e) => e.quote),
    ...a.penalties.map((p) => p.quote),
    ...(a.posture === null ? [] : [a.posture.quote]),
    ...a.instructions.map((i) => i.quote),
    ...a.unknowns.map((u) => u.quote),
    ...(a.nextUpdate === null ? [] : [a.nextUpdate.quote]),
    ...(a.contact === null ? [] : [a.contact.quote]),
    ...(a.commitment === null ? [] : [a.commitment.quote]),
    ...a.hedges.map((h) => h.quote),
  ];
}
