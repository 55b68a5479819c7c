/**
 * Seeded pseudo-random numbers for everything the engine decides by chance.
 *
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator) passes PractRand to terabytes,
 * needs only 32-bit integer maths, and its whole state is four numbers, so it serialises into a
 * saved session and replays exactly. The engine never calls Math.random.
 */
export interface RngState {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
}

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** The state to save; `createRng(undefined, state)` resumes the exact sequence. */
  state(): RngState;
}

/** Spreads a 32-bit seed over the four words so that nearby seeds give unrelated streams. */
function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function seedState(seed: number): RngState {
  const mix = splitmix32(seed);
  return { a: mix(), b: mix(), c: mix(), d: mix() };
}

export function createRng(seed: number | undefined, resume?: RngState): Rng {
  const start = resume ?? seedState(seed ?? 0);
  let a = start.a >>> 0;
  let b = start.b >>> 0;
  let c = start.c >>> 0;
  let d = start.d >>> 0;
  const nextU32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  const next = (): number => nextU32() / 4294967296;
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick() needs at least one item');
      return items[Math.floor(next() * items.length)] as T;
    },
    state: () => ({ a, b, c, d }),
  };
}
