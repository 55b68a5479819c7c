/**
 * An authored option's `asserts` as an annotation, so options and free text go through the same
 * scoring. The quote for everything an option asserts is the option's own text.
 */
import type { CompiledOption } from '../format/compiled.ts';
import { parseDuration } from '../format/duration.ts';
import type { Annotation } from './annotation.ts';

export function annotateOption(option: CompiledOption, text: string, publishedAt: number): Annotation {
  const a = option.asserts;
  const quote = text;
  const words = text.split(/\s+/).filter(Boolean).length;
  const updates = new Set(a.updates);
  const nextUpdateIn = a.nextUpdate === undefined ? null : parseDuration(a.nextUpdate);
  return {
    source: 'option',
    words,
    claims: Object.entries(a.facts).map(([fact, value]) => ({ fact, value, quote, update: updates.has(fact), hedged: false })),
    keyMessages: a.keyMessages.map((id) => ({ id, quote, similarity: 1 })),
    empathy: a.empathy.map((element) => ({ element, quote, strength: 1 })),
    penalties: a.penalties.map((kind) => ({ kind, quote })),
    posture: a.posture === undefined ? null : { value: a.posture, quote },
    instructions: a.instructions ? [{ quote }] : [],
    unknowns: a.unknowns || Object.values(a.facts).includes('unknown') ? [{ quote }] : [],
    nextUpdate: nextUpdateIn === null ? null : { at: publishedAt + nextUpdateIn, quote },
    contact: a.contact ? { quote } : null,
    commitment: a.commitment ? { quote } : null,
    hedges: [],
    readability: null,
  };
}
