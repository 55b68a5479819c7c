/**
 * How an answer at a press conference went, from the reporters' side: did it answer what was asked
 * (each question kind asks for something different), bridge back to a key message, stay within what
 * is known, stay consistent with what was said earlier in the session, fit a sound bite, keep clear
 * of the question's loaded words and false premise, and stay within the spokesperson's remit.
 *
 * One pure function serves the engine (which follow-up comes next, the `press.answered` event) and
 * the scorer (the press section of the result), so what the room reacted to and what the debrief
 * scores are the same findings. Every finding is a cue: a code with parameters, the trainee's words
 * and the research behind it.
 */
import type { CompiledInject, CompiledScenario, FollowUpTrigger, QuestionKind } from '../../format/index.ts';
import { UNKNOWN, type Annotation } from '../annotation.ts';
import type { Contradiction } from '../ledger.ts';
import { clipQuote, cue, type Cue, type CueReason } from '../scoring/cue.ts';
import type { AnchorId } from '../scoring/anchors.ts';
import { PRESS } from '../scoring/weights.ts';
import { sameValue } from '../ledger.ts';
import { claimVerdict } from '../verdict.ts';
import { headline, mentions, sentenceWith, type Headline } from './headline.ts';

export type Asked = QuestionKind | 'opening';

export interface PressAssessment {
  /** The answer missed what was asked (for this kind of question). */
  readonly dodged: boolean;
  /** The follow-up triggers this answer sets off, besides `answered` (and `timeout`, which needs no answer). */
  readonly triggers: readonly FollowUpTrigger[];
  /** 0–100: the parts that apply to this question, less the penalties. */
  readonly score: number;
  readonly cues: readonly Cue[];
  readonly headline: Headline | null;
}

export interface AnswerInput {
  readonly annotation: Annotation;
  readonly text: string;
  /** Scenario time it went out: claims are judged against the truth then. */
  readonly at: number;
  /** Conflicts with what the organisation said before it, anywhere in the session. */
  readonly contradictions: readonly Contradiction[];
}

/** What a press-conference inject asks for: its question kind, or the opening statement. */
export function askedOf(inj: CompiledInject): Asked {
  if (inj.conference?.role === 'opening') return 'opening';
  return inj.conference?.question?.kind ?? 'open';
}

function noComment(a: Annotation): { quote: string } | null {
  return a.penalties.find((p) => p.kind === 'no-comment') ?? (a.posture?.value === 'no-comment' ? a.posture : null);
}

/** Nothing the inject expected was addressed (no expected fact, no expected key message). */
export function missesExpectations(inj: CompiledInject, a: Annotation): boolean {
  const ex = inj.expects;
  if (!ex || (ex.facts.length === 0 && ex.keyMessages.length === 0)) return false;
  const addressedFact = a.claims.some((c) => ex.facts.includes(c.fact));
  const addressedMessage = a.keyMessages.some((k) => ex.keyMessages.includes(k.id));
  return !addressedFact && !addressedMessage;
}

/**
 * Did the answer miss what was asked? "No comment" always does. A yes-or-no demand is answered by a
 * position on its proposition (a value, or an honest "not known yet"); a question outside the remit
 * by handing it to its owner or bridging to a key message; any other by addressing what it expects.
 */
export function pressDodged(inj: CompiledInject, a: Annotation, text: string, trigger: FollowUpTrigger | null = null): boolean {
  if (noComment(a)) return true;
  const q = inj.conference?.question;
  // A hypothetical, or a reporter pressing on a guess, is answered by saying honestly what is not
  // known (and not guessing again): "Is that a promise?" — "No. It restarts when the FDA has reviewed it."
  const honestUnknown = a.unknowns.length > 0 && !a.penalties.some((p) => p.kind === 'speculation');
  if (honestUnknown && (q?.kind === 'hypothetical' || trigger === 'speculated')) return false;
  if (q?.kind === 'yes-no' && q.proposition !== null) {
    const proposition = q.proposition;
    return !a.claims.some((c) => c.fact === proposition);
  }
  if (q?.kind === 'outside-remit' && q.remit) {
    const handedOver = q.remit.handOver.some((w) => mentions(text, w));
    return !handedOver && a.keyMessages.length === 0;
  }
  return missesExpectations(inj, a);
}

/** The trigger that put this follow-up to the trainee (null for a question or the opening). */
export function followUpTrigger(s: CompiledScenario, inj: CompiledInject): FollowUpTrigger | null {
  const parent = inj.conference?.followUpOf;
  if (!parent) return null;
  return s.injectIndex.get(parent)?.conference?.followUps.find((f) => f.inject === inj.id)?.trigger ?? null;
}

/** Builds cues whose points are shares of the parts that apply; penalties come off the top; the total stays in 0–100. */
class PressTally {
  private readonly parts: { dimension: Cue['dimension']; weight: number; share: number; reason: CueReason; quote: string; anchor: AnchorId; tone?: 'negative' | 'omitted' }[] = [];
  private readonly penalties: { dimension: Cue['dimension']; points: number; reason: CueReason; quote: string; anchor: AnchorId }[] = [];

  part(dimension: Cue['dimension'], weight: number, share: number, reason: CueReason, quote: string, anchor: AnchorId, tone?: 'negative' | 'omitted'): void {
    this.parts.push({ dimension, weight, share, reason, quote, anchor, ...(tone ? { tone } : {}) });
  }

  penalty(dimension: Cue['dimension'], points: number, reason: CueReason, quote: string, anchor: AnchorId): void {
    this.penalties.push({ dimension, points, reason, quote, anchor });
  }

  result(): { score: number; cues: Cue[] } {
    const total = this.parts.reduce((s, p) => s + p.weight, 0);
    const round = (x: number): number => Math.round(x * 10) / 10;
    const cues: Cue[] = this.parts.map((p) => cue(p.dimension, total === 0 ? 0 : round((100 * p.weight * p.share) / total), p.reason, clipQuote(p.quote), p.anchor, p.tone));
    const earned = cues.reduce((s, c) => s + c.points, 0);
    const lost = this.penalties.reduce((s, p) => s + p.points, 0);
    // Penalties never take an answer below 0: beyond that they are scaled down, as every score's cues are.
    const keep = lost > earned && lost > 0 ? earned / lost : 1;
    for (const p of this.penalties) {
      const c = cue(p.dimension, -round(p.points * keep), p.reason, clipQuote(p.quote), p.anchor);
      cues.push(keep < 1 ? { ...c, scaled: true } : c);
    }
    const score = Math.max(0, Math.min(100, Math.round(cues.reduce((s, c) => s + c.points, 0))));
    return { score, cues };
  }
}

/** An answer that went out: what the room heard in it. */
export function assessAnswer(s: CompiledScenario, inj: CompiledInject, answer: AnswerInput): PressAssessment {
  const a = answer.annotation;
  const text = answer.text;
  const q = inj.conference?.question ?? null;
  const asked = askedOf(inj);
  const P = PRESS.parts;
  const t = new PressTally();
  const triggers: FollowUpTrigger[] = [];
  const quoted = headline(text, { loaded: q?.loaded ?? [] });

  const dodged = asked !== 'opening' && pressDodged(inj, a, text, followUpTrigger(s, inj));
  if (asked !== 'opening') {
    if (dodged) {
      triggers.push('dodged');
      t.part('transparency', P.answer, 0, { code: 'cue.press.dodged', params: { kind: asked } }, text, 'mediaChecklist', 'negative');
    } else t.part('transparency', P.answer, 1, { code: 'cue.press.answered', params: { kind: asked } }, text, 'mediaChecklist');
  }
  const nc = noComment(a);
  if (nc) t.penalty('transparency', PRESS.penalties.noComment, { code: 'cue.press.no-comment', params: {} }, nc.quote, 'noComment');

  const guessed = a.claims.find((c) => claimVerdict(s, c, answer.at) === 'speculative');
  const speculation = a.penalties.find((p) => p.kind === 'speculation');
  const wrong = a.claims.find((c) => claimVerdict(s, c, answer.at) === 'wrong');
  // Staying within what is known is credit for saying what is known: a "no comment", or a dodge (or
  // an opening statement) that puts nothing on the record, has not stayed within the facts, it has
  // held them back.
  const onRecord = a.claims.length > 0 || a.keyMessages.length > 0 || a.unknowns.length > 0;
  if (guessed || speculation) {
    triggers.push('speculated');
    const reason: CueReason = guessed ? { code: 'cue.press.speculated', params: { fact: guessed.fact } } : { code: 'cue.press.speculation', params: {} };
    t.part('accuracy', P.known, 0, reason, guessed?.quote ?? speculation?.quote ?? text, 'cercSpokesperson', 'negative');
  } else if (wrong) {
    t.part('accuracy', P.known, 0, { code: 'cue.press.misstated', params: { fact: wrong.fact } }, wrong.quote, 'cercRight', 'negative');
  } else if (nc || ((dodged || asked === 'opening') && !onRecord)) {
    t.part('accuracy', P.known, 0, { code: 'cue.press.nothing-known', params: {} }, nc?.quote ?? text, 'cercRight', 'negative');
  } else t.part('accuracy', P.known, 1, { code: 'cue.press.within-known', params: {} }, text, 'cercRight');

  const bridge = a.keyMessages[0];
  if (bridge) t.part('consistency', P.bridge, 1, { code: 'cue.press.bridged', params: { keyMessage: bridge.id } }, bridge.quote, 'covelloKeyMessages');
  else t.part('consistency', P.bridge, 0, { code: 'cue.press.no-bridge', params: {} }, '', 'covelloKeyMessages', 'omitted');

  const contradiction = answer.contradictions[0];
  if (contradiction) {
    triggers.push('contradicted');
    const earlier = contradiction.earlier;
    const cues = s.factIndex.get(contradiction.fact)?.cues ?? [];
    t.part(
      'consistency',
      P.consistent,
      0,
      { code: 'cue.press.contradicted', params: { fact: contradiction.fact, earlier: earlier.claim.value, later: contradiction.later.value, statement: earlier.statement, at: earlier.at } },
      `"${sentenceWith(earlier.claim.quote, earlier.claim.value, cues)}" → "${sentenceWith(contradiction.later.quote, contradiction.later.value, cues)}"`,
      'coombsConsistency',
      'negative',
    );
  } else if (a.claims.some((c) => c.value !== UNKNOWN && claimVerdict(s, c, answer.at) !== 'speculative')) {
    // Consistency is earned by figures and facts that agree with what was said before; an answer
    // that states none (or only guesses) has nothing to be consistent about, and is not credited for it.
    t.part('consistency', P.consistent, 1, { code: 'cue.press.consistent', params: {} }, text, 'coombsConsistency');
  }

  if (quoted) {
    if (quoted.outOfContext) {
      triggers.push('rambled');
      t.part(
        'transparency',
        P.quotable,
        0,
        { code: 'cue.press.out-of-context', params: { words: quoted.words, limit: PRESS.quotableWords, sentence: quoted.index, sentences: quoted.sentences } },
        quoted.sentence,
        'soundBite',
        'negative',
      );
    } else if (!dodged) {
      // Brevity is credited when what runs answers the question: a short dodge runs whole too, as a dodge.
      t.part('transparency', P.quotable, 1, { code: 'cue.press.quotable', params: { words: quoted.words } }, quoted.sentence, 'soundBite');
    }
  }

  if (q && q.loaded.length > 0) {
    const repeated = q.loaded.filter((w) => mentions(text, w));
    if (repeated.length > 0) {
      triggers.push('loaded-words');
      t.part('consistency', P.loaded, 0, { code: 'cue.press.loaded-repeated', params: { words: repeated } }, quoted?.sentence ?? text, 'framing', 'negative');
    } else t.part('consistency', P.loaded, 1, { code: 'cue.press.loaded-avoided', params: {} }, text, 'framing');
  }

  if (q?.premise) {
    const premise = q.premise;
    const fact = s.factIndex.get(premise.fact);
    const claim = a.claims.find((c) => c.fact === premise.fact && c.value !== UNKNOWN);
    if (claim && sameValue(fact, claim.value, premise.value)) {
      triggers.push('premise-accepted');
      t.part('accuracy', P.premise, 0, { code: 'cue.press.premise-accepted', params: { fact: premise.fact, value: premise.value } }, claim.quote, 'framing', 'negative');
      t.penalty('accuracy', PRESS.penalties.premiseAccepted, { code: 'cue.press.premise-accepted', params: { fact: premise.fact, value: premise.value } }, claim.quote, 'framing');
    } else if (claim && claimVerdict(s, claim, answer.at) !== 'wrong') {
      t.part('accuracy', P.premise, 1, { code: 'cue.press.premise-corrected', params: { fact: premise.fact } }, claim.quote, 'cercRight');
    } else {
      t.part('accuracy', P.premise, PRESS.premiseUnchallengedShare, { code: 'cue.press.premise-unchallenged', params: { fact: premise.fact } }, text, 'framing', 'negative');
    }
  }

  if (q?.remit) {
    const remit = q.remit;
    const handedOver = remit.handOver.some((w) => mentions(text, w));
    if (handedOver) t.part('transparency', P.remit, 1, { code: 'cue.press.handed-over', params: { owner: remit.owner } }, text, 'cercSpokesperson');
    else t.part('transparency', P.remit, 0, { code: 'cue.press.not-handed-over', params: { owner: remit.owner } }, '', 'cercSpokesperson', 'omitted');
    const overreach = a.claims.find((c) => remit.facts.includes(c.fact) && c.value !== UNKNOWN);
    if (overreach) {
      triggers.push('overreached');
      t.penalty('accuracy', PRESS.penalties.overreached, { code: 'cue.press.overreached', params: { fact: overreach.fact, owner: remit.owner } }, overreach.quote, 'cercSpokesperson');
    }
  }

  const { score, cues } = t.result();
  return { dodged, triggers, score, cues, headline: quoted };
}

/** A question whose time ran out with no answer. */
export function assessSilence(inj: CompiledInject): PressAssessment {
  const asked = askedOf(inj);
  return { dodged: false, triggers: [], score: 0, cues: [cue('transparency', 0, { code: 'cue.press.unanswered', params: { kind: asked } }, '', 'mediaChecklist', 'negative')], headline: null };
}
