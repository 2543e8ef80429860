import type { EmbeddedIndex } from "./embedded-index.js";
import { bestSplit } from "./split-words.js";
import type { SynonymMap } from "./synonym-map.js";
import { prefixRange } from "./term-dictionary.js";

/** A run of indexed words standing for a query word, never an exact match. */
export interface Alternative {
  readonly ids: readonly number[];
  readonly typos: number;
}

/** What a one-word query term also matches as: its synonyms (no typo) and its split (one typo). */
export function alternativesOf(
  index: EmbeddedIndex,
  word: string,
  synonyms: SynonymMap,
): Alternative[] {
  const split = bestSplit(index, word);
  const runs = [
    ...(synonyms.get(word) ?? []).map((words) => ({ words, typos: 0 })),
    ...(split === null ? [] : [{ words: split, typos: 1 }]),
  ];
  return runs.flatMap(({ words, typos }) => {
    const ids = termIds(index, words);
    return ids === null ? [] : [{ ids, typos }];
  });
}

/** milli's prefix database holds prefixes of up to 4 characters shared by 100 words or more. */
const PREFIX_DB_MAX_CHARS = 4;
const PREFIX_DB_MIN_WORDS = 100;

/** True for a typed prefix milli reads from its prefix database. */
export function isPrefixDbWord(
  index: EmbeddedIndex,
  prefix: string,
  chars: number,
): boolean {
  if (chars > PREFIX_DB_MAX_CHARS) return false;
  const [start, end] = prefixRange(index.dictionary.view().terms, prefix);
  return end - start >= PREFIX_DB_MIN_WORDS;
}

/** The term ids of these words, or null when one is not indexed. */
export function termIds(
  index: EmbeddedIndex,
  words: readonly string[],
): number[] | null {
  const ids: number[] = [];
  for (const word of words) {
    const entry = index.dictionary.get(word);
    if (entry === undefined) return null;
    ids.push(entry.id);
  }
  return ids;
}
