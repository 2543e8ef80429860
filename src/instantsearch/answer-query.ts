import type { SearchResult } from "../search/search-engine.js";
import { formatHit } from "./format-hit.js";
import type { QueryPlan } from "./plan-query.js";

/**
 * One multi-search result in Meilisearch's shape, from the engine results of a
 * {@link QueryPlan}: page answers carry `totalHits`/`totalPages`, offset
 * answers `estimatedTotalHits` (exact here unless the engine stopped counting).
 */
export function answerQuery(
  indexUid: string,
  query: string,
  requestedFacets: readonly string[] | undefined,
  plan: QueryPlan,
  results: readonly SearchResult[],
): Record<string, unknown> {
  const [main, ...rest] = results;
  if (main === undefined)
    throw new Error("a query plan runs one search at least");
  const { paging } = plan;
  const size = paging.kind === "pages" ? paging.hitsPerPage : paging.limit;
  const hits = [main, ...rest]
    .flatMap((result) => result.hits)
    .slice(plan.skip, plan.skip + size)
    .map((hit) => formatHit(hit, plan.format));
  const counts =
    paging.kind === "pages"
      ? {
          hitsPerPage: paging.hitsPerPage,
          page: paging.page,
          totalPages:
            paging.hitsPerPage === 0
              ? 0
              : Math.ceil(main.total / paging.hitsPerPage),
          totalHits: main.total,
        }
      : {
          limit: paging.limit,
          offset: paging.offset,
          estimatedTotalHits: main.total,
        };
  const facets = [...new Set(requestedFacets ?? [])];
  return {
    indexUid,
    hits,
    query,
    processingTimeMs: Math.round(
      results.reduce((sum, r) => sum + r.processingTimeMs, 0),
    ),
    ...counts,
    ...(requestedFacets !== undefined && {
      facetDistribution: Object.fromEntries(
        facets.map((facet) => [
          facet,
          main.facets[facet as keyof SearchResult["facets"]] ?? {},
        ]),
      ),
    }),
    ...(facets.includes("timestamp") && {
      facetStats: main.facetStats?.timestamp
        ? { timestamp: main.facetStats.timestamp }
        : {},
    }),
  };
}
