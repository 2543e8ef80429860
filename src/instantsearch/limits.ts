import { SEARCH_LIMITS } from "../contract/api-contract.js";

/** Limits of the filter grammar; values share `/v1/search`'s limits. */
export const FILTER_LIMITS = Object.freeze({
  maxLength: 4_096,
  maxDepth: 5,
  maxConditions: 50,
  maxValuesPerList: SEARCH_LIMITS.maxValuesPerFilter,
  maxValueLength: SEARCH_LIMITS.maxValueLength,
  /** Strings or OR-groups in a filter written as an array. */
  maxArrayFilters: 20,
});

/** Queries in one multi-search: InstantSearch sends one, plus one per refined disjunctive facet. */
export const MAX_QUERIES = 10;

/** Longest highlight or crop tag: tags are markup, not content. */
export const MAX_TAG_LENGTH = 64;
