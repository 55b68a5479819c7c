import { describe, expect, it } from 'vitest';
import { rumourFeeds } from '../../src/engine/feed-view.ts';
import { buildResult } from '../../src/engine/index.ts';
import { Harness } from '../helpers.ts';

describe('the social feed beside a rumour', () => {
  it('is silent before the rumour starts, then gets busier as it spreads', () => {
    const h = Harness.start('engine-lab').to('10m');
    expect(rumourFeeds(h.session.scenario, h.state)).toEqual([]);
    h.answer('call', 'deny').to('30m');
    const early = rumourFeeds(h.session.scenario, h.state)[0];
    h.to('1h30m');
    const later = rumourFeeds(h.session.scenario, h.state)[0];
    expect(early?.posts).toHaveLength(6);
    expect(later?.postsPerMinute).toBeGreaterThan(early?.postsPerMinute ?? Infinity);
  });

  it('is the same for the same session and minute, and reported with the result', () => {
    const a = Harness.start('engine-lab', { seed: 4 }).to('11m').answer('call', 'deny').to('1h');
    const b = Harness.start('engine-lab', { seed: 4 }).to('11m').answer('call', 'deny').to('1h');
    expect(rumourFeeds(a.session.scenario, a.state)).toEqual(rumourFeeds(b.session.scenario, b.state));
    const result = buildResult(a.session.scenario, a.state);
    const deaths = result.rumours.find((r) => r.id === 'deaths');
    expect(deaths?.feed?.posts.length).toBeGreaterThan(0);
    expect(deaths?.series.at(-1)?.posts).toBeGreaterThan(0);
  });
});
