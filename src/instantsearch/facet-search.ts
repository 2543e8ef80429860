import type { SearchService } from "../search/search-service.js";
import { FILTER_LIMITS } from "./limits.js";
import { parseFilterParameter } from "./plan-query.js";
import type { FacetSearchBody } from "./request-schema.js";

/** Meilisearch's cap on facet-search answers. */
const MAX_FACET_HITS = 100;

/**
 * Meilisearch's `facet-search` on `speaker`: speakers whose name matches
 * `facetQuery` (prefix and typo tolerant, as `/v1/speakers`), counted among the
 * documents matching `q` and `filter`, most frequent first.
 *
 * @remarks
 * With a facet query, the 100 matching names most frequent in the whole index
 * are counted: a name matching the query but rarer than those is left out.
 */
export async function searchSpeakerValues(
  service: SearchService,
  body: FacetSearchBody,
): Promise<Record<string, unknown>> {
  const started = performance.now();
  const facetQuery = body.facetQuery ?? "";
  const filter = parseFilterParameter(body.filter, ".filter");
  const candidates =
    facetQuery.trim() === ""
      ? undefined
      : (await service.speakers(facetQuery))
          .slice(0, FILTER_LIMITS.maxValuesPerList)
          .map((speaker) => speaker.name);
  const result =
    candidates?.length === 0
      ? undefined
      : await service.select({
          q: body.q ?? "",
          page: 1,
          hitsPerPage: 0,
          facets: ["speaker"],
          filters: {
            ...(filter !== undefined && { where: filter }),
            ...(candidates !== undefined && { speakers: candidates }),
          },
        });
  // The engine's speaker counts leave out the speaker selection itself, so keep only candidates.
  const counts = Object.entries(result?.facets.speaker ?? {}).filter(
    ([value]) => candidates === undefined || candidates.includes(value),
  );
  counts.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return {
    facetHits: counts
      .slice(0, MAX_FACET_HITS)
      .map(([value, count]) => ({ value, count })),
    facetQuery: body.facetQuery ?? null,
    processingTimeMs: Math.round(performance.now() - started),
  };
}
