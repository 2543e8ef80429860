import { setTimeout as delay } from "node:timers/promises";
import { pino } from "pino";
import { loadConfig, type Config } from "../../config/config.js";
import { INDEX_SETTINGS } from "../../config/index-settings.js";
import { loadReleases } from "../../indexer/documents/load-releases.js";
import { createReindexRunner } from "../../indexer/jobs/reindex-runner.js";
import { createApp } from "../../src/app.js";
import {
  createSearchClient,
  type SearchClient,
} from "../../src/client/search-client.js";
import { openEmbeddedEngine } from "../../src/engines/embedded/embedded-engine.js";
import { createLogger } from "../../src/logging/create-logger.js";
import { createMetrics, type Metrics } from "../../src/http/metrics.js";
import { startServer, type RunningServer } from "../../src/http/server.js";
import type { Reindexer } from "../../indexer/jobs/reindexer.js";
import type { SearchEngine } from "../../src/search/search-engine.js";
import { createSearchService } from "../../src/search/search-service.js";
import type { SentenceDocument } from "../../src/search/sentence-document.js";

export { SEED_FILE, seedDocuments } from "../seed.js";

/** The XSS fixture: a sentence whose markup must always reach readers as text. */
export const HOSTILE_TEXT = `Officials said <script>alert("x")</script> and <img src=x onerror=alert(1)> are plain text.`;

export interface TestApi {
  readonly url: string;
  readonly client: SearchClient;
  readonly engine: SearchEngine;
  readonly config: Config;
  readonly metrics: Metrics;
  readonly running: RunningServer;
  close(): Promise<void>;
}

export interface TestApiOptions {
  readonly documents?: readonly SentenceDocument[];
  readonly env?: Readonly<Record<string, string>>;
  /** Wraps the engine the service uses (fault injection); indexing uses the raw engine. */
  readonly wrapEngine?: (engine: SearchEngine) => SearchEngine;
  readonly reindexer?: (engine: SearchEngine, config: Config) => Reindexer;
  /** Collects the app's log lines (parsed JSON) at LOG_LEVEL, else the app logs nothing. */
  readonly logs?: object[];
  /** Serve this engine (left open on close) instead of a fresh embedded one. */
  readonly engine?: SearchEngine;
}

/** Starts the real app on an embedded engine, on a free loopback port. */
export async function startTestApi(
  options: TestApiOptions = {},
): Promise<TestApi> {
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    HOST: "127.0.0.1",
    PORT: "0",
    ...options.env,
  });
  const engine = options.engine ?? (await openEmbeddedEngine());
  const index = config.indexing.indexName;
  if (options.documents !== undefined) {
    await engine.ensureIndex(index, INDEX_SETTINGS);
    await engine.upsert(index, options.documents);
  }
  const served = options.wrapEngine?.(engine) ?? engine;
  const metrics = createMetrics();
  const service = createSearchService({
    engine: served,
    indexName: index,
    engineTimeoutMs: config.api.engineTimeoutMs,
    maxFacetValues: config.api.maxFacetValues,
    onEngineCall: (operation, seconds, outcome) =>
      metrics.engineDuration.observe({ operation, outcome }, seconds),
  });
  const reindexer = options.reindexer?.(engine, config);
  const app = createApp({
    config,
    service,
    engineKind: served.kind,
    logger:
      options.logs === undefined
        ? pino({ level: "silent" })
        : createLogger(
            {
              level: config.log.level === "silent" ? "info" : config.log.level,
              service: "test-api",
            },
            { write: (line: string) => options.logs?.push(JSON.parse(line)) },
          ),
    metrics,
    ...(reindexer !== undefined && { reindexer }),
  });
  const running = await startServer(app, config.server);
  return {
    url: running.url,
    client: createSearchClient(running.url),
    engine,
    config,
    metrics,
    running,
    close: async () => {
      await running.close(1_000);
      if (options.engine === undefined) await engine.close?.();
    },
  };
}

/** GET/POST with fetch, returning status, headers and the parsed JSON body. */
export async function request(
  url: string,
  init: RequestInit = {},
): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown = text;
  if (
    (response.headers.get("content-type") ?? "").includes("json") &&
    text !== ""
  )
    body = JSON.parse(text);
  return { status: response.status, headers: response.headers, body };
}

/** A reindexer of `paths` into the test API's own engine (for `startTestApi({ reindexer })`). */
export function localReindexer(
  paths: readonly string[],
): NonNullable<TestApiOptions["reindexer"]> {
  return (engine, config) =>
    createReindexRunner({
      target: {
        engine,
        indexName: config.indexing.indexName,
        settings: INDEX_SETTINGS,
        log: () => undefined,
      },
      loadAll: () => loadReleases(paths),
    });
}

/** Polls a reindex job until it leaves `queued`/`running` (or 5 s pass); returns its last state. */
export async function waitForJob(
  readJob: () => Promise<{ body: any }>,
  first: any,
): Promise<any> {
  let job = first;
  for (
    let i = 0;
    i < 100 && (job.status === "queued" || job.status === "running");
    i += 1
  ) {
    await delay(50);
    job = (await readJob()).body;
  }
  return job;
}
