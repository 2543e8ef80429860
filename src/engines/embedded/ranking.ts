/**
 * Relevance ranking of the embedded engine.
 *
 * ## Differences from Meilisearch (copy this list to the README)
 *
 * Matching follows Meilisearch's documented rules (see `text-match.ts`
 * and `query-parser.ts`). Ranking approximates its default rules
 * `words, typo, proximity, attribute, exactness`, compared in that order:
 *
 * - **words**: every query term must match (`matchingStrategy: "all"`), so it ranks nothing.
 * - **typo**: the sum, over query terms, of the typos of the best form of the
 *   term found in the document (a term matched only through a synonym or a
 *   concatenation of query words counts zero).
 * - **proximity**: for each pair of consecutive query terms, the smallest gap
 *   between their occurrences (reversed order costs one more), capped at 8;
 *   other attributes and array values are far apart. Meilisearch also widens
 *   gaps at sentence punctuation; the embedded engine does not.
 * - **attribute**: the sum of the attribute ranks (`text` 0, `speaker` 1,
 *   `mentions` 2) where each term first appears, then the sum of its word
 *   positions in that attribute.
 * - **exactness**: the number of terms not found as the exact query word
 *   (found as a prefix, with typos or through a synonym). Meilisearch also
 *   favours an attribute equal to the whole query; the embedded engine does not.
 * - **ties**: insertion order, like Meilisearch's internal ids, except that a
 *   replaced document moves to the end here (Meilisearch keeps its id).
 * - **sort** (`date:*`, `position:asc`): a strict order (timestamp, then release,
 *   then position); Meilisearch would rank documents with equal sort values by
 *   relevance.
 *
 * Not reproduced in matching: splitting a query word into two ("newyork" →
 * "new york"); dictionary segmentation of Chinese, Japanese and Korean (each
 * character is a word here); symbols charabia keeps inside words (`$`, `+`, `°`,
 * `<`, `=`) are separators here; typo derivations are capped like Meilisearch
 * (150 one-typo, 50 two-typo words) but prefix expansions are not capped.
 * Facet values are counted as exact strings (Meilisearch groups values that
 * differ only by case or accents). `maxTotalHits` does not limit paging, and
 * `total` is always exact.
 */
import {
  ATTRIBUTE_BREAK,
  type EmbeddedIndex,
  VALUE_BREAK,
} from "./embedded-index.js";
import { type Bitset, forEachBit } from "./bitset.js";
import type { PlannedTerm } from "./query-planner.js";
import { Level } from "./term-derivations.js";
import { TopK } from "./top-k.js";

const FAR = 8;
const ATTRIBUTE_GAP = 1000;
const VALUE_GAP = 8;
const MAX_POSITION_SUM = 1023;

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
  const scorer = new Scorer(terms);
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

/** Computes one number per document; smaller ranks first. */
class Scorer {
  private readonly count: number;
  private readonly best: Uint8Array;
  private readonly attribute: Uint8Array;
  private readonly firstPosition: Int32Array;
  private readonly lastPosition: Int32Array;
  private readonly pairCost: Int32Array;

  private readonly levels: readonly Uint8Array[];

  constructor(terms: readonly PlannedTerm[]) {
    this.count = terms.length;
    this.levels = terms.map((term) => term.levels);
    this.best = new Uint8Array(this.count);
    this.attribute = new Uint8Array(this.count);
    this.firstPosition = new Int32Array(this.count);
    this.lastPosition = new Int32Array(this.count);
    this.pairCost = new Int32Array(Math.max(0, this.count - 1));
  }

  /** Scores the forward index `tokens[start, end)` of one document. */
  score(tokens: Uint32Array, start: number, end: number): number {
    const n = this.count;
    this.best.fill(255);
    this.attribute.fill(255);
    this.lastPosition.fill(-1);
    this.pairCost.fill(FAR);
    let attribute = 0;
    let attributeStart = 0;
    let position = 0;
    for (let at = start; at < end; at++) {
      const token = tokens[at] ?? 0;
      if (token === ATTRIBUTE_BREAK) {
        attribute++;
        position += ATTRIBUTE_GAP;
        attributeStart = position;
        continue;
      }
      if (token === VALUE_BREAK) {
        position += VALUE_GAP;
        continue;
      }
      for (let i = 0; i < n; i++) {
        const level = this.levels[i]?.[token] ?? 0;
        if (level === 0) continue;
        this.record(i, level, attribute, position, attributeStart);
      }
      position++;
    }
    return this.key();
  }

  private record(
    i: number,
    level: number,
    attribute: number,
    position: number,
    attributeStart: number,
  ): void {
    if (level < (this.best[i] ?? 0)) this.best[i] = level;
    if (attribute < (this.attribute[i] ?? 0)) {
      this.attribute[i] = attribute;
      this.firstPosition[i] = position - attributeStart;
    }
    const before = this.lastPosition[i - 1] ?? -1;
    if (before >= 0) {
      const cost = this.pairCost[i - 1] ?? FAR;
      this.pairCost[i - 1] = Math.min(cost, position - before);
    }
    const after = this.lastPosition[i + 1] ?? -1;
    if (after >= 0) {
      const cost = this.pairCost[i] ?? FAR;
      this.pairCost[i] = Math.min(cost, position - after + 1);
    }
    this.lastPosition[i] = position;
  }

  private key(): number {
    let typos = 0;
    let inexact = 0;
    let attributes = 0;
    let positions = 0;
    let proximity = 0;
    for (let i = 0; i < this.count; i++) {
      const best = this.best[i] ?? 255;
      if (best === Level.oneTypo) typos += 1;
      if (best === Level.twoTypos) typos += 2;
      if (best !== Level.exact) inexact++;
      if (best !== 255) {
        attributes += this.attribute[i] ?? 0;
        positions += this.firstPosition[i] ?? 0;
      }
    }
    for (const cost of this.pairCost) proximity += Math.min(cost, FAR);
    const packed = [
      [Math.min(typos, 31), 32],
      [Math.min(proximity, 127), 128],
      [Math.min(attributes, 31), 32],
      [Math.min(positions, MAX_POSITION_SUM), MAX_POSITION_SUM + 1],
      [Math.min(inexact, 15), 16],
    ] as const;
    return packed.reduce((key, [value, radix]) => key * radix + value, 0);
  }
}
