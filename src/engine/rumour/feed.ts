/**
 * The social feed beside the rumour: how busy it is, in what mood, and sample posts to show.
 * The feed is a window on the conversation, not all of it: volume saturates so a rumour in a city
 * of millions does not bury the trainee in thousands of posts a minute.
 */
import type { Rng } from '../rng.ts';
import type { RumourState } from './compartmental.ts';
import { FEED_LANGUAGES, STANCES, type FeedLanguage, type FeedLanguageCode, type Stance } from './feed-templates.ts';

export { STANCES, type Stance } from './feed-templates.ts';

/** Shares of posts by stance; whatever is left over (1 − sum) is sceptical. */
export interface FeedMood {
  readonly worried: number;
  readonly angry: number;
  readonly supportive: number;
}

export interface FeedPost {
  readonly stance: Stance;
  readonly text: string;
  /** The post quotes the rumour's claim. */
  readonly mentionsClaim: boolean;
}

/** A spreader posts about once an hour: spreading is mostly conversation, posting is the visible part. */
export const POSTS_PER_SPREADER_PER_MINUTE = 1 / 60;
/** Most posts per scenario minute the feed shows, approached smoothly; about one a second. */
export const FEED_CAP_PER_MINUTE = 60;

/**
 * Posts per scenario minute: spreaders × population / 60, soft-capped at FEED_CAP_PER_MINUTE with
 * cap·(1 − e^(−raw/cap)) — linear while small (twice the spreaders, twice the posts) and never over
 * the cap. Fractional: the caller accumulates it over ticks and shows the whole posts.
 */
export function feedVolume(state: Pick<RumourState, 'fractions'>, population: number): number {
  if (!(population >= 0)) throw new RangeError(`population must not be negative, got ${population}`);
  const raw = state.fractions.s * population * POSTS_PER_SPREADER_PER_MINUTE;
  return FEED_CAP_PER_MINUTE * -Math.expm1(-raw / FEED_CAP_PER_MINUTE);
}

/**
 * The feed's mood from the share believing the rumour and the audience's trust in the organisation
 * (both 0–1). Believers post worried or angry — angrier the less they trust the organisation;
 * non-believers post supportive in proportion to trust, and otherwise sceptical, or (a share of
 * them) angry and worried at the organisation itself. So more believers and lower trust mean more
 * angry and worried posts; higher trust means more supportive ones.
 */
export function moodFrom(input: { readonly believing: number; readonly trust: number }): FeedMood {
  const b = clamp01(input.believing);
  const t = clamp01(input.trust);
  const distrustful = (1 - b) * (1 - t);
  return {
    worried: b * (0.3 + 0.4 * t) + 0.2 * distrustful,
    angry: b * (0.7 - 0.4 * t) + 0.3 * distrustful,
    supportive: (1 - b) * t,
  };
}

/** The template language for a code: "fr-CA" uses French; a language without templates uses English. */
export function feedLanguage(language: string): FeedLanguageCode {
  const base = language.toLowerCase().split('-')[0] ?? '';
  return base in FEED_LANGUAGES ? (base as FeedLanguageCode) : 'en';
}

export interface PostRequest {
  /** The rumour's claim in the feed's language; empty for posts that never quote it. */
  readonly claim: string;
  readonly language: string;
  readonly count: number;
  readonly mood: FeedMood;
}

/** `count` posts, stances drawn from the mood, texts from the language's templates. Same RNG state, same posts. */
export function generatePosts(rng: Rng, request: PostRequest): FeedPost[] {
  if (!Number.isSafeInteger(request.count) || request.count < 0) throw new RangeError(`post count must be a whole number, got ${request.count}`);
  const templates: FeedLanguage = FEED_LANGUAGES[feedLanguage(request.language)];
  const claim = request.claim.trim().replace(/[.!?…。]+$/u, '');
  const weights = stanceWeights(request.mood);
  const posts: FeedPost[] = [];
  const lastTemplate = new Map<Stance, number>();
  for (let n = 0; n < request.count; n++) {
    const stance = drawStance(rng, weights);
    const usable = templates.templates[stance].filter((template) => claim !== '' || !template.includes('{claim}'));
    let index = rng.int(usable.length);
    // Two identical posts in a row from one stance look like a bug, not a crowd.
    if (index === lastTemplate.get(stance) && usable.length > 1) index = (index + 1) % usable.length;
    lastTemplate.set(stance, index);
    const template = usable[index] ?? '';
    posts.push({
      stance,
      text: template.replaceAll('{claim}', templates.quote(claim)),
      mentionsClaim: template.includes('{claim}'),
    });
  }
  return posts;
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

function stanceWeights(mood: FeedMood): readonly number[] {
  const given = [mood.worried, mood.angry, mood.supportive];
  if (given.some((w) => !(w >= 0))) throw new RangeError('mood shares must not be negative');
  const sceptical = Math.max(0, 1 - given.reduce((sum, w) => sum + w, 0));
  return [...given, sceptical];
}

function drawStance(rng: Rng, weights: readonly number[]): Stance {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let u = rng.next() * total;
  for (let j = 0; j < STANCES.length; j++) {
    u -= weights[j] ?? 0;
    if (u < 0) return STANCES[j] ?? 'sceptical';
  }
  return 'sceptical';
}
