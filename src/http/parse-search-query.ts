import {
  searchParamsSchema,
  type SearchParams,
} from "../api/request-schemas.js";
import { parseWith } from "./validate.js";

const REPEATABLE = new Set(["speaker", "release"]);
const INTEGER = new Set(["page", "hitsPerPage"]);

/**
 * Validates the query string of `GET /v1/search`: it is first brought to the
 * shape of the POST body (repeatable parameters as arrays, numbers as numbers,
 * `facets` split on commas), so both methods share one schema and its messages.
 */
export function parseSearchQuery(
  query: Readonly<Record<string, unknown>>,
): SearchParams {
  // No prototype: `__proto__` stays an own key, so the schema rejects it as unknown.
  const normalised = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of Object.entries(query)) {
    if (REPEATABLE.has(key))
      normalised[key] = Array.isArray(value) ? value : [value];
    else if (INTEGER.has(key) && typeof value === "string")
      normalised[key] = toInteger(value);
    else if (key === "facets" && typeof value === "string")
      normalised[key] = splitList(value);
    else normalised[key] = value;
  }
  return parseWith(searchParamsSchema, normalised, "query parameters");
}

/** Parses the JSON body of `POST /v1/search`. A missing body means all defaults. */
export function parseSearchBody(body: unknown): SearchParams {
  return parseWith(searchParamsSchema, body ?? {}, "request body");
}

function toInteger(value: string): number | string {
  return /^-?\d{1,15}$/.test(value.trim()) ? Number(value) : value;
}

function splitList(value: string): string[] {
  return value
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v !== "");
}
