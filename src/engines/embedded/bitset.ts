/**
 * Fixed-size sets of document ordinals, one bit each, for filters, facets and
 * query matching: AND/OR over 190k documents costs a few thousand word operations.
 */
export type Bitset = Uint32Array<ArrayBuffer>;

/** An empty set able to hold ordinals below `size`. */
export function createBitset(size: number): Bitset {
  return new Uint32Array(Math.ceil(size / 32));
}

export function addBit(set: Bitset, ordinal: number): void {
  const word = ordinal >>> 5;
  set[word] = (set[word] ?? 0) | (1 << (ordinal & 31));
}

export function hasBit(set: Bitset, ordinal: number): boolean {
  return ((set[ordinal >>> 5] ?? 0) & (1 << (ordinal & 31))) !== 0;
}

/** Sets the bits of every ordinal of `ordinals`. */
export function addAll(set: Bitset, ordinals: ArrayLike<number>): void {
  for (let i = 0; i < ordinals.length; i++) {
    const ordinal = ordinals[i] ?? 0;
    const word = ordinal >>> 5;
    set[word] = (set[word] ?? 0) | (1 << (ordinal & 31));
  }
}

/** `target &= other`, in place. */
export function andInto(target: Bitset, other: Bitset): Bitset {
  for (let i = 0; i < target.length; i++) {
    target[i] = (target[i] ?? 0) & (other[i] ?? 0);
  }
  return target;
}

/** `target |= other`, in place. */
export function orInto(target: Bitset, other: Bitset): Bitset {
  for (let i = 0; i < target.length; i++) {
    target[i] = (target[i] ?? 0) | (other[i] ?? 0);
  }
  return target;
}

/** `target &= ~other`, in place. */
export function andNotInto(target: Bitset, other: Bitset): Bitset {
  for (let i = 0; i < target.length; i++) {
    target[i] = (target[i] ?? 0) & ~(other[i] ?? 0);
  }
  return target;
}

/** Number of ordinals in the set. */
export function countBits(set: Bitset): number {
  let count = 0;
  for (let i = 0; i < set.length; i++) {
    let word = set[i] ?? 0;
    word -= (word >>> 1) & 0x55555555;
    word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
    count += (((word + (word >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return count;
}

/** Calls `visit` with every ordinal of the set, in increasing order. */
export function forEachBit(
  set: Bitset,
  visit: (ordinal: number) => void,
): void {
  for (let i = 0; i < set.length; i++) {
    let word = set[i] ?? 0;
    while (word !== 0) {
      const low = word & -word;
      visit((i << 5) + 31 - Math.clz32(low));
      word ^= low;
    }
  }
}
