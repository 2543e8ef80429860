import type { SortOrder } from "../../search/search-engine.js";
import { type Bitset, countBits, forEachBit, hasBit } from "./bitset.js";
import type { EmbeddedIndex } from "./embedded-index.js";
import { cachesOf } from "./index-caches.js";

type FieldSort = Exclude<SortOrder, "relevance">;

export interface SortedIndex {
  /** Live ordinals in sort order. */
  readonly order: Int32Array;
  /** Ordinal → rank in `order`. */
  readonly rank: Int32Array;
}

/**
 * The first `limit` hits in a field order: `date:*` by timestamp, ties by
 * release id then position (so a release reads in order); `position:asc` by
 * position, then release id, then timestamp.
 */
export function sortHits(
  index: EmbeddedIndex,
  sort: FieldSort,
  hits: Bitset,
  limit: number,
): number[] {
  if (limit <= 0) return [];
  const sorted = sortedIndex(index, sort);
  const out: number[] = [];
  const count = countBits(hits);
  // Few hits: sort them by rank; many: walk the order and keep the hits.
  if (count * 16 < index.liveCount) {
    const ordinals: number[] = [];
    forEachBit(hits, (ordinal) => ordinals.push(ordinal));
    ordinals.sort((a, b) => (sorted.rank[a] ?? 0) - (sorted.rank[b] ?? 0));
    return ordinals.slice(0, limit);
  }
  for (const ordinal of sorted.order) {
    if (hasBit(hits, ordinal)) {
      out.push(ordinal);
      if (out.length >= limit) break;
    }
  }
  return out;
}

function sortedIndex(index: EmbeddedIndex, sort: FieldSort): SortedIndex {
  return cachesOf(index).sorts.getOrCompute(sort, () =>
    buildSortedIndex(index, sort),
  );
}

function buildSortedIndex(index: EmbeddedIndex, sort: FieldSort): SortedIndex {
  const releases = index.columns.releaseId;
  const releaseRank = rankValues(releases.dictionary.values);
  const ordinals: number[] = [];
  forEachBit(index.live, (ordinal) => {
    if (ordinal < index.ordinalCount) ordinals.push(ordinal);
  });
  const release = (o: number): number =>
    releaseRank[releases.ids[o] ?? -1] ?? -1;
  const time = (o: number): number => index.timestamps[o] ?? 0;
  const position = (o: number): number => index.positions[o] ?? 0;
  const direction = sort === "date:desc" ? -1 : 1;
  ordinals.sort(
    sort === "position:asc"
      ? (a, b) =>
          position(a) - position(b) ||
          release(a) - release(b) ||
          time(a) - time(b)
      : (a, b) =>
          direction * (time(a) - time(b)) ||
          release(a) - release(b) ||
          position(a) - position(b),
  );
  const order = Int32Array.from(ordinals);
  const rank = new Int32Array(index.ordinalCount).fill(-1);
  order.forEach((ordinal, i) => {
    rank[ordinal] = i;
  });
  return { order, rank };
}

/** Value id → rank of the value in code-unit order. */
function rankValues(values: readonly string[]): Int32Array {
  const ids = values.map((value, id) => ({ value, id }));
  ids.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const rank = new Int32Array(values.length);
  ids.forEach(({ id }, i) => {
    rank[id] = i;
  });
  return rank;
}
