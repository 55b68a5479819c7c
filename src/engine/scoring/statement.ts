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
import { ANCHORS } from './anchors.ts';
import { Tally, type DimensionScore } from './cue.ts';
import { ACCURACY, CONSISTENCY, EMPATHY_PENALTIES, EMPATHY_WEIGHTS, EXPECTED_EMPATHY, EXPECTED_EMPATHY_FORMAL, TRANSPARENCY, UNEXPECTED_ELEMENT_SHARE } from './weights.ts';

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
}

export interface StatementScores {
  readonly empathy: DimensionScore;
  readonly transparency: DimensionScore;
  readonly accuracy: DimensionScore;
  readonly consistency: DimensionScore;
}

const FORMAL_CHANNELS: ReadonlySet<Channel> = new Set(['regulator-letter', 'email']);

const ELEMENT_REASONS: Readonly<Record<EmpathyElement, string>> = {
  responsibility: 'takes responsibility explicitly, in the active voice',
  'corrective-action': 'says what is being done to put it right',
  concern: 'expresses concern for the people affected',
  'harm-acknowledged': 'acknowledges the harm',
  explanation: 'explains what happened',
  prevention: 'commits to preventing a repeat',
  compensation: 'offers compensation',
  forgiveness: 'asks for forgiveness',
};

/** What the trainee sees for an element the moment called for and the statement left out. */
const ELEMENT_MISSING: Readonly<Record<EmpathyElement, string>> = {
  responsibility: 'does not take responsibility',
  'corrective-action': 'does not say what is being done to put it right',
  concern: 'expresses no concern for the people affected',
  'harm-acknowledged': 'does not acknowledge the harm',
  explanation: 'does not explain what happened',
  prevention: 'does not commit to preventing a repeat',
  compensation: 'offers no compensation',
  forgiveness: 'does not ask for forgiveness',
};

const ELEMENT_ANCHORS: Readonly<Record<EmpathyElement, string>> = {
  responsibility: ANCHORS.pace,
  'corrective-action': ANCHORS.lewicki,
  concern: ANCHORS.cercFirstMessage,
  'harm-acknowledged': ANCHORS.cercFirstMessage,
  explanation: ANCHORS.lewicki,
  prevention: ANCHORS.lewicki,
  compensation: ANCHORS.lewicki,
  forgiveness: ANCHORS.lewicki,
};

export function expectedEmpathy(ctx: Pick<StatementContext, 'cluster' | 'channel' | 'compensationAllowed' | 'expects'>): EmpathyElement[] {
  if (ctx.expects && ctx.expects.empathy.length > 0) return [...ctx.expects.empathy];
  const base = ctx.channel !== null && FORMAL_CHANNELS.has(ctx.channel) ? EXPECTED_EMPATHY_FORMAL : EXPECTED_EMPATHY[ctx.cluster];
  return base.filter((e) => e !== 'compensation' || ctx.compensationAllowed);
}

export function scoreEmpathy(a: Annotation, ctx: StatementContext): DimensionScore {
  const t = new Tally('empathy');
  const expected = expectedEmpathy(ctx);
  const total = expected.reduce((sum, e) => sum + EMPATHY_WEIGHTS[e], 0);
  const seen = new Map<EmpathyElement, { quote: string; strength: number }>();
  for (const e of a.empathy) {
    const prior = seen.get(e.element);
    if (!prior || e.strength > prior.strength) seen.set(e.element, { quote: e.quote, strength: e.strength });
  }
  for (const element of expected) {
    const hit = seen.get(element);
    if (!hit) continue;
    const implicit = hit.strength < 1 ? ' (only implicitly)' : '';
    t.add((100 * EMPATHY_WEIGHTS[element] * hit.strength) / total, ELEMENT_REASONS[element] + implicit, hit.quote, ELEMENT_ANCHORS[element]);
  }
  // What the cluster does not call for still counts for something (an apology for a slow first
  // response in a victim crisis), at half weight; like every score, the total stops at 100.
  for (const [element, hit] of seen) {
    if (expected.includes(element) || (element === 'compensation' && !ctx.compensationAllowed)) continue;
    t.add((100 * UNEXPECTED_ELEMENT_SHARE * EMPATHY_WEIGHTS[element] * hit.strength) / total, `${ELEMENT_REASONS[element]} (not what this kind of crisis calls for first)`, hit.quote, ANCHORS.scct);
  }
  for (const p of a.penalties) {
    const cost = EMPATHY_PENALTIES[p.kind][ctx.severity];
    if (cost === 0) continue;
    t.add(-cost, penaltyReason(p.kind, p.detail), p.quote, penaltyAnchor(p.kind));
  }
  // Then what was left out, heaviest first: most of a low score is missing elements, which no
  // penalty names, so an empathy score of 16 comes with the reasons it is not 100. Nothing to quote.
  const why = missingBecause(ctx);
  const missing = expected.filter((e) => !seen.has(e)).sort((x, y) => EMPATHY_WEIGHTS[y] - EMPATHY_WEIGHTS[x]);
  for (const element of missing) t.add(0, `${ELEMENT_MISSING[element]} (${why})`, '', ELEMENT_ANCHORS[element], 'omitted');
  return t.result();
}

function missingBecause(ctx: Pick<StatementContext, 'cluster' | 'channel' | 'expects'>): string {
  if (ctx.expects && ctx.expects.empathy.length > 0) return 'this moment called for it';
  if (ctx.channel !== null && FORMAL_CHANNELS.has(ctx.channel)) return 'expected even in a formal letter';
  return `expected in a ${ctx.cluster} crisis`;
}

function penaltyReason(kind: Annotation['penalties'][number]['kind'], detail: string | undefined): string {
  const reasons: Record<typeof kind, string> = {
    'conditional-apology': 'conditional apology ("sorry if…") reads as no apology',
    'agentless-passive': 'agentless passive hides who is responsible',
    minimising: 'minimises serious harm',
    'self-focus': 'focuses on the organisation rather than the people affected',
    euphemism: 'uses a euphemism the audience will find evasive',
    'victim-blaming': 'blames the people affected',
    humour: 'humour is out of place when people are harmed',
    'hedged-harm': 'hedges on harm that is confirmed',
    'no-comment': '"no comment"',
    speculation: 'speculates beyond what is known',
    threat: 'threatens critics, staff or the people affected',
  };
  return detail ? `${reasons[kind]} (${detail})` : reasons[kind];
}

function penaltyAnchor(kind: Annotation['penalties'][number]['kind']): string {
  switch (kind) {
    case 'conditional-apology':
    case 'agentless-passive':
      return ANCHORS.nonApology;
    case 'minimising':
      return ANCHORS.minimising;
    case 'self-focus':
      return ANCHORS.selfFocus;
    case 'euphemism':
      return ANCHORS.euphemism;
    case 'victim-blaming':
      return ANCHORS.victimBlaming;
    case 'humour':
      return ANCHORS.humour;
    case 'hedged-harm':
      return ANCHORS.hedging;
    case 'no-comment':
      return ANCHORS.noComment;
    case 'speculation':
      return ANCHORS.cercRight;
    case 'threat':
      return ANCHORS.threat;
  }
}

export function scoreTransparency(a: Annotation, ctx: StatementContext): DimensionScore {
  const t = new Tally('transparency');
  const W = TRANSPARENCY;
  const cercMax = ctx.first ? W.cercFirst : W.cercLater;
  const firstEmpathy = a.empathy.find((e) => e.element === 'concern' || e.element === 'harm-acknowledged');
  const confirmed = a.claims.find((c) => c.value !== UNKNOWN && (!ctx.verdict || ctx.verdict(c) === 'correct'));
  const nextSteps = a.nextUpdate ?? a.empathy.find((e) => e.element === 'corrective-action') ?? null;
  const checklist: [string, { quote: string } | null | undefined][] = [
    ['acknowledges how people feel', firstEmpathy],
    ['gives confirmed facts', confirmed],
    ['says what is not known yet', a.unknowns[0]],
    ['says what happens next and when the next update comes', nextSteps],
    ['commits to stay with it', a.commitment],
    ['says where to get more information', a.contact],
  ];
  for (const [reason, hit] of checklist) {
    if (hit) t.add(cercMax / checklist.length, reason, hit.quote, ANCHORS.cercFirstMessage);
  }

  // Readability and "nothing needed correcting" are credit for saying something clearly: a
  // statement with no facts and no first-message element earns neither (it is clear, but empty).
  const substantive = a.claims.length > 0 || checklist.some(([, hit]) => hit != null);
  const wanted = ctx.expects?.facts ?? [];
  if (wanted.length > 0) {
    const addressed = wanted.filter((f) => a.claims.some((c) => c.fact === f));
    for (const f of addressed) {
      const claim = a.claims.find((c) => c.fact === f);
      t.add(W.facts / wanted.length, `addresses ${f}`, claim?.quote ?? '', ANCHORS.cercRight);
    }
  } else if (a.claims.length > 0 || a.unknowns.length > 0) {
    const informative = a.claims[0] ?? a.unknowns[0];
    t.add(W.facts, 'says what is known (or that it is not known yet)', informative?.quote ?? '', ANCHORS.cercRight);
  }

  const grade = a.readability?.grade ?? null;
  const whole = ctx.text ?? '';
  if (!substantive) t.add(0, 'says nothing a reader can use', whole, ANCHORS.cercFirstMessage, 'negative');
  else if (grade === null || grade <= W.gradeGood) t.add(W.readability, grade === null ? 'short and plain' : `plain language (grade ${grade.toFixed(1)})`, whole, ANCHORS.covelloReadability);
  else if (grade < W.gradeZero) {
    t.add((W.readability * (W.gradeZero - grade)) / (W.gradeZero - W.gradeGood), `hard to read (grade ${grade.toFixed(1)}; aim for 8 or below)`, whole, ANCHORS.covelloReadability, 'negative');
  }

  const explained = a.claims.find((c) => c.update && c.reason !== undefined);
  const updated = explained ?? a.claims.find((c) => c.update);
  if (updated) {
    if (explained) t.add(W.explainedUpdate, 'explains why a figure changed', updated.quote, ANCHORS.cercIncrements);
    else t.add(W.explainedUpdate / 2, 'flags a changed figure without saying why', updated.quote, ANCHORS.cercIncrements, 'negative');
  }
  else if (substantive) t.add(W.explainedUpdate, 'nothing it says needed correcting', a.claims[0]?.quote ?? whole, ANCHORS.cercIncrements);

  if (a.words > 0 && a.hedges.length > 0) {
    const per100 = (a.hedges.length * 100) / a.words;
    const excess = Math.max(0, Math.ceil(per100 - W.hedgeAllowancePer100));
    if (excess > 0) t.add(-Math.min(W.hedgePenaltyMax, excess * W.hedgePenaltyEach), `hedges a lot (${a.hedges.length} in ${a.words} words)`, a.hedges.map((h) => h.quote).join(' … '), ANCHORS.hedging);
  }
  const noComment = a.penalties.find((p) => p.kind === 'no-comment') ?? (a.posture?.value === 'no-comment' ? a.posture : undefined);
  if (noComment) t.add(-W.noComment, '"no comment" tells people nothing', noComment.quote, ANCHORS.noComment);
  if (ctx.verdict) {
    for (const c of a.claims) {
      if (ctx.verdict(c) === 'withheld') t.add(-W.withheld, `says ${c.fact} is unknown when it is known`, c.quote, ANCHORS.cercRight);
    }
  }
  for (const c of a.claims) {
    if (ctx.confidential.has(c.fact) && c.value !== UNKNOWN) t.add(-W.confidentialBreach, `discloses confidential ${c.fact}`, c.quote, ANCHORS.cercRight);
  }
  return t.result();
}

export function scoreAccuracy(a: Annotation, ctx: StatementContext): DimensionScore {
  if (!ctx.verdict) return { score: null, cues: [] };
  const verdict = ctx.verdict;
  const judged = a.claims.map((c) => ({ c, v: verdict(c) }));
  const speculation = a.penalties.find((p) => p.kind === 'speculation');
  if (judged.length === 0 && !speculation) return { score: null, cues: [] };
  const t = new Tally('accuracy');
  const each = 100 / Math.max(1, judged.length + (speculation ? 1 : 0));
  for (const { c, v } of judged) {
    switch (v) {
      case 'correct':
        t.add(each, `${c.fact}: right (${String(c.value)})`, c.quote, ANCHORS.cercRight);
        break;
      case 'honest-unknown':
        t.add(each, `${c.fact}: honestly says it is not known yet`, c.quote, ANCHORS.cercRight);
        break;
      case 'withheld':
        t.add(each * (1 - ACCURACY.withheld), `${c.fact}: says it is unknown, but it is known by now`, c.quote, ANCHORS.cercRight, 'negative');
        break;
      case 'speculative':
        t.add(each * (1 - ACCURACY.speculation), `${c.fact}: states ${String(c.value)} before anyone knows`, c.quote, ANCHORS.cercRight, 'negative');
        break;
      case 'wrong':
        t.add(c.hedged ? each * (1 - ACCURACY.hedgedWrong) : 0, `${c.fact}: wrong (${String(c.value)})`, c.quote, ANCHORS.cercRight, 'negative');
        break;
    }
  }
  if (speculation) t.add(0, 'speculates about what is not known', speculation.quote, ANCHORS.cercRight, 'negative');
  return t.result();
}

export function scoreConsistency(a: Annotation, ctx: StatementContext): DimensionScore {
  if (!ctx.contradictions) return { score: null, cues: [] };
  const t = new Tally('consistency');
  t.add(100, 'consistent with everything said before', ctx.text ?? '', ANCHORS.coombsConsistency);
  for (const c of ctx.contradictions) {
    t.add(
      -CONSISTENCY.contradiction,
      `${c.fact}: said ${String(c.later.value)} after saying ${String(c.earlier.claim.value)} earlier, without saying it is an update`,
      `"${c.earlier.claim.quote}" → "${c.later.quote}"`,
      ANCHORS.cercIncrements,
    );
  }
  const posture = a.posture?.value ?? null;
  const prev = ctx.previousPosture;
  if (posture === 'deny' && ctx.correctsRumour !== true && a.empathy.some((e) => e.element === 'responsibility')) {
    t.add(-CONSISTENCY.mixedPosture, 'denies and takes responsibility in the same breath', a.posture?.quote ?? '', ANCHORS.coombsConsistency);
  }
  if (prev && posture !== null && prev.posture === 'deny' && posture === 'rebuild' && !prev.newFactsSince) {
    t.add(-CONSISTENCY.postureFlip, 'moves from denial to apology with no new fact to explain the change', `"${prev.quote}" → "${a.posture?.quote ?? ''}"`, ANCHORS.coombsConsistency);
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
