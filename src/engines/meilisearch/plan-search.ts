import {
  FACET_FILTER,
  type FacetAttribute,
  type SearchFilters,
  type SearchQuery,
  type SortOrder,
} from "../../search/search-engine.js";
import { sentenceDocumentSchema } from "../../search/sentence-document.js";
import { buildFilter, type MeilisearchFilter } from "./build-filter.js";
import { HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG } from "./parse-highlight.js";

/** One query of a `POST /multi-search` body. */
export interface MultiSearchQueryBody {
  indexUid: string;
  q: string;
  /** API.md: all query words must match; Meilisearch's default `last` drops words. */
  matchingStrategy: "all";
  page: number;
  hitsPerPage: number;
  filter?: MeilisearchFilter;
  sort?: string[];
  facets?: string[];
  attributesToRetrieve?: string[];
  attributesToHighlight?: string[];
  highlightPreTag?: string;
  highlightPostTag?: string;
}

/** The multi-search queries of one search, and what each of them counts. */
export interface SearchPlan {
  readonly queries: MultiSearchQueryBody[];
  /** Facets counted by the first query (those without a filter of their own). */
  readonly mainFacets: readonly FacetAttribute[];
  /** The facet counted by each further query, in order. */
  readonly ownFilterFacets: readonly FacetAttribute[];
  readonly highlight: boolean;
}

/** Fields of a stored document; anything else in a hit (`_formatted`, `speakerVariants`) is dropped. */
export const DOCUMENT_FIELDS = Object.keys(sentenceDocumentSchema.shape);

/**
 * Sort parameters per order: by date, ties by release then position, so a release
 * reads in order (INDEX_SETTINGS makes all three sortable).
 */
function sortFor(order: SortOrder): string[] | undefined {
  switch (order) {
    case "relevance":
      return undefined;
    case "date:desc":
      return ["timestamp:desc", "releaseId:asc", "position:asc"];
    case "date:asc":
      return ["timestamp:asc", "releaseId:asc", "position:asc"];
    case "position:asc":
      return ["position:asc"];
  }
}

function withoutFilter(
  filters: SearchFilters | undefined,
  field: keyof SearchFilters,
): SearchFilters | undefined {
  if (filters === undefined) return undefined;
  const { [field]: _dropped, ...rest } = filters;
  return rest;
}

/**
 * Plans one search as a single multi-search request: the first query returns the
 * hits with every filter, plus the counts of facets that have no filter of their
 * own; each facet that has its own active filter gets one more query with every
 * filter but that one, no hits, and only that facet.
 *
 * @remarks
 * `page`/`hitsPerPage` make Meilisearch count exhaustively (`totalHits`, and the
 * facet counts with it) up to `pagination.maxTotalHits`. Highlighting asks for
 * sentinel tags on `text` only, without cropping, so `_formatted.text` is the
 * whole sentence.
 *
 */
export function planSearch(index: string, query: SearchQuery): SearchPlan {
  const facets = [...new Set(query.facets ?? [])];
  const ownFiltered = facets.flatMap((facet) => {
    const field = FACET_FILTER[facet];
    return field !== undefined && query.filters?.[field] !== undefined
      ? [{ facet, field }]
      : [];
  });
  const ownFilterFacets = ownFiltered.map(({ facet }) => facet);
  const mainFacets = facets.filter((facet) => !ownFilterFacets.includes(facet));
  const highlight = query.highlight === true && query.hitsPerPage > 0;
  const base = {
    indexUid: index,
    q: query.q,
    matchingStrategy: "all" as const,
  };
  const filter = buildFilter(query.filters);
  const sort = sortFor(query.sort ?? "relevance");

  const main: MultiSearchQueryBody = {
    ...base,
    page: query.page,
    hitsPerPage: query.hitsPerPage,
    ...(filter !== undefined && { filter }),
    ...(sort !== undefined && { sort }),
    ...(mainFacets.length > 0 && { facets: [...mainFacets] }),
    attributesToRetrieve: [...DOCUMENT_FIELDS],
    ...(highlight && {
      attributesToHighlight: ["text"],
      highlightPreTag: HIGHLIGHT_PRE_TAG,
      highlightPostTag: HIGHLIGHT_POST_TAG,
    }),
  };
  const counts = ownFilterFacets.map((facet): MultiSearchQueryBody => {
    const others = buildFilter(
      withoutFilter(query.filters, FACET_FILTER[facet] ?? "ids"),
    );
    return {
      ...base,
      page: 1,
      hitsPerPage: 0,
      ...(others !== undefined && { filter: others }),
      facets: [facet],
    };
  });
  return { queries: [main, ...counts], mainFacets, ownFilterFacets, highlight };
}
