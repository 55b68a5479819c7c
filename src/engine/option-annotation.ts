/**
 * An authored option's `asserts` as an annotation, so options and free text go through the same
 * scoring. The quote for everything an option asserts is the option's own text.
 */
import { parseDuration, type CompiledOption } from '../format/index.ts';
import type { Annotation } from './annotation.ts';

/** Everything but the promised update's time depends only on the option and its text: built once. */
const cache = new WeakMap<CompiledOption, Map<string, { readonly annotation: Annotation; readonly nextUpdateIn: number | null }>>();

export function annotateOption(option: CompiledOption, text: string, publishedAt: number): Annotation {
  let byText = cache.get(option);
  if (!byText) {
    byText = new Map();
    cache.set(option, byText);
  }
  let built = byText.get(text);
  if (!built) {
    built = build(option, text);
    byText.set(text, built);
  }
  const { annotation, nextUpdateIn } = built;
  return nextUpdateIn === null ? annotation : { ...annotation, nextUpdate: { at: publishedAt + nextUpdateIn, quote: text } };
}

function build(option: CompiledOption, text: string): { annotation: Annotation; nextUpdateIn: number | null } {
  const a = option.asserts;
  const quote = text;
  const words = text.split(/\s+/).filter(Boolean).length;
  const updates = new Set(a.updates);
  const nextUpdateIn = a.nextUpdate === undefined ? null : parseDuration(a.nextUpdate);
  const annotation: Annotation = {
    source: 'option',
    words,
    claims: Object.entries(a.facts).map(([fact, value]) => ({
      fact,
      value,
      quote,
      update: updates.has(fact),
      hedged: false,
      ...(updates.has(fact) && a.updateReason !== undefined ? { reason: a.updateReason } : {}),
    })),
    keyMessages: a.keyMessages.map((id) => ({ id, quote, similarity: 1 })),
    empathy: a.empathy.map((element) => ({ element, quote, strength: 1 })),
    penalties: a.penalties.map((kind) => ({ kind, quote })),
    posture: a.posture === undefined ? null : { value: a.posture, quote },
    instructions: a.instructions ? [{ quote }] : [],
    unknowns: a.unknowns || Object.values(a.facts).includes('unknown') ? [{ quote }] : [],
    nextUpdate: null,
    contact: a.contact ? { quote } : null,
    commitment: a.commitment ? { quote } : null,
    hedges: [],
    readability: null,
    internal: a.internal.map((act) => ({ act, quote })),
  };
  return { annotation, nextUpdateIn };
}
