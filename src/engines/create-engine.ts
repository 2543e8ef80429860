import type { Logger } from "pino";
import type { Config } from "../../config/config.js";
import { AppError } from "../errors/app-error.js";
import type { SearchEngine } from "../search/search-engine.js";
import { openEmbeddedEngine } from "./embedded/embedded-engine.js";
import {
  assertSearchOnlyKey,
  createMeilisearchEngine,
} from "./meilisearch/meilisearch-engine.js";

/**
 * Picks the engine from the configuration: Meilisearch when MEILI_URL is set,
 * otherwise the embedded engine. The API gets Meilisearch only through a
 * search-only key (verified here, so a writable key stops the start); the
 * indexer gets the admin key.
 *
 * @param role - `api` (search key) or `indexer` (admin key)
 */
export async function createEngine(
  config: Config,
  role: "api" | "indexer",
  logger: Logger,
): Promise<SearchEngine> {
  const meili = config.meilisearch;
  const log = logger.child({ component: "engine" });
  if (meili === undefined) {
    return openEmbeddedEngine({
      ...(config.indexing.dataDir !== undefined && {
        dataDir: config.indexing.dataDir,
      }),
      logger: { warn: (fields, message) => log.warn(fields, message) },
    });
  }
  const apiKey = role === "api" ? meili.searchKey : meili.adminKey;
  if (apiKey === undefined) {
    const variable = role === "api" ? "MEILI_SEARCH_KEY" : "MEILI_ADMIN_KEY";
    throw new AppError(
      "invalid_request",
      `${variable} must be set when MEILI_URL is set`,
    );
  }
  if (role === "api") {
    await assertSearchOnlyKey({
      url: meili.url,
      apiKey,
      requestTimeoutMs: meili.requestTimeoutMs,
      index: config.indexing.indexName,
    });
  }
  return createMeilisearchEngine({
    url: meili.url,
    apiKey,
    requestTimeoutMs: meili.requestTimeoutMs,
    taskTimeoutMs: meili.taskTimeoutMs,
    batchMaxDocuments: meili.batchMaxDocuments,
    batchMaxBytes: meili.batchMaxBytes,
    logger: log,
  });
}
