import MiniSearch, { type SearchResult as MiniResult } from "minisearch";
import type { SearchQuery } from "../src/search/search-engine.js";
import type { SentenceDocument } from "../src/search/sentence-document.js";
import {
  isNumericWord,
  normalizedWords,
} from "../src/engines/embedded/text-match.js";

/** What the benchmark needs from an engine: the total and the page's ids. */
export interface BaselineResult {
  readonly total: number;
  readonly ids: readonly string[];
}

const SEARCHABLE = ["text", "speaker", "mentions"] as const;

/**
 * Plain MiniSearch 7 configured as close to Meilisearch's rules as its options
 * allow: all words must match (AND), per-word fuzziness by Meilisearch's length
 * rules (none under 5 characters, 1 from 5, 2 from 9, none on numbers), prefix
 * on the last word, the same word normalisation as the embedded engine. Filters,
 * disjunctive speaker facets, date sorting and paging are done over its results,
 * as an application using it would. It does not highlight.
 *
 * @remarks What it cannot express: it counts a transposition as two edits, has no
 * first-letter rule, and its prefix match is exact (no typo inside the typed prefix).
 */
export class MiniSearchBaseline {
  private readonly search: MiniSearch<SentenceDocument>;
  private readonly docs = new Map<string, SentenceDocument>();

  constructor() {
    this.search = new MiniSearch<SentenceDocument>({
      idField: "id",
      fields: [...SEARCHABLE],
      extractField: (doc, field) => {
        const value = (doc as unknown as Record<string, unknown>)[field];
        return Array.isArray(value) ? value.join(" ") : (value as string);
      },
      tokenize: normalizedWords,
      processTerm: (term) => term,
      searchOptions: {
        combineWith: "AND",
        prefix: (_term, i, terms) => i === terms.length - 1,
        fuzzy: (term) =>
          isNumericWord(term)
            ? 0
            : term.length >= 9
              ? 2
              : term.length >= 5
                ? 1
                : 0,
        maxFuzzy: 2,
      },
    });
  }

  add(docs: readonly SentenceDocument[]): void {
    for (const doc of docs) this.docs.set(doc.id, doc);
    this.search.addAll(docs);
  }

  /** Runs one benchmark query: match, filter, disjunctive speaker facet, sort, page. */
  query(query: SearchQuery): BaselineResult {
    const matched: SentenceDocument[] =
      query.q.trim() === ""
        ? [...this.docs.values()]
        : this.search
            .search(query.q)
            .map((r: MiniResult) => this.docs.get(r.id as string))
            .filter((d): d is SentenceDocument => d !== undefined);
    const filters = query.filters ?? {};
    const speakers =
      filters.speakers === undefined ? undefined : new Set(filters.speakers);
    const inRange = (doc: SentenceDocument): boolean =>
      (filters.fromTimestamp === undefined ||
        doc.timestamp >= filters.fromTimestamp) &&
      (filters.toTimestamp === undefined ||
        doc.timestamp <= filters.toTimestamp);
    const beforeSpeaker = matched.filter(inRange);
    const hits =
      speakers === undefined
        ? beforeSpeaker
        : beforeSpeaker.filter(
            (doc) => doc.speaker !== null && speakers.has(doc.speaker),
          );
    for (const facet of query.facets ?? []) {
      const source = facet === "speaker" ? beforeSpeaker : hits;
      countValues(source, facet);
    }
    if (query.sort === "date:desc")
      hits.sort((a, b) => b.timestamp - a.timestamp);
    const offset = (query.page - 1) * query.hitsPerPage;
    return {
      total: hits.length,
      ids: hits.slice(offset, offset + query.hitsPerPage).map((d) => d.id),
    };
  }
}

function countValues(
  docs: readonly SentenceDocument[],
  facet: string,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of docs) {
    const value = (doc as unknown as Record<string, unknown>)[facet];
    const values = Array.isArray(value) ? (value as string[]) : [value];
    for (const v of values)
      if (typeof v === "string") counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}
