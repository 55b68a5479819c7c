/**
 * The result of a played session: the `play --json` contract of docs/cli.md, plus what the
 * after-action report needs (statement scores, session cues, trust and rumour curves, notes). The
 * report command reads it back, so it is a validated schema, not just a type, with a kind and a
 * version, read through `readPlayResult` (which upgrades older versions where it can).
 */
import { z } from 'zod';
import { DIMENSIONS, FOLLOW_UP_TRIGGERS, QUESTION_KINDS } from '../format/index.ts';
import { Duty } from './duties.ts';
import { Refusal } from './refusals.ts';
import { checkPlayResult, type InputProblem } from './untrusted.ts';
import { Cue } from './scoring/cue.ts';

const Score = z.number().min(0).max(100);
const Scores = z.object({
  overall: Score,
  timeliness: Score,
  consistency: Score,
  empathy: Score,
  accuracy: Score,
  transparency: Score,
  proactivity: Score,
});
const PartialScores = z.partialRecord(z.enum(DIMENSIONS), Score);

export const RESULT_KIND = 'crisis-room-result';
/** 2: cues, refusals and causes as codes with parameters (version 1 results, without a kind, carried English reasons). */
export const RESULT_VERSION = 2;

export const PlayResult = z.object({
  kind: z.literal(RESULT_KIND),
  version: z.literal(RESULT_VERSION),
  scenario: z.string(),
  title: z.string(),
  organisation: z.string(),
  clockStart: z.string(),
  /** Calendar jumps between exercise modules (clock.jumps), present only when the scenario has them. */
  clockJumps: z.array(z.object({ at: z.string(), to: z.string(), title: z.string().nullable() })).optional(),
  seed: z.number().int(),
  ending: z.string().nullable(),
  endingTitle: z.string().nullable(),
  endedAt: z.string(),
  scores: Scores,
  /** Dimensions with nothing to judge in this session (scored 0 above, flagged here). */
  unjudged: z.array(z.enum(DIMENSIONS)),
  /** Legal filing duties that fired, and where each stood at the end (absent when none fired). */
  duties: z.array(Duty).optional(),
  sessionCues: z.array(Cue),
  injects: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      channel: z.string(),
      from: z.string().nullable(),
      firedAt: z.string(),
      respondedAt: z.string().nullable(),
      deadline: z.string().nullable(),
      statement: z.string().nullable(),
      option: z.string().nullable(),
      scores: PartialScores,
      cues: z.array(Cue),
      /** How much later than scheduled it fired because the facilitator delayed it (absent when not delayed). */
      delayedBy: z.string().optional(),
    }),
  ),
  statements: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      channel: z.string(),
      seat: z.string(),
      inject: z.string().nullable(),
      option: z.string().nullable(),
      audience: z.array(z.string()),
      text: z.string(),
      claims: z.record(z.string(), z.union([z.number(), z.boolean(), z.string()])),
      scores: PartialScores,
      cues: z.array(Cue),
    }),
  ),
  rumours: z.array(
    z.object({
      id: z.string(),
      claim: z.string(),
      /** A true rumour is to be confirmed honestly, not corrected. */
      isTrue: z.boolean(),
      seededAt: z.string().nullable(),
      counteredAt: z.string().nullable(),
      peakReach: z.number(),
      finalReach: z.number(),
      finalBelieving: z.number(),
      /** Reach with no response at all, for comparison (null if never seeded). */
      reachIfSilent: z.number().nullable(),
      /** Every five minutes from seeding: reach, spreaders, believers, and the feed's posts per scenario minute. */
      series: z.array(z.object({ t: z.string(), reach: z.number(), spreaders: z.number(), believing: z.number(), posts: z.number() })),
      /** The feed at the end: its volume and a sample of posts in the scenario's language. */
      feed: z
        .object({
          postsPerMinute: z.number(),
          posts: z.array(z.object({ stance: z.string(), text: z.string(), mentionsClaim: z.boolean() })),
        })
        .nullable(),
    }),
  ),
  stakeholders: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      initialTrust: z.number(),
      trust: z.number(),
      series: z.array(z.object({ t: z.string(), trust: z.number() })),
    }),
  ),
  notes: z.array(z.object({ at: z.string(), by: z.string().nullable(), text: z.string() })),
  /**
   * Press conferences, question by question, for the debrief replay: who asked what (with the
   * trainee's earlier words filled in for a contradiction follow-up), the answer, the headline it
   * would make and its press cues. Present when the scenario has press conferences.
   */
  press: z
    .array(
      z.object({
        conference: z.string(),
        title: z.string(),
        /** The answers' press scores, weighted by severity (null: nothing was asked). */
        score: Score.nullable(),
        questions: z.array(
          z.object({
            inject: z.string(),
            role: z.enum(['opening', 'question', 'follow-up']),
            kind: z.enum([...QUESTION_KINDS, 'opening']),
            journalist: z.string().nullable(),
            outlet: z.string().nullable(),
            country: z.string().nullable(),
            followUpOf: z.string().nullable(),
            trigger: z.enum(FOLLOW_UP_TRIGGERS).nullable(),
            askedAt: z.string(),
            /** The question as it was put, with the trainee's earlier words filled in. */
            text: z.string(),
            answer: z.object({ statement: z.string(), at: z.string(), text: z.string() }).nullable(),
            headline: z.object({ sentence: z.string(), index: z.number().int(), sentences: z.number().int(), words: z.number().int(), outOfContext: z.boolean() }).nullable(),
            score: Score,
            cues: z.array(Cue),
          }),
        ),
      }),
    )
    .optional(),
  /** Plan steps a lenient plan skipped: the step number, its time, and why the engine refused it. */
  skipped: z.array(z.object({ step: z.number().int(), at: z.string(), refusal: Refusal })),
});
export type PlayResult = z.infer<typeof PlayResult>;

/** Why a stored result cannot be read: not one at all, or a version this build cannot upgrade. */
export type ResultProblem =
  | { readonly code: 'result.malformed'; readonly params: { readonly path: string; readonly issue: string } }
  | { readonly code: 'result.version'; readonly params: { readonly version: number; readonly current: number } }
  | { readonly code: 'result.invalid'; readonly params: InputProblem };

/**
 * Upgrades an older result's raw data, one version at a time. Version 1 results (no kind, English
 * reasons) cannot be turned into codes reliably, so they are refused: replay the plan instead.
 */
const RESULT_MIGRATIONS: Readonly<Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>> = {};

/** Reads a stored play result through the migration step; the result, or why it cannot be read. */
export function readPlayResult(raw: unknown): { ok: true; result: PlayResult } | { ok: false; problem: ResultProblem; error?: z.ZodError } {
  let data = raw;
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const record = raw as Record<string, unknown>;
    // A version 1 result had no kind; it is recognised by its shape.
    const version = record.kind === RESULT_KIND && typeof record.version === 'number' ? record.version : record.kind === undefined && 'sessionCues' in record ? 1 : RESULT_VERSION;
    let out = record;
    for (let v = version; v < RESULT_VERSION; v++) {
      const step = RESULT_MIGRATIONS[v];
      if (!step) return { ok: false, problem: { code: 'result.version', params: { version, current: RESULT_VERSION } } };
      out = { ...step(out), kind: RESULT_KIND, version: v + 1 };
    }
    data = out;
  }
  const parsed = PlayResult.safeParse(data);
  if (parsed.success) {
    // Times, shares, references and sizes the schema cannot check, before a report is built from it.
    const problem = checkPlayResult(parsed.data);
    return problem ? { ok: false, problem: { code: 'result.invalid', params: problem } } : { ok: true, result: parsed.data };
  }
  const first = parsed.error.issues[0];
  return { ok: false, problem: { code: 'result.malformed', params: { path: first ? first.path.join('.') : '', issue: first?.message ?? 'unreadable' } }, error: parsed.error };
}
