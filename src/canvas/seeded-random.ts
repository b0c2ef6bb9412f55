/** A small, well-known seeded generator (mulberry32): same seed, same sequence, on every machine. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: turns a text (graph id + layout name) into a seed. */
export function seedFrom(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Runs `work` with `Math.random` replaced by a seeded generator. Layout extensions such as fcose
 * draw from `Math.random` and take no seed; a synchronous run inside this wrapper is deterministic.
 */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
