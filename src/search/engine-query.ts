import {
  FACET_FILTER,
  type FacetAttribute,
  type SearchFilters,
  type SearchQuery,
  type SearchResult,
} from "./search-engine.js";
import type { SearchRequest } from "./search-types.js";
import { dateToTimestamp } from "./sentence-document.js";

/** The service's request as an engine query: typed filters, timestamps for dates. */
export function toEngineQuery(request: SearchRequest): SearchQuery {
  return {
    q: request.q,
    filters: {
      ...(request.speakers.length > 0 && { speakers: request.speakers }),
      ...(request.releaseIds.length > 0 && { releaseIds: request.releaseIds }),
      ...(request.from !== undefined && {
        fromTimestamp: dateToTimestamp(request.from),
      }),
      ...(request.to !== undefined && {
        toTimestamp: dateToTimestamp(request.to),
      }),
    },
    sort: request.sort,
    page: request.page,
    hitsPerPage: request.hitsPerPage,
    facets: request.facets,
    highlight: request.q.trim() !== "",
  };
}

/** Keeps the most frequent values of each facet, plus every value the user selected. */
export function capFacets(
  result: SearchResult,
  requested: readonly FacetAttribute[],
  filters: SearchFilters,
  max: number,
): Record<string, Record<string, number>> {
  const facets: Record<string, Record<string, number>> = {};
  for (const facet of requested) {
    const counts = result.facets[facet] ?? {};
    // Engines return counts most frequent first; only a long list needs cutting.
    const entries = Object.entries(counts);
    const kept = Object.fromEntries(
      entries.length <= max
        ? entries
        : entries
            .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
            .slice(0, max),
    );
    const ownFilter = FACET_FILTER[facet];
    for (const value of ownFilter === undefined
      ? []
      : (filters[ownFilter] ?? []))
      kept[value] = counts[value] ?? 0;
    facets[facet] = kept;
  }
  return facets;
}
