/**
 * The linguistic pipeline under every detector: wink-nlp with its English lite model tags each
 * word with its part of speech (Universal POS) and lemma ("phoned" → phone, "children" → child,
 * "isn't" → is + not), and the words are then grouped into clauses with their subject, verb,
 * negation, modality and voice (clauses.ts).
 *
 * Why wink: it ships its model inside the npm package (no download at run time), is deterministic,
 * runs in the browser, and tags a 200-word statement in about half a millisecond (measured:
 * docs/analyser.md). The model is built on first use, not at import, so a host that never reads
 * free text never pays for it (about 0.1 s once).
 */
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** Universal POS tags, as the model gives them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Word {
  /** Index in the document's words. */
  readonly i: number;
  /** Absolute offsets in the document (the original text and its normalised copy alike). */
  readonly start: number;
  readonly end: number;
  /** Lower case, typographic quotes straightened. */
  readonly text: string;
  readonly lemma: string;
  readonly pos: Pos;
}

let instance: WinkMethods | null = null;

// Few tokens hold one, so the test comes first and the copy is made only for those.
const CURLY_APOSTROPHE = /[\u2018\u2019\u02bc]/;
const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/g;

function nlp(): WinkMethods {
  // Only the POS tagger (lemmas are read from it): the analyser has its own sentence splitter, and
  // without wink's sentence boundaries every calibration statement gets the same tags, 20% sooner.
  instance ??= winkNLP(model, ['pos']);
  return instance;
}

/**
 * Tags `text` and maps every word back to its offsets. `norm` is the same-length normalised copy
 * the detectors read; offsets are found by searching it, so a token the tagger spells differently
 * ("ca" of "can't") still lands where it was written.
 */
export function tagWords(text: string, norm: string): Word[] {
  if (text.trim() === '') return [];
  const w = nlp();
  const its = w.its;
  const doc = w.readDoc(text);
  const tokens = doc.tokens();
  // wink recognises its own its-functions by identity, so they are passed unbound (they never read
  // `this`). The package's typings give `its.lemma` a signature `out` does not accept, though it is
  // an its-function like the others.
  const read = (f: unknown): string[] => tokens.out(f as ItsFunction<string>);
  /* eslint-disable @typescript-eslint/unbound-method */
  const values = read(its.value);
  const pos = read(its.pos);
  const lemmas = read(its.lemma);
  /* eslint-enable @typescript-eslint/unbound-method */
  const out: Word[] = [];
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    const raw = (values[k] ?? '').toLowerCase();
    const value = CURLY_APOSTROPHE.test(raw) ? raw.replace(CURLY_APOSTROPHES, "'") : raw;
    // Line breaks and tabs come back as tokens of their own; they are not words.
    if (value.trim() === '') continue;
    let at = norm.indexOf(value, cursor);
    // A token the tagger normalised (or one it invented) is not searched for past a short gap.
    if (at < 0 || at - cursor > 40) {
      if (value === "n't" && norm.startsWith('nt', cursor)) at = cursor;
      else continue;
    }
    const end = at + (value === "n't" && norm.startsWith('nt', at) ? 2 : value.length);
    cursor = end;
    let lemma = (lemmas[k] ?? value).toLowerCase();
    if (value === "n't") lemma = 'not';
    out.push({ i: out.length, start: at, end, text: value, lemma, pos: (pos[k] ?? 'X') as Pos });
  }
  return out;
}
