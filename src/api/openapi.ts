// The whole OpenAPI document in one file, one registration per endpoint of
// API.md in the contract's order, so it reads like the contract: hence its length.
import {
  OpenAPIRegistry,
  OpenApiGeneratorV31,
} from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { INDEX_SETTINGS } from "../../config/index-settings.js";
import { REMEMBERED_JOBS } from "../../indexer/port.js";
import {
  CONTEXT_SIZE,
  SEARCH_BODY_LIMIT_BYTES,
} from "../contract/api-contract.js";
import { registerInstantsearchPaths } from "../instantsearch/openapi-paths.js";
import {
  idParamSchema,
  searchParamsSchema,
  searchQueryStringSchema,
  speakersParamsSchema,
} from "./request-schemas.js";
import {
  errorResponseSchema,
  healthResponseSchema,
  reindexJobSchema,
  releaseResponseSchema,
  searchResponseSchema,
  sentenceResponseSchema,
  speakersResponseSchema,
} from "./response-schemas.js";

const { oneTypo, twoTypos } = INDEX_SETTINGS.typoTolerance.minWordSizeForTypos;
const BODY_LIMIT = `${SEARCH_BODY_LIMIT_BYTES / 1024} KiB`;

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const errors = {
  400: json(
    errorResponseSchema,
    "`invalid_request`: a parameter is missing, malformed or out of range",
  ),
  429: {
    ...json(
      errorResponseSchema,
      "`rate_limited`: over the per-client rate limit",
    ),
    headers: {
      "Retry-After": {
        description: "Seconds to wait",
        schema: { type: "integer" as const },
      },
    },
  },
  500: json(errorResponseSchema, "`internal`"),
  503: json(
    errorResponseSchema,
    "`engine_unavailable`: the engine cannot be reached or timed out",
  ),
};

const cached = {
  headers: {
    ETag: {
      description: "Content hash; send it back in If-None-Match",
      schema: { type: "string" as const },
    },
    "Cache-Control": {
      description: "Short public caching",
      schema: { type: "string" as const },
    },
  },
};
const notModified = {
  304: { description: "Not modified (If-None-Match matched the ETag)" },
};

/**
 * The OpenAPI 3.1 document of the service, generated from the same zod schemas
 * that validate requests, so the two cannot drift apart.
 */
export function createOpenApiDocument(): object {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent("securitySchemes", "adminToken", {
    type: "http",
    scheme: "bearer",
  });
  const idParams = z.object({ id: idParamSchema });

  registry.registerPath({
    method: "get",
    path: "/v1/search",
    summary: "Search sentences",
    description:
      `Typo tolerant (no typo under ${oneTypo} letters, 1 from ${oneTypo}, 2 from ${twoTypos}, none on numbers), prefix on the last word, ` +
      "all words must match. Repeatable parameters repeat (`speaker=A&speaker=B`). Unknown parameters are rejected.",
    request: { query: searchQueryStringSchema },
    responses: {
      200: {
        ...json(searchResponseSchema, "Hits, facet counts and highlights"),
        ...cached,
      },
      ...notModified,
      ...errors,
    },
  });
  registry.registerPath({
    method: "post",
    path: "/v1/search",
    summary: "Search sentences (JSON body)",
    description: `Same parameters as GET, as a JSON body of at most ${BODY_LIMIT}; repeatable parameters are arrays.`,
    request: {
      body: { content: { "application/json": { schema: searchParamsSchema } } },
    },
    responses: {
      200: json(searchResponseSchema, "Hits, facet counts and highlights"),
      413: json(
        errorResponseSchema,
        `\`payload_too_large\`: body over ${BODY_LIMIT}`,
      ),
      415: json(
        errorResponseSchema,
        "`unsupported_media_type` (extension): the body is not JSON",
      ),
      ...errors,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/v1/speakers",
    summary: "Speakers by number of sentences",
    request: { query: speakersParamsSchema },
    responses: {
      200: {
        ...json(speakersResponseSchema, "Speakers, most frequent first"),
        ...cached,
      },
      ...notModified,
      ...errors,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/v1/releases/{id}",
    summary: "A whole release, its sentences in order",
    request: { params: idParams },
    responses: {
      200: { ...json(releaseResponseSchema, "The release"), ...cached },
      ...notModified,
      404: json(errorResponseSchema, "`not_found`: unknown release"),
      ...errors,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/v1/sentences/{id}",
    summary: `A sentence with up to ${CONTEXT_SIZE} sentences of context on each side`,
    request: { params: idParams },
    responses: {
      200: {
        ...json(sentenceResponseSchema, "The sentence and its context"),
        ...cached,
      },
      ...notModified,
      404: json(errorResponseSchema, "`not_found`: unknown sentence"),
      ...errors,
    },
  });
  const adminNote =
    " Admin routes are disabled (404) when no ADMIN_TOKEN is configured.";
  registry.registerPath({
    method: "post",
    path: "/v1/admin/reindex",
    summary: "Start a full reindex (queued behind a running one)",
    description: `Builds a new index, checks it, swaps it in atomically; the old index serves until then.${adminNote}`,
    security: [{ [bearer.name]: [] }],
    responses: {
      202: json(reindexJobSchema, "The job, queued or running"),
      401: json(errorResponseSchema, "`unauthorized`: missing or wrong token"),
      404: json(errorResponseSchema, "`not_found`: admin routes are disabled"),
      ...errors,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/v1/admin/reindex/{jobId}",
    summary: "State of a reindex job",
    description: `Jobs are kept in memory; the last ${REMEMBERED_JOBS} are remembered.${adminNote}`,
    security: [{ [bearer.name]: [] }],
    request: { params: z.object({ jobId: idParamSchema }) },
    responses: {
      200: json(reindexJobSchema, "The job"),
      401: json(errorResponseSchema, "`unauthorized`: missing or wrong token"),
      404: json(
        errorResponseSchema,
        "`not_found`: unknown job, or admin routes disabled",
      ),
      ...errors,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/healthz",
    summary: "Liveness: 200 while the process runs",
    responses: { 200: json(healthResponseSchema, "Alive") },
  });
  registry.registerPath({
    method: "get",
    path: "/readyz",
    summary:
      "Readiness: 200 when the engine answers and the index holds documents",
    responses: {
      200: json(healthResponseSchema, "Ready"),
      503: json(healthResponseSchema, "Not ready, with the reason"),
    },
  });
  registry.registerPath({
    method: "get",
    path: "/metrics",
    summary: "Prometheus metrics (text exposition format)",
    description:
      "Never rate-limited. When METRICS_TOKEN is set, requires `Authorization: Bearer <METRICS_TOKEN>`; when METRICS_PORT is set, served only on that port (404 here).",
    security: [{ [bearer.name]: [] }, {}],
    responses: {
      200: {
        description: "Metrics",
        content: { "text/plain": { schema: z.string() } },
      },
      401: json(
        errorResponseSchema,
        "`unauthorized`: METRICS_TOKEN is set and the token is missing or wrong",
      ),
    },
  });
  registry.registerPath({
    method: "get",
    path: "/openapi.json",
    summary: "This document",
    responses: {
      200: {
        description: "OpenAPI 3.1",
        content: { "application/json": { schema: z.object({}) } },
      },
      429: errors[429],
    },
  });
  registry.registerPath({
    method: "get",
    path: "/",
    summary: "The demo search page (HTML)",
    responses: {
      200: {
        description: "HTML page",
        content: { "text/html": { schema: z.string() } },
      },
      429: errors[429],
    },
  });

  registerInstantsearchPaths(registry);

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "release-search",
      version: "1.0.0",
      description:
        "Full-text search over diplomatic press releases, one document per sentence, with speaker facets. " +
        "Every error is `{ error: { code, message, details? } }`. All /v1 routes, the demo page and this document are rate limited per client (429); probes and metrics are not.",
    },
  });
}
