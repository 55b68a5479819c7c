/**
 * What a statement says, in the terms the scorer understands. Authored options carry it as
 * `asserts` in the scenario file; free text gets it from the statement analyser. Both go through
 * the same scoring functions, so an author can check the analyser by writing an option both ways.
 *
 * Every element keeps the words it came from (`quote`), so each point a trainee gains or loses can
 * name them.
 */
import { z } from 'zod';
import { EMPATHY_ELEMENTS, INTERNAL_ACTS, INTERNAL_WORK_CHANNELS, PENALTIES, POSTURES, type Channel } from '../format/index.ts';

/**
 * Items in one list of an annotation: far more than any statement yields (a statement is at most
 * 20,000 characters). Annotations arrive from hosts with commands, and in saved sessions: untrusted.
 */
export const MAX_ANNOTATION_ITEMS = 2_000;

export const ClaimValue = z.union([z.number(), z.boolean(), z.string()]);
export type ClaimValue = z.infer<typeof ClaimValue>;

/** The value a claim carries when the statement says the fact is not known yet. */
export const UNKNOWN = 'unknown';

export const Claim = z.object({
  fact: z.string(),
  /** The value stated; the string "unknown" when the statement says it is not known yet. */
  value: ClaimValue,
  quote: z.string(),
  /** Presented as a revision of an earlier figure ("revised from 3 to 5 after further testing"). */
  update: z.boolean(),
  /** Why it changed, when the statement says so. */
  reason: z.string().optional(),
  /** Stated with a hedge ("may", "about", "we believe"). */
  hedged: z.boolean(),
});
export type Claim = z.infer<typeof Claim>;

const Quoted = z.object({ quote: z.string() });

export const Annotation = z.object({
  source: z.enum(['option', 'analyser']),
  words: z.number().int().min(0),
  claims: z.array(Claim).max(MAX_ANNOTATION_ITEMS),
  keyMessages: z.array(z.object({ id: z.string(), quote: z.string(), similarity: z.number() })).max(MAX_ANNOTATION_ITEMS),
  empathy: z.array(z.object({ element: z.enum(EMPATHY_ELEMENTS), quote: z.string(), strength: z.number().min(0).max(1) })).max(MAX_ANNOTATION_ITEMS),
  penalties: z.array(z.object({ kind: z.enum(PENALTIES), quote: z.string(), detail: z.string().optional() })).max(MAX_ANNOTATION_ITEMS),
  posture: z.object({ value: z.enum(POSTURES), quote: z.string() }).nullable(),
  /** Tells people what to do ("return it to the store", "do not eat"). */
  instructions: z.array(Quoted).max(MAX_ANNOTATION_ITEMS),
  /** Says what is not known yet. */
  unknowns: z.array(Quoted).max(MAX_ANNOTATION_ITEMS),
  /** Promises the next update; `at` is scenario time in ms when it can be resolved. */
  nextUpdate: z.object({ at: z.number().nullable(), quote: z.string() }).nullable(),
  /** Says where to get more information (hotline, website). */
  contact: Quoted.nullable(),
  /** Commits to stay with the people affected. */
  commitment: Quoted.nullable(),
  hedges: z.array(Quoted).max(MAX_ANNOTATION_ITEMS),
  /** Flesch–Kincaid grade level, or null when there is too little text to judge. */
  readability: z.object({ grade: z.number(), words: z.number(), sentences: z.number() }).nullable(),
  /** What the text does as the team's own work (decides, escalates, prepares, stays silent). */
  internal: z.array(z.object({ act: z.enum(INTERNAL_ACTS), quote: z.string() })).default([]),
});
export type Annotation = z.infer<typeof Annotation>;

export function emptyAnnotation(source: Annotation['source']): Annotation {
  return {
    source,
    words: 0,
    claims: [],
    keyMessages: [],
    empathy: [],
    penalties: [],
    posture: null,
    instructions: [],
    unknowns: [],
    nextUpdate: null,
    contact: null,
    commitment: null,
    hedges: [],
    readability: null,
    internal: [],
  };
}

/**
 * The empathy elements that count for a statement on `channel`. The team's own talk is not a
 * message to the people affected, so on an internal channel none do (it is judged as internal work).
 */
export function scoredEmpathyElements(a: Annotation, channel: Channel | null): Annotation['empathy'] {
  return channel !== null && INTERNAL_WORK_CHANNELS.has(channel) ? [] : a.empathy;
}

/** The penalties that count for a statement on `channel` (none for the team's own talk). */
export function scoredPenalties(a: Annotation, channel: Channel | null): Annotation['penalties'] {
  return channel !== null && INTERNAL_WORK_CHANNELS.has(channel) ? [] : a.penalties;
}

/** What the analyser knows about the scenario when it reads a statement. */
export interface AnalysisContext {
  readonly language: string;
  readonly cluster: 'victim' | 'accidental' | 'preventable' | null;
  readonly severity: 'low' | 'medium' | 'high' | 'critical' | null;
  /** ISO date-time of scenario minute 0, to resolve "at 9:00" into scenario time. */
  readonly clockStart: string | null;
  /** Calendar jumps between exercise modules (clock.jumps): from atMs on, the wall clock reads toIso plus the time since. */
  readonly clockJumps?: readonly { readonly atMs: number; readonly toIso: string }[];
  readonly facts: readonly {
    readonly id: string;
    readonly kind: 'number' | 'date' | 'boolean' | 'text';
    readonly cues: readonly string[];
    readonly unit?: string | undefined;
    readonly values?: Readonly<Record<string, readonly string[]>> | undefined;
  }[];
  readonly keyMessages: readonly {
    readonly id: string;
    readonly text: string;
    readonly paraphrases: readonly string[];
    readonly concepts: readonly (readonly string[])[];
  }[];
  /** Words naming the people harmed, across all stakeholders. */
  readonly victimTerms: readonly string[];
  /** Words the audiences must not hear, and the scenario's euphemisms. */
  readonly avoidTerms: readonly string[];
  /** The organisation's names ("Little Wattle Foods", "Little Wattle"): a subject that is the organisation speaking. */
  readonly organisation?: readonly string[];
}

/**
 * The port hosts use to read free text: the analysers in src/analysis implement it. The engine
 * never calls it while reducing; hosts call it through `annotateSubmit` when a statement is
 * submitted and send the annotation with the command.
 */
export interface StatementAnnotator {
  /** Names the analyser and its version (e.g. `en-1`); recorded with every statement it read. */
  readonly version: string;
  /**
   * Reads `text` at scenario time `at.now`. `channel` is the channel the statement goes out on,
   * when the host knows it: the analyser may then leave out what scoring never reads on that
   * channel (internal acts, read only for the team's own channels, cost time on every public
   * statement). Absent or null, everything is read.
   */
  annotate(text: string, at: { readonly now: number }, channel?: Channel | null): Annotation;
}

/** The free-text parts of a `statement.submit` command, as a host builds it. */
interface SubmitInput {
  readonly type: 'statement.submit';
  readonly inject?: string | undefined;
  readonly option?: string | undefined;
  readonly text?: string | undefined;
  readonly channel?: Channel | undefined;
}

/** The injects of a scenario, as far as they decide the channel of an answer (a CompiledScenario is one). */
export interface ChannelSource {
  readonly injectIndex: ReadonlyMap<string, ReplyChannels>;
}

interface ReplyChannels {
  readonly freeText: { readonly channel: Channel } | null;
  readonly replyChannel: Channel;
}

/**
 * The channel a free-text statement goes out on: the one the command names, else the inject's
 * free-text channel, else its reply channel, else a press release. The engine records statements
 * on this channel (core/statements.ts), and hosts tell the analyser the same one.
 */
export function freeTextChannel(commanded: Channel | undefined, inject: ReplyChannels | undefined): Channel {
  return commanded ?? inject?.freeText?.channel ?? inject?.replyChannel ?? 'press-release';
}

/**
 * What a host does before sending a free-text statement: reads it with the analyser at the
 * current scenario time and attaches the annotation and the analyser's version. Options and
 * commands without text pass through unchanged. With the scenario the statement belongs to, the
 * analyser is told the channel the engine will record it on; without it, only a channel the
 * command names (the engine records that one), else none and everything is read.
 */
export function annotateSubmit<C extends SubmitInput>(
  command: C,
  annotator: StatementAnnotator,
  now: number,
  scenario?: ChannelSource,
): C & { annotation?: Annotation; analyser?: string } {
  if (command.option !== undefined || command.text === undefined) return command;
  const inject = command.inject === undefined ? undefined : scenario?.injectIndex.get(command.inject);
  const channel = scenario === undefined ? (command.channel ?? null) : freeTextChannel(command.channel, inject);
  return { ...command, annotation: annotator.annotate(command.text.trim(), { now }, channel), analyser: annotator.version };
}
