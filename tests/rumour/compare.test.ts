import { describe, expect, it } from 'vitest';
import { compareCorrection, type CompareOptions } from '../../src/engine/index.ts';
import { addCorrection, advance, createRumourState, reach, seed } from '../../src/engine/rumour/compartmental.ts';
import { DEFAULTS, HOUR, MINUTE } from './fixtures.ts';

const options: CompareOptions = { respondAtMs: 3 * HOUR, horizonMs: 24 * HOUR, stepMs: MINUTE, credibility: 0.8, sampleEveryMs: 10 * MINUTE };

describe('compareCorrection', () => {
  const { noResponse, withResponse } = compareCorrection(DEFAULTS, options);

  it('samples both curves from 0 to the horizon at the requested spacing', () => {
    for (const curve of [noResponse, withResponse!]) {
      expect(curve.series.map((p) => p.tMs)).toEqual(Array.from({ length: 24 * 6 + 1 }, (_, j) => j * 10 * MINUTE));
    }
  });

  it('ends the series on the horizon even when the spacing does not divide it', () => {
    const odd = compareCorrection(DEFAULTS, { ...options, horizonMs: 25 * MINUTE, sampleEveryMs: 10 * MINUTE, respondAtMs: null });
    expect(odd.noResponse.series.map((p) => p.tMs)).toEqual([0, 10 * MINUTE, 20 * MINUTE, 25 * MINUTE]);
  });

  it('reports the same figures as running the model directly', () => {
    const direct = advance(seed(createRumourState(DEFAULTS), DEFAULTS.s0, 0), DEFAULTS, 0, 24 * HOUR);
    expect(noResponse.finalReach).toBe(reach(direct));
    expect(noResponse.finalReach).toBe(noResponse.series.at(-1)!.reach);
    expect(noResponse.finalBelieving).toBe(noResponse.series.at(-1)!.believing);
  });

  it('reports peakReach as the reach at the moment of the spreader peak', () => {
    const reachAt = (atMs: number, correctAt: number | null): number => {
      let state = seed(createRumourState(DEFAULTS), DEFAULTS.s0, 0);
      if (correctAt !== null) state = addCorrection(state, { at: correctAt, strength: 1, credibility: options.credibility });
      return reach(advance(state, DEFAULTS, 0, atMs));
    };
    expect(noResponse.peakReach).toBeCloseTo(reachAt(noResponse.peakAtMs, null), 12);
    expect(withResponse!.peakReach).toBeCloseTo(reachAt(withResponse!.peakAtMs, options.respondAtMs), 12);
    for (const curve of [noResponse, withResponse!]) {
      expect(curve.peakSpreaders).toBeGreaterThanOrEqual(Math.max(...curve.series.map((p) => p.spreaders)));
      expect(curve.peakReach).toBeLessThan(curve.finalReach);
    }
    expect(noResponse.peakAtMs).toBeGreaterThan(6 * HOUR);
    expect(noResponse.peakAtMs).toBeLessThan(9 * HOUR);
  });

  it('follows the no-response curve until the correction, then falls below it', () => {
    const respondIndex = noResponse.series.findIndex((p) => p.tMs === options.respondAtMs);
    expect(withResponse!.series.slice(0, respondIndex + 1)).toEqual(noResponse.series.slice(0, respondIndex + 1));
    expect(withResponse!.finalReach).toBeLessThan(noResponse.finalReach / 2);
    expect(withResponse!.finalBelieving).toBeLessThan(noResponse.finalBelieving / 2);
    expect(withResponse!.peakAtMs).toBeLessThan(noResponse.peakAtMs);
  });

  it('gives no response curve when there is no response time', () => {
    expect(compareCorrection(DEFAULTS, { ...options, respondAtMs: null }).withResponse).toBeNull();
  });

  it('rejects a sampling interval that would never reach the horizon', () => {
    expect(() => compareCorrection(DEFAULTS, { ...options, sampleEveryMs: 0 })).toThrow(RangeError);
    expect(() => compareCorrection(DEFAULTS, { ...options, respondAtMs: -1 })).toThrow(RangeError);
  });
});
