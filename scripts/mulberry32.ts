/**
 * mulberry32: a small seeded generator for the calibration tools (the splits of make-splits.ts, the
 * k-means start of build-word-clusters.ts), so what they made can be made again from the same seed.
 * Not the engine's generator (src/engine/rng.ts): the splits were frozen with this one.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
