import { z } from "zod";
import { API_FACETS, SEARCH_LIMITS } from "../contract/api-contract.js";
import { sentenceDocumentSchema } from "../search/sentence-document.js";
import { FILTER_LIMITS, MAX_QUERIES, MAX_TAG_LENGTH } from "./limits.js";

/** Document fields a client may retrieve, highlight or crop (`releaseHash` is internal). */
export const PUBLIC_FIELDS = sentenceDocumentSchema
  .omit({ releaseHash: true })
  .keyof().options;
export type PublicField = (typeof PUBLIC_FIELDS)[number];

/** Facets a query may count; `timestamp` also gets `facetStats`. */
const INSTANTSEARCH_FACETS = [...API_FACETS, "category", "timestamp"] as const;

const fieldList = z
  .array(z.enum(["*", ...PUBLIC_FIELDS]))
  .max(PUBLIC_FIELDS.length + 1);

const filterString = z.string().max(FILTER_LIMITS.maxLength);

const tag = z.string().max(MAX_TAG_LENGTH);

const count = (max: number) => z.int().min(0).max(max);

/** The search parameters shared by `multi-search` queries and `facet-search`. */
const searchShape = {
  q: z
    .string()
    .refine((q) => [...q].length <= SEARCH_LIMITS.maxQueryLength, {
      error: `must have at most ${SEARCH_LIMITS.maxQueryLength} characters`,
    })
    .nullable()
    .optional(),
  facets: z.array(z.enum(INSTANTSEARCH_FACETS)).max(20).optional(),
  filter: z
    .union([
      filterString,
      z
        .array(
          z.union([
            filterString,
            z.array(filterString).max(FILTER_LIMITS.maxArrayFilters),
          ]),
        )
        .max(FILTER_LIMITS.maxArrayFilters),
    ])
    .nullable()
    .optional(),
  sort: z
    .array(z.enum(["timestamp:desc", "timestamp:asc"]))
    .max(1, "sorts by one rule: timestamp:desc or timestamp:asc")
    .optional(),
  attributesToHighlight: fieldList.optional(),
  highlightPreTag: tag.optional(),
  highlightPostTag: tag.optional(),
  attributesToCrop: z
    .array(z.string())
    .max(0, "cropping is not offered: every document is one sentence")
    .optional(),
  cropLength: count(1_000).optional(),
  cropMarker: tag.optional(),
  attributesToRetrieve: fieldList.optional(),
  page: z.int().min(1).max(SEARCH_LIMITS.maxPage).optional(),
  hitsPerPage: count(SEARCH_LIMITS.maxHitsPerPage).optional(),
  offset: count(
    SEARCH_LIMITS.maxPage * SEARCH_LIMITS.maxHitsPerPage,
  ).optional(),
  // instant-meilisearch asks one hit more than a page to learn whether another follows.
  limit: count(SEARCH_LIMITS.maxHitsPerPage + 1).optional(),
  showMatchesPosition: z.boolean().optional(),
  matchingStrategy: z
    .literal("all", {
      error: "only `all` is offered: every query word must match (API.md)",
    })
    .optional(),
};

export const multiSearchQuerySchema = z
  .strictObject({ indexUid: z.string().max(400), ...searchShape })
  .refine(
    (p) =>
      (p.page === undefined && p.hitsPerPage === undefined) ||
      (p.offset === undefined && p.limit === undefined),
    {
      error: "use page/hitsPerPage or offset/limit, not both",
      path: ["page"],
    },
  );

export type MultiSearchQuery = z.output<typeof multiSearchQuerySchema>;

export const multiSearchBodySchema = z.strictObject({
  queries: z.array(z.unknown()).min(1).max(MAX_QUERIES),
});

export const facetSearchBodySchema = z.strictObject({
  ...searchShape,
  facetName: z.literal("speaker", {
    error: "facet search is offered on `speaker` only",
  }),
  facetQuery: z
    .string()
    .max(SEARCH_LIMITS.maxValueLength)
    .nullable()
    .optional(),
});

export type FacetSearchBody = z.output<typeof facetSearchBodySchema>;
