import type { SearchQuery } from "../src/search/search-engine.js";
import {
  dateToTimestamp,
  type SentenceDocument,
} from "../src/search/sentence-document.js";

let counter = 0;

export { dateToTimestamp as toTimestamp } from "../src/search/sentence-document.js";

/**
 * A valid sentence document; every call gets a fresh id unless `overrides.id`
 * is given. `timestamp` follows `date` unless overridden.
 */
export function buildDocument(
  overrides: Partial<SentenceDocument> = {},
): SentenceDocument {
  counter++;
  const date = overrides.date ?? "2021-07-15";
  return {
    id: `doc-${counter}`,
    text: `Sentence number ${counter} of the release.`,
    speaker: "Wang Yi",
    speakerRole: "State Councilor and Foreign Minister",
    releaseId: "2021-07-15-wang-yi-meets-lavrov",
    releaseTitle: "Wang Yi Meets with Russian Foreign Minister Sergey Lavrov",
    category: "Important News of China",
    date,
    timestamp: dateToTimestamp(date),
    location: "Tashkent",
    paragraph: 0,
    sentence: 0,
    position: counter,
    mentions: [],
    releaseHash: "hash-1",
    ...overrides,
  };
}

/** A search query for the first page of 20 hits, with overrides. */
export function buildQuery(overrides: Partial<SearchQuery> = {}): SearchQuery {
  return { q: "", page: 1, hitsPerPage: 20, ...overrides };
}
