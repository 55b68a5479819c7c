/**
 * Scores a whole session from the engine state: every statement (statement.ts), every inject
 * (timing against its deadline, with a half-life after it, plus its answer's scores), and the six
 * session dimensions with the session-level signals: disclosures made by their deadline, the
 * first-hour holding statement, promised updates kept, stealing thunder, rumour reach avoided,
 * instructions to the public, reaching regulators and employees before they ask.
 */
import { CHANNEL_INFO, DIMENSIONS, INTERNAL_WORK_CHANNELS, SEVERITY_WEIGHT, type CompiledInject, type CompiledScenario, type Dimension, type Posture } from '../../format/index.ts';
import { filingProgress } from '../duties.ts';
import { Ledger } from '../ledger.ts';
import { counterfactual } from '../counterfactual.ts';
import { rumourReadout } from '../rumours.ts';
import type { EngineState, Firing, Statement } from '../state.ts';
import { claimVerdict } from '../verdict.ts';
import { clipQuote, cue, Tally, type Cue, type CueReason, type DimensionScore } from './cue.ts';
import { statementContext } from './context.ts';
import { scoreStatement, type StatementScores } from './statement.ts';
import { PRESS, PROMISES, SESSION } from './weights.ts';

export interface ScoredStatement {
  readonly statement: Statement;
  readonly scores: StatementScores;
  /** It corrects a false rumour and says nothing false: a denial in it is not a denial of the crisis. */
  readonly correctsRumour: boolean;
  /**
   * The team's own talk (see isInternalWork): not a message to anyone, so it has no statement
   * scores; what it did (decided, escalated, prepared, chose silence) is in `work`.
   */
  readonly internalWork: boolean;
  readonly work: readonly Cue[];
}

export interface ScoredFiring {
  readonly index: number;
  readonly firing: Firing;
  readonly inject: CompiledInject;
  readonly scores: Partial<Record<Dimension, number>>;
  readonly cues: readonly Cue[];
  /** Timeliness counted toward the session (answerable with a deadline or a regulator deadline). */
  readonly timeliness: number | null;
}

export interface SessionScoring {
  readonly overall: number;
  readonly dimensions: Readonly<Record<Dimension, number>>;
  readonly unjudged: readonly Dimension[];
  readonly statements: readonly ScoredStatement[];
  readonly firings: readonly ScoredFiring[];
  readonly sessionCues: readonly Cue[];
}

const W = SESSION;

/** Options of a scoring run. */
export interface ScoringOptions {
  /**
   * Build the cues (the reasons) as well as the numbers. `sim` needs only the numbers: it scores
   * thousands of runs and reports their spread, not why each one scored as it did.
   */
  readonly cues?: boolean;
  /**
   * An evaluator's changes to single cues of statements (HSEEP evaluators confirm or change what
   * an exercise proposes): each moves its statement's score on the cue's dimension by the change,
   * kept within 0–100, and every session score built from statement scores follows through the same
   * means and blends as the scorer's own. `cue` is the cue's position in the statement's cues as
   * a play result lists them (see `statementCues`).
   */
  readonly cueChanges?: readonly CueChange[];
}

/** The evaluator gave one cue of a statement these points instead of those the scorer proposed. */
export interface CueChange {
  readonly statement: string;
  readonly cue: number;
  readonly points: number;
}

const STATEMENT_DIMENSIONS = ['empathy', 'transparency', 'accuracy', 'consistency'] as const;

/** A statement's cues in the one order every reader uses: its four dimensions' cues, then its work cues. */
export function statementCues(x: ScoredStatement): Cue[] {
  return [...STATEMENT_DIMENSIONS.flatMap((d) => x.scores[d].cues), ...x.work];
}

/** The statements with the evaluator's cue changes applied to their scores; the cues keep what was proposed. */
function reviewed(statements: readonly ScoredStatement[], changes: readonly CueChange[]): ScoredStatement[] {
  if (changes.length === 0) return [...statements];
  return statements.map((x) => {
    const cues = statementCues(x);
    const delta = new Map<string, number>();
    for (const change of changes) {
      const c = change.statement === x.statement.id ? cues[change.cue] : undefined;
      if (c && c.points !== change.points) delta.set(c.dimension, (delta.get(c.dimension) ?? 0) + change.points - c.points);
    }
    if (delta.size === 0) return x;
    const scores = { ...x.scores };
    for (const d of STATEMENT_DIMENSIONS) {
      const by = delta.get(d);
      const score = scores[d].score;
      if (by === undefined || score === null) continue;
      scores[d] = { ...scores[d], score: Math.round(Math.min(100, Math.max(0, score + by))) };
    }
    return { ...x, scores };
  });
}

/** Timeliness of an answer given at `respondedAt` against a deadline, halving every `halfLifeMs` after it (a slope, not a cliff). */
export function timelinessFor(deadlineAt: number, halfLifeMs: number, respondedAt: number | null): number {
  if (respondedAt === null) return 0;
  if (respondedAt <= deadlineAt) return 100;
  return 100 * 2 ** (-(respondedAt - deadlineAt) / Math.max(1, halfLifeMs));
}

/**
 * A press answer given late in its answer time: the score from `PRESS.slowFloor` to 100, or null
 * when it came in the first `PRESS.slowAfterShare` of the time (no cost).
 */
export function pressSlowness(askedAt: number, deadlineAt: number, respondedAt: number): { score: number } | null {
  const time = deadlineAt - askedAt;
  const free = time * PRESS.slowAfterShare;
  const took = respondedAt - askedAt;
  if (time <= 0 || took <= free) return null;
  const late = Math.min(1, (took - free) / Math.max(1, time - free));
  return { score: 100 - (100 - PRESS.slowFloor) * late };
}

/** Published statements in the order they went out. */
export function published(st: EngineState): Statement[] {
  return st.statements
    .filter((x) => x.status === 'published' && x.publishedAt !== null)
    .sort((a, b) => (a.publishedAt ?? 0) - (b.publishedAt ?? 0) || a.id.localeCompare(b.id));
}

/** Did anything new come out between two moments (a fact's truth changed, or an inject revealed one)? */
function newFactsBetween(s: CompiledScenario, st: EngineState, from: number, to: number): boolean {
  if (s.facts.some((f) => f.truth.some((t) => t.fromMs > from && t.fromMs <= to))) return true;
  return Object.values(st.facts).some((f) => f.revealedAt !== null && f.revealedAt > from && f.revealedAt <= to);
}

/**
 * Does the statement correct a false rumour (state one of its countering facts rightly, or carry one of
 * its countering key messages) without saying anything false? Then its "false", "untrue" or "not true"
 * is SCCT's deny strategy for a rumour crisis, aimed at the rumour: it does not contradict an apology
 * for something else, in the same statement, later, or to another audience.
 */
function correctsFalseRumour(s: CompiledScenario, stmt: Statement, at: number): boolean {
  const a = stmt.annotation;
  if (a.claims.some((c) => claimVerdict(s, c, at) === 'wrong')) return false;
  return s.rumours.some(
    (r) =>
      !r.isTrue &&
      (a.claims.some((c) => r.counteredBy.facts.includes(c.fact) && claimVerdict(s, c, at) === 'correct') ||
        a.keyMessages.some((k) => r.counteredBy.keyMessages.includes(k.id))),
  );
}

/**
 * The team talking among itself on the crisis call, the team chat or an internal e-mail, rather
 * than telling anyone something. On an internal-work channel: a statement that decides, escalates,
 * prepares or holds back (internal acts) without addressing the people affected (no empathy
 * element, no instruction); or one that carries nothing a message would (no fact, key message,
 * element, instruction, unknown, update, contact, commitment or penalty) said on its own or in
 * answer to the organisation's own executives ("Nothing outside Japan until the FDA has our
 * numbers", an authored option that asserts nothing). An answer to staff who ask, or "To all
 * colleagues: Line 3 has stopped, see a doctor if …", is a message to them and is scored as one.
 */
export function isInternalWork(s: CompiledScenario, stmt: Statement): boolean {
  if (!INTERNAL_WORK_CHANNELS.has(stmt.channel)) return false;
  const a = stmt.annotation;
  const addressed = a.empathy.length > 0 || a.instructions.length > 0;
  if (a.internal.length > 0 && !addressed) return true;
  const message = addressed || a.claims.length > 0 || a.keyMessages.length > 0 || a.unknowns.length > 0 || a.nextUpdate !== null || a.contact !== null || a.commitment !== null || a.penalties.length > 0;
  if (message) return false;
  const inj = stmt.inject === null ? undefined : s.injectIndex.get(stmt.inject);
  const asker = inj?.from == null ? undefined : s.personas.get(inj.from);
  return inj === undefined || asker?.kind === 'executive';
}

const NOT_JUDGED: DimensionScore = { score: null, cues: [] };

/**
 * What the team's own talk did, as findings without points of their own: deciding, escalating and
 * preparing are work done; deciding to stay silent is not, and shows where its cost falls (the
 * answers it delays and what others reveal first), never as a strength.
 */
function workCues(stmt: Statement): Cue[] {
  const cues: Cue[] = [];
  const acts = stmt.annotation.internal;
  // "We say nothing outside until we have numbers" is a decision, but the decision is the silence.
  const silent = acts.some((x) => x.act === 'silence');
  for (const { act, quote } of acts) {
    if (act === 'decision' && silent) continue;
    if (act === 'silence') {
      cues.push(cue('proactivity', 0, { code: 'cue.work.silence', params: {} }, clipQuote(quote), 'cercFirst', 'negative'));
      cues.push(cue('timeliness', 0, { code: 'cue.work.silence', params: {} }, clipQuote(quote), 'cercFirst', 'negative'));
    } else {
      cues.push(cue('proactivity', 0, { code: `cue.work.${act}`, params: {} }, clipQuote(quote), 'outreach', 'positive'));
    }
  }
  return cues;
}

function scoreStatements(s: CompiledScenario, st: EngineState, list: readonly Statement[], withCues: boolean): ScoredStatement[] {
  const out: ScoredStatement[] = [];
  const ledger = new Ledger(s);
  let firstPublicDone = false;
  let lastPosture: { posture: Posture; quote: string; at: number } | null = null;
  for (const [order, stmt] of list.entries()) {
    // The team's own talk is not held to what it would tell the public, and what it says among
    // itself is neither a position taken nor a figure published (no ledger entry, no posture).
    if (isInternalWork(s, stmt)) {
      const scores = { empathy: NOT_JUDGED, transparency: NOT_JUDGED, accuracy: NOT_JUDGED, consistency: NOT_JUDGED };
      out.push({ statement: stmt, scores, correctsRumour: false, internalWork: true, work: withCues ? workCues(stmt) : [] });
      continue;
    }
    const at = stmt.publishedAt ?? 0;
    const inj = stmt.inject === null ? undefined : s.injectIndex.get(stmt.inject);
    const isPublic = CHANNEL_INFO[stmt.channel].isPublic;
    const dueFacts = s.facts
      .filter((f) => f.discloseByMs !== null && f.discloseByMs <= at + W.disclosureDueSoonMs && isPublic)
      .filter((f) => {
        const rt = st.facts[f.id];
        return !(rt?.disclosedAt != null && rt.disclosedAt < at);
      })
      .map((f) => f.id);
    const ctx = statementContext(s, {
      at,
      channel: stmt.channel,
      inject: inj,
      dueFacts,
      first: isPublic && !firstPublicDone,
      contradictions: ledger.contradictions(stmt.annotation.claims),
      previousPosture: lastPosture ? { posture: lastPosture.posture, quote: lastPosture.quote, newFactsSince: newFactsBetween(s, st, lastPosture.at, at) } : null,
      text: stmt.text,
      correctsRumour: correctsFalseRumour(s, stmt, at),
      cues: withCues,
      audience: stmt.audience,
    });
    out.push({ statement: stmt, scores: scoreStatement(stmt.annotation, ctx), correctsRumour: ctx.correctsRumour === true, internalWork: false, work: [] });
    ledger.add(stmt, order);
    if (isPublic) firstPublicDone = true;
    const posture = stmt.annotation.posture;
    if (posture && !(posture.value === 'deny' && ctx.correctsRumour === true)) lastPosture = { posture: posture.value, quote: posture.quote, at };
  }
  return out;
}

function regulatorFiling(s: CompiledScenario, list: readonly Statement[], inj: CompiledInject, firing: Firing, end: number): Tally | null {
  const reg = inj.regulator;
  const progress = filingProgress(s, list, inj, firing, end);
  if (!reg || !progress) return null;
  const t = new Tally('timeliness');
  const { filed, missing } = progress;
  const who = reg.regulator;
  if (filed.length === 0) t.add(0, { code: 'cue.timeliness.filed-none', params: { regulator: who, within: reg.withinMs } }, '', 'gdpr', 'negative');
  else if (missing.length === 0) t.add(100, { code: 'cue.timeliness.filed-complete', params: { regulator: who } }, filed[0]?.text ?? '', 'gdpr');
  else t.add(50, { code: 'cue.timeliness.filed-partial', params: { regulator: who, missing: [...missing] } }, filed[0]?.text ?? '', 'gdpr', 'negative');
  return t;
}

function scoreFirings(s: CompiledScenario, st: EngineState, statements: readonly ScoredStatement[], list: readonly Statement[]): ScoredFiring[] {
  const byId = new Map(statements.map((x) => [x.statement.id, x]));
  const end = st.ending?.at ?? st.now;
  return st.firings.map((firing, index) => {
    const inj = s.injectIndex.get(firing.inject);
    if (!inj) throw new Error(`firing of unknown inject ${firing.inject}`);
    const cues: Cue[] = [];
    const scores: Partial<Record<Dimension, number>> = {};
    let timeliness: number | null = null;
    if (firing.deadlineAt !== null) {
      const t = new Tally('timeliness');
      let value = timelinessFor(firing.deadlineAt, inj.halfLifeMs, firing.respondedAt);
      const answer = firing.statement ? byId.get(firing.statement)?.statement.text ?? '' : '';
      if (firing.respondedAt === null) t.add(0, { code: 'cue.timeliness.unanswered', params: { deadline: firing.deadlineAt } }, '', 'cercFirst', 'negative');
      else if (firing.respondedAt <= firing.deadlineAt) {
        const slow = inj.conference ? pressSlowness(firing.firedAt, firing.deadlineAt, firing.respondedAt) : null;
        if (slow) {
          value = slow.score;
          t.add(slow.score, { code: 'cue.timeliness.slow', params: { took: firing.respondedAt - firing.firedAt, answerTime: firing.deadlineAt - firing.firedAt } }, answer, 'mediaChecklist', 'negative');
        } else t.add(100, { code: 'cue.timeliness.in-time', params: { at: firing.respondedAt, deadline: firing.deadlineAt } }, answer, 'cercFirst');
      } else {
        t.add(value, { code: 'cue.timeliness.late', params: { at: firing.respondedAt, late: firing.respondedAt - firing.deadlineAt, halfLife: inj.halfLifeMs } }, answer, 'cercFirst', 'negative');
      }
      const reg = regulatorFiling(s, list, inj, firing, end);
      if (reg) {
        const r = reg.result();
        const combined = ((t.result().score ?? 0) + (r.score ?? 0)) / 2;
        cues.push(...t.cues.map((c) => ({ ...c, points: c.points / 2 })), ...r.cues.map((c) => ({ ...c, points: c.points / 2 })));
        timeliness = combined;
      } else {
        cues.push(...t.cues);
        timeliness = value;
      }
      scores.timeliness = Math.round(timeliness);
    } else if (inj.regulator) {
      const reg = regulatorFiling(s, list, inj, firing, end)?.result();
      if (reg?.score != null) {
        timeliness = reg.score;
        scores.timeliness = reg.score;
        cues.push(...reg.cues);
      }
    }
    const answer = firing.statement ? byId.get(firing.statement) : undefined;
    if (answer) {
      for (const dim of ['empathy', 'transparency', 'accuracy', 'consistency'] as const) {
        const d: DimensionScore = answer.scores[dim];
        if (d.score !== null) scores[dim] = d.score;
        cues.push(...d.cues);
      }
      if (inj.expects?.instructions) {
        const given = answer.statement.annotation.instructions[0];
        scores.proactivity = given ? 100 : 0;
        cues.push(cue('proactivity', given ? 100 : 0, { code: given ? 'cue.proactivity.tells' : 'cue.proactivity.does-not-tell', params: {} }, given?.quote ?? '', 'cercAction'));
      }
    }
    return { index, firing, inject: inj, scores, cues, timeliness };
  });
}

function mean(xs: readonly number[]): number | null {
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Weighted components, dropping those that do not apply and renormalising the rest. */
function blend(parts: readonly (readonly [number | null, number])[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const [value, weight] of parts) {
    if (value === null) continue;
    sum += value * weight;
    weights += weight;
  }
  return weights === 0 ? null : sum / weights;
}

interface SessionPart {
  readonly value: number | null;
  readonly cues: Cue[];
}

function sessionTimeliness(st: EngineState, firings: readonly ScoredFiring[], statements: readonly ScoredStatement[], byId: ReadonlyMap<string, Statement>): SessionPart {
  const cues: Cue[] = [];
  let weighted = 0;
  let weights = 0;
  for (const f of firings) {
    if (f.timeliness === null) continue;
    const w = SEVERITY_WEIGHT[f.inject.severity];
    weighted += f.timeliness * w;
    weights += w;
  }
  const injects = weights === 0 ? null : weighted / weights;

  const crisisStart = st.firings[0]?.firedAt ?? null;
  const firstPublic = statements.find((x) => CHANNEL_INFO[x.statement.channel].isPublic);
  let firstHour: number | null = null;
  if (crisisStart !== null) {
    const at = firstPublic?.statement.publishedAt ?? null;
    const due = crisisStart + W.firstHourMs;
    firstHour = at === null ? 0 : timelinessFor(due, W.firstHourHalfLifeMs, at);
    const statement = firstPublic?.statement.id ?? '';
    const reason: CueReason =
      at === null
        ? { code: 'cue.timeliness.first-statement-none', params: {} }
        : at <= due
          ? { code: 'cue.timeliness.first-statement-in-time', params: { at, statement } }
          : { code: 'cue.timeliness.first-statement-late', params: { at, crisisStart, statement } };
    cues.push(cue('timeliness', 0, reason, firstPublic?.statement.text ?? '', 'coombsFirstHour', at !== null && at <= due ? 'positive' : 'negative'));
  }

  const end = st.ending?.at ?? st.now;
  const judged = st.promises.filter((p) => p.keptAt !== null || p.due + PROMISES.graceMs <= end);
  let promises: number | null = null;
  if (judged.length > 0) {
    const kept = judged.filter((p) => p.keptAt !== null).length;
    promises = (100 * kept) / judged.length;
    for (const p of judged) {
      const stmt = byId.get(p.statement);
      const reason: CueReason = { code: p.keptAt !== null ? 'cue.timeliness.promise-kept' : 'cue.timeliness.promise-broken', params: { due: p.due, statement: p.statement } };
      cues.push(cue('timeliness', 0, reason, stmt?.annotation.nextUpdate?.quote ?? '', 'promises', p.keptAt !== null ? 'positive' : 'negative'));
    }
  }
  const value = blend([
    [injects, W.timeliness.answers],
    [firstHour, W.timeliness.firstHour],
    [promises, W.timeliness.promises],
  ]);
  return {
    value,
    cues: weightSummary(cues, 'timeliness', value, [
      ['answers', injects, W.timeliness.answers],
      ['first-hour', firstHour, W.timeliness.firstHour],
      ['promises', promises, W.timeliness.promises],
    ]),
  };
}

type SummaryPart = Extract<CueReason, { code: 'cue.summary' }>['params']['part'];

/** Adds one cue per component with its share of the session score, so the session cues add up. */
function weightSummary(detail: Cue[], dimension: Dimension, total: number | null, parts: readonly (readonly [SummaryPart, number | null, number])[]): Cue[] {
  if (total === null) return detail;
  const weights = parts.filter(([, v]) => v !== null).reduce((sum, [, , w]) => sum + w, 0);
  const summary: Cue[] = parts
    .filter(([, v]) => v !== null)
    .map(([part, v, w]) =>
      cue(dimension, Math.round((((v ?? 0) * w) / weights) * 10) / 10, { code: 'cue.summary', params: { part, score: Math.round(v ?? 0), weight: Math.round((w / weights) * 100) } }, '', null),
    );
  return [...summary, ...detail];
}

function sessionMean(statements: readonly ScoredStatement[], dim: 'empathy' | 'transparency' | 'accuracy' | 'consistency'): number | null {
  return mean(statements.map((x) => x.scores[dim].score).filter((v): v is number => v !== null));
}

function disclosures(s: CompiledScenario, st: EngineState): SessionPart {
  const due = s.facts.filter((f) => f.discloseByMs !== null);
  if (due.length === 0) return { value: null, cues: [] };
  const cues: Cue[] = [];
  let total = 0;
  for (const f of due) {
    const by = f.discloseByMs ?? 0;
    const at = st.facts[f.id]?.disclosedAt ?? null;
    const v = timelinessFor(by, W.disclosureHalfLifeMs, at);
    total += v;
    const reason: CueReason =
      at === null
        ? { code: 'cue.transparency.disclosure-never', params: { fact: f.id, by } }
        : at <= by
          ? { code: 'cue.transparency.disclosure-in-time', params: { fact: f.id, at } }
          : { code: 'cue.transparency.disclosure-late', params: { fact: f.id, at, by } };
    cues.push(cue('transparency', 0, reason, '', 'cercRight', at !== null && at <= by ? 'positive' : 'negative'));
  }
  return { value: total / due.length, cues };
}

function proactivity(s: CompiledScenario, st: EngineState, statements: readonly ScoredStatement[]): SessionPart {
  const cues: Cue[] = [];
  // Stealing thunder: facts a leak or a news story would reveal, disclosed first.
  const revealable = [...new Set(s.injects.filter((i) => i.channel === 'leak' || i.channel === 'news').flatMap((i) => i.reveals))];
  let thunder: number | null = null;
  if (revealable.length > 0) {
    let stolen = 0;
    for (const fact of revealable) {
      const f = st.facts[fact];
      const first = f?.disclosedAt != null && (f.revealedAt === null || f.disclosedAt < f.revealedAt);
      if (first) stolen += 1;
      const reason: CueReason = first
        ? { code: 'cue.proactivity.thunder-first', params: { fact } }
        : f?.revealedAt != null
          ? { code: 'cue.proactivity.thunder-late', params: { fact, revealedAt: f.revealedAt } }
          : { code: 'cue.proactivity.thunder-never', params: { fact } };
      cues.push(cue('proactivity', 0, reason, '', 'thunder', first ? 'positive' : 'negative'));
    }
    thunder = (100 * stolen) / revealable.length;
  }

  // Rumours: the reach avoided, out of the reach a correction at seeding could have avoided.
  const avoided: number[] = [];
  const end = st.ending?.at ?? st.now;
  for (const r of s.rumours) {
    const rt = st.rumours[r.id];
    if (!rt || rt.seededAt === null) continue;
    if (r.isTrue) {
      // A true rumour is not to be suppressed but confirmed: credit honesty, not reach avoided.
      const confirmed = rt.counteredAt !== null && rt.wrongDenialAt === null;
      avoided.push(confirmed ? 100 : 0);
      const reason: CueReason =
        rt.wrongDenialAt !== null
          ? { code: 'cue.proactivity.denied-true', params: { rumour: r.id } }
          : confirmed
            ? { code: 'cue.proactivity.confirmed-true', params: { rumour: r.id, at: rt.counteredAt ?? 0 } }
            : { code: 'cue.proactivity.unaddressed-true', params: { rumour: r.id } };
      cues.push(cue('proactivity', 0, reason, '', 'thunder', confirmed ? 'positive' : 'negative'));
      continue;
    }
    const { silent: none, ideal } = counterfactual(s, r, end - rt.seededAt);
    const actual = rumourReadout(rt).reach;
    if (none - ideal < 0.005) continue;
    const share = Math.min(1, Math.max(0, (none - actual) / (none - ideal)));
    avoided.push(100 * share);
    const reason: CueReason = { code: 'cue.proactivity.rumour-reach', params: { rumour: r.id, reach: tenthOfPercent(actual), silent: tenthOfPercent(none), ideal: tenthOfPercent(ideal), avoided: Math.round(share * 100) / 100 } };
    cues.push(cue('proactivity', 0, reason, '', 'rumourTiming', share >= W.rumourAvoidedStrength ? 'positive' : 'negative'));
  }
  const rumours = mean(avoided);

  let instruct: number | null = null;
  if (s.publicMustAct) {
    const hit = statements.find((x) => CHANNEL_INFO[x.statement.channel].isPublic && x.statement.annotation.instructions.length > 0);
    instruct = hit ? 100 : 0;
    const reason: CueReason = hit
      ? { code: 'cue.proactivity.instructed-public', params: { at: hit.statement.publishedAt ?? 0, statement: hit.statement.id } }
      : { code: 'cue.proactivity.never-instructed', params: {} };
    cues.push(cue('proactivity', 0, reason, hit?.statement.annotation.instructions[0]?.quote ?? '', 'cercAction', hit ? 'positive' : 'negative'));
  }

  // Reaching regulators and employees before they come asking.
  const outreachScores: number[] = [];
  for (const kind of ['regulators', 'employees'] as const) {
    const audience = s.stakeholders.filter((sh) => sh.kind === kind).map((sh) => sh.id);
    if (audience.length === 0) continue;
    const personaKind = kind === 'regulators' ? 'regulator' : 'employee';
    const asked = st.firings.find((f) => {
      const from = s.injectIndex.get(f.inject)?.from;
      return from != null && s.personas.get(from)?.kind === personaKind;
    });
    const reached = statements.find((x) => !x.internalWork && x.statement.audience.some((a) => audience.includes(a)));
    const before = reached !== undefined && (asked === undefined || (reached.statement.publishedAt ?? Infinity) <= asked.firedAt);
    outreachScores.push(before ? 100 : 0);
    const reason: CueReason = reached
      ? { code: before ? 'cue.proactivity.outreach-before' : 'cue.proactivity.outreach-after', params: { audience: kind, statement: reached.statement.id } }
      : { code: 'cue.proactivity.outreach-never', params: { audience: kind } };
    cues.push(cue('proactivity', 0, reason, reached?.statement.text ?? '', 'outreach', before ? 'positive' : 'negative'));
  }
  const outreach = mean(outreachScores);
  const parts: [SummaryPart, number | null, number][] = [
    ['thunder', thunder, W.proactivity.thunder],
    ['rumours', rumours, W.proactivity.rumours],
    ['instructions', instruct, W.proactivity.instructions],
    ['outreach', outreach, W.proactivity.outreach],
  ];
  const value = blend(parts.map(([, v, w]) => [v, w] as const));
  return { value, cues: weightSummary(cues, 'proactivity', value, parts) };
}

/**
 * Pairs of statements close in time to audiences that do not overlap: where "one voice" is tested.
 * The statements come in order of publication, so each is compared only with those within the hour
 * after it.
 */
function crossAudiencePairs(statements: readonly ScoredStatement[]): [ScoredStatement, ScoredStatement][] {
  const pairs: [ScoredStatement, ScoredStatement][] = [];
  for (let i = 0; i < statements.length; i++) {
    for (let j = i + 1; j < statements.length; j++) {
      const sa = statements[i];
      const sb = statements[j];
      if (!sa || !sb) continue;
      const a = sa.statement;
      const b = sb.statement;
      if ((b.publishedAt ?? 0) - (a.publishedAt ?? 0) > W.sameTimeMs) break;
      if (a.audience.length === 0 || b.audience.length === 0 || a.audience.some((x) => b.audience.includes(x))) continue;
      pairs.push([sa, sb]);
    }
  }
  return pairs;
}

/**
 * Different stories to different audiences at the same time (Coombs: one voice; SCCT: mixing deny with
 * rebuild erodes the whole response): denying to one audience while apologising to another, or
 * blaming the people affected to one audience while expressing concern for them to another (United
 * 2017: a public apology, an internal letter calling the passenger "belligerent"). Audiences may hear
 * different supporting messages, as message maps intend; contradictory figures are the ledger's job.
 */
function audienceMismatches(statements: readonly ScoredStatement[]): Cue[] {
  const cues: Cue[] = [];
  const blames = (x: Statement) => x.annotation.penalties.find((p) => p.kind === 'victim-blaming');
  const cares = (x: Statement) => x.annotation.empathy.find((e) => e.element === 'concern' || e.element === 'harm-acknowledged');
  const correcting = new Set(statements.filter((x) => x.correctsRumour).map((x) => x.statement.id));
  // A correction of a false rumour denies the rumour, not the crisis (see correctsFalseRumour).
  const posture = (x: Statement) => (x.annotation.posture?.value === 'deny' && correcting.has(x.id) ? null : x.annotation.posture);
  // The team's own talk tells no audience anything, so it cannot tell two audiences different stories.
  for (const [{ statement: a }, { statement: b }] of crossAudiencePairs(statements.filter((x) => !x.internalWork))) {
    const first = a.publishedAt ?? 0;
    const second = b.publishedAt ?? 0;
    const blame = blames(a) ?? blames(b);
    const care = blames(a) ? cares(b) : cares(a);
    if (blame && care) {
      const reason: CueReason = { code: 'cue.consistency.blame-and-care', params: { first, second, statements: [a.id, b.id] } };
      cues.push(cue('consistency', -W.audienceMismatchCost, reason, `"${care.quote}" / "${blame.quote}"`, 'coombsConsistency', 'negative'));
      continue;
    }
    const pa = posture(a);
    const pb = posture(b);
    if (pa && pb && ((pa.value === 'deny' && pb.value === 'rebuild') || (pa.value === 'rebuild' && pb.value === 'deny'))) {
      const denied = (pa.value === 'deny' ? a : b).audience;
      const amends = (pa.value === 'deny' ? b : a).audience;
      const reason: CueReason = { code: 'cue.consistency.deny-and-amends', params: { denied: [...denied], amends: [...amends], first, second, statements: [a.id, b.id] } };
      cues.push(cue('consistency', -W.audienceMismatchCost, reason, `"${pa.quote}" / "${pb.quote}"`, 'coombsConsistency', 'negative'));
    }
  }
  return cues;
}

/** Shares in cue parameters are reported to a tenth of a percent (rounded once, here). */
function tenthOfPercent(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function keyMessageDiscipline(s: CompiledScenario, st: EngineState, statements: readonly ScoredStatement[]): SessionPart {
  if (s.keyMessages.length === 0) return { value: null, cues: [] };
  const publics = statements.filter((x) => CHANNEL_INFO[x.statement.channel].isPublic);
  const used = s.keyMessages.filter((k) => (st.keyMessages[k.id] ?? 0) > 0);
  const coverage = used.length / s.keyMessages.length;
  const onMessage = publics.length === 0 ? 0 : publics.filter((x) => x.statement.annotation.keyMessages.length > 0).length / publics.length;
  const value = 100 * (W.keyMessageCoverage * coverage + (1 - W.keyMessageCoverage) * onMessage);
  return {
    value,
    cues: [
      cue(
        'consistency',
        0,
        { code: 'cue.consistency.key-messages', params: { used: used.length, total: s.keyMessages.length, onMessage: Math.round(onMessage * 100) } },
        '',
        'covelloKeyMessages',
        coverage >= W.keyMessageStrength.coverage && onMessage >= W.keyMessageStrength.onMessage ? 'positive' : 'negative',
      ),
    ],
  };
}

export function scoreSession(s: CompiledScenario, st: EngineState, options: ScoringOptions = {}): SessionScoring {
  const list = published(st);
  const statements = reviewed(scoreStatements(s, st, list, options.cues !== false), options.cueChanges ?? []);
  const firings = scoreFirings(s, st, statements, list);
  const byId = new Map(st.statements.map((x) => [x.id, x]));
  const sessionCues: Cue[] = [];
  const dims: Partial<Record<Dimension, number | null>> = {};

  const t = sessionTimeliness(st, firings, statements, byId);
  dims.timeliness = t.value;
  sessionCues.push(...t.cues);

  dims.empathy = sessionMean(statements, 'empathy');

  const factsExpected = s.facts.length > 0;
  const acc = sessionMean(statements, 'accuracy');
  dims.accuracy = acc ?? (factsExpected ? 0 : null);
  if (acc === null && factsExpected) {
    sessionCues.push(cue('accuracy', 0, { code: 'cue.accuracy.no-facts', params: {} }, '', 'cercRight', 'negative'));
  }

  const km = keyMessageDiscipline(s, st, statements);
  const cons = sessionMean(statements, 'consistency');
  const consParts: [SummaryPart, number | null, number][] = [
    ['statements-consistent', cons, W.consistency.statements],
    ['key-messages', km.value, W.consistency.keyMessages],
  ];
  const consBlend = statements.length === 0 ? 0 : blend(consParts.map(([, v, w]) => [v, w] as const));
  sessionCues.push(...weightSummary(km.cues, 'consistency', consBlend, consParts));
  const mismatches = audienceMismatches(statements);
  sessionCues.push(...mismatches);
  dims.consistency = consBlend === null ? null : Math.max(0, consBlend + mismatches.reduce((sum, c) => sum + c.points, 0));

  const disc = disclosures(s, st);
  const tr = sessionMean(statements, 'transparency');
  const blended = blend([
    [tr, W.transparency.statements],
    [disc.value, W.transparency.disclosures],
  ]);
  sessionCues.push(
    ...weightSummary(disc.cues, 'transparency', blended, [
      ['statements-open', tr, W.transparency.statements],
      ['disclosures', disc.value, W.transparency.disclosures],
    ]),
  );
  // Denying something true is the opposite of transparency, whether or not it came out.
  let denialCost = 0;
  for (const r of s.rumours) {
    const rt = st.rumours[r.id];
    if (!r.isTrue || rt?.wrongDenialAt == null) continue;
    denialCost += W.wrongDenialCost;
    const stmt = st.statements.find((x) => x.status === 'published' && x.publishedAt === rt.wrongDenialAt);
    const reason: CueReason = { code: 'cue.transparency.wrong-denial', params: { rumour: r.id, at: rt.wrongDenialAt, exposedAt: rt.exposedAt, statement: stmt?.id ?? null } };
    sessionCues.push(cue('transparency', -W.wrongDenialCost, reason, stmt?.text ?? '', 'ecker', 'negative'));
  }
  dims.transparency = blended === null ? null : Math.max(0, blended - denialCost);

  const pro = proactivity(s, st, statements);
  dims.proactivity = pro.value;
  sessionCues.push(...pro.cues);

  const unjudged = DIMENSIONS.filter((d) => dims[d] === null || dims[d] === undefined);
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, Math.round(dims[d] ?? 0)])) as Record<Dimension, number>;
  const judged = DIMENSIONS.filter((d) => !unjudged.includes(d)).map((d) => dimensions[d]);
  const overall = Math.round(mean(judged) ?? 0);
  if (statements.length === 0) {
    sessionCues.push(cue('empathy', 0, { code: 'cue.silence', params: {} }, '', 'cercFirst', 'negative'));
  }
  return { overall, dimensions, unjudged, statements, firings, sessionCues: sessionCues.map((c) => ({ ...c, quote: clipQuote(c.quote) })) };
}
