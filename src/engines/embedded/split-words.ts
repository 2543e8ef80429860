import type { EmbeddedIndex } from "./embedded-index.js";
import { cachesOf } from "./index-caches.js";
import type { TermEntry } from "./term-dictionary.js";

/** The two words a query word splits into. */
export type WordSplit = readonly [string, string];

/**
 * Meilisearch's split words (milli `split_best_frequency`): a query word may
 * also match as two indexed words side by side ("reelection" → "re election",
 * "away" → "a way"), which counts as one typo. Of every way to cut the word in
 * two, the one whose halves most documents hold side by side wins (the first
 * cut on a tie); null when no cut is found in any document.
 */
export function bestSplit(
  index: EmbeddedIndex,
  word: string,
): WordSplit | null {
  return cachesOf(index).splits.getOrCompute(word, () => ({
    split: computeBestSplit(index, word),
  })).split;
}

function computeBestSplit(
  index: EmbeddedIndex,
  word: string,
): WordSplit | null {
  const chars = [...word];
  const cuts: [TermEntry, TermEntry][] = [];
  for (let cut = 1; cut < chars.length; cut++) {
    const left = index.dictionary.get(chars.slice(0, cut).join(""));
    const right = index.dictionary.get(chars.slice(cut).join(""));
    if (left !== undefined && right !== undefined) cuts.push([left, right]);
  }
  // One candidate only needs one document; several are ranked by their counts.
  const limit = cuts.length === 1 ? 1 : Infinity;
  let best: WordSplit | null = null;
  let bestCount = 0;
  for (const [left, right] of cuts) {
    const count = adjacentCount(index, left, right, limit);
    if (count > bestCount) {
      bestCount = count;
      best = [left.term, right.term];
    }
  }
  return best;
}

/** Documents (up to `limit`) where `left` is immediately followed by `right` (no separator marker between). */
function adjacentCount(
  index: EmbeddedIndex,
  left: TermEntry,
  right: TermEntry,
  limit: number,
): number {
  const a = left.postings;
  const b = right.postings;
  const tokens = index.forwardTokens;
  let count = 0;
  // Only documents holding both words are read (postings are ascending).
  for (let i = 0, j = 0; i < a.length && j < b.length && count < limit;) {
    const ordinal = a[i] ?? 0;
    const other = b[j] ?? 0;
    if (ordinal < other) i++;
    else if (ordinal > other) j++;
    else {
      if (adjacentIn(tokens, index, ordinal, left.id, right.id)) count++;
      i++;
      j++;
    }
  }
  return count;
}

function adjacentIn(
  tokens: Uint32Array,
  index: EmbeddedIndex,
  ordinal: number,
  left: number,
  right: number,
): boolean {
  const end = (index.forwardEnd[ordinal] ?? 0) - 1;
  for (let at = index.forwardStart[ordinal] ?? 0; at < end; at++) {
    if (tokens[at] === left && tokens[at + 1] === right) return true;
  }
  return false;
}
