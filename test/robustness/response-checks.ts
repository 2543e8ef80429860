import { expect } from "chai";
import type { z } from "zod";
import {
  errorResponseSchema,
  healthResponseSchema,
  reindexJobSchema,
  releaseResponseSchema,
  searchResponseSchema,
  sentenceResponseSchema,
  speakersResponseSchema,
} from "../../src/api/response-schemas.js";
import {
  facetSearchResponseSchema,
  meilisearchErrorSchema,
  multiSearchResponseSchema,
} from "../../src/instantsearch/openapi-paths.js";
import type { RawResponse } from "./raw-http.js";

/** An operation of /openapi.json: method and path template. */
export interface Operation {
  readonly method: string;
  readonly path: string;
}

/** The success schema of each JSON operation; the others are text, HTML or the OpenAPI document. */
const SUCCESS_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  "GET /v1/search": searchResponseSchema,
  "POST /v1/search": searchResponseSchema,
  "GET /v1/speakers": speakersResponseSchema,
  "GET /v1/releases/{id}": releaseResponseSchema,
  "GET /v1/sentences/{id}": sentenceResponseSchema,
  "POST /v1/admin/reindex": reindexJobSchema,
  "GET /v1/admin/reindex/{jobId}": reindexJobSchema,
  "GET /healthz": healthResponseSchema,
  "GET /readyz": healthResponseSchema,
  "POST /v1/instantsearch/multi-search": multiSearchResponseSchema,
  "POST /v1/instantsearch/indexes/{indexUid}/facet-search":
    facetSearchResponseSchema,
};

/** Statuses any route may answer whatever the document says. */
const ALWAYS_POSSIBLE = [304, 404];

/** The documented operations of an OpenAPI document, with their documented statuses. */
export function operationsOf(
  document: unknown,
): Map<string, readonly number[]> {
  const paths = (
    document as { paths: Record<string, Record<string, { responses: object }>> }
  ).paths;
  const operations = new Map<string, readonly number[]>();
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      operations.set(
        `${method.toUpperCase()} ${path}`,
        Object.keys(operation.responses).map(Number),
      );
    }
  }
  return operations;
}

/**
 * Asserts the response is what the contract promises: no 5xx, a documented
 * status, no body on HEAD and 304, otherwise JSON of the documented shape
 * (the error shape for 4xx), Prometheus text on /metrics, HTML on `/`.
 */
export function expectWellFormed(
  operation: Operation,
  requestMethod: string,
  response: RawResponse,
  documented: ReadonlyMap<string, readonly number[]>,
): void {
  const key = `${operation.method} ${operation.path}`;
  const where = `${requestMethod} ${key} → ${response.status} ${response.text.slice(0, 300)}`;
  expect(response.status, where).to.be.below(500);
  const statuses = documented.get(key);
  expect(statuses, `${key} is not in /openapi.json`).to.not.equal(undefined);
  expect([...(statuses ?? []), ...ALWAYS_POSSIBLE], where).to.include(
    response.status,
  );
  if (requestMethod === "HEAD" || response.status === 304) {
    expect(response.text, where).to.equal("");
    return;
  }
  const type = response.headers.get("content-type") ?? "";
  if (response.status < 400 && key === "GET /metrics") {
    expect(type, where).to.match(/^text\/plain/);
    expect(response.text, where).to.match(/^# HELP /m);
    return;
  }
  if (
    response.status < 400 &&
    (key === "GET /" || key === "GET /examples/instantsearch")
  ) {
    expect(type, where).to.match(/^text\/html/);
    return;
  }
  expect(type, where).to.match(/^application\/json/);
  const body: unknown = JSON.parse(response.text);
  if (response.status >= 400) {
    // The InstantSearch routes answer errors as Meilisearch does.
    const error = (
      key.includes(" /v1/instantsearch/")
        ? meilisearchErrorSchema
        : errorResponseSchema
    ).safeParse(body);
    expect(error.success, `${where}: ${error.error?.message ?? ""}`).to.equal(
      true,
    );
    return;
  }
  if (key === "GET /openapi.json") {
    expect(body, where)
      .to.have.property("openapi")
      .that.matches(/^3\.1\./);
    return;
  }
  const schema = SUCCESS_SCHEMAS[key];
  expect(schema, `no success schema for ${key}`).to.not.equal(undefined);
  const parsed = schema!.safeParse(body);
  expect(parsed.success, `${where}: ${parsed.error?.message ?? ""}`).to.equal(
    true,
  );
}
