import type { IndexSettings } from "../../../config/index-settings.js";
import { AppError } from "../../errors/app-error.js";
import type {
  SearchHit,
  SearchQuery,
  SearchResult,
} from "../../search/search-engine.js";
import { countBits } from "./bitset.js";
import type { EmbeddedIndex } from "./embedded-index.js";
import { countFacets, timestampStats } from "./facet-counts.js";
import { applyFilters, buildFilterSets } from "./filters.js";
import { highlightSegments } from "./highlighter.js";
import { cachesOf } from "./index-caches.js";
import { parseQuery } from "./query-parser.js";
import { planQuery } from "./query-planner.js";
import { rankByRelevance } from "./ranking.js";
import { sortHits } from "./sort-orders.js";
import { buildSynonymMap, type SynonymMap } from "./synonym-map.js";

const synonymMaps = new WeakMap<IndexSettings, SynonymMap>();

/**
 * Runs one search on an index, synchronously: the index cannot change while it
 * runs, so a search always sees one consistent state.
 *
 * @param cacheResults - reuse the result of an identical query on the same index state
 */
export function runSearch(
  index: EmbeddedIndex,
  query: SearchQuery,
  cacheResults = true,
): SearchResult {
  const started = performance.now();
  assertPaging(query);
  if (!cacheResults)
    return {
      ...computeResult(index, query),
      processingTimeMs: performance.now() - started,
    };
  const results = cachesOf(index).results;
  const key = JSON.stringify(query);
  const cached = results.get(key);
  if (cached !== undefined)
    return { ...cached, processingTimeMs: performance.now() - started };
  const result = computeResult(index, query);
  results.set(key, freezeResult(result));
  return { ...result, processingTimeMs: performance.now() - started };
}

function computeResult(
  index: EmbeddedIndex,
  query: SearchQuery,
): Omit<SearchResult, "processingTimeMs"> {
  const settings = index.settings;
  const parsed = parseQuery(query.q, settings.typoTolerance);
  const plan = planQuery(index, parsed, synonymsOf(settings));
  const filterSets = buildFilterSets(index, query.filters);
  const hits = applyFilters(plan.matches, filterSets);
  const total = countBits(hits);
  const offset = (query.page - 1) * query.hitsPerPage;
  const limit = Math.min(offset + query.hitsPerPage, total);
  const sort = query.sort ?? "relevance";
  const ordered =
    limit <= offset
      ? []
      : sort === "relevance"
        ? rankByRelevance(index, plan.terms, hits, limit)
        : sortHits(index, sort, hits, limit);
  const unfiltered =
    parsed.items.length === 0 &&
    parsed.negatives.length === 0 &&
    Object.keys(filterSets).length === 0;
  const facets = countFacets(
    index,
    query.facets ?? [],
    plan.matches,
    filterSets,
    unfiltered,
  );
  const pageHits = ordered.slice(offset).map((ordinal): SearchHit => {
    const document = index.docs[ordinal];
    if (document === undefined) throw new Error(`no document at ${ordinal}`);
    return query.highlight === true
      ? {
          id: document.id,
          document,
          highlight: highlightSegments(document.text, plan),
        }
      : { id: document.id, document };
  });
  const stats = query.facets?.includes("timestamp")
    ? timestampStats(index, hits)
    : undefined;
  return {
    hits: pageHits,
    total,
    totalIsEstimate: false,
    facets,
    ...(stats !== undefined && { facetStats: { timestamp: stats } }),
  };
}

/** Cached results are shared between callers: nobody may change them. */
function freezeResult(
  result: Omit<SearchResult, "processingTimeMs">,
): SearchResult {
  for (const hit of result.hits) Object.freeze(hit);
  Object.freeze(result.hits);
  for (const counts of Object.values(result.facets)) Object.freeze(counts);
  Object.freeze(result.facets);
  return Object.freeze({ ...result, processingTimeMs: 0 });
}

function synonymsOf(settings: IndexSettings): SynonymMap {
  let map = synonymMaps.get(settings);
  if (map === undefined) {
    map = buildSynonymMap(settings.synonyms);
    synonymMaps.set(settings, map);
  }
  return map;
}

function assertPaging(query: SearchQuery): void {
  const problems: Record<string, string> = {};
  if (!Number.isInteger(query.page) || query.page < 1)
    problems["page"] = "must be an integer ≥ 1";
  if (!Number.isInteger(query.hitsPerPage) || query.hitsPerPage < 0) {
    problems["hitsPerPage"] = "must be an integer ≥ 0";
  }
  if (Object.keys(problems).length > 0) {
    throw new AppError("invalid_request", "invalid paging", {
      details: problems,
    });
  }
}
