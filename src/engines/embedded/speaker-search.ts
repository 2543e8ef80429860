import type { FacetValue } from "../../search/search-engine.js";
import { normalizedWords, typoBudget, typoDistance } from "./text-match.js";
import { forEachBit } from "./bitset.js";
import type { EmbeddedIndex } from "./embedded-index.js";
import { cachesOf } from "./index-caches.js";

export interface SpeakerEntry {
  readonly value: string;
  readonly count: number;
  readonly words: readonly string[];
}

/**
 * Speakers with their sentence counts, most frequent first (ties by name). With
 * a query, only names such that every query word starts one of the name's words,
 * within the word's typo budget ("lavrov", "lavr", "lavrof" → "Sergey Lavrov").
 */
export function searchSpeakers(
  index: EmbeddedIndex,
  query: string,
): FacetValue[] {
  const speakers = speakerEntries(index);
  const queryWords = normalizedWords(query);
  const rules = index.settings.typoTolerance;
  const matching =
    queryWords.length === 0
      ? speakers
      : speakers.filter((speaker) =>
          queryWords.every((queryWord) => {
            const budget = typoBudget(queryWord, rules);
            return speaker.words.some(
              (word) => typoDistance(queryWord, word, budget, true) <= budget,
            );
          }),
        );
  return matching.map(({ value, count }) => ({ value, count }));
}

function speakerEntries(index: EmbeddedIndex): readonly SpeakerEntry[] {
  return cachesOf(index).speakers.getOrCompute("speakers", () => {
    const column = index.columns.speaker;
    const counts = new Uint32Array(column.dictionary.values.length);
    forEachBit(index.live, (ordinal) => {
      const id = column.ids[ordinal] ?? -1;
      if (id >= 0) counts[id] = (counts[id] ?? 0) + 1;
    });
    const entries: SpeakerEntry[] = [];
    column.dictionary.values.forEach((value, id) => {
      const count = counts[id] ?? 0;
      if (count > 0)
        entries.push({ value, count, words: normalizedWords(value) });
    });
    return entries.sort(
      (a, b) => b.count - a.count || (a.value < b.value ? -1 : 1),
    );
  });
}
