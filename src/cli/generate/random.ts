/**
 * @module A seeded pseudo-random source for generated data: the same seed gives the same
 * directory on every machine, so tests and benchmarks are reproducible. Pure; not for secrets.
 */

/** Draws numbers and choices from one seeded sequence. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A string of `length` decimal digits. */
  digits(length: number): string;
}

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counter, from PractRand): 128 bits of state, passes
 * PractRand, and needs only 32-bit integer arithmetic, so it behaves the same in every runtime.
 */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** A random source whose whole sequence is fixed by `seed`. */
export function createRandom(seed: number): Random {
  // Spread the seed over the state, then discard the first outputs, as sfc32's author advises.
  const next = sfc32(0x9e3779b9, 0x243f6a88, 0xb7e15162, seed >>> 0);
  for (let i = 0; i < 15; i++) next();
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError("pick from an empty list");
      return items[Math.floor(next() * items.length)] as T;
    },
    digits: (length) => Array.from({ length }, () => String(Math.floor(next() * 10))).join(""),
  };
  return random;
}
