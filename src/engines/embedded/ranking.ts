/**
 * Relevance ranking of the embedded engine: Meilisearch's bucket sort
 * (milli `search/new`), rule by rule, in the order of the index's
 * `rankingRules`, then by internal id (insertion order) among equals. What each
 * rule measures is in `relevance-scorer.ts`; how the result still differs from
 * Meilisearch is listed in the README ("The embedded engine and how it differs").
 */
import type { EmbeddedIndex } from "./embedded-index.js";
import { type Bitset, forEachBit } from "./bitset.js";
import type { PlannedTerm } from "./query-planner.js";
import { RelevanceScorer } from "./relevance-scorer.js";
import { TopK } from "./top-k.js";

/**
 * The best `limit` hits by relevance, best first.
 *
 * @param terms - the planned query terms (none: insertion order)
 */
export function rankByRelevance(
  index: EmbeddedIndex,
  terms: readonly PlannedTerm[],
  hits: Bitset,
  limit: number,
): number[] {
  if (terms.length === 0) return firstOrdinals(hits, limit);
  const top = new TopK(limit);
  const { rankingRules, searchableAttributes } = index.settings;
  const scorer = new RelevanceScorer(
    terms,
    rankingRules,
    searchableAttributes.length,
  );
  const { forwardTokens, forwardStart, forwardEnd } = index;
  forEachBit(hits, (ordinal) => {
    const key = scorer.score(
      forwardTokens,
      forwardStart[ordinal] ?? 0,
      forwardEnd[ordinal] ?? 0,
    );
    top.offer(key, ordinal);
  });
  return top.sorted();
}

function firstOrdinals(hits: Bitset, limit: number): number[] {
  const out: number[] = [];
  if (limit <= 0) return out;
  for (let i = 0; i < hits.length && out.length < limit; i++) {
    let word = hits[i] ?? 0;
    while (word !== 0 && out.length < limit) {
      const low = word & -word;
      out.push((i << 5) + 31 - Math.clz32(low));
      word ^= low;
    }
  }
  return out;
}
