import { Meilisearch, type EnqueuedTask } from "meilisearch";
import { INDEX_SETTINGS } from "../../../config/index-settings.js";
import type { SearchEngine } from "../../search/search-engine.js";
import { batchDocuments } from "./batch-documents.js";
import { buildReleaseDeletionFilter } from "./build-filter.js";
import {
  fromMeilisearchSettings,
  toMeilisearchSettings,
} from "./index-settings-mapping.js";
import {
  checkSearchOnlyKey,
  WRITE_PROBE_BODY,
  type ProbeAnswer,
} from "./key-probe.js";
import { planSearch } from "./plan-search.js";
import {
  countFromPlaceholderSearch,
  readSearchResults,
} from "./read-search-results.js";
import {
  mergeVariantHits,
  speakersFromDistribution,
  withSpeakerVariants,
} from "./speaker-variants.js";
import {
  meilisearchErrorCode,
  meilisearchStatus,
  translateMeilisearchError,
} from "./translate-error.js";
import { checkTaskSucceeded, waitForTask } from "./wait-for-task.js";

/** The subset of a pino logger the adapter uses. */
export interface MeilisearchEngineLogger {
  debug(details: object, message: string): void;
  info(details: object, message: string): void;
}

export interface MeilisearchEngineOptions {
  readonly url: string;
  readonly apiKey: string;
  /** Limit for each HTTP request, task polls included. */
  readonly requestTimeoutMs: number;
  /** Limit for waiting on one task: large imports take minutes, not the client's 5 s. */
  readonly taskTimeoutMs: number;
  readonly batchMaxDocuments: number;
  readonly batchMaxBytes: number;
  /** First pause between task polls; it doubles up to 1 s. Default 50 ms. */
  readonly taskPollIntervalMs?: number;
  readonly logger?: MeilisearchEngineLogger;
}

const PRIMARY_KEY = "id";
/**
 * Asks Meilisearch for plain answers. Node's fetch asks for gzip by default; Meilisearch
 * then answers with a compressed, chunked body that fetch took 45–55 ms to receive
 * (Nagle on the server's partial writes meets the client's delayed ACK), against 2–3 ms
 * of search. Answers are small and travel over a local network, so compression buys
 * nothing. Connections are kept alive by fetch's global dispatcher.
 */
export const UNCOMPRESSED_ANSWERS = { "accept-encoding": "identity" } as const;
const INDEX_PAGE_SIZE = 100;
/** Release ids per delete-by-filter task, to keep filter expressions reasonably short. */
const RELEASES_PER_DELETE = 1_000;

/** The official client, asking for uncompressed answers. */
function createClient(options: {
  readonly url: string;
  readonly apiKey: string;
  readonly requestTimeoutMs: number;
}): Meilisearch {
  return new Meilisearch({
    host: options.url,
    apiKey: options.apiKey,
    timeout: options.requestTimeoutMs,
    requestInit: { headers: UNCOMPRESSED_ANSWERS },
  });
}

/**
 * The production engine: Meilisearch through its official client. This is the only
 * module that imports `meilisearch`; everything it returns or throws is ours.
 *
 * @remarks
 * Writes resolve once their tasks succeeded (see `wait-for-task.ts`). Search-only
 * keys work for every read: `countDocuments` falls back to a search when the key
 * may not read `/stats`.
 */
export function createMeilisearchEngine(
  options: MeilisearchEngineOptions,
): SearchEngine {
  const client = createClient(options);
  const { logger } = options;
  const { maxTotalHits } = INDEX_SETTINGS.pagination;
  let statsForbidden = false;

  async function call<T>(action: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      throw translateMeilisearchError(err, action);
    }
  }

  const waitOptions = {
    getTask: (taskUid: number, action: string) =>
      call(action, () => client.tasks.getTask(taskUid)),
    timeoutMs: options.taskTimeoutMs,
    firstPollMs: options.taskPollIntervalMs ?? 50,
  };

  /** Enqueues one task, waits for it, and checks how it ended; `tolerated` is an error code that counts as done. */
  async function runTask(
    action: string,
    enqueue: () => Promise<EnqueuedTask>,
    tolerated?: string,
  ): Promise<void> {
    let enqueued: EnqueuedTask;
    try {
      enqueued = await enqueue();
    } catch (err) {
      if (tolerated !== undefined && meilisearchErrorCode(err) === tolerated)
        return;
      throw translateMeilisearchError(err, action);
    }
    const task = await waitForTask(enqueued.taskUid, action, waitOptions);
    checkTaskSucceeded(task, action, tolerated);
  }

  async function countBySearch(index: string): Promise<number> {
    const response = await client
      .index(index)
      .search("", { page: 1, hitsPerPage: 0, facets: ["releaseId"] });
    return countFromPlaceholderSearch(response, {
      maxTotalHits,
      maxValuesPerFacet: INDEX_SETTINGS.faceting.maxValuesPerFacet,
    });
  }

  return {
    kind: "meilisearch",

    async health() {
      // /health answers 200 {"status":"available"} or not at all.
      await call("check health", () => client.health());
    },

    async ensureIndex(name, settings) {
      const create = () =>
        client.createIndex(name, { primaryKey: settings.primaryKey });
      await runTask(`create index ${name}`, create, "index_already_exists");
      const update = () =>
        client.index(name).updateSettings(toMeilisearchSettings(settings));
      await runTask(`update the settings of index ${name}`, update);
    },

    async upsert(index, docs) {
      const action = `import documents into index ${index}`;
      // Enqueue every batch, then wait: Meilisearch merges consecutive imports into one batch.
      const taskUids: number[] = [];
      const batches = batchDocuments(
        docs.map(withSpeakerVariants),
        options.batchMaxDocuments,
        options.batchMaxBytes,
      );
      for (const batch of batches) {
        const enqueued = await call(action, () =>
          client
            .index(index)
            .addDocumentsFromString(batch.payload, "application/json", {
              primaryKey: PRIMARY_KEY,
            }),
        );
        logger?.debug(
          {
            index,
            taskUid: enqueued.taskUid,
            documents: batch.count,
            bytes: batch.bytes,
          },
          "Meilisearch import enqueued",
        );
        taskUids.push(enqueued.taskUid);
      }
      for (const taskUid of taskUids) {
        const task = await waitForTask(taskUid, action, waitOptions);
        checkTaskSucceeded(task, action);
      }
    },

    async deleteReleases(index, releaseIds, deletion = {}) {
      for (let at = 0; at < releaseIds.length; at += RELEASES_PER_DELETE) {
        const filter = buildReleaseDeletionFilter(
          releaseIds.slice(at, at + RELEASES_PER_DELETE),
          deletion.exceptHashes,
        );
        await runTask(`delete releases from index ${index}`, () =>
          client.index(index).deleteDocuments({ filter }),
        );
      }
    },

    async search(index, query) {
      const plan = planSearch(index, query);
      const response = await call(`search index ${index}`, () =>
        client.multiSearch({ queries: plan.queries }),
      );
      return readSearchResults(plan, response.results, maxTotalHits);
    },

    async searchFacetValues(index, { query }) {
      const action = `look up speakers in index ${index}`;
      const facetQuery = query.trim();
      if (facetQuery === "") {
        const response = await call(action, () =>
          client
            .index(index)
            .search("", { page: 1, hitsPerPage: 0, facets: ["speaker"] }),
        );
        return speakersFromDistribution(
          response.facetDistribution?.["speaker"],
        );
      }
      const response = await call(action, () =>
        client
          .index(index)
          .searchForFacetValues({ facetName: "speakerVariants", facetQuery }),
      );
      return mergeVariantHits(response.facetHits);
    },

    async countDocuments(index) {
      try {
        if (!statsForbidden) {
          try {
            return (await client.index(index).getStats()).numberOfDocuments;
          } catch (err) {
            if (meilisearchStatus(err) !== 403) throw err;
            statsForbidden = true;
            logger?.info(
              { index },
              "Meilisearch key may not read index stats; counting documents with a search",
            );
          }
        }
        return await countBySearch(index);
      } catch (err) {
        if (meilisearchErrorCode(err) === "index_not_found") return null;
        throw translateMeilisearchError(
          err,
          `count the documents of index ${index}`,
        );
      }
    },

    async deleteIndex(name) {
      await runTask(
        `delete index ${name}`,
        () => client.deleteIndex(name),
        "index_not_found",
      );
    },

    async swap(a, b) {
      await runTask(`swap indexes ${a} and ${b}`, () =>
        client.swapIndexes([{ indexes: [a, b], rename: false }]),
      );
    },

    async listIndexes(prefix) {
      const names: string[] = [];
      for (
        let offset = 0, total = 1;
        offset < total;
        offset += INDEX_PAGE_SIZE
      ) {
        const page = await call("list indexes", () =>
          client.getRawIndexes({ offset, limit: INDEX_PAGE_SIZE }),
        );
        names.push(
          ...page.results
            .map((index) => index.uid)
            .filter((uid) => uid.startsWith(prefix)),
        );
        total = page.total;
      }
      return names;
    },

    async getSettings(name) {
      try {
        const info = await client.getRawIndex(name);
        return fromMeilisearchSettings(
          info.primaryKey,
          await client.index(name).getSettings(),
        );
      } catch (err) {
        if (meilisearchErrorCode(err) === "index_not_found") return null;
        throw translateMeilisearchError(
          err,
          `read the settings of index ${name}`,
        );
      }
    },
  };
}

async function answerOf(request: () => Promise<unknown>): Promise<ProbeAnswer> {
  try {
    await request();
    return { status: 200 };
  } catch (err) {
    const status = meilisearchStatus(err);
    if (status === undefined) throw err;
    return { status, code: meilisearchErrorCode(err) };
  }
}

/**
 * Refuses a key that may write: the API process must run with a search-only key.
 *
 * @remarks
 * Three requests, none of which writes (reasoning in `key-probe.ts`):
 * 1. a search on `index` with `limit: 0`: the key must be accepted at all
 *    (`index_not_found` is fine: the indexer may not have run yet);
 * 2. `GET /keys?limit=1`: a key that may list keys may read the admin key;
 * 3. `POST /indexes/{index}/documents/delete` with a filter that cannot parse:
 *    Meilisearch checks the `documents.delete` permission before the handler
 *    rejects the filter, and rejects it before enqueuing anything, so 400 means
 *    "may write" and 403 "may not". An instance without a master key lets every
 *    request through, so it is refused too.
 *
 * @throws AppError `invalid_request` naming the evidence when the key may write;
 *   `engine_unavailable`/`engine_timeout` when Meilisearch refuses the key or
 *   cannot be asked; `internal` when an answer is not one the probes know
 */
export async function assertSearchOnlyKey(options: {
  readonly url: string;
  readonly apiKey: string;
  readonly requestTimeoutMs: number;
  readonly index: string;
}): Promise<void> {
  const { index } = options;
  const client = createClient(options);
  try {
    await checkSearchOnlyKey(
      {
        async search() {
          try {
            await client.index(index).search("", { limit: 0 });
          } catch (err) {
            if (meilisearchErrorCode(err) !== "index_not_found") throw err;
          }
        },
        listKeys: () => answerOf(() => client.getKeys({ limit: 1 })),
        deleteProbe: () =>
          answerOf(() => client.index(index).deleteDocuments(WRITE_PROBE_BODY)),
      },
      index,
    );
  } catch (err) {
    throw translateMeilisearchError(
      err,
      `check the search key on index ${index}`,
    );
  }
}
