/**
 * Scores one statement on what it says: empathy, transparency, accuracy and consistency, each 0–100
 * with the cues that produced it. The same function scores authored options and free text (both
 * arrive as an Annotation). Timing and proactivity depend on the session and are scored in
 * session.ts; without a scenario, accuracy and consistency are null (nothing to judge against).
 */
import type { Channel, Cluster, EmpathyElement, Posture, Severity } from '../../format/index.ts';
import { UNKNOWN, type Annotation, type Claim } from '../annotation.ts';
import type { Contradiction } from '../ledger.ts';
import type { Verdict } from '../verdict.ts';
import type { AnchorId } from './anchors.ts';
import { Tally, type DimensionScore } from './cue.ts';
import type { AudienceExpectation } from './audience.ts';
import { ACCURACY, CONSISTENCY, EMPATHY_PENALTIES, EMPATHY_RESPECT, EMPATHY_WEIGHTS, EXPECTED_EMPATHY, EXPECTED_EMPATHY_FORMAL, EXPECTED_EMPATHY_REGULATOR, IMPLICIT_STYLE_EXPLICIT_SHARE, TRANSPARENCY, UNEXPECTED_ELEMENT_SHARE } from './weights.ts';

export interface StatementContext {
  readonly cluster: Cluster;
  readonly severity: Severity;
  readonly compensationAllowed: boolean;
  readonly channel: Channel | null;
  /** The first public statement of the session (CERC's first message). */
  readonly first: boolean;
  /** What the moment asked for: the inject's expectations and any disclosures due by now. */
  readonly expects: {
    readonly facts: readonly string[];
    readonly empathy: readonly EmpathyElement[];
  } | null;
  /** Judge a claim against the truth at that moment; absent without a scenario. */
  readonly verdict: ((claim: Claim) => Verdict) | null;
  /** Conflicts with earlier statements; absent without a scenario. */
  readonly contradictions: readonly Contradiction[] | null;
  /** The organisation's posture before this statement, and whether a new fact has come out since. */
  readonly previousPosture: { readonly posture: Posture; readonly quote: string; readonly newFactsSince: boolean } | null;
  /** Facts that must not be disclosed. */
  readonly confidential: ReadonlySet<string>;
  /** The statement's words, for cues about the whole of it (readability, consistency). */
  readonly text?: string;
  /** It corrects a false rumour and says nothing false, so a denial in it is aimed at the rumour, not the crisis. */
  readonly correctsRumour?: boolean;
  /** False: the numbers only, no cues (sim scores thousands of runs and reports their spread). */
  readonly cues?: boolean;
  /** What the audiences it is addressed to expect of it (their `expects`), if they declare anything. */
  readonly audience?: AudienceExpectation | null;
}

export interface StatementScores {
  readonly empathy: DimensionScore;
  readonly transparency: DimensionScore;
  readonly accuracy: DimensionScore;
  readonly consistency: DimensionScore;
}

const FORMAL_CHANNELS: ReadonlySet<Channel> = new Set(['regulator-letter', 'email']);

const ELEMENT_ANCHORS: Readonly<Record<EmpathyElement, AnchorId>> = {
  responsibility: 'pace',
  'corrective-action': 'lewicki',
  concern: 'cercFirstMessage',
  'harm-acknowledged': 'cercFirstMessage',
  explanation: 'lewicki',
  prevention: 'lewicki',
  compensation: 'lewicki',
  forgiveness: 'lewicki',
};

type ExpectationContext = Pick<StatementContext, 'cluster' | 'channel' | 'compensationAllowed' | 'expects' | 'audience'>;

/**
 * What empathy a statement is expected to carry, and why: what the moment (the inject) asks for comes
 * first, then what the audiences it is addressed to expect, then a formal letter's needs, then the
 * crisis cluster. Compensation is never expected where the scenario does not offer it.
 */
function expectation(ctx: ExpectationContext): { readonly elements: EmpathyElement[]; readonly because: 'moment' | 'audience' | 'formal' | 'cluster' } {
  const allowed = (e: EmpathyElement): boolean => e !== 'compensation' || ctx.compensationAllowed;
  if (ctx.expects && ctx.expects.empathy.length > 0) return { elements: [...ctx.expects.empathy], because: 'moment' };
  if (ctx.audience?.empathy) return { elements: ctx.audience.empathy.filter(allowed), because: 'audience' };
  if (ctx.channel === 'regulator-letter') return { elements: EXPECTED_EMPATHY_REGULATOR[ctx.cluster].filter(allowed), because: 'formal' };
  if (ctx.channel !== null && FORMAL_CHANNELS.has(ctx.channel)) return { elements: EXPECTED_EMPATHY_FORMAL.filter(allowed), because: 'formal' };
  return { elements: EXPECTED_EMPATHY[ctx.cluster].filter(allowed), because: 'cluster' };
}

export function expectedEmpathy(ctx: ExpectationContext): EmpathyElement[] {
  return expectation(ctx).elements;
}

export function scoreEmpathy(a: Annotation, ctx: StatementContext): DimensionScore {
  const t = new Tally('empathy', ctx.cues !== false);
  const { elements: expected, because } = expectation(ctx);
  const total = expected.reduce((sum, e) => sum + EMPATHY_WEIGHTS[e], 0);
  const seen = new Map<EmpathyElement, { quote: string; strength: number }>();
  for (const e of a.empathy) {
    const prior = seen.get(e.element);
    if (!prior || e.strength > prior.strength) seen.set(e.element, { quote: e.quote, strength: e.strength });
  }
  // A cold statement is not contempt: the scale starts above 0 so that blame, threats and
  // brush-offs (the penalties below) have room to score worse than saying nothing warm.
  t.add(EMPATHY_RESPECT, { code: 'cue.empathy.respect', params: {} }, ctx.text ?? '', 'scct');
  const scale = 100 - EMPATHY_RESPECT;
  // Where a direct admission of fault reads as weakness, the implicit form is the one that counts in
  // full and the explicit one counts as the implicit one does elsewhere (Maddux et al. 2011: what an
  // apology admits differs between cultures).
  const implicitAudience = ctx.audience?.responsibility === 'implicit' ? ctx.audience : null;
  const responsibility = seen.get('responsibility');
  if (implicitAudience && responsibility) seen.set('responsibility', { ...responsibility, strength: responsibility.strength < 1 ? 1 : IMPLICIT_STYLE_EXPLICIT_SHARE });
  for (const element of expected) {
    const hit = seen.get(element);
    if (!hit) continue;
    const points = (scale * EMPATHY_WEIGHTS[element] * hit.strength) / total;
    if (element === 'responsibility' && implicitAudience && hit.strength < 1) {
      t.add(points, { code: 'cue.empathy.explicit-fault', params: { audiences: [...implicitAudience.audiences] } }, hit.quote, 'apologyCulture', 'negative');
    } else {
      t.add(points, { code: 'cue.empathy.element', params: { element, implicit: hit.strength < 1 } }, hit.quote, ELEMENT_ANCHORS[element]);
    }
  }
  // What the cluster does not call for still counts for something (an apology for a slow first
  // response in a victim crisis), at half weight; like every score, the total stops at 100.
  for (const [element, hit] of seen) {
    if (expected.includes(element) || (element === 'compensation' && !ctx.compensationAllowed)) continue;
    t.add((scale * UNEXPECTED_ELEMENT_SHARE * EMPATHY_WEIGHTS[element] * hit.strength) / total, { code: 'cue.empathy.unexpected', params: { element } }, hit.quote, 'scct');
  }
  // A harmful move costs once, however many sentences repeat it: two self-pitying sentences are
  // one self-focused statement, and counting each would push a single flaw down to contempt's level
  // (the calibration writers rate one harmful move 2 and contempt 1). The repeat is still shown, at
  // no cost. Each word the audience must not hear is a move of its own.
  const charged = new Set<string>();
  for (const p of a.penalties) {
    const cost = EMPATHY_PENALTIES[p.kind][ctx.severity];
    if (cost === 0) continue;
    const move = p.kind === 'euphemism' ? `${p.kind}\u0000${p.quote.toLowerCase()}` : p.kind;
    const reason = { code: 'cue.empathy.penalty', params: { penalty: p.kind, detail: p.detail ?? null } } as const;
    if (charged.has(move)) {
      t.add(0, reason, p.quote, penaltyAnchor(p.kind), 'negative');
      continue;
    }
    charged.add(move);
    t.add(-cost, reason, p.quote, penaltyAnchor(p.kind));
  }
  // Then what was left out, heaviest first: most of a low score is missing elements, which no
  // penalty names, so an empathy score of 16 comes with the reasons it is not 100. Nothing to quote.
  const missing = expected.filter((e) => !seen.has(e)).sort((x, y) => EMPATHY_WEIGHTS[y] - EMPATHY_WEIGHTS[x]);
  for (const element of missing) {
    if (because === 'audience') {
      t.add(0, { code: 'cue.empathy.missing-for-audience', params: { element, audiences: [...(ctx.audience?.audiences ?? [])] } }, '', 'apologyCulture', 'omitted');
    } else {
      t.add(0, { code: 'cue.empathy.missing', params: { element, because, cluster: ctx.cluster } }, '', ELEMENT_ANCHORS[element], 'omitted');
    }
  }
  return t.result();
}

function penaltyAnchor(kind: Annotation['penalties'][number]['kind']): AnchorId {
  switch (kind) {
    case 'conditional-apology':
    case 'agentless-passive':
      return 'nonApology';
    case 'minimising':
      return 'minimising';
    case 'self-focus':
      return 'selfFocus';
    case 'euphemism':
      return 'euphemism';
    case 'victim-blaming':
      return 'victimBlaming';
    case 'humour':
      return 'humour';
    case 'hedged-harm':
      return 'hedging';
    case 'no-comment':
      return 'noComment';
    case 'speculation':
      return 'cercRight';
    case 'threat':
      return 'threat';
  }
}

export function scoreTransparency(a: Annotation, ctx: StatementContext): DimensionScore {
  const t = new Tally('transparency', ctx.cues !== false);
  const W = TRANSPARENCY;
  const cercMax = ctx.first ? W.cercFirst : W.cercLater;
  const firstEmpathy = a.empathy.find((e) => e.element === 'concern' || e.element === 'harm-acknowledged');
  const confirmed = a.claims.find((c) => c.value !== UNKNOWN && (!ctx.verdict || ctx.verdict(c) === 'correct'));
  const nextSteps = a.nextUpdate ?? a.empathy.find((e) => e.element === 'corrective-action') ?? null;
  const checklist: ['feelings' | 'facts' | 'unknowns' | 'next-steps' | 'commitment' | 'contact', { quote: string } | null | undefined][] = [
    ['feelings', firstEmpathy],
    ['facts', confirmed],
    ['unknowns', a.unknowns[0]],
    ['next-steps', nextSteps],
    ['commitment', a.commitment],
    ['contact', a.contact],
  ];
  for (const [item, hit] of checklist) {
    if (hit) t.add(cercMax / checklist.length, { code: 'cue.transparency.cerc', params: { item } }, hit.quote, 'cercFirstMessage');
  }

  // Readability and "nothing needed correcting" are credit for saying something clearly: a
  // statement with no facts and no first-message element earns neither (it is clear, but empty).
  const substantive = a.claims.length > 0 || checklist.some(([, hit]) => hit != null);
  const wanted = ctx.expects?.facts ?? [];
  if (wanted.length > 0) {
    const addressed = wanted.filter((f) => a.claims.some((c) => c.fact === f));
    for (const f of addressed) {
      const claim = a.claims.find((c) => c.fact === f);
      t.add(W.facts / wanted.length, { code: 'cue.transparency.addresses', params: { fact: f } }, claim?.quote ?? '', 'cercRight');
    }
  } else if (a.claims.length > 0 || a.unknowns.length > 0) {
    const informative = a.claims[0] ?? a.unknowns[0];
    t.add(W.facts, { code: 'cue.transparency.informative', params: {} }, informative?.quote ?? '', 'cercRight');
  }

  const grade = a.readability?.grade ?? null;
  const whole = ctx.text ?? '';
  if (!substantive) t.add(0, { code: 'cue.transparency.empty', params: {} }, whole, 'cercFirstMessage', 'negative');
  else if (grade === null || grade <= W.gradeGood) t.add(W.readability, { code: 'cue.transparency.plain', params: { grade: grade === null ? null : round1(grade) } }, whole, 'covelloReadability');
  else if (grade < W.gradeZero) {
    t.add((W.readability * (W.gradeZero - grade)) / (W.gradeZero - W.gradeGood), { code: 'cue.transparency.hard-to-read', params: { grade: round1(grade), target: W.gradeGood } }, whole, 'covelloReadability', 'negative');
  }

  const explained = a.claims.find((c) => c.update && c.reason !== undefined);
  const updated = explained ?? a.claims.find((c) => c.update);
  if (updated) {
    if (explained) t.add(W.explainedUpdate, { code: 'cue.transparency.explained-update', params: {} }, updated.quote, 'cercIncrements');
    else t.add(W.explainedUpdate / 2, { code: 'cue.transparency.unexplained-update', params: {} }, updated.quote, 'cercIncrements', 'negative');
  }
  else if (substantive) t.add(W.explainedUpdate, { code: 'cue.transparency.nothing-to-correct', params: {} }, a.claims[0]?.quote ?? whole, 'cercIncrements');

  if (a.words > 0 && a.hedges.length > 0) {
    const per100 = (a.hedges.length * 100) / a.words;
    const excess = Math.max(0, Math.ceil(per100 - W.hedgeAllowancePer100));
    if (excess > 0) t.add(-Math.min(W.hedgePenaltyMax, excess * W.hedgePenaltyEach), { code: 'cue.transparency.hedging', params: { hedges: a.hedges.length, words: a.words } }, a.hedges.map((h) => h.quote).join(' … '), 'hedging');
  }
  const noComment = a.penalties.find((p) => p.kind === 'no-comment') ?? (a.posture?.value === 'no-comment' ? a.posture : undefined);
  if (noComment) t.add(-W.noComment, { code: 'cue.transparency.no-comment', params: {} }, noComment.quote, 'noComment');
  if (ctx.verdict) {
    for (const c of a.claims) {
      if (ctx.verdict(c) === 'withheld') t.add(-W.withheld, { code: 'cue.transparency.withheld', params: { fact: c.fact } }, c.quote, 'cercRight');
    }
  }
  for (const c of a.claims) {
    if (ctx.confidential.has(c.fact) && c.value !== UNKNOWN) t.add(-W.confidentialBreach, { code: 'cue.transparency.confidential', params: { fact: c.fact } }, c.quote, 'cercRight');
  }
  return t.result();
}

export function scoreAccuracy(a: Annotation, ctx: StatementContext): DimensionScore {
  if (!ctx.verdict) return { score: null, cues: [] };
  const verdict = ctx.verdict;
  const judged = a.claims.map((c) => ({ c, v: verdict(c) }));
  const speculation = a.penalties.find((p) => p.kind === 'speculation');
  if (judged.length === 0 && !speculation) return { score: null, cues: [] };
  const t = new Tally('accuracy', ctx.cues !== false);
  const each = 100 / Math.max(1, judged.length + (speculation ? 1 : 0));
  for (const { c, v } of judged) {
    switch (v) {
      case 'correct':
        t.add(each, { code: 'cue.accuracy.correct', params: { fact: c.fact, value: c.value } }, c.quote, 'cercRight');
        break;
      case 'honest-unknown':
        t.add(each, { code: 'cue.accuracy.honest-unknown', params: { fact: c.fact } }, c.quote, 'cercRight');
        break;
      case 'withheld':
        t.add(each * (1 - ACCURACY.withheld), { code: 'cue.accuracy.withheld', params: { fact: c.fact } }, c.quote, 'cercRight', 'negative');
        break;
      case 'speculative':
        t.add(each * (1 - ACCURACY.speculation), { code: 'cue.accuracy.speculative', params: { fact: c.fact, value: c.value } }, c.quote, 'cercRight', 'negative');
        break;
      case 'wrong':
        t.add(c.hedged ? each * (1 - ACCURACY.hedgedWrong) : 0, { code: 'cue.accuracy.wrong', params: { fact: c.fact, value: c.value } }, c.quote, 'cercRight', 'negative');
        break;
    }
  }
  if (speculation) t.add(0, { code: 'cue.accuracy.speculation', params: {} }, speculation.quote, 'cercRight', 'negative');
  return t.result();
}

export function scoreConsistency(a: Annotation, ctx: StatementContext): DimensionScore {
  if (!ctx.contradictions) return { score: null, cues: [] };
  const t = new Tally('consistency', ctx.cues !== false);
  t.add(100, { code: 'cue.consistency.consistent', params: {} }, ctx.text ?? '', 'coombsConsistency');
  for (const c of ctx.contradictions) {
    t.add(
      -CONSISTENCY.contradiction,
      { code: 'cue.consistency.contradiction', params: { fact: c.fact, earlier: c.earlier.claim.value, later: c.later.value, statement: c.earlier.statement } },
      `"${c.earlier.claim.quote}" → "${c.later.quote}"`,
      'cercIncrements',
    );
  }
  const posture = a.posture?.value ?? null;
  const prev = ctx.previousPosture;
  if (posture === 'deny' && ctx.correctsRumour !== true && a.empathy.some((e) => e.element === 'responsibility')) {
    t.add(-CONSISTENCY.mixedPosture, { code: 'cue.consistency.mixed-posture', params: {} }, a.posture?.quote ?? '', 'coombsConsistency');
  }
  if (prev && posture !== null && prev.posture === 'deny' && posture === 'rebuild' && !prev.newFactsSince) {
    t.add(-CONSISTENCY.postureFlip, { code: 'cue.consistency.posture-flip', params: {} }, `"${prev.quote}" → "${a.posture?.quote ?? ''}"`, 'coombsConsistency');
  }
  return t.result();
}

export function scoreStatement(a: Annotation, ctx: StatementContext): StatementScores {
  return {
    empathy: scoreEmpathy(a, ctx),
    transparency: scoreTransparency(a, ctx),
    accuracy: scoreAccuracy(a, ctx),
    consistency: scoreConsistency(a, ctx),
  };
}

/** A readability grade as it is reported: one decimal. */
function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
