import type { IndexSettings } from "../../../config/index-settings.js";
import { AppError } from "../../errors/app-error.js";
import type {
  SearchHit,
  SearchQuery,
  SearchResult,
} from "../../search/search-engine.js";
import { countBits } from "./bitset.js";
import type { EmbeddedIndex } from "./embedded-index.js";
import { countFacets } from "./facet-counts.js";
import { applyFilters, buildFilterSets } from "./filters.js";
import { highlightSegments } from "./highlighter.js";
import { parseQuery } from "./query-parser.js";
import { planQuery } from "./query-planner.js";
import { rankByRelevance } from "./ranking.js";
import { sortHits } from "./sort-orders.js";
import { buildSynonymMap, type SynonymMap } from "./synonym-map.js";

const synonymMaps = new WeakMap<IndexSettings, SynonymMap>();

/**
 * Runs one search on an index, synchronously: the index cannot change while it
 * runs, so a search always sees one consistent state.
 */
export function runSearch(
  index: EmbeddedIndex,
  query: SearchQuery,
): SearchResult {
  const started = performance.now();
  assertPaging(query);
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
  return {
    hits: pageHits,
    total,
    totalIsEstimate: false,
    facets,
    processingTimeMs: performance.now() - started,
  };
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
