/**
 * Cues: every point a statement, an inject or the session earns or loses, as data. A cue says which
 * dimension, how many points, why (a `code` with `params`: ids and values, never words), the
 * trainee's words it rests on (`quote`) and the research behind it (`anchor`, an id). The report,
 * the CLI and the UI render cues through the message catalogue (`cue.*` and `anchor.*` keys).
 */
import { z } from 'zod';
import { CLUSTERS, DIMENSIONS, EMPATHY_ELEMENTS, PENALTIES, QUESTION_KINDS } from '../../format/index.ts';
import { ANCHOR_IDS } from './anchors.ts';

const Id = z.string();
const Ms = z.number().meta({ description: 'scenario ms' });
const Share = z.number().meta({ description: '0–1' });
const Value = z.union([z.number(), z.boolean(), z.string()]);
const Element = z.enum(EMPATHY_ELEMENTS);
const Regulator = z.string().nullable().meta({ description: "the regulator's name, or null for the regulator" });
const Outreach = z.enum(['regulators', 'employees']);
/** What was asked at a press conference: a question kind, or the opening statement. */
const Asked = z.enum([...QUESTION_KINDS, 'opening']);

/** Every cue code and the parameters it takes. */
export const CUE_PARAMS = {
  // Empathy
  'cue.empathy.respect': {},
  'cue.empathy.element': { element: Element, implicit: z.boolean() },
  'cue.empathy.unexpected': { element: Element },
  'cue.empathy.penalty': { penalty: z.enum(PENALTIES), detail: z.string().nullable() },
  'cue.empathy.missing': { element: Element, because: z.enum(['moment', 'formal', 'cluster']), cluster: z.enum(CLUSTERS) },
  'cue.empathy.missing-for-audience': { element: Element, audiences: z.array(Id).meta({ description: 'the addressed audiences that expect it' }) },
  'cue.empathy.explicit-fault': { audiences: z.array(Id).meta({ description: 'the addressed audiences that expect responsibility to be expressed implicitly' }) },
  // Transparency
  'cue.transparency.cerc': { item: z.enum(['feelings', 'facts', 'unknowns', 'next-steps', 'commitment', 'contact']) },
  'cue.transparency.addresses': { fact: Id },
  'cue.transparency.informative': {},
  'cue.transparency.empty': {},
  'cue.transparency.plain': { grade: z.number().nullable() },
  'cue.transparency.hard-to-read': { grade: z.number(), target: z.number() },
  'cue.transparency.explained-update': {},
  'cue.transparency.unexplained-update': {},
  'cue.transparency.nothing-to-correct': {},
  'cue.transparency.hedging': { hedges: z.number().int(), words: z.number().int() },
  'cue.transparency.no-comment': {},
  'cue.transparency.withheld': { fact: Id },
  'cue.transparency.confidential': { fact: Id },
  'cue.transparency.disclosure-never': { fact: Id, by: Ms },
  'cue.transparency.disclosure-in-time': { fact: Id, at: Ms },
  'cue.transparency.disclosure-late': { fact: Id, at: Ms, by: Ms },
  'cue.transparency.wrong-denial': { rumour: Id, at: Ms, exposedAt: Ms.nullable(), statement: Id.nullable() },
  // Accuracy
  'cue.accuracy.correct': { fact: Id, value: Value },
  'cue.accuracy.honest-unknown': { fact: Id },
  'cue.accuracy.withheld': { fact: Id },
  'cue.accuracy.speculative': { fact: Id, value: Value },
  'cue.accuracy.wrong': { fact: Id, value: Value },
  'cue.accuracy.speculation': {},
  'cue.accuracy.no-facts': {},
  // Consistency
  'cue.consistency.consistent': {},
  'cue.consistency.contradiction': { fact: Id, earlier: Value, later: Value, statement: Id.meta({ description: 'the earlier statement' }) },
  'cue.consistency.mixed-posture': {},
  'cue.consistency.posture-flip': {},
  'cue.consistency.key-messages': { used: z.number().int(), total: z.number().int(), onMessage: z.number().int().meta({ description: '% of public statements carrying one' }) },
  'cue.consistency.blame-and-care': { first: Ms, second: Ms, statements: z.array(Id) },
  'cue.consistency.deny-and-amends': { denied: z.array(Id), amends: z.array(Id), first: Ms, second: Ms, statements: z.array(Id) },
  // Timeliness
  'cue.timeliness.unanswered': { deadline: Ms },
  'cue.timeliness.in-time': { at: Ms, deadline: Ms },
  'cue.timeliness.slow': { took: Ms.meta({ description: 'from the question to the answer' }), answerTime: Ms },
  'cue.timeliness.late': { at: Ms, late: Ms, halfLife: Ms },
  'cue.timeliness.filed-none': { regulator: Regulator, within: Ms },
  'cue.timeliness.filed-complete': { regulator: Regulator },
  'cue.timeliness.filed-partial': { regulator: Regulator, missing: z.array(Id) },
  'cue.timeliness.first-statement-none': {},
  'cue.timeliness.first-statement-in-time': { at: Ms, statement: Id },
  'cue.timeliness.first-statement-late': { at: Ms, crisisStart: Ms, statement: Id },
  'cue.timeliness.promise-kept': { due: Ms, statement: Id },
  'cue.timeliness.promise-broken': { due: Ms, statement: Id },
  // Proactivity
  'cue.proactivity.tells': {},
  'cue.proactivity.does-not-tell': {},
  'cue.proactivity.thunder-first': { fact: Id },
  'cue.proactivity.thunder-late': { fact: Id, revealedAt: Ms },
  'cue.proactivity.thunder-never': { fact: Id },
  'cue.proactivity.denied-true': { rumour: Id },
  'cue.proactivity.confirmed-true': { rumour: Id, at: Ms },
  'cue.proactivity.unaddressed-true': { rumour: Id },
  'cue.proactivity.rumour-reach': { rumour: Id, reach: Share, silent: Share, ideal: Share, avoided: Share },
  'cue.proactivity.instructed-public': { at: Ms, statement: Id },
  'cue.proactivity.never-instructed': {},
  'cue.proactivity.outreach-before': { audience: Outreach, statement: Id },
  'cue.proactivity.outreach-after': { audience: Outreach, statement: Id },
  'cue.proactivity.outreach-never': { audience: Outreach },
  // Press conferences: each answer to a question, a follow-up or the opening statement (press/assess.ts)
  'cue.press.answered': { kind: Asked },
  'cue.press.dodged': { kind: Asked },
  'cue.press.unanswered': { kind: Asked },
  'cue.press.no-comment': {},
  'cue.press.within-known': {},
  'cue.press.nothing-known': {},
  'cue.press.misstated': { fact: Id },
  'cue.press.speculated': { fact: Id.meta({ description: 'the fact guessed at' }) },
  'cue.press.speculation': {},
  'cue.press.bridged': { keyMessage: Id },
  'cue.press.no-bridge': {},
  'cue.press.consistent': {},
  'cue.press.contradicted': { fact: Id, earlier: Value, later: Value, statement: Id.meta({ description: 'the earlier statement' }), at: Ms.meta({ description: 'when the earlier statement went out' }) },
  'cue.press.quotable': { words: z.number().int() },
  'cue.press.out-of-context': { words: z.number().int(), limit: z.number().int(), sentence: z.number().int().meta({ description: 'the sentence the headline takes, from 1' }), sentences: z.number().int() },
  'cue.press.loaded-avoided': {},
  'cue.press.loaded-repeated': { words: z.array(z.string()) },
  'cue.press.premise-corrected': { fact: Id },
  'cue.press.premise-unchallenged': { fact: Id },
  'cue.press.premise-accepted': { fact: Id, value: Value },
  'cue.press.handed-over': { owner: z.string() },
  'cue.press.not-handed-over': { owner: z.string() },
  'cue.press.overreached': { fact: Id, owner: z.string() },
  // The team's own talk (internal work): what it did, without points of its own
  'cue.work.decision': {},
  'cue.work.escalation': {},
  'cue.work.preparation': {},
  'cue.work.silence': {},
  // The session as a whole
  'cue.silence': {},
  /** One weighted part of a session dimension: its score (0–100, rounded) and its weight (% of the dimension). */
  'cue.summary': {
    part: z.enum(['answers', 'first-hour', 'promises', 'statements-consistent', 'key-messages', 'statements-open', 'disclosures', 'thunder', 'rumours', 'instructions', 'outreach']),
    score: z.number().int(),
    weight: z.number().int(),
  },
} as const satisfies Record<string, z.ZodRawShape>;

export type CueCode = keyof typeof CUE_PARAMS;
export const CUE_CODES = Object.keys(CUE_PARAMS) as CueCode[];
export type CueParamsOf<C extends CueCode> = z.infer<z.ZodObject<(typeof CUE_PARAMS)[C]>>;

/** Why a score moved: a cue code and its parameters. */
export type CueReason = { [C in CueCode]: { readonly code: C; readonly params: CueParamsOf<C> } }[CueCode];

export const ANCHOR_ID = z.enum(ANCHOR_IDS);

const cueSchema = <C extends CueCode>(code: C) =>
  z.object({
    dimension: z.enum(DIMENSIONS),
    points: z.number(),
    code: z.literal(code),
    params: z.object(CUE_PARAMS[code]),
    quote: z.string(),
    /** The research behind it (`anchor.*` in the catalogue); null for a summary of a session dimension. */
    anchor: ANCHOR_ID.nullable(),
    /**
     * For session-level findings that carry no points of their own (their weight is in the summary
     * cue of their dimension): whether the finding is a strength or something to improve.
     * `omitted`: something the moment called for that the statement left out; it has no words to
     * quote, and its cost is the part of the shortfall that no penalty explains.
     */
    tone: z.enum(['positive', 'negative', 'omitted']).optional(),
    /** Its points were scaled down so the dimension stays within 0–100. */
    scaled: z.literal(true).optional(),
  });

export type Cue = {
  [C in CueCode]: {
    dimension: (typeof DIMENSIONS)[number];
    points: number;
    code: C;
    params: CueParamsOf<C>;
    quote: string;
    anchor: (typeof ANCHOR_IDS)[number] | null;
    tone?: 'positive' | 'negative' | 'omitted';
    scaled?: true;
  };
}[CueCode];

/** The schema of a cue in a stored result. zod cannot infer a union built from a list, so it is typed by hand above. */
export const Cue = z.discriminatedUnion('code', CUE_CODES.map(cueSchema) as unknown as [ReturnType<typeof cueSchema<'cue.silence'>>]) as unknown as z.ZodType<Cue>;

export interface DimensionScore {
  /** 0–100, or null when there is nothing to judge. */
  readonly score: number | null;
  readonly cues: readonly Cue[];
}

/** A cue as its parts; the Tally and session scoring build every cue through it. */
export function cue(dimension: Cue['dimension'], points: number, reason: CueReason, quote: string, anchor: Cue['anchor'], tone?: Cue['tone']): Cue {
  return { dimension, points, code: reason.code, params: reason.params, quote, anchor, ...(tone ? { tone } : {}) } as Cue;
}

/** Keeps a score and its cues in step: the cue points always add up to the score. */
export class Tally {
  private points = 0;
  readonly cues: Cue[] = [];
  private readonly dimension: Cue['dimension'];
  /** False: only the points add up (numbers-only scoring); no cue is built. */
  private readonly keep: boolean;

  constructor(dimension: Cue['dimension'], keep = true) {
    this.dimension = dimension;
    this.keep = keep;
  }

  /**
   * `tone: 'negative'` marks a shortcoming that still earns some points (partial credit: a late
   * answer, a speculative figure) or none at all (never answered): such a cue is kept even at 0
   * points, so the trainee sees what cost them; so is `tone: 'omitted'`. Other zero-point cues carry
   * nothing and are dropped.
   */
  add(points: number, reason: CueReason, quote: string, anchor: Cue['anchor'], tone?: 'negative' | 'omitted'): void {
    const p = Math.round(points * 10) / 10;
    if (p === 0 && tone === undefined) return;
    this.points += p;
    if (this.keep) this.cues.push(cue(this.dimension, p, reason, clipQuote(quote), anchor, tone));
  }

  /**
   * Clamps to 0–100. The cues on the side that overshot are scaled down in proportion, so they
   * still add up to the score and each still quotes the words it came from.
   */
  result(): DimensionScore {
    const clamped = Math.min(100, Math.max(0, this.points));
    const excess = this.points - clamped;
    if (excess !== 0) {
      const side = excess < 0 ? (c: Cue) => c.points < 0 : (c: Cue) => c.points > 0;
      const total = this.cues.filter(side).reduce((sum, c) => sum + c.points, 0);
      const keep = (total - excess) / total;
      for (const [i, c] of this.cues.entries()) {
        if (!side(c)) continue;
        this.cues[i] = { ...c, points: Math.round(c.points * keep * 10) / 10, scaled: true };
      }
    }
    return { score: Math.round(clamped), cues: this.cues };
  }
}

const MAX_QUOTE = 240;

/** Quotes in cues stay short enough to read in a list; the full statement is in the timeline. */
export function clipQuote(q: string): string {
  return q.length > MAX_QUOTE ? `${q.slice(0, MAX_QUOTE - 1)}…` : q;
}
