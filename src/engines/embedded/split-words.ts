import type { EmbeddedIndex } from "./embedded-index.js";
import { cachesOf } from "./index-caches.js";
import type { TermEntry } from "./term-dictionary.js";

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
): readonly [string, string] | null {
  const key = `\u0002${word}`;
  return cachesOf(index).words.getOrCompute(key, () =>
    computeBestSplit(index, word),
  ) as readonly [string, string] | null;
}

function computeBestSplit(
  index: EmbeddedIndex,
  word: string,
): readonly [string, string] | null {
  const chars = [...word];
  let best: readonly [string, string] | null = null;
  let bestCount = 0;
  for (let cut = 1; cut < chars.length; cut++) {
    const left = index.dictionary.get(chars.slice(0, cut).join(""));
    const right = index.dictionary.get(chars.slice(cut).join(""));
    if (left === undefined || right === undefined) continue;
    const count = adjacentCount(index, left, right);
    if (count > bestCount) {
      bestCount = count;
      best = [left.term, right.term];
    }
  }
  return best;
}

/** Documents where `left` is immediately followed by `right` (no separator marker between). */
function adjacentCount(
  index: EmbeddedIndex,
  left: TermEntry,
  right: TermEntry,
): number {
  const rarer = left.postings.length <= right.postings.length ? left : right;
  const tokens = index.forwardTokens;
  let count = 0;
  for (const ordinal of rarer.postings) {
    const end = (index.forwardEnd[ordinal] ?? 0) - 1;
    for (let at = index.forwardStart[ordinal] ?? 0; at < end; at++) {
      if (tokens[at] === left.id && tokens[at + 1] === right.id) {
        count++;
        break;
      }
    }
  }
  return count;
}
