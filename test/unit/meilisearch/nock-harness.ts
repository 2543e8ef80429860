import nock from "nock";
import {
  createMeilisearchEngine,
  type MeilisearchEngineOptions,
} from "../../../src/engines/meilisearch/meilisearch-engine.js";
import type { SearchEngine } from "../../../src/search/search-engine.js";
import { AppError } from "../../../src/errors/app-error.js";

export const MEILI_URL = "http://meili.test:7700";
export const API_KEY = "test-admin-key-0123456789";

/** An engine on the fake host, with small limits so failure tests stay fast. */
export function makeEngine(
  overrides: Partial<MeilisearchEngineOptions> = {},
): SearchEngine {
  return createMeilisearchEngine({
    url: MEILI_URL,
    apiKey: API_KEY,
    requestTimeoutMs: 500,
    taskTimeoutMs: 1_000,
    batchMaxDocuments: 1_000,
    batchMaxBytes: 1_000_000,
    taskPollIntervalMs: 1,
    ...overrides,
  });
}

/**
 * A nock scope for Meilisearch that only matches requests carrying the key as a
 * bearer token, a JSON content type and `accept-encoding: identity` (the adapter
 * sends all three on every request; compressed answers stalled fetch ~45 ms).
 */
export function meili(apiKey = API_KEY): nock.Scope {
  return nock(MEILI_URL, {
    reqheaders: {
      authorization: `Bearer ${apiKey}`,
      "content-type": "application/json",
      "accept-encoding": "identity",
    },
  });
}

/** Awaits a rejection and returns it as an AppError (anything else fails the test). */
export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("expected the promise to reject with an AppError");
}
