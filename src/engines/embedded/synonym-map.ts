import { normalizedWords } from "./text-match.js";

/** Synonyms keyed by their normalised words joined with spaces ("united nations"). */
export type SynonymMap = ReadonlyMap<string, readonly (readonly string[])[]>;

/**
 * Normalises the synonyms setting: keys and alternatives are tokenised like
 * documents, so "UN" and "United Nations" become `un` ↔ `united nations`.
 * As in Meilisearch, an entry applies in one direction only.
 */
export function buildSynonymMap(
  synonyms: Readonly<Record<string, readonly string[]>>,
): SynonymMap {
  const map = new Map<string, string[][]>();
  for (const [key, alternatives] of Object.entries(synonyms)) {
    const keyWords = normalizedWords(key);
    if (keyWords.length === 0) continue;
    const joined = keyWords.join(" ");
    const list = map.get(joined) ?? [];
    for (const alternative of alternatives) {
      const words = normalizedWords(alternative);
      if (words.length > 0) list.push(words);
    }
    map.set(joined, list);
  }
  return map;
}
