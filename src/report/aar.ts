/**
 * The after-action report model: a play result turned into the parts of an HSEEP After-Action
 * Report / Improvement Plan (overview, capability analysis with strengths and areas for
 * improvement, timeline, curves, notes, improvement plan). This is the one place that decides what
 * counts as a strength or an area for improvement, how findings are ranked and which are shown,
 * and which rating (P/S/M/U) a score earns; the HTML, Markdown, CSV and JSON renderers only lay
 * the model out. The rules are documented in docs/report.md.
 *
 * Pure and deterministic: no wall clock, no randomness, no locale-dependent formatting, so the
 * same result always gives the same report, byte for byte.
 */
import { z } from 'zod';
import { DUTY_STATUSES, type Cue, type Duty, type PlayResult } from '../engine/index.ts';
import { formatDuration } from '../format/index.ts';
import { DIMENSIONS, parseDuration, type Dimension } from '../format/index.ts';
import { createTranslator, type Translator } from '../i18n/index.ts';

// ---------------------------------------------------------------------------------------------
// Ratings

export const RATING_CODES = ['P', 'S', 'M', 'U', 'N/A'] as const;
export type RatingCode = (typeof RATING_CODES)[number];

/**
 * Score bands for the HSEEP-style ratings. HSEEP evaluators rate each capability by judgement; here
 * the score proposes a rating and the facilitator may change it in the hot wash.
 */
export const RATING_SCALE = [
  { code: 'P', label: 'Performed without challenges', min: 80, max: 100, description: 'The tasks were done in a way that achieved the objective, without significant negative impact.' },
  { code: 'S', label: 'Performed with some challenges', min: 60, max: 79, description: 'The objective was achieved, but there are clear opportunities to do it better or sooner.' },
  { code: 'M', label: 'Performed with major challenges', min: 40, max: 59, description: 'The objective was achieved only in part, or at a cost: some tasks were not done well enough, or harmed trust.' },
  { code: 'U', label: 'Unable to be performed', min: 0, max: 39, description: 'The tasks were not done in a way that achieved the objective.' },
] as const satisfies readonly { code: RatingCode; label: string; min: number; max: number; description: string }[];

const NOT_RATED = { code: 'N/A', label: 'Not rated: nothing to judge in this session' } as const;

export function ratingFor(score: number | null): { code: RatingCode; label: string } {
  if (score === null) return NOT_RATED;
  const band = RATING_SCALE.find((b) => score >= b.min) ?? RATING_SCALE[RATING_SCALE.length - 1];
  return band ? { code: band.code, label: band.label } : NOT_RATED;
}

/** What each dimension measures, in one line, for the overview. */
export const DIMENSION_INFO: Readonly<Record<Dimension, { label: string; meaning: string }>> = {
  timeliness: { label: 'Timeliness', meaning: 'Answering each inject by its deadline, a first public statement within the hour, and promised updates kept.' },
  accuracy: { label: 'Accuracy', meaning: 'Every fact claimed matched what was known at that moment; unknowns were called unknown, not guessed.' },
  consistency: { label: 'Consistency', meaning: 'One story on every channel and over time (changes flagged as updates), with a few key messages repeated.' },
  empathy: { label: 'Empathy', meaning: 'Responsibility, corrective action and concern for the people affected, not warm words alone.' },
  transparency: { label: 'Transparency', meaning: 'Confirmed facts, what is not yet known, next steps and where to learn more, plainly put; required disclosures made on time.' },
  proactivity: { label: 'Proactivity', meaning: 'Getting ahead: disclosing before a leak, correcting rumours early, telling people what to do, reaching regulators and staff first.' },
};

// ---------------------------------------------------------------------------------------------
// The model (zod: the JSON format validates against it)

const DimensionEnum = z.enum(DIMENSIONS);
const Score = z.number().min(0).max(100);
const Scores = z.partialRecord(DimensionEnum, Score);
const Rating = z.enum(RATING_CODES);
const Time = z.object({ at: z.string(), ms: z.number(), clock: z.string().nullable() });

const Evidence = z.object({
  /** When it happened (scenario time and, when the scenario has a start date, the clock). */
  time: Time.nullable(),
  /** The statement or inject it comes from, or null for a session-level finding. */
  ref: z.string().nullable(),
  /** Channel, seat or sender, as the timeline shows them. */
  where: z.string().nullable(),
  /** The trainee's words (or an inject's subject), as scored. */
  quote: z.string(),
  /** The fact at stake, "fact-id = value", when the finding is about a claim. */
  fact: z.string().nullable(),
});

export const Finding = z.object({
  /** S1, S2 … for strengths; A1, A2 … for areas for improvement (the improvement plan uses these). */
  id: z.string(),
  kind: z.enum(['strength', 'improvement']),
  dimension: DimensionEnum,
  observation: z.string(),
  /** How many times the same observation was made (statements, injects or session findings). */
  count: z.number().int().min(1),
  /**
   * Ranking weight, in points of single statements or injects (0–100 each): earned (strengths) or lost
   * (areas for improvement), summed over occurrences; a session finding's dimension points count once
   * per scored item.
   */
  weight: z.number().min(0),
  source: z.enum(['statement', 'inject', 'session', 'timeline']),
  evidence: Evidence,
  /** The other times it happened, earliest first. */
  alsoAt: z.array(z.string()),
  /** The research behind it, in words, and its id (`anchor.<id>` in the message catalogue). */
  anchor: z.string(),
  anchorId: z.string().nullable(),
  /** The observation as data: the cue code and parameters it was rendered from. */
  code: z.string(),
  params: z.record(z.string(), z.unknown()),
});
export type Finding = z.infer<typeof Finding>;

/** Something the moment called for that statements left out (an empathy element), counted over statements. */
export const Omission = z.object({
  dimension: DimensionEnum,
  /** What was left out, and why it was expected. */
  observation: z.string(),
  /** How many statements left it out, of the `of` statements scored on this dimension. */
  count: z.number().int().min(1),
  of: z.number().int().min(1),
  /** When, earliest first (at most MAX_ALSO_AT times, then "N more"). */
  at: z.array(z.string()),
  anchor: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.unknown()),
});
export type Omission = z.infer<typeof Omission>;

const Capability = z.object({
  dimension: DimensionEnum,
  label: z.string(),
  meaning: z.string(),
  score: Score,
  judged: z.boolean(),
  rating: Rating,
  ratingLabel: z.string(),
  /** How the session score is made up, when the engine reports it (component, points). */
  breakdown: z.array(z.object({ reason: z.string(), points: z.number(), code: z.string(), params: z.record(z.string(), z.unknown()) })),
  strengths: z.array(Finding),
  moreStrengths: z.number().int().min(0),
  improvements: z.array(Finding),
  moreImprovements: z.number().int().min(0),
  /** What statements left out, most often first: the shortfall no single finding explains. */
  omissions: z.array(Omission),
  /** A remark when the findings alone do not explain the rating. */
  note: z.string().nullable(),
});
export type Capability = z.infer<typeof Capability>;

const InjectEntry = z.object({
  kind: z.literal('inject'),
  time: Time,
  id: z.string(),
  title: z.string(),
  channel: z.string(),
  from: z.string().nullable(),
  deadline: z.string().nullable(),
  respondedAt: z.string().nullable(),
  status: z.enum(['answered', 'late', 'unanswered', 'no reply expected']),
  option: z.string().nullable(),
  statement: z.string().nullable(),
  scores: Scores,
  /** How much later than scheduled it came because the facilitator delayed it (absent when not delayed). */
  delayedBy: z.string().optional(),
});
const StatementEntry = z.object({
  kind: z.literal('statement'),
  time: Time,
  id: z.string(),
  channel: z.string(),
  seat: z.string(),
  audience: z.array(z.string()),
  inject: z.string().nullable(),
  option: z.string().nullable(),
  text: z.string(),
  claims: z.array(z.object({ fact: z.string(), value: z.string() })),
  scores: Scores,
  /** What counted against it, one line per problem. */
  flags: z.array(z.string()),
});
export const TimelineEntry = z.discriminatedUnion('kind', [InjectEntry, StatementEntry]);
export type TimelineEntry = z.infer<typeof TimelineEntry>;
export type InjectEntry = z.infer<typeof InjectEntry>;
export type StatementEntry = z.infer<typeof StatementEntry>;

const Fraction = z.number().min(0).max(1);

export const AarReport = z.object({
  kind: z.literal('crisis-room-aar'),
  /** 2: findings carry their cue code, parameters and anchor id; words come from the message catalogue. */
  version: z.literal(2),
  overview: z.object({
    scenario: z.string(),
    title: z.string(),
    organisation: z.string(),
    clockStart: z.string(),
    /** The scenario's start, written out ("Tuesday 10 March 2026, 09:00 (UTC−04:00)"). */
    date: z.string(),
    /** Calendar jumps between exercise modules: when, the date the clock jumps to, and what it is. */
    jumps: z.array(z.object({ at: Time, date: z.string(), title: z.string().nullable() })).default([]),
    ending: z.object({ id: z.string(), title: z.string() }).nullable(),
    endedAt: Time,
    seed: z.number().int(),
    participants: z.array(z.object({ seat: z.string(), statements: z.number().int(), channels: z.array(z.string()), first: z.string(), last: z.string() })),
    /** Who the injects came from (played by the simulation), with how many each sent. */
    simulated: z.array(z.object({ from: z.string(), injects: z.number().int() })),
    counts: z.object({
      injects: z.number().int(),
      withDeadline: z.number().int(),
      answeredInTime: z.number().int(),
      answeredLate: z.number().int(),
      unanswered: z.number().int(),
      statements: z.number().int(),
      notes: z.number().int(),
      skipped: z.number().int(),
    }),
    overall: z.object({ score: Score, rating: Rating, ratingLabel: z.string() }),
  }),
  ratingScale: z.array(z.object({ code: Rating, label: z.string(), min: z.number(), max: z.number(), description: z.string() })),
  summary: z.object({
    /** Finding ids: the best strength of the strongest dimensions, the first area for improvement of the weakest. */
    strengths: z.array(z.string()),
    improvements: z.array(z.string()),
  }),
  capabilities: z.array(Capability),
  timeline: z.array(TimelineEntry),
  rumours: z.array(
    z.object({
      id: z.string(),
      claim: z.string(),
      seededAt: z.string().nullable(),
      counteredAt: z.string().nullable(),
      peakReach: Fraction,
      finalReach: Fraction,
      finalBelieving: Fraction,
      reachIfSilent: Fraction.nullable(),
      series: z.array(z.object({ at: z.string(), ms: z.number(), reach: Fraction, believing: Fraction })),
    }),
  ),
  stakeholders: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      initialTrust: Fraction,
      trust: Fraction,
      /** Step changes: the trust holds from each point until the next. */
      series: z.array(z.object({ at: z.string(), ms: z.number(), trust: Fraction })),
    }),
  ),
  /**
   * Legal filing duties (regulator deadlines) and where each stood at the end: `what` names the duty,
   * `observation` says how it stands, both in words; `code` and `params` are the observation as data.
   */
  duties: z
    .array(
      z.object({
        inject: z.string(),
        status: z.enum(DUTY_STATUSES),
        due: Time,
        what: z.string(),
        observation: z.string(),
        code: z.string(),
        params: z.record(z.string(), z.unknown()),
      }),
    )
    .default([]),
  notes: z.array(z.object({ time: Time, by: z.string().nullable(), text: z.string() })),
  /** The participants' copy: the facilitator's and observers' notes were left out of it. */
  notesWithheld: z.boolean().default(false),
  skipped: z.array(z.object({ step: z.number().int(), reason: z.string() })),
  improvementPlan: z.array(
    z.object({
      ref: z.string(),
      issue: z.string(),
      dimension: DimensionEnum,
      capability: z.string(),
      rating: Rating,
      evidence: z.string(),
      correctiveAction: z.string(),
      owner: z.string(),
      due: z.string(),
    }),
  ),
});
export type AarReport = z.infer<typeof AarReport>;

// ---------------------------------------------------------------------------------------------
// Selection rules (docs/report.md explains them)

/** Findings shown per dimension and kind; the rest are counted. */
export const SHOWN_PER_DIMENSION = 3;
/** Strengths and areas for improvement in the overview's summary. */
export const SUMMARY_SIZE = 3;
/**
 * Dimension points a session finding without points of its own is taken to move its dimension by:
 * roughly one finding's share of its component (components weigh 10–35 % and hold one to five
 * findings each).
 */
const SESSION_FINDING_POINTS = 15;
/** The fewest items a dimension is taken to have when converting session points (small sessions). */
const MIN_ITEMS = 4;
/** Other times a finding happened, listed in full up to this many. */
const MAX_ALSO_AT = 12;

/** A cue's reason, or an observation the report makes itself, as code and parameters. */
interface Coded {
  readonly code: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Parameters that point at where something was said, not at what was observed. */
const REFERENCE_PARAMS: ReadonlySet<string> = new Set(['statement', 'statements']);

/**
 * The grouping key of an observation: its code and the parameters that name what it is about (a
 * fact, an element, a rumour, a stated value in words), leaving out numbers (times, counts, shares:
 * the same shortcoming at another moment is the same finding) and references to statements.
 */
function groupKey(c: Coded): string {
  const named = Object.entries(c.params).filter(([k, v]) => !REFERENCE_PARAMS.has(k) && typeof v !== 'number' && v !== null);
  return `${c.code}${JSON.stringify(named)}`;
}

// ---------------------------------------------------------------------------------------------
// Time

interface ClockStart {
  readonly utcMs: number;
  readonly offsetMin: number;
  readonly offsetText: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Parses an ISO 8601 local date-time with an offset; null if it is not one. */
function parseClockStart(iso: string): ClockStart | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  let offsetMin = 0;
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offsetMin = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  }
  const localMs = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  if (!Number.isFinite(localMs)) return null;
  const abs = Math.abs(offsetMin);
  const offsetText = zone === undefined ? '' : `UTC${offsetMin < 0 ? '−' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
  return { utcMs: localMs - offsetMin * 60_000, offsetMin, offsetText };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Scenario-local calendar fields of a moment (computed in UTC so no host time zone leaks in). */
function localFields(start: ClockStart, offsetMs: number): { y: number; mo: number; d: number; wd: number; h: number; mi: number } {
  const t = new Date(start.utcMs + start.offsetMin * 60_000 + offsetMs);
  return { y: t.getUTCFullYear(), mo: t.getUTCMonth(), d: t.getUTCDate(), wd: t.getUTCDay(), h: t.getUTCHours(), mi: t.getUTCMinutes() };
}

function longDate(start: ClockStart | null, raw: string): string {
  if (!start) return raw;
  const f = localFields(start, 0);
  const zone = start.offsetText === '' ? '' : ` (${start.offsetText})`;
  return `${WEEKDAYS[f.wd] ?? ''} ${f.d} ${MONTHS[f.mo] ?? ''} ${f.y}, ${pad2(f.h)}:${pad2(f.mi)}${zone}`;
}

/**
 * The scenario's calendar: its start and the jumps between exercise modules ("six weeks later"),
 * after which the wall clock reads the jump's date-time plus the scenario time since.
 */
interface Calendar {
  readonly start: ClockStart | null;
  readonly jumps: readonly { readonly atMs: number; readonly start: ClockStart; readonly raw: string; readonly title: string | null }[];
}

function calendarOf(result: PlayResult): Calendar {
  const jumps = (result.clockJumps ?? []).flatMap((j) => {
    const atMs = parseDuration(j.at);
    const start = parseClockStart(j.to);
    return atMs === null || start === null ? [] : [{ atMs, start, raw: j.to, title: j.title }];
  });
  return { start: parseClockStart(result.clockStart), jumps: jumps.sort((a, b) => a.atMs - b.atMs) };
}

function clockAt(cal: Calendar, ms: number): string | null {
  const start = cal.start;
  if (!start) return null;
  let jump: Calendar['jumps'][number] | undefined;
  for (const j of cal.jumps) if (j.atMs <= ms) jump = j;
  const first = localFields(start, 0);
  const f = jump ? localFields(jump.start, ms - jump.atMs) : localFields(start, ms);
  const sameDay = f.y === first.y && f.mo === first.mo && f.d === first.d;
  const hm = `${pad2(f.h)}:${pad2(f.mi)}`;
  return sameDay ? hm : `${f.d} ${(MONTHS[f.mo] ?? '').slice(0, 3)} ${hm}`;
}

// ---------------------------------------------------------------------------------------------
// Findings

interface Occurrence {
  readonly dimension: Dimension;
  readonly positive: boolean;
  readonly reason: string;
  readonly weight: number;
  readonly source: Finding['source'];
  readonly time: z.infer<typeof Time> | null;
  readonly ref: string | null;
  readonly where: string | null;
  readonly quote: string;
  readonly fact: string | null;
  readonly anchor: string | null;
  readonly code: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly key: string;
  readonly order: number;
}

type Positivity = 'positive' | 'negative';

/**
 * Strength or shortcoming: the cue's tone if it has one (the engine marks partial credit and
 * zero-point shortcomings negative), else the sign of its points.
 */
function toneOf(c: Cue): Positivity {
  if (c.tone === 'positive' || c.tone === 'negative') return c.tone;
  return c.points > 0 && c.tone === undefined ? 'positive' : 'negative';
}

/** A session summary cue (one weighted part of a dimension): the score's make-up, not a finding. */
function isSummary(c: Cue): boolean {
  return c.code === 'cue.summary';
}

function cueKey(c: Cue): string {
  return `${c.dimension}\u0000${c.code}\u0000${JSON.stringify(c.params)}\u0000${c.quote}\u0000${c.points}`;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/**
 * The weight of each cue of one scored item (a statement or an inject) in one dimension. Strengths
 * weigh the points they earned; penalties the points they cost. A shortcoming with no points of its
 * own (partial credit, or a penalty scaled to nothing because the item had no credit left to lose)
 * shares the item's shortfall that the penalties do not already explain.
 */
function weighItem(cues: readonly Cue[], score: number | undefined): number[] {
  const tones = cues.map(toneOf);
  const penalties = cues.reduce((sum, c, i) => (tones[i] === 'negative' && c.points < 0 ? sum - c.points : sum), 0);
  const unpriced = cues.filter((c, i) => tones[i] === 'negative' && c.points >= 0).length;
  const shortfall = Math.max(0, 100 - (score ?? 100) - penalties);
  return cues.map((c, i) => {
    if (tones[i] === 'positive') return Math.max(0, c.points);
    if (c.points < 0) return -c.points;
    return Math.max(1, unpriced === 0 ? 0 : shortfall / unpriced);
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byTime(a: { time: { ms: number } | null; order: number }, b: { time: { ms: number } | null; order: number }): number {
  const am = a.time?.ms ?? Infinity;
  const bm = b.time?.ms ?? Infinity;
  return am !== bm ? am - bm : a.order - b.order;
}

interface Group {
  readonly dimension: Dimension;
  readonly positive: boolean;
  readonly weight: number;
  readonly occurrences: readonly Occurrence[];
  readonly lead: Occurrence;
}

function toGroups(occurrences: readonly Occurrence[]): Group[] {
  const groups: Group[] = [];
  for (const list of groupBy(occurrences, (o) => `${o.dimension}|${String(o.positive)}|${o.key}`).values()) {
    const lead = [...list].sort((a, b) => b.weight - a.weight || byTime(a, b))[0];
    if (!lead) continue;
    groups.push({ dimension: lead.dimension, positive: lead.positive, weight: round1(list.reduce((s, o) => s + o.weight, 0)), occurrences: list, lead });
  }
  return groups;
}

function rankGroups(groups: readonly Group[]): Group[] {
  return [...groups].sort(
    (a, b) => b.weight - a.weight || b.occurrences.length - a.occurrences.length || byTime(a.lead, b.lead) || compareText(a.lead.key, b.lead.key),
  );
}

function capTimes(times: readonly string[]): string[] {
  return times.length > MAX_ALSO_AT ? [...times.slice(0, MAX_ALSO_AT), `${times.length - MAX_ALSO_AT} more`] : [...times];
}

function toFinding(g: Group, id: string, anchorText: (anchor: string) => string): Finding {
  const others = [...g.occurrences].filter((o) => o !== g.lead).sort(byTime);
  const times = [...new Set(others.map((o) => o.time?.at).filter((t): t is string => t !== undefined))];
  const alsoAt = capTimes(times);
  const anchor = g.lead.anchor ?? g.occurrences.find((o) => o.anchor !== null)?.anchor ?? null;
  return {
    id,
    kind: g.positive ? 'strength' : 'improvement',
    dimension: g.dimension,
    observation: g.lead.reason,
    count: g.occurrences.length,
    weight: g.weight,
    source: g.lead.source,
    evidence: { time: g.lead.time, ref: g.lead.ref, where: g.lead.where, quote: clip(g.lead.quote), fact: g.lead.fact },
    alsoAt,
    anchor: anchor === null ? '' : anchorText(anchor),
    anchorId: anchor,
    code: g.lead.code,
    params: { ...g.lead.params },
  };
}

// ---------------------------------------------------------------------------------------------
// Building the report

function msOf(duration: string | null): number | null {
  return duration === null ? null : parseDuration(duration);
}

function claimValue(v: number | boolean | string): string {
  return typeof v === 'string' ? v : String(v);
}

/** The report model of a play result; words that come from codes (refusals, for now) are rendered in `t`'s language. */
/**
 * The copy handed out to the seats: the facilitator's and observers' notes are theirs (seats never
 * see them during the exercise either), so they are left out and the report says so.
 */
export function participantsCopy(report: AarReport): AarReport {
  return { ...report, notes: [], notesWithheld: true };
}

export function buildReport(result: PlayResult, t: Translator = createTranslator('en')): AarReport {
  const calendar = calendarOf(result);
  const start = calendar.start;
  const time = (at: string): z.infer<typeof Time> => {
    const ms = parseDuration(at) ?? 0;
    return { at, ms, clock: clockAt(calendar, ms) };
  };

  const statementsById = new Map(result.statements.map((s) => [s.id, s]));
  const occurrences: Occurrence[] = [];
  let order = 0;
  const push = (o: Omit<Occurrence, 'order'>): void => {
    occurrences.push({ ...o, order: order++ });
  };
  // Words for codes come from the catalogue; a code this build does not know (a result from a newer
  // engine) is shown as the code itself rather than failing the report.
  const say = (c: Coded): string => (t.has(c.code) ? t.render(c as Parameters<Translator['render']>[0]) : c.code);
  const anchorText = (id: string): string => {
    const key = `anchor.${id}`;
    return t.has(key) ? t.render({ code: key, params: {} }) : id;
  };
  const occurrence = (c: Coded): Pick<Occurrence, 'reason' | 'code' | 'params' | 'key'> => ({ reason: say(c), code: c.code, params: c.params, key: groupKey(c) });
  const factOf = (c: Cue, claims: Readonly<Record<string, number | boolean | string>>): string | null => {
    const id = 'fact' in c.params ? c.params.fact : undefined;
    if (id === undefined || !Object.hasOwn(claims, id)) return null;
    const v = claims[id];
    return v === undefined ? null : `${id} = ${claimValue(v)}`;
  };

  // Statement cues. What a statement left out is counted apart: it has no words, and ranked with the
  // findings the many omissions of every statement would crowd out the one thing said wrong.
  const omitted = new Map<string, { dimension: Dimension; cue: Cue; times: z.infer<typeof Time>[] }>();
  for (const s of result.statements) {
    const where = `${s.channel} · ${s.seat}`;
    for (const c of s.cues) {
      if (c.tone !== 'omitted') continue;
      const key = `${c.dimension}|${groupKey(c)}`;
      const entry = omitted.get(key) ?? { dimension: c.dimension, cue: c, times: [] };
      entry.times.push(time(s.at));
      omitted.set(key, entry);
    }
    // The respect floor every message starts from is neither a strength nor a shortcoming: it is
    // what a cold statement scores, and what blame or threats take away (their own findings).
    const said = s.cues.filter((c) => c.tone !== 'omitted' && c.code !== 'cue.empathy.respect');
    for (const [dimension, cues] of groupBy(said, (c) => c.dimension)) {
      const dim = dimension as Dimension;
      const weights = weighItem(cues, s.scores[dim]);
      cues.forEach((c, i) => {
        push({ dimension: dim, positive: toneOf(c) === 'positive', ...occurrence(c), weight: weights[i] ?? 0, source: 'statement', time: time(s.at), ref: s.id, where, quote: c.quote, fact: factOf(c, s.claims), anchor: c.anchor });
      });
    }
  }

  // Inject cues not already counted with the answering statement; timeliness judged from the timeline.
  const deadlineAnchor = result.injects.flatMap((i) => i.cues).find((c) => c.dimension === 'timeliness' && c.anchor !== null)?.anchor ?? null;
  for (const inj of result.injects) {
    const answer = inj.statement === null ? undefined : statementsById.get(inj.statement);
    const seen = new Set((answer?.cues ?? []).map(cueKey));
    const own = inj.cues.filter((c) => !seen.has(cueKey(c)) && c.tone !== 'omitted');
    const where = `${inj.channel}${inj.from === null ? '' : ` · from ${inj.from}`}`;
    const when = time(inj.respondedAt ?? inj.firedAt);
    const timeliness = inj.scores.timeliness;
    const rejudged = timeliness !== undefined && timeliness < 100;
    if (rejudged) {
      const deadlineMs = msOf(inj.deadline);
      const respondedMs = msOf(inj.respondedAt);
      const ownTimeliness = own.filter((c) => c.dimension === 'timeliness');
      let why: Coded;
      if (inj.respondedAt === null) why = { code: 'report.unanswered', params: { deadline: deadlineMs } };
      else if (deadlineMs !== null && respondedMs !== null && respondedMs > deadlineMs) why = { code: 'report.answered-late', params: { late: roundToMinute(respondedMs - deadlineMs) } };
      else why = ownTimeliness.find((c) => toneOf(c) === 'negative') ?? ownTimeliness[0] ?? { code: 'report.partial-answer', params: {} };
      push({
        dimension: 'timeliness',
        positive: false,
        ...occurrence(why),
        weight: 100 - timeliness,
        source: 'timeline',
        time: inj.respondedAt === null ? time(inj.firedAt) : when,
        ref: inj.id,
        where,
        quote: answer?.text ?? inj.title,
        fact: null,
        anchor: ownTimeliness.find((c) => c.anchor !== null)?.anchor ?? deadlineAnchor,
      });
    }
    for (const [dimension, cues] of groupBy(own, (c) => c.dimension)) {
      const dim = dimension as Dimension;
      if (dim === 'timeliness' && rejudged) continue;
      const weights = weighItem(cues, inj.scores[dim]);
      cues.forEach((c, i) => {
        push({ dimension: dim, positive: toneOf(c) === 'positive', ...occurrence(c), weight: weights[i] ?? 0, source: 'inject', time: when, ref: inj.id, where, quote: c.quote !== '' ? c.quote : inj.title, fact: null, anchor: c.anchor });
      });
    }
  }

  // Session findings (the summary cues become each dimension's breakdown instead). A dimension's
  // score is about the mean of its items' scores, so a session point is worth one point on every item.
  const items = (dim: Dimension): number =>
    result.statements.filter((s) => s.scores[dim] !== undefined).length +
    result.injects.filter((i) => i.scores[dim] !== undefined && (i.statement === null || statementsById.get(i.statement)?.scores[dim] === undefined)).length;
  const breakdown = new Map<Dimension, Capability['breakdown']>();
  for (const c of result.sessionCues) {
    if (isSummary(c) || c.points !== 0) {
      // The score's make-up: its weighted parts, and any session penalty or bonus with points of its own.
      const list = breakdown.get(c.dimension) ?? [];
      list.push({ reason: say(c), points: c.points, code: c.code, params: { ...c.params } });
      breakdown.set(c.dimension, list);
      if (isSummary(c)) continue;
    }
    // The statement a session finding is about, when it names one; else the moment it names.
    const said = 'statement' in c.params && typeof c.params.statement === 'string' ? statementsById.get(c.params.statement) : undefined;
    const at = 'at' in c.params ? c.params.at : 'revealedAt' in c.params ? c.params.revealedAt : undefined;
    push({
      dimension: c.dimension,
      positive: toneOf(c) === 'positive',
      ...occurrence(c),
      weight: round1((c.points !== 0 ? Math.abs(c.points) : SESSION_FINDING_POINTS) * Math.max(MIN_ITEMS, items(c.dimension))),
      source: 'session',
      time: said ? time(said.at) : at !== undefined ? time(formatDuration(at)) : null,
      ref: said?.id ?? null,
      where: said ? `${said.channel} · ${said.seat}` : null,
      quote: c.quote,
      fact: null,
      anchor: c.anchor,
    });
  }

  // Rank and select per dimension.
  const groups = toGroups(occurrences);
  let strengthNo = 0;
  let improvementNo = 0;
  const capabilities: Capability[] = DIMENSIONS.map((dim) => {
    const judged = !result.unjudged.includes(dim);
    const score = result.scores[dim];
    const rating = ratingFor(judged ? score : null);
    const strengths = rankGroups(groups.filter((g) => g.dimension === dim && g.positive));
    const improvements = rankGroups(groups.filter((g) => g.dimension === dim && !g.positive));
    const shownStrengths = strengths.slice(0, SHOWN_PER_DIMENSION).map((g) => toFinding(g, `S${++strengthNo}`, anchorText));
    const shownImprovements = improvements.slice(0, SHOWN_PER_DIMENSION).map((g) => toFinding(g, `A${++improvementNo}`, anchorText));
    const scored = result.statements.filter((s) => s.scores[dim] !== undefined).length;
    const omissions = [...omitted.values()]
      .filter((o) => o.dimension === dim)
      .map((o, order) => ({ o, order }))
      .sort((a, b) => b.o.times.length - a.o.times.length || a.order - b.order)
      .map(({ o }) => ({
        dimension: dim,
        observation: say(o.cue),
        count: o.times.length,
        of: Math.max(scored, o.times.length),
        at: capTimes(o.times.map((x) => x.at)),
        anchor: o.cue.anchor === null ? '' : anchorText(o.cue.anchor),
        code: o.cue.code,
        params: { ...o.cue.params },
      }));
    let note: string | null = null;
    if (!judged) note = 'Nothing in this session gave this dimension anything to judge, so it is not rated.';
    else if (improvements.length === 0 && omissions.length === 0 && score < 80) {
      note = `No single observation explains the shortfall: points were lost to elements the statements left out. ${breakdown.has(dim) ? 'The breakdown and the timeline show where.' : 'The timeline gives each statement’s score.'}`;
    }
    return {
      dimension: dim,
      label: DIMENSION_INFO[dim].label,
      meaning: DIMENSION_INFO[dim].meaning,
      score,
      judged,
      rating: rating.code,
      ratingLabel: rating.label,
      breakdown: breakdown.get(dim) ?? [],
      strengths: shownStrengths,
      moreStrengths: strengths.length - shownStrengths.length,
      improvements: shownImprovements,
      moreImprovements: improvements.length - shownImprovements.length,
      omissions,
      note,
    };
  });

  const judgedCaps = capabilities.filter((c) => c.judged);
  // Strengths from capabilities performed (P or S), areas from those with challenges (below P), when there are any.
  const strong = judgedCaps.filter((c) => c.score >= 60);
  const weak = judgedCaps.filter((c) => c.score < 80 && c.improvements.length > 0);
  const summaryStrengths = [...(strong.length > 0 ? strong : judgedCaps)]
    .sort((a, b) => b.score - a.score || DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension))
    .map((c) => c.strengths[0]?.id)
    .filter((id): id is string => id !== undefined)
    .slice(0, SUMMARY_SIZE);
  const summaryImprovements = [...(weak.length > 0 ? weak : judgedCaps)]
    .sort((a, b) => a.score - b.score || DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension))
    .map((c) => c.improvements[0]?.id)
    .filter((id): id is string => id !== undefined)
    .slice(0, SUMMARY_SIZE);

  const timeline = buildTimeline(result, time, occurrences);
  const overall = ratingFor(result.scores.overall);

  return {
    kind: 'crisis-room-aar',
    version: 2,
    overview: {
      scenario: result.scenario,
      title: result.title,
      organisation: result.organisation,
      clockStart: result.clockStart,
      date: longDate(start, result.clockStart),
      jumps: calendar.jumps.map((j) => ({ at: time(formatDuration(j.atMs)), date: longDate(j.start, j.raw), title: j.title })),
      ending: result.ending === null ? null : { id: result.ending, title: result.endingTitle ?? result.ending },
      endedAt: time(result.endedAt),
      seed: result.seed,
      participants: participants(result),
      simulated: [...groupBy(result.injects.filter((i) => i.from !== null), (i) => i.from ?? '')].map(([from, list]) => ({ from, injects: list.length })),
      counts: {
        injects: result.injects.length,
        withDeadline: timeline.filter((e) => e.kind === 'inject' && e.deadline !== null).length,
        answeredInTime: timeline.filter((e) => e.kind === 'inject' && e.deadline !== null && e.status === 'answered').length,
        answeredLate: timeline.filter((e) => e.kind === 'inject' && e.status === 'late').length,
        unanswered: timeline.filter((e) => e.kind === 'inject' && e.status === 'unanswered').length,
        statements: result.statements.length,
        notes: result.notes.length,
        skipped: result.skipped.length,
      },
      overall: { score: result.scores.overall, rating: overall.code, ratingLabel: overall.label },
    },
    ratingScale: RATING_SCALE.map((b) => ({ ...b })),
    summary: { strengths: summaryStrengths, improvements: summaryImprovements },
    capabilities,
    timeline,
    rumours: result.rumours.map((r) => ({
      id: r.id,
      claim: r.claim,
      seededAt: r.seededAt,
      counteredAt: r.counteredAt,
      peakReach: clamp01(r.peakReach),
      finalReach: clamp01(r.finalReach),
      finalBelieving: clamp01(r.finalBelieving),
      reachIfSilent: r.reachIfSilent === null ? null : clamp01(r.reachIfSilent),
      series: r.series.map((p) => ({ at: p.t, ms: parseDuration(p.t) ?? 0, reach: clamp01(p.reach), believing: clamp01(p.believing) })),
    })),
    stakeholders: result.stakeholders.map((s) => ({
      id: s.id,
      name: s.name,
      initialTrust: clamp01(s.initialTrust),
      trust: clamp01(s.trust),
      series: s.series.map((p) => ({ at: p.t, ms: parseDuration(p.t) ?? 0, trust: clamp01(p.trust) })),
    })),
    duties: (result.duties ?? []).map((d) => dutyEntry(d, time, t, msOf(result.endedAt) ?? 0)),
    notes: result.notes.map((n, i) => ({ n, i, t: time(n.at) })).sort((a, b) => a.t.ms - b.t.ms || a.i - b.i).map(({ n, t }) => ({ time: t, by: n.by, text: n.text })),
    notesWithheld: false,
    skipped: result.skipped.map((s) => ({ step: s.step, reason: `at ${s.at}: ${t.render(s.refusal)}` })),
    improvementPlan: capabilities.flatMap((c) =>
      c.improvements.map((f) => ({
        ref: f.id,
        issue: f.observation,
        dimension: c.dimension,
        capability: c.label,
        rating: c.rating,
        evidence: evidenceLine(f),
        correctiveAction: '',
        owner: '',
        due: '',
      })),
    ),
  };
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** A gap as the timeline shows it: to the minute. */
function roundToMinute(ms: number): number {
  return Math.round(ms / 60_000) * 60_000;
}

function clip(text: string): string {
  return text.length > 240 ? `${text.slice(0, 239)}…` : text;
}

function participants(result: PlayResult): AarReport['overview']['participants'] {
  const out: AarReport['overview']['participants'] = [];
  for (const [seat, list] of groupBy(result.statements, (s) => s.seat)) {
    const times = list.map((s) => ({ at: s.at, ms: parseDuration(s.at) ?? 0 })).sort((a, b) => a.ms - b.ms);
    out.push({ seat, statements: list.length, channels: [...new Set(list.map((s) => s.channel))], first: times[0]?.at ?? '', last: times[times.length - 1]?.at ?? '' });
  }
  return out;
}

/** One line of evidence for the improvement plan: when, where, the words. */
export function evidenceLine(f: Finding): string {
  const parts: string[] = [];
  if (f.evidence.time) parts.push(`at ${f.evidence.time.at}${f.evidence.time.clock === null ? '' : ` (${f.evidence.time.clock})`}`);
  if (f.evidence.ref !== null) parts.push(f.evidence.ref);
  if (f.count > 1) parts.push(`${f.count} times`);
  const quote = f.evidence.quote.length > 140 ? `${f.evidence.quote.slice(0, 139)}…` : f.evidence.quote;
  return `${parts.join(', ')}${quote === '' ? '' : `${parts.length > 0 ? ': ' : ''}“${quote}”`}`;
}

function buildTimeline(result: PlayResult, time: (at: string) => z.infer<typeof Time>, occurrences: readonly Occurrence[]): TimelineEntry[] {
  const flags = new Map<string, string[]>();
  for (const o of occurrences) {
    if (o.positive || o.source !== 'statement' || o.ref === null) continue;
    const list = flags.get(o.ref) ?? [];
    const line = `${DIMENSION_INFO[o.dimension].label}: ${o.reason}`;
    if (!list.includes(line)) list.push(line);
    flags.set(o.ref, list);
  }
  const entries: { entry: TimelineEntry; rank: number; order: number }[] = [];
  result.injects.forEach((inj, i) => {
    const deadlineMs = msOf(inj.deadline);
    const respondedMs = msOf(inj.respondedAt);
    const status: InjectEntry['status'] =
      inj.respondedAt === null ? (inj.deadline === null ? 'no reply expected' : 'unanswered') : deadlineMs !== null && respondedMs !== null && respondedMs > deadlineMs ? 'late' : 'answered';
    entries.push({
      rank: 0,
      order: i,
      entry: {
        kind: 'inject',
        time: time(inj.firedAt),
        id: inj.id,
        title: inj.title,
        channel: inj.channel,
        from: inj.from,
        deadline: inj.deadline,
        respondedAt: inj.respondedAt,
        status,
        option: inj.option,
        statement: inj.statement,
        scores: orderScores(inj.scores),
        ...(inj.delayedBy !== undefined ? { delayedBy: inj.delayedBy } : {}),
      },
    });
  });
  result.statements.forEach((s, i) => {
    entries.push({
      rank: 1,
      order: i,
      entry: {
        kind: 'statement',
        time: time(s.at),
        id: s.id,
        channel: s.channel,
        seat: s.seat,
        audience: [...s.audience],
        inject: s.inject,
        option: s.option,
        text: s.text,
        claims: Object.entries(s.claims).map(([fact, v]) => ({ fact, value: claimValue(v) })),
        scores: orderScores(s.scores),
        flags: flags.get(s.id) ?? [],
      },
    });
  });
  return entries.sort((a, b) => a.entry.time.ms - b.entry.time.ms || a.rank - b.rank || a.order - b.order).map((e) => e.entry);
}

/** A legal duty as the report shows it: what it was, and how it stood when the exercise ended. */
function dutyEntry(d: Duty, time: (at: string) => AarReport['duties'][number]['due'], t: Translator, endedMs: number): AarReport['duties'][number] {
  const due = msOf(d.due) ?? 0;
  const what = t.t('report.duty.what', { inject: d.inject, regulator: d.regulator, within: msOf(d.within) ?? 0, firedAt: msOf(d.firedAt) ?? 0 });
  const coded = ((): { code: 'report.duty.met' | 'report.duty.started' | 'report.duty.missed' | 'report.duty.open'; params: Record<string, unknown>; text: string } => {
    switch (d.status) {
      case 'met': {
        const params = { completedAt: msOf(d.completedAt) ?? msOf(d.filedAt) ?? 0, due };
        return { code: 'report.duty.met', params, text: t.t('report.duty.met', params) };
      }
      case 'started': {
        const params = { filedAt: msOf(d.filedAt) ?? 0, missing: d.missing, due, dueAfterEnd: d.dueAfterEnd };
        return { code: 'report.duty.started', params, text: t.t('report.duty.started', params) };
      }
      case 'missed': {
        const params = { due };
        return { code: 'report.duty.missed', params, text: t.t('report.duty.missed', params) };
      }
      case 'open': {
        const params = { due, left: Math.max(0, due - endedMs) };
        return { code: 'report.duty.open', params, text: t.t('report.duty.open', params) };
      }
    }
  })();
  return { inject: d.inject, status: d.status, due: time(d.due), what, observation: coded.text, code: coded.code, params: coded.params };
}

/** Scores in the dimensions' canonical order, so every format lists them the same way. */
function orderScores(scores: Partial<Record<Dimension, number>>): Partial<Record<Dimension, number>> {
  const out: Partial<Record<Dimension, number>> = {};
  for (const d of DIMENSIONS) {
    const v = scores[d];
    if (v !== undefined) out[d] = v;
  }
  return out;
}

/** Finds a finding by id across the capabilities. */
export function findingById(report: AarReport, id: string): Finding | undefined {
  for (const c of report.capabilities) {
    const hit = c.strengths.find((f) => f.id === id) ?? c.improvements.find((f) => f.id === id);
    if (hit) return hit;
  }
  return undefined;
}
