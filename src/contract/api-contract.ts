/**
 * Values of the HTTP contract (API.md) that the server and the demo page both
 * need at run time. It imports nothing, so the browser loads it as is (served
 * at /assets/contract); everything else imports these rather than restating them.
 */

/** Characters a document or release id may use (Meilisearch's rule), and its size limit. */
export const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9_-]{1,511}$/;

/** Limits of the search parameters (API.md "GET /v1/search"). */
export const SEARCH_LIMITS = Object.freeze({
  maxQueryLength: 512,
  maxPage: 10_000,
  maxHitsPerPage: 100,
  defaultHitsPerPage: 20,
  maxValuesPerFilter: 100,
  maxValueLength: 256,
});

/** Largest JSON body of `POST /v1/search`. */
export const SEARCH_BODY_LIMIT_BYTES = 16 * 1024;

/** Orders a search can ask for: `relevance`, or by date (each release read in order). */
export const SEARCH_SORTS = ["relevance", "date:desc", "date:asc"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Facets the API counts. */
export const API_FACETS = [
  "speaker",
  "releaseId",
  "location",
  "mentions",
] as const;
export type ApiFacet = (typeof API_FACETS)[number];

/** Sentences shown on each side of a sentence in `/v1/sentences/{id}`. */
export const CONTEXT_SIZE = 2;
