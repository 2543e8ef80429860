import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import {
  facetSearchBodySchema,
  multiSearchQuerySchema,
} from "./request-schema.js";

/** Meilisearch's error body, which this route answers instead of the API's. */
export const meilisearchErrorSchema = z
  .object({
    message: z.string(),
    code: z.string(),
    type: z.enum(["invalid_request", "auth", "internal", "system"]),
    link: z.string(),
  })
  .meta({ id: "MeilisearchError" });

const count = z.int().nonnegative();

/** One result of a multi-search, as Meilisearch shapes it. */
const multiSearchResultSchema = z
  .object({
    indexUid: z.string(),
    query: z.string(),
    processingTimeMs: count,
    hits: z.array(z.record(z.string(), z.unknown())).meta({
      description:
        "The retrieved fields, plus `_formatted` when highlighting was asked and `_matchesPosition` when asked.",
    }),
    hitsPerPage: count.optional(),
    page: count.optional(),
    totalPages: count.optional(),
    totalHits: count.optional(),
    limit: count.optional(),
    offset: count.optional(),
    estimatedTotalHits: count.optional(),
    facetDistribution: z
      .record(z.string(), z.record(z.string(), count))
      .optional(),
    facetStats: z
      .record(z.string(), z.object({ min: z.number(), max: z.number() }))
      .optional(),
  })
  .meta({ id: "MultiSearchResult" });

export const multiSearchResponseSchema = z.object({
  results: z.array(multiSearchResultSchema),
});

export const facetSearchResponseSchema = z.object({
  facetHits: z.array(z.object({ value: z.string(), count })),
  facetQuery: z.string().nullable(),
  processingTimeMs: count,
});

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const errors = {
  400: json(
    meilisearchErrorSchema,
    "`bad_request` (unknown parameter), `invalid_search_<parameter>`, `invalid_search_filter` (with the position)",
  ),
  404: json(meilisearchErrorSchema, "`index_not_found`: another index uid"),
  413: json(meilisearchErrorSchema, "`payload_too_large`: body over 64 KiB"),
  415: json(meilisearchErrorSchema, "`invalid_content_type`: not JSON"),
  429: json(meilisearchErrorSchema, "`too_many_search_requests`"),
  500: json(meilisearchErrorSchema, "`internal`"),
  503: json(meilisearchErrorSchema, "`search_engine_unavailable`"),
};

const NOTE =
  "For `@meilisearch/instant-meilisearch` 1.x (host `/v1/instantsearch`, any key). " +
  "Errors take Meilisearch's shape `{ message, code, type, link }`. " +
  "Filters follow a strict grammar: `=`, `!=`, `IN`, `NOT IN` on speaker, releaseId, location, category, mentions; " +
  "`<`, `<=`, `>`, `>=`, `=`, `TO` on timestamp (integers) and date (YYYY-MM-DD); NOT, AND, OR, parentheses (5 levels).";

/** Adds the InstantSearch endpoints to the service's OpenAPI document. */
export function registerInstantsearchPaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "post",
    path: "/v1/instantsearch/multi-search",
    summary: "Meilisearch multi-search, for InstantSearch",
    description: `${NOTE} \`_formatted\` holds raw text with the tags, except when a tag contains \`<\`: then the text is HTML-escaped and only the tags are markup.`,
    request: {
      body: {
        content: {
          "application/json": {
            schema: z.object({
              queries: z.array(multiSearchQuerySchema).min(1).max(10),
            }),
          },
        },
      },
    },
    responses: {
      200: json(multiSearchResponseSchema, "One result per query, in order"),
      ...errors,
    },
  });
  registry.registerPath({
    method: "post",
    path: "/v1/instantsearch/indexes/{indexUid}/facet-search",
    summary: "Meilisearch facet search on `speaker`, for InstantSearch",
    description: `${NOTE} Speakers whose name matches \`facetQuery\` (prefix and typo tolerant), counted among the documents matching \`q\` and \`filter\`.`,
    request: {
      params: z.object({ indexUid: z.string() }),
      body: {
        content: { "application/json": { schema: facetSearchBodySchema } },
      },
    },
    responses: {
      200: json(
        facetSearchResponseSchema,
        "Matching speakers, most frequent first",
      ),
      ...errors,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/examples/instantsearch",
    summary:
      "Example page built with instantsearch.js and instant-meilisearch (HTML)",
    responses: {
      200: {
        description: "HTML page",
        content: { "text/html": { schema: z.string() } },
      },
    },
  });
}
