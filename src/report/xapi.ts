/**
 * A session's results as xAPI 1.0.3 statements (the Experience API of ADL), for the learning record
 * store (LRS) behind a training department's LMS. The file is a JSON array, the body an LRS takes
 * on `POST /statements`:
 *
 * - `initialized` the scenario (a simulation activity) at scenario minute 0;
 * - `responded` to each inject answered (a cmi.interaction activity), with the answer, its scores
 *   and, when it has a deadline, whether it was in time; `failed` for each inject with a deadline
 *   that was never answered;
 * - `shared` for each statement published unprompted, on its channel;
 * - `scored` on each of the six dimensions (objective activities), at the end;
 * - `completed` the scenario, with the overall score, the ending and the HSEEP rating.
 *
 * Timestamps are the scenario clock's wall time: the scenario's start date-time (or `start`, the
 * day the drill was run) plus scenario time. Ids are name-based UUIDs, so the same result always
 * gives the same file and an LRS stores a file sent twice once. docs/xapi.md explains each field.
 */
import { DIMENSIONS, parseDuration, type Dimension } from '../format/index.ts';
import type { PlayResult } from '../engine/index.ts';
import type { Translator } from '../i18n/index.ts';
import { ratingFor } from './aar.ts';
import { NAMESPACE_URL, uuidV5 } from './uuid.ts';

export const XAPI_VERSION = '1.0.3';

export const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  responded: 'http://adlnet.gov/expapi/verbs/responded',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  shared: 'http://adlnet.gov/expapi/verbs/shared',
  scored: 'http://adlnet.gov/expapi/verbs/scored',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
} as const;
export type VerbKey = keyof typeof VERBS;

export const ACTIVITY_TYPES = {
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  objective: 'http://adlnet.gov/expapi/activities/objective',
} as const;

export type XapiActor =
  | { readonly objectType: 'Agent'; readonly name?: string; readonly mbox: string }
  | { readonly objectType: 'Agent'; readonly name?: string; readonly account: { readonly homePage: string; readonly name: string } };

export interface XapiOptions {
  readonly actor: XapiActor;
  /** IRI under which scenario, inject and dimension activities are named. */
  readonly activityBase: string;
  /** The attempt's UUID (default: derived from the result, so the same result gives the same one). */
  readonly registration?: string;
  /** Wall-clock time of scenario minute 0 (ISO 8601; default: the scenario's own clock start). */
  readonly start?: string;
}

export const DEFAULT_ACTIVITY_BASE = 'https://crisis-room.example/xapi';

type LanguageMap = Readonly<Record<string, string>>;
interface Activity {
  readonly objectType: 'Activity';
  readonly id: string;
  readonly definition: {
    readonly type: string;
    readonly name: LanguageMap;
    readonly description?: LanguageMap;
    readonly interactionType?: 'other';
  };
}

export interface XapiStatement {
  readonly id: string;
  readonly actor: XapiActor;
  readonly verb: { readonly id: string; readonly display: LanguageMap };
  readonly object: Activity;
  readonly result?: {
    readonly score?: { readonly scaled: number; readonly raw: number; readonly min: number; readonly max: number };
    readonly success?: boolean;
    readonly completion?: boolean;
    readonly response?: string;
    readonly duration?: string;
    readonly extensions?: Readonly<Record<string, unknown>>;
  };
  readonly context: {
    readonly registration: string;
    readonly contextActivities?: { readonly parent: readonly Activity[] };
    readonly platform: string;
    readonly language: string;
    readonly extensions: Readonly<Record<string, unknown>>;
  };
  readonly timestamp: string;
  readonly version: typeof XAPI_VERSION;
}

/** ISO 8601 duration of scenario time, e.g. PT2H10M (xAPI 1.0.3 §4.6). */
export function isoDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 10)) / 100;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = Math.round((total % 60) * 100) / 100;
  const out = `${h > 0 ? `${h}H` : ''}${m > 0 ? `${m}M` : ''}${s > 0 || (h === 0 && m === 0) ? `${s}S` : ''}`;
  return `PT${out}`;
}

function scoreOf(points: number): { scaled: number; raw: number; min: number; max: number } {
  const raw = Math.round(Math.min(100, Math.max(0, points)) * 100) / 100;
  return { scaled: Math.round(raw * 100) / 10_000, raw, min: 0, max: 100 };
}

/** The mean of the dimensions an inject or statement was judged on, or null when it was judged on none. */
function meanScore(scores: Partial<Record<Dimension, number>>): number | null {
  const values = DIMENSIONS.map((d) => scores[d]).filter((v): v is number => typeof v === 'number');
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

export function buildXapiStatements(result: PlayResult, t: Translator, options: XapiOptions): XapiStatement[] {
  const base = options.activityBase.replace(/\/+$/, '');
  const lang = t.locale === 'en' ? 'en' : t.locale;
  const map = (text: string): LanguageMap => ({ [lang]: text });
  const startMs = Date.parse(options.start ?? result.clockStart);
  if (!Number.isFinite(startMs)) throw new RangeError(`not a date-time: ${options.start ?? result.clockStart}`);
  const ms = (d: string | null): number => (d === null ? 0 : (parseDuration(d) ?? 0));
  const wall = (at: string | null): string => new Date(startMs + ms(at)).toISOString();
  const registration = options.registration ?? uuidV5(`${base}/registrations/${result.scenario}/${String(result.seed)}/${fingerprint(result)}`, NAMESPACE_URL);
  const ext = (name: string): string => `${base}/extensions/${name}`;

  const scenario: Activity = {
    objectType: 'Activity',
    id: `${base}/scenarios/${encodeURIComponent(result.scenario)}`,
    definition: { type: ACTIVITY_TYPES.simulation, name: map(result.title), description: map(t.t('xapi.scenario.description', { organisation: result.organisation })) },
  };
  const injectActivity = (id: string, title: string): Activity => ({
    objectType: 'Activity',
    id: `${scenario.id}/injects/${encodeURIComponent(id)}`,
    definition: { type: ACTIVITY_TYPES.interaction, name: map(title || id), interactionType: 'other' },
  });
  const channelActivity = (channel: string): Activity => ({
    objectType: 'Activity',
    id: `${scenario.id}/channels/${encodeURIComponent(channel)}`,
    definition: { type: ACTIVITY_TYPES.interaction, name: map(t.t('xapi.channel', { channel })), interactionType: 'other' },
  });
  const dimensionActivity = (d: Dimension): Activity => ({
    objectType: 'Activity',
    id: `${scenario.id}/dimensions/${d}`,
    definition: { type: ACTIVITY_TYPES.objective, name: map(t.t(`xapi.dimension.${d}`)), description: map(t.t(`xapi.dimension.${d}.meaning`)) },
  });

  const out: XapiStatement[] = [];
  const push = (verb: VerbKey, object: Activity, at: string | null, extra: { result?: XapiStatement['result']; parent?: boolean; extensions?: Record<string, unknown> }): void => {
    out.push({
      id: uuidV5(`${verb}:${String(out.length)}:${object.id}`, registration),
      actor: options.actor,
      verb: { id: VERBS[verb], display: map(t.t(`xapi.verb.${verb}`)) },
      object,
      ...(extra.result ? { result: extra.result } : {}),
      context: {
        registration,
        ...(extra.parent ? { contextActivities: { parent: [scenario] } } : {}),
        platform: 'Crisis Room',
        language: lang,
        extensions: { [ext('seed')]: result.seed, [ext('scenario-time')]: at ?? '0m', ...extra.extensions },
      },
      timestamp: wall(at),
      version: XAPI_VERSION,
    });
  };

  push('initialized', scenario, null, {});
  const statementById = new Map(result.statements.map((s) => [s.id, s]));
  for (const inj of result.injects) {
    if (inj.respondedAt === null && inj.deadline === null) continue;
    const activity = injectActivity(inj.id, inj.title);
    const mean = meanScore(inj.scores);
    const scores = { ...(mean === null ? {} : { score: scoreOf(mean) }), extensions: { [ext('scores')]: inj.scores } };
    const late = inj.respondedAt !== null && inj.deadline !== null && ms(inj.respondedAt) > ms(inj.deadline);
    const seat = inj.statement === null ? null : (statementById.get(inj.statement)?.seat ?? null);
    const context = { [ext('channel')]: inj.channel, ...(inj.deadline === null ? {} : { [ext('deadline')]: inj.deadline }), ...(seat === null ? {} : { [ext('seat')]: seat }) };
    if (inj.respondedAt === null) {
      push('failed', activity, inj.deadline, { parent: true, result: { ...scores, success: false, completion: false }, extensions: context });
      continue;
    }
    const response = inj.option ?? (inj.statement === null ? null : (statementById.get(inj.statement)?.text ?? null));
    push('responded', activity, inj.respondedAt, {
      parent: true,
      result: {
        ...scores,
        ...(inj.deadline === null ? {} : { success: !late }),
        completion: true,
        ...(response === null ? {} : { response }),
        duration: isoDuration(ms(inj.respondedAt) - ms(inj.firedAt)),
      },
      extensions: context,
    });
  }
  for (const s of result.statements) {
    if (s.inject !== null) continue;
    const mean = meanScore(s.scores);
    push('shared', channelActivity(s.channel), s.at, {
      parent: true,
      result: { ...(mean === null ? {} : { score: scoreOf(mean) }), completion: true, response: s.text, extensions: { [ext('scores')]: s.scores } },
      extensions: { [ext('channel')]: s.channel, [ext('seat')]: s.seat, [ext('audience')]: s.audience },
    });
  }
  for (const d of DIMENSIONS) {
    if (result.unjudged.includes(d)) continue;
    const rating = ratingFor(result.scores[d]);
    push('scored', dimensionActivity(d), result.endedAt, { parent: true, result: { score: scoreOf(result.scores[d]), extensions: { [ext('rating')]: rating.code } } });
  }
  const overall = ratingFor(result.scores.overall);
  push('completed', scenario, result.endedAt, {
    result: {
      score: scoreOf(result.scores.overall),
      completion: true,
      duration: isoDuration(ms(result.endedAt)),
      extensions: { [ext('rating')]: overall.code, [ext('ending')]: result.ending, [ext('scores')]: result.scores },
    },
  });
  return out;
}

/** A short digest of the whole result: two different sessions never share a registration. */
function fingerprint(result: PlayResult): string {
  return uuidV5(JSON.stringify(result), NAMESPACE_URL);
}
