/**
 * Scores a whole session from the engine state: every statement (statement.ts), every inject
 * (timing against its deadline, with a half-life after it, plus its answer's scores), and the six
 * session dimensions with the session-level signals: disclosures made by their deadline, the
 * first-hour holding statement, promised updates kept, stealing thunder, rumour reach avoided,
 * instructions to the public, reaching regulators and employees before they ask.
 */
import { CHANNEL_INFO, DIMENSIONS, formatDuration, SEVERITY_WEIGHT, type CompiledInject, type CompiledScenario, type Dimension, type Posture } from '../../format/index.ts';
import { contradictionsOf } from '../ledger.ts';
import { counterfactual } from '../counterfactual.ts';
import { rumourReadout } from '../rumours.ts';
import type { EngineState, Firing, Statement } from '../state.ts';
import { claimVerdict } from '../verdict.ts';
import { ANCHORS } from './anchors.ts';
import { clipQuote, Tally, type Cue, type DimensionScore } from './cue.ts';
import { scoreStatement, type StatementContext, type StatementScores } from './statement.ts';

export interface ScoredStatement {
  readonly statement: Statement;
  readonly scores: StatementScores;
  /** It corrects a false rumour and says nothing false: a denial in it is not a denial of the crisis. */
  readonly correctsRumour: boolean;
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

const FIRST_HOUR_MS = 60 * 60_000;
/** Transparency points lost for each true rumour the organisation denied. */
const WRONG_DENIAL_COST = 30;
const FIRST_HOUR_HALF_LIFE_MS = 30 * 60_000;

/** Timeliness of an answer given at `respondedAt` against a deadline, halving every `halfLifeMs` after it (a slope, not a cliff). */
export function timelinessFor(deadlineAt: number, halfLifeMs: number, respondedAt: number | null): number {
  if (respondedAt === null) return 0;
  if (respondedAt <= deadlineAt) return 100;
  return 100 * 2 ** (-(respondedAt - deadlineAt) / Math.max(1, halfLifeMs));
}

function published(st: EngineState): Statement[] {
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

function scoreStatements(s: CompiledScenario, st: EngineState): ScoredStatement[] {
  const out: ScoredStatement[] = [];
  const earlier: Statement[] = [];
  let firstPublicDone = false;
  let lastPosture: { posture: Posture; quote: string; at: number } | null = null;
  const confidential = new Set(s.facts.filter((f) => f.confidential).map((f) => f.id));
  for (const stmt of published(st)) {
    const at = stmt.publishedAt ?? 0;
    const inj = stmt.inject === null ? undefined : s.injectIndex.get(stmt.inject);
    const isPublic = CHANNEL_INFO[stmt.channel].isPublic;
    const dueFacts = s.facts
      .filter((f) => f.discloseByMs !== null && f.discloseByMs <= at + 30 * 60_000 && isPublic)
      .filter((f) => {
        const rt = st.facts[f.id];
        return !(rt?.disclosedAt != null && rt.disclosedAt < at);
      })
      .map((f) => f.id);
    const expectsFacts = [...new Set([...(inj?.expects?.facts ?? []), ...dueFacts])];
    const ctx: StatementContext = {
      cluster: s.cluster,
      severity: s.severity,
      compensationAllowed: s.compensation,
      channel: stmt.channel,
      first: isPublic && !firstPublicDone,
      expects: { facts: expectsFacts, empathy: inj?.expects?.empathy ?? [] },
      verdict: (claim) => claimVerdict(s, claim, at),
      contradictions: contradictionsOf(s, earlier, stmt.annotation.claims),
      previousPosture: lastPosture ? { posture: lastPosture.posture, quote: lastPosture.quote, newFactsSince: newFactsBetween(s, st, lastPosture.at, at) } : null,
      confidential,
      text: stmt.text,
      correctsRumour: correctsFalseRumour(s, stmt, at),
    };
    out.push({ statement: stmt, scores: scoreStatement(stmt.annotation, ctx), correctsRumour: ctx.correctsRumour === true });
    earlier.push(stmt);
    if (isPublic) firstPublicDone = true;
    const posture = stmt.annotation.posture;
    if (posture && !(posture.value === 'deny' && ctx.correctsRumour === true)) lastPosture = { posture: posture.value, quote: posture.quote, at };
  }
  return out;
}

function regulatorFiling(s: CompiledScenario, st: EngineState, inj: CompiledInject, firing: Firing, end: number): Tally | null {
  const reg = inj.regulator;
  if (!reg) return null;
  const due = firing.firedAt + reg.withinMs;
  const t = new Tally('timeliness');
  const filings = published(st).filter((x) => (x.channel === 'regulator-letter' || x.inject === inj.id) && (x.publishedAt ?? 0) >= firing.firedAt);
  const byDue = filings.filter((x) => (x.publishedAt ?? Infinity) <= Math.min(due, end));
  // A required fact is covered only by its right value at the time of filing: a wrong figure misinforms the regulator.
  const covered = new Set(byDue.flatMap((x) => x.annotation.claims.filter((c) => claimVerdict(s, c, x.publishedAt ?? 0) === 'correct').map((c) => c.fact)));
  const missing = reg.requires.filter((f) => !covered.has(f));
  const who = reg.regulator ?? 'the regulator';
  if (byDue.length === 0) t.add(0, `nothing filed with ${who} within ${formatDuration(reg.withinMs)}`, '', ANCHORS.gdpr, 'negative');
  else if (missing.length === 0) t.add(100, `filed with ${who} in time with everything required`, byDue[0]?.text ?? '', ANCHORS.gdpr);
  else t.add(50, `filed with ${who} in time, but without ${missing.join(', ')} (a phased filing)`, byDue[0]?.text ?? '', ANCHORS.gdpr, 'negative');
  return t;
}

function scoreFirings(s: CompiledScenario, st: EngineState, statements: readonly ScoredStatement[]): ScoredFiring[] {
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
      const value = timelinessFor(firing.deadlineAt, inj.halfLifeMs, firing.respondedAt);
      const answer = firing.statement ? byId.get(firing.statement)?.statement.text ?? '' : '';
      if (firing.respondedAt === null) t.add(0, `never answered (deadline ${formatDuration(firing.deadlineAt)})`, '', ANCHORS.cercFirst, 'negative');
      else if (firing.respondedAt <= firing.deadlineAt) t.add(100, `answered at ${formatDuration(firing.respondedAt)}, within the deadline of ${formatDuration(firing.deadlineAt)}`, answer, ANCHORS.cercFirst);
      else {
        t.add(value, `answered at ${formatDuration(firing.respondedAt)}, ${formatDuration(firing.respondedAt - firing.deadlineAt)} after the deadline (halves every ${formatDuration(inj.halfLifeMs)})`, answer, ANCHORS.cercFirst, 'negative');
      }
      const reg = regulatorFiling(s, st, inj, firing, end);
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
      const reg = regulatorFiling(s, st, inj, firing, end)?.result();
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
        cues.push({
          dimension: 'proactivity',
          points: given ? 100 : 0,
          reason: given ? 'tells people what to do' : 'does not tell people what to do',
          quote: given?.quote ?? '',
          anchor: ANCHORS.cercAction,
        });
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

function sessionTimeliness(st: EngineState, firings: readonly ScoredFiring[], statements: readonly ScoredStatement[]): SessionPart {
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
    const due = crisisStart + FIRST_HOUR_MS;
    firstHour = at === null ? 0 : timelinessFor(due, FIRST_HOUR_HALF_LIFE_MS, at);
    cues.push({
      dimension: 'timeliness',
      points: 0,
      reason:
        at === null
          ? 'no public statement at all'
          : at <= due
            ? `first public statement at ${formatDuration(at)}, within the first hour of the crisis`
            : `first public statement at ${formatDuration(at)}, more than an hour after the crisis broke at ${formatDuration(crisisStart)}`,
      quote: firstPublic?.statement.text ?? '',
      anchor: ANCHORS.coombsFirstHour,
      tone: at !== null && at <= due ? 'positive' : 'negative',
    });
  }

  const end = st.ending?.at ?? st.now;
  const judged = st.promises.filter((p) => p.keptAt !== null || p.due + 5 * 60_000 <= end);
  let promises: number | null = null;
  if (judged.length > 0) {
    const kept = judged.filter((p) => p.keptAt !== null).length;
    promises = (100 * kept) / judged.length;
    for (const p of judged) {
      const stmt = st.statements.find((x) => x.id === p.statement);
      cues.push({
        dimension: 'timeliness',
        points: 0,
        reason: p.keptAt !== null ? `kept the promised update for ${formatDuration(p.due)}` : `promised an update by ${formatDuration(p.due)} and did not give one`,
        quote: stmt?.annotation.nextUpdate?.quote ?? '',
        anchor: ANCHORS.promises,
        tone: p.keptAt !== null ? 'positive' : 'negative',
      });
    }
  }
  const value = blend([
    [injects, 0.7],
    [firstHour, 0.15],
    [promises, 0.15],
  ]);
  return { value, cues: weightSummary(cues, 'timeliness', value, [['answers against deadlines', injects, 0.7], ['first-hour statement', firstHour, 0.15], ['promised updates kept', promises, 0.15]]) };
}

/** Adds one cue per component with its share of the session score, so the session cues add up. */
function weightSummary(detail: Cue[], dimension: Dimension, total: number | null, parts: readonly (readonly [string, number | null, number])[]): Cue[] {
  if (total === null) return detail;
  const weights = parts.filter(([, v]) => v !== null).reduce((sum, [, , w]) => sum + w, 0);
  const summary: Cue[] = parts
    .filter(([, v]) => v !== null)
    .map(([label, v, w]) => ({
      dimension,
      points: Math.round((((v ?? 0) * w) / weights) * 10) / 10,
      reason: `${label}: ${Math.round(v ?? 0)}/100, weighted ${Math.round((w / weights) * 100)}%`,
      quote: '',
      anchor: '',
    }));
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
    const v = timelinessFor(by, 30 * 60_000, at);
    total += v;
    cues.push({
      dimension: 'transparency',
      points: 0,
      reason: at === null ? `never disclosed ${f.id} (due by ${formatDuration(by)})` : at <= by ? `disclosed ${f.id} at ${formatDuration(at)}, by its deadline` : `disclosed ${f.id} at ${formatDuration(at)}, after its deadline of ${formatDuration(by)}`,
      quote: '',
      anchor: ANCHORS.cercRight,
      tone: at !== null && at <= by ? 'positive' : 'negative',
    });
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
      cues.push({
        dimension: 'proactivity',
        points: 0,
        reason: first ? `disclosed ${fact} before it came out` : f?.revealedAt != null ? `${fact} came out (at ${formatDuration(f.revealedAt)}) before you disclosed it` : `never disclosed ${fact}`,
        quote: '',
        anchor: ANCHORS.thunder,
        tone: first ? 'positive' : 'negative',
      });
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
      cues.push({
        dimension: 'proactivity',
        points: 0,
        reason:
          rt.wrongDenialAt !== null
            ? `denied "${r.id}", which is true`
            : confirmed
              ? `confirmed "${r.id}" honestly (it is true) at ${formatDuration(rt.counteredAt ?? 0)}`
              : `never addressed "${r.id}", which is true`,
        quote: '',
        anchor: ANCHORS.thunder,
        tone: confirmed ? 'positive' : 'negative',
      });
      continue;
    }
    const { silent: none, ideal } = counterfactual(s, r, end - rt.seededAt);
    const actual = rumourReadout(rt).reach;
    if (none - ideal < 0.005) continue;
    const share = Math.min(1, Math.max(0, (none - actual) / (none - ideal)));
    avoided.push(100 * share);
    cues.push({
      dimension: 'proactivity',
      points: 0,
      reason: `rumour "${r.id}": reached ${pct(actual)} of its audience; silence would have meant ${pct(none)}, an immediate correction ${pct(ideal)} (${Math.round(share * 100)}% of the avoidable reach avoided)`,
      quote: '',
      anchor: ANCHORS.rumourTiming,
      tone: share >= 0.5 ? 'positive' : 'negative',
    });
  }
  const rumours = mean(avoided);

  let instruct: number | null = null;
  if (s.publicMustAct) {
    const hit = statements.find((x) => CHANNEL_INFO[x.statement.channel].isPublic && x.statement.annotation.instructions.length > 0);
    instruct = hit ? 100 : 0;
    cues.push({
      dimension: 'proactivity',
      points: 0,
      reason: hit ? `told the public what to do (at ${formatDuration(hit.statement.publishedAt ?? 0)})` : 'never told the public what to do to stay safe',
      quote: hit?.statement.annotation.instructions[0]?.quote ?? '',
      anchor: ANCHORS.cercAction,
      tone: hit ? 'positive' : 'negative',
    });
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
    const reached = statements.find((x) => x.statement.audience.some((a) => audience.includes(a)));
    const before = reached !== undefined && (asked === undefined || (reached.statement.publishedAt ?? Infinity) <= asked.firedAt);
    outreachScores.push(before ? 100 : 0);
    cues.push({
      dimension: 'proactivity',
      points: 0,
      reason: before ? `reached ${kind} before they asked` : reached ? `reached ${kind} only after they asked` : `never addressed ${kind}`,
      quote: reached?.statement.text ?? '',
      anchor: ANCHORS.outreach,
      tone: before ? 'positive' : 'negative',
    });
  }
  const outreach = mean(outreachScores);
  const parts: [string, number | null, number][] = [
    ['stealing thunder', thunder, 0.35],
    ['rumour reach avoided', rumours, 0.35],
    ['instructions to the public', instruct, 0.2],
    ['outreach before being asked', outreach, 0.1],
  ];
  const value = blend(parts.map(([, v, w]) => [v, w] as const));
  return { value, cues: weightSummary(cues, 'proactivity', value, parts) };
}

/** Statements this close together count as "at the same time" across audiences. */
const SAME_TIME_MS = 60 * 60_000;
/** Consistency points lost each time two audiences hear contradictory stories at the same time. */
const AUDIENCE_MISMATCH_COST = 15;

/** Pairs of statements close in time to audiences that do not overlap: where "one voice" is tested. */
function crossAudiencePairs(statements: readonly ScoredStatement[]): [ScoredStatement, ScoredStatement][] {
  const pairs: [ScoredStatement, ScoredStatement][] = [];
  for (let i = 0; i < statements.length; i++) {
    for (let j = i + 1; j < statements.length; j++) {
      const sa = statements[i];
      const sb = statements[j];
      if (!sa || !sb) continue;
      const a = sa.statement;
      const b = sb.statement;
      if (Math.abs((b.publishedAt ?? 0) - (a.publishedAt ?? 0)) > SAME_TIME_MS) continue;
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
  for (const [{ statement: a }, { statement: b }] of crossAudiencePairs(statements)) {
    const when = `${formatDuration(a.publishedAt ?? 0)} and ${formatDuration(b.publishedAt ?? 0)}`;
    const blame = blames(a) ?? blames(b);
    const care = blames(a) ? cares(b) : cares(a);
    if (blame && care) {
      cues.push({
        dimension: 'consistency',
        points: -AUDIENCE_MISMATCH_COST,
        reason: `blamed the people affected to one audience while expressing concern for them to another (${when})`,
        quote: `"${care.quote}" / "${blame.quote}"`,
        anchor: ANCHORS.coombsConsistency,
        tone: 'negative',
      });
      continue;
    }
    const pa = posture(a);
    const pb = posture(b);
    if (pa && pb && ((pa.value === 'deny' && pb.value === 'rebuild') || (pa.value === 'rebuild' && pb.value === 'deny'))) {
      cues.push({
        dimension: 'consistency',
        points: -AUDIENCE_MISMATCH_COST,
        reason: `denied to ${(pa.value === 'deny' ? a : b).audience.join(', ')} while making amends (apology or compensation) to ${(pa.value === 'deny' ? b : a).audience.join(', ')} (${when})`,
        quote: `"${pa.quote}" / "${pb.quote}"`,
        anchor: ANCHORS.coombsConsistency,
        tone: 'negative',
      });
    }
  }
  return cues;
}

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

function keyMessageDiscipline(s: CompiledScenario, st: EngineState, statements: readonly ScoredStatement[]): SessionPart {
  if (s.keyMessages.length === 0) return { value: null, cues: [] };
  const publics = statements.filter((x) => CHANNEL_INFO[x.statement.channel].isPublic);
  const used = s.keyMessages.filter((k) => (st.keyMessages[k.id] ?? 0) > 0);
  const coverage = used.length / s.keyMessages.length;
  const onMessage = publics.length === 0 ? 0 : publics.filter((x) => x.statement.annotation.keyMessages.length > 0).length / publics.length;
  const value = 100 * (0.5 * coverage + 0.5 * onMessage);
  return {
    value,
    cues: [
      {
        dimension: 'consistency',
        points: 0,
        reason: `used ${used.length} of ${s.keyMessages.length} key messages; ${Math.round(onMessage * 100)}% of public statements carried one`,
        quote: '',
        anchor: ANCHORS.covelloKeyMessages,
        tone: coverage >= 0.67 && onMessage >= 0.5 ? 'positive' : 'negative',
      },
    ],
  };
}

export function scoreSession(s: CompiledScenario, st: EngineState): SessionScoring {
  const statements = scoreStatements(s, st);
  const firings = scoreFirings(s, st, statements);
  const sessionCues: Cue[] = [];
  const dims: Partial<Record<Dimension, number | null>> = {};

  const t = sessionTimeliness(st, firings, statements);
  dims.timeliness = t.value;
  sessionCues.push(...t.cues);

  dims.empathy = sessionMean(statements, 'empathy');

  const factsExpected = s.facts.length > 0;
  const acc = sessionMean(statements, 'accuracy');
  dims.accuracy = acc ?? (factsExpected ? 0 : null);
  if (acc === null && factsExpected) {
    sessionCues.push({ dimension: 'accuracy', points: 0, reason: 'stated none of the facts of the case', quote: '', anchor: ANCHORS.cercRight, tone: 'negative' });
  }

  const km = keyMessageDiscipline(s, st, statements);
  const cons = sessionMean(statements, 'consistency');
  const consParts: [string, number | null, number][] = [
    ['statements consistent with each other', cons, 0.75],
    ['key-message discipline', km.value, 0.25],
  ];
  const consBlend = statements.length === 0 ? 0 : blend(consParts.map(([, v, w]) => [v, w] as const));
  sessionCues.push(...weightSummary(km.cues, 'consistency', consBlend, consParts));
  const mismatches = audienceMismatches(statements);
  sessionCues.push(...mismatches);
  dims.consistency = consBlend === null ? null : Math.max(0, consBlend + mismatches.reduce((sum, c) => sum + c.points, 0));

  const disc = disclosures(s, st);
  const tr = sessionMean(statements, 'transparency');
  const blended = blend([
    [tr, 0.6],
    [disc.value, 0.4],
  ]);
  sessionCues.push(...weightSummary(disc.cues, 'transparency', blended, [['what statements said openly', tr, 0.6], ['required disclosures by their deadline', disc.value, 0.4]]));
  // Denying something true is the opposite of transparency, whether or not it came out.
  let denialCost = 0;
  for (const r of s.rumours) {
    const rt = st.rumours[r.id];
    if (!r.isTrue || rt?.wrongDenialAt == null) continue;
    denialCost += WRONG_DENIAL_COST;
    const stmt = st.statements.find((x) => x.status === 'published' && x.publishedAt === rt.wrongDenialAt);
    sessionCues.push({
      dimension: 'transparency',
      points: -WRONG_DENIAL_COST,
      reason: `denied "${r.id}" at ${formatDuration(rt.wrongDenialAt)}, which is true${rt.exposedAt !== null ? `; the truth came out at ${formatDuration(rt.exposedAt)}` : ''}`,
      quote: stmt?.text ?? '',
      anchor: ANCHORS.ecker,
      tone: 'negative',
    });
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
    sessionCues.push({ dimension: 'empathy', points: 0, reason: 'said nothing at all: silence is scored as 0', quote: '', anchor: ANCHORS.cercFirst, tone: 'negative' });
  }
  return { overall, dimensions, unjudged, statements, firings, sessionCues: sessionCues.map((c) => ({ ...c, quote: clipQuote(c.quote) })) };
}
