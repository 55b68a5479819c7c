/**
 * The `writer` trainee of `crisis sim`: it answers free-text injects with text written from the
 * scenario itself — its key messages word for word, and its facts stated through their cues — read
 * by the host's analyser exactly as a trainee's text would be. Options never reach what only free
 * text can (`reply.*` branches, press-conference follow-ups on a dodge or a contradiction), so
 * without it a scenario's free-text paths could not be shown to fire.
 *
 * Answers vary on purpose: the whole expected answer, part of it, a wrong figure, a denial or a
 * dodge, so that every branch a trainee's words can take gets its chance.
 *
 * The joining words are English because the analysers read them (the only analyser is English, and
 * the fallback for other languages); the scenario's own words (cues, values, key messages) carry the
 * content. These texts are synthetic input, never words shown to people.
 */
import { textIn, type CompiledFact, type CompiledInject, type CompiledScenario } from '../format/index.ts';
import { UNKNOWN, type Annotation, type ClaimValue, type StatementAnnotator } from './annotation.ts';
import { truthAt } from './evaluate.ts';
import { sameValue } from './ledger.ts';
import type { Rng } from './rng.ts';

export const ANSWER_STYLES = ['full', 'partial', 'wrong', 'deny', 'dodge'] as const;
export type AnswerStyle = (typeof ANSWER_STYLES)[number];

/** How often each style is written (full answers most, as most trainees try to answer). */
const STYLE_WEIGHTS: Readonly<Record<AnswerStyle, number>> = { full: 0.4, partial: 0.2, wrong: 0.15, deny: 0.1, dodge: 0.15 };
/** Chance that an answer also uses a key message the inject does not ask for. */
const EXTRA_MESSAGE_RATE = 0.15;
/** Chance that an answer also states a fact the inject does not ask for. */
const EXTRA_FACT_RATE = 0.1;

const DODGE = 'We have no comment at this stage.';
const DENIAL = 'These reports are false and there is no truth in them.';

export function pickStyle(rng: Rng): AnswerStyle {
  let x = rng.next();
  for (const style of ANSWER_STYLES) {
    x -= STYLE_WEIGHTS[style];
    if (x < 0) return style;
  }
  return 'full';
}

function isoDate(value: ClaimValue): string | null {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Sentences that might state `value` for `fact`, best guesses first; the analyser decides which work. */
function candidates(fact: CompiledFact, value: ClaimValue): string[] {
  const cues = fact.cues.length > 0 ? fact.cues : [fact.id.replace(/-/g, ' ')];
  const out: string[] = [];
  for (const c of cues) {
    if (value === UNKNOWN) {
      if (fact.kind === 'number') out.push(`We do not know yet how many ${c} there are.`, `We do not yet know the number of ${c}.`);
      else if (fact.kind === 'boolean') out.push(`We do not know yet whether ${c}.`, `It is not yet known whether there was ${c}.`);
      else out.push(`We do not yet know the ${c}.`, `The ${c} is not known yet.`);
      continue;
    }
    switch (fact.kind) {
      case 'number': {
        // A percentage or an amount of money is written with its unit, as the analyser expects.
        const unit = fact.unit ?? '';
        const n = /%|percent/i.test(unit) ? `${String(value)}%` : /[£$€]/.test(unit) ? `${unit}${String(value)}` : String(value);
        out.push(`${n} ${c}.`, `There are ${n} ${c}.`, `The number of ${c} is ${n}.`, `${c}: ${n}.`, `${n} of the ${c}.`);
        break;
      }
      case 'boolean': {
        const words = value === true ? [...(fact.values?.true ?? []), ...(fact.values?.yes ?? [])] : [...(fact.values?.false ?? []), ...(fact.values?.no ?? [])];
        for (const w of words) out.push(`The ${c} is ${w}.`, `The ${c} was ${w}.`, `We ${w} the ${c}.`, `${c} ${w}.`);
        if (words.length === 0) out.push(...(value === true ? [`We confirm the ${c}.`, `There was ${c}.`, `Yes, ${c}.`] : [`There is no ${c}.`, `There were no ${c}.`, `It is not true that there was ${c}.`]));
        break;
      }
      case 'text':
        for (const syn of fact.values?.[String(value)] ?? [String(value)]) out.push(`The ${c} was ${syn}.`, `The ${c} is ${syn}.`, `It ${syn}.`, `${c} ${syn}.`);
        break;
      case 'date': {
        const iso = isoDate(value);
        if (!iso) break;
        const [y, m, d] = iso.split('-').map(Number);
        const long = `${d ?? 1} ${MONTH_NAMES[(m ?? 1) - 1] ?? 'January'} ${y ?? 2026}`;
        out.push(`The ${c} was on ${long}.`, `${c} on ${long}.`, `The ${c} was on ${iso}.`);
        break;
      }
    }
  }
  return out;
}

/** A value of the fact that is not `truth`: what a trainee with the wrong figure would say. */
function wrongValue(fact: CompiledFact, truth: ClaimValue): ClaimValue | null {
  switch (fact.kind) {
    case 'number':
      return typeof truth === 'number' ? truth + Math.max(2, Math.round(Math.abs(truth) * 0.5)) : 2;
    case 'boolean':
      return truth === UNKNOWN ? true : !truth;
    case 'text': {
      const other = Object.keys(fact.values ?? {}).find((v) => v !== truth);
      return other ?? null;
    }
    case 'date': {
      const iso = isoDate(truth);
      if (!iso) return null;
      const t = Date.parse(`${iso}T12:00:00Z`) - 86_400_000 * 3;
      return new Date(t).toISOString().slice(0, 10);
    }
  }
}

/**
 * Writes and reads answers for one scenario. Sentences that state a fact are found once per fact
 * and value (the first candidate the analyser reads as meant) and annotations are kept by text: the
 * texts name no times ("at 9:00", "tomorrow"), so what the analyser reads does not depend on when.
 */
export class SimWriter {
  private readonly sentences = new Map<string, string | null>();
  private readonly annotations = new Map<string, Annotation>();

  private readonly s: CompiledScenario;
  private readonly annotator: StatementAnnotator;

  constructor(s: CompiledScenario, annotator: StatementAnnotator) {
    this.s = s;
    this.annotator = annotator;
  }

  get version(): string {
    return this.annotator.version;
  }

  annotate(text: string): Annotation {
    let a = this.annotations.get(text);
    if (!a) {
      a = this.annotator.annotate(text, { now: 0 });
      this.annotations.set(text, a);
    }
    return a;
  }

  /** A sentence the analyser reads as stating `value` for the fact, or null if none of the candidates does. */
  sentenceFor(fact: CompiledFact, value: ClaimValue): string | null {
    const key = `${fact.id}\u0000${String(value)}`;
    const known = this.sentences.get(key);
    if (known !== undefined) return known;
    let found: string | null = null;
    for (const text of candidates(fact, value)) {
      const claim = this.annotate(text).claims.find((c) => c.fact === fact.id);
      if (claim && (value === UNKNOWN ? claim.value === UNKNOWN : claim.value !== UNKNOWN && sameValue(fact, claim.value, value))) {
        found = text;
        break;
      }
    }
    this.sentences.set(key, found);
    return found;
  }

  /** The answer to `inj` at scenario time `now` in the given style. */
  write(inj: CompiledInject, style: AnswerStyle, now: number, rng: Rng): string {
    if (style === 'dodge') return DODGE;
    const expectedFacts = inj.expects?.facts ?? [];
    const expectedMessages = inj.expects?.keyMessages ?? [];
    const keep = <T>(xs: readonly T[]): T[] => (style === 'partial' && xs.length > 1 ? xs.filter(() => rng.next() < 0.5) : [...xs]);
    const facts = keep(expectedFacts);
    const messages = keep(expectedMessages);
    for (const f of this.s.facts) if (!expectedFacts.includes(f.id) && rng.next() < EXTRA_FACT_RATE) facts.push(f.id);
    for (const k of this.s.keyMessages) if (!expectedMessages.includes(k.id) && rng.next() < EXTRA_MESSAGE_RATE) messages.push(k.id);
    const parts: string[] = style === 'deny' ? [DENIAL] : [];
    for (const id of facts) {
      const fact = this.s.factIndex.get(id);
      if (!fact) continue;
      const truth = truthAt(this.s, id, now);
      const value = style === 'wrong' || (style === 'deny' && fact.kind === 'boolean') ? wrongValue(fact, truth) : truth;
      const sentence = value === null ? null : this.sentenceFor(fact, value);
      if (sentence) parts.push(sentence);
    }
    for (const id of messages) {
      const km = this.s.keyMessages.find((k) => k.id === id);
      if (km) parts.push(textIn(km.text, this.s.language, this.s.language));
    }
    return parts.length > 0 ? parts.join(' ') : DODGE;
  }
}
