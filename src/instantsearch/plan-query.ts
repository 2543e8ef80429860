import { SEARCH_LIMITS } from "../contract/api-contract.js";
import type {
  FacetAttribute,
  FilterExpression,
  SearchQuery,
} from "../search/search-engine.js";
import { FilterSyntaxError, parseFilter } from "./filter-grammar.js";
import type { HitFormat } from "./format-hit.js";
import { meilisearchError } from "./meilisearch-errors.js";
import {
  PUBLIC_FIELDS,
  type MultiSearchQuery,
  type PublicField,
} from "./request-schema.js";

/** Meilisearch's defaults when a query asks for highlighting without tags. */
const DEFAULT_PRE_TAG = "<em>";
const DEFAULT_POST_TAG = "</em>";

export type Paging =
  | {
      readonly kind: "pages";
      readonly page: number;
      readonly hitsPerPage: number;
    }
  | {
      readonly kind: "offset";
      readonly offset: number;
      readonly limit: number;
    };

/** What the engine is asked for one query, and how its answer is shaped. */
export interface QueryPlan {
  /** One engine search, or two consecutive pages covering an offset window. */
  readonly searches: readonly SearchQuery[];
  /** The window's first hit within the concatenated pages. */
  readonly skip: number;
  readonly paging: Paging;
  readonly format: HitFormat;
}

/**
 * Parses `filter` (a string, or Meilisearch's array form: outer AND, inner OR)
 * into one expression; undefined when it filters nothing.
 *
 * @param where - the parameter's path in the body, for error messages
 */
export function parseFilterParameter(
  filter: MultiSearchQuery["filter"],
  where: string,
): FilterExpression | undefined {
  if (filter === undefined || filter === null) return undefined;
  // One condition limit for the whole parameter, not for each of its strings.
  const budget = { conditions: 0 };
  const parseAt = (
    text: string,
    path: string,
  ): FilterExpression | undefined => {
    if (text.trim() === "") return undefined;
    try {
      return parseFilter(text, budget);
    } catch (err) {
      if (!(err instanceof FilterSyntaxError)) throw err;
      throw meilisearchError(
        "invalid_request",
        "invalid_search_filter",
        `Invalid filter at \`${path}\`, position ${err.position}: ${err.message}`,
      );
    }
  };
  if (typeof filter === "string") return parseAt(filter, where);
  const all = filter.flatMap((entry, i) => {
    const parts = (Array.isArray(entry) ? entry : [entry]).flatMap(
      (text, j) => {
        const path = Array.isArray(entry)
          ? `${where}[${i}][${j}]`
          : `${where}[${i}]`;
        return parseAt(text, path) ?? [];
      },
    );
    const [first, ...rest] = parts;
    if (first === undefined) return [];
    return [
      rest.length === 0
        ? first
        : { op: "or" as const, operands: [first, ...rest] as const },
    ];
  });
  const [first, ...rest] = all;
  if (first === undefined) return undefined;
  return rest.length === 0 ? first : { op: "and", operands: [first, ...rest] };
}

function fieldsOf(list: readonly string[] | undefined): readonly PublicField[] {
  if (list === undefined || list.includes("*")) return PUBLIC_FIELDS;
  return PUBLIC_FIELDS.filter((field) => list.includes(field));
}

/**
 * Turns one validated multi-search query into engine searches.
 *
 * @param where - the query's path in the body (`.queries[0]`), for error messages
 */
export function planQuery(query: MultiSearchQuery, where: string): QueryPlan {
  const q = query.q ?? "";
  const filter = parseFilterParameter(query.filter, `${where}.filter`);
  const highlightList = query.attributesToHighlight ?? [];
  const format: HitFormat = {
    retrieve: fieldsOf(query.attributesToRetrieve),
    formatted: highlightList.length > 0,
    highlightText:
      highlightList.includes("*") || highlightList.includes("text"),
    preTag: query.highlightPreTag ?? DEFAULT_PRE_TAG,
    postTag: query.highlightPostTag ?? DEFAULT_POST_TAG,
    showMatchesPosition: query.showMatchesPosition === true,
  };
  const base = {
    q,
    ...(filter !== undefined && { filters: { where: filter } }),
    sort:
      query.sort?.[0] === "timestamp:asc"
        ? ("date:asc" as const)
        : query.sort?.[0] === "timestamp:desc"
          ? ("date:desc" as const)
          : ("relevance" as const),
    highlight:
      q.trim() !== "" && (format.highlightText || format.showMatchesPosition),
  };
  const facets = [...new Set(query.facets ?? [])] as FacetAttribute[];
  const withFacets = facets.length > 0 ? { facets } : {};

  if (query.offset === undefined && query.limit === undefined) {
    const page = query.page ?? 1;
    const hitsPerPage = query.hitsPerPage ?? SEARCH_LIMITS.defaultHitsPerPage;
    return {
      searches: [{ ...base, ...withFacets, page, hitsPerPage }],
      skip: 0,
      paging: { kind: "pages", page, hitsPerPage },
      format,
    };
  }
  const offset = query.offset ?? 0;
  const limit = query.limit ?? SEARCH_LIMITS.defaultHitsPerPage;
  const paging = { kind: "offset" as const, offset, limit };
  if (limit === 0)
    return {
      searches: [{ ...base, ...withFacets, page: 1, hitsPerPage: 0 }],
      skip: 0,
      paging,
      format,
    };
  // The window [offset, offset + limit) spans at most two pages of `limit` hits.
  const page = Math.floor(offset / limit) + 1;
  if (page + 1 > SEARCH_LIMITS.maxPage)
    throw meilisearchError(
      "invalid_request",
      "invalid_search_offset",
      `Invalid value at \`${where}.offset\`: offset/limit reaches past page ${SEARCH_LIMITS.maxPage}`,
    );
  const skip = offset - (page - 1) * limit;
  const first = { ...base, ...withFacets, page, hitsPerPage: limit };
  const searches =
    skip === 0
      ? [first]
      : [first, { ...base, page: page + 1, hitsPerPage: limit }];
  return { searches, skip, paging, format };
}
