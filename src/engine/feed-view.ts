/**
 * The social feed as the UI and the report show it: for each running rumour, how many posts a
 * scenario minute and a sample of posts in the scenario's language, in a mood set by how many
 * believe the rumour and how much its audience trusts the organisation. Deterministic: the sample
 * depends only on the session's seed, the rumour and the minute.
 */
import { textIn, type CompiledScenario } from '../format/index.ts';
import { createRng } from './rng.ts';
import { feedVolume, generatePosts, moodFrom, type FeedPost } from './rumour/feed.ts';
import { rumourReadout } from './rumours.ts';
import type { EngineState } from './state.ts';

export interface RumourFeed {
  readonly rumour: string;
  readonly postsPerMinute: number;
  readonly posts: readonly FeedPost[];
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Posts per minute for a rumour's state, given its population (for series). */
export function postsPerMinute(s: CompiledScenario, rumourId: string, spreaders: number): number {
  const r = s.rumourIndex.get(rumourId);
  if (!r) return 0;
  return feedVolume({ fractions: { i: 1 - spreaders, s: spreaders, r: 0, k: 0, b: 0, p: 0 } }, r.population);
}

export function rumourFeeds(s: CompiledScenario, st: EngineState, sample = 6, language = s.language): RumourFeed[] {
  const minute = Math.floor(st.now / 60_000);
  const out: RumourFeed[] = [];
  for (const r of s.rumours) {
    const rt = st.rumours[r.id];
    if (!rt?.model || rt.seededAt === null) continue;
    const readout = rumourReadout(rt);
    const trust = r.audiences.reduce((sum, id) => sum + (st.trust[id] ?? 0), 0) / Math.max(1, r.audiences.length);
    const rng = createRng((st.seed ^ hash(r.id) ^ Math.imul(minute, 0x9e3779b1)) >>> 0);
    out.push({
      rumour: r.id,
      postsPerMinute: Math.round(feedVolume(rt.model, r.population) * 10) / 10,
      posts: generatePosts(rng, { claim: textIn(r.claim, language, s.language), language, count: sample, mood: moodFrom({ believing: readout.believing, trust }) }),
    });
  }
  return out;
}
