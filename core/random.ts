/**
 * Seeded randomness for made-up learners (core/cohort/simulate.ts and each block type's
 * simulation) and for the order a learner sees options in (seededOrder): integer arithmetic
 * only, so the same seed gives the same numbers everywhere.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  /** A number in [min, max). */
  between(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** A version 4 UUID, as crypto.randomUUID() writes it. */
  uuid(): string;
}

/** splitmix32: spreads a small seed over the 128 bits sfc32 starts from. */
export function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** sfc32 (Chris Doty-Humphrey's small fast counting generator): integer arithmetic only, so the same numbers everywhere. */
export function seededRandom(seed: number): Random {
  const mix = splitmix32(seed);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  const u32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i += 1) u32();
  const next = () => u32() / 0x1_0000_0000;
  const hex8 = () => u32().toString(16).padStart(8, '0');
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted: (entries) => {
      let r = next() * entries.reduce((sum, [, w]) => sum + w, 0);
      for (const [value, weight] of entries) {
        r -= weight;
        if (r < 0) return value;
      }
      return entries[entries.length - 1]![0];
    },
    uuid: () => {
      const h = hex8() + hex8() + hex8() + hex8();
      const variant = '89ab'[parseInt(h[16]!, 16) & 3];
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
  };
  return random;
}

/** FNV-1a: a 32-bit number from a text, the same on every machine. */
export function hashText(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A fixed number in [0, 1) for a piece of content, the same in every cohort: how hard an exercise is. */
export function contentUnit(key: string): number {
  return splitmix32(hashText(key))() / 0x1_0000_0000;
}

/**
 * The order in which one learner sees the options of a question or the items of an exercise, so
 * that their place gives nothing away: a shuffle drawn from `seed` (her account and the block),
 * the same on every visit and in every language. A `pinned` entry ("none of these") keeps its
 * place; the others are shuffled among the remaining places (Fisher–Yates).
 */
export function seededOrder<T extends { id: string; pinned?: boolean }>(entries: readonly T[], seed: string): T[] {
  const free = entries.filter((entry) => !entry.pinned);
  const rng = seededRandom(hashText(seed));
  for (let i = free.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [free[i], free[j]] = [free[j]!, free[i]!];
  }
  let next = 0;
  return entries.map((entry) => (entry.pinned ? entry : free[next++]!));
}

/** How hard an exercise (or a sorting item) is: -0.2 (easy) to 0.25 (hard), the same in every cohort. */
export function difficulty(key: string): number {
  return -0.2 + 0.45 * contentUnit(key);
}

export const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));
