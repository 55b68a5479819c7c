import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/engine/rng.ts';
import { FEED_CAP_PER_MINUTE, feedLanguage, feedVolume, generatePosts, moodFrom, type FeedMood } from '../../src/engine/rumour/feed.ts';
import { FEED_LANGUAGES } from '../../src/engine/rumour/feed-templates.ts';

const CLAIM = 'The water plant poisoned the river';

function templatesOf(language: keyof typeof FEED_LANGUAGES): string[] {
  const lists: readonly (readonly string[])[] = Object.values(FEED_LANGUAGES[language].templates);
  return lists.flat();
}
const EVEN_MOOD: FeedMood = { worried: 0.25, angry: 0.25, supportive: 0.25 };

function withSpreaders(s: number): { fractions: { i: number; s: number; r: number; k: number; b: number; p: number } } {
  return { fractions: { i: 1 - s, s, r: 0, k: 0, b: 0, p: 0 } };
}

describe('feed volume', () => {
  it('grows in proportion to spreaders while small, then saturates below the cap', () => {
    const small = feedVolume(withSpreaders(0.001), 10_000);
    expect(small).toBeCloseTo((0.001 * 10_000) / 60, 3);
    expect(feedVolume(withSpreaders(0.002), 10_000) / small).toBeCloseTo(2, 2);
    const huge = feedVolume(withSpreaders(0.3), 5_000_000);
    expect(huge).toBeLessThanOrEqual(FEED_CAP_PER_MINUTE);
    expect(huge).toBeGreaterThan(0.99 * FEED_CAP_PER_MINUTE);
    expect(feedVolume(withSpreaders(0), 100_000)).toBe(0);
  });
});

describe('feed mood', () => {
  it('turns more worried and angry with more believers and with lower trust', () => {
    const upset = (m: FeedMood): number => m.worried + m.angry;
    expect(upset(moodFrom({ believing: 0.6, trust: 0.5 }))).toBeGreaterThan(upset(moodFrom({ believing: 0.2, trust: 0.5 })));
    expect(upset(moodFrom({ believing: 0.3, trust: 0.2 }))).toBeGreaterThan(upset(moodFrom({ believing: 0.3, trust: 0.8 })));
    expect(moodFrom({ believing: 0.3, trust: 0.2 }).angry).toBeGreaterThan(moodFrom({ believing: 0.3, trust: 0.8 }).angry);
  });

  it('turns more supportive with higher trust, and its shares never exceed the whole', () => {
    expect(moodFrom({ believing: 0.3, trust: 0.9 }).supportive).toBeGreaterThan(moodFrom({ believing: 0.3, trust: 0.4 }).supportive);
    for (const believing of [0, 0.5, 1]) {
      for (const trust of [0, 0.5, 1]) {
        const m = moodFrom({ believing, trust });
        expect(m.worried + m.angry + m.supportive).toBeLessThanOrEqual(1 + 1e-12);
        expect(Math.min(m.worried, m.angry, m.supportive)).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe('feed posts', () => {
  it('are the same for the same RNG state', () => {
    const request = { claim: CLAIM, language: 'en', count: 40, mood: EVEN_MOOD };
    expect(generatePosts(createRng(8), request)).toEqual(generatePosts(createRng(8), request));
    expect(generatePosts(createRng(8), request)).not.toEqual(generatePosts(createRng(9), request));
  });

  it('draw stances in proportion to the mood, the remainder sceptical', () => {
    const posts = generatePosts(createRng(1), { claim: CLAIM, language: 'en', count: 4000, mood: { worried: 0.5, angry: 0.3, supportive: 0 } });
    const share = (stance: string): number => posts.filter((p) => p.stance === stance).length / posts.length;
    // Binomial sd at n = 4000 is under 0.008; allow about 4 sd.
    expect(Math.abs(share('worried') - 0.5)).toBeLessThan(0.03);
    expect(Math.abs(share('angry') - 0.3)).toBeLessThan(0.03);
    expect(share('supportive')).toBe(0);
    expect(Math.abs(share('sceptical') - 0.2)).toBeLessThan(0.03);
  });

  it('quote the claim in some posts but not all', () => {
    const posts = generatePosts(createRng(2), { claim: `${CLAIM}.`, language: 'en', count: 200, mood: EVEN_MOOD });
    const quoting = posts.filter((p) => p.mentionsClaim);
    expect(quoting.length).toBeGreaterThan(20);
    expect(quoting.length).toBeLessThan(180);
    for (const post of quoting) expect(post.text).toContain(`“${CLAIM}”`);
    for (const post of posts.filter((p) => !p.mentionsClaim)) expect(post.text).not.toContain(CLAIM);
    for (const post of posts) expect(post.text).not.toContain('{claim}');
  });

  it('never quote an empty claim', () => {
    const posts = generatePosts(createRng(3), { claim: '', language: 'de', count: 100, mood: EVEN_MOOD });
    expect(posts.some((p) => p.mentionsClaim || p.text.includes('„“'))).toBe(false);
  });

  it('speak French, German and Spanish, with a regional code using its base language', () => {
    const textsOf = (language: string): Set<string> =>
      new Set(generatePosts(createRng(4), { claim: CLAIM, language, count: 60, mood: EVEN_MOOD }).map((p) => p.text));
    for (const language of ['fr', 'de', 'es'] as const) {
      const all = templatesOf(language);
      const english = new Set(templatesOf('en'));
      expect(all.some((t) => english.has(t))).toBe(false);
      expect(textsOf(language).size).toBeGreaterThan(5);
    }
    expect(feedLanguage('fr-CA')).toBe('fr');
    expect(textsOf('fr-CA')).toEqual(textsOf('fr'));
    expect(generatePosts(createRng(4), { claim: CLAIM, language: 'es', count: 20, mood: EVEN_MOOD }).some((p) => p.text.includes(`«${CLAIM}»`))).toBe(true);
  });

  it('fall back to English for a language without templates', () => {
    expect(feedLanguage('pt-BR')).toBe('en');
    expect(feedLanguage('')).toBe('en');
    const request = { claim: CLAIM, count: 30, mood: EVEN_MOOD };
    expect(generatePosts(createRng(5), { ...request, language: 'pt-BR' })).toEqual(generatePosts(createRng(5), { ...request, language: 'en' }));
  });

  it('rejects impossible requests', () => {
    expect(() => generatePosts(createRng(1), { claim: CLAIM, language: 'en', count: -1, mood: EVEN_MOOD })).toThrow(RangeError);
    expect(() => generatePosts(createRng(1), { claim: CLAIM, language: 'en', count: 1, mood: { worried: -1, angry: 0, supportive: 0 } })).toThrow(RangeError);
  });
});
