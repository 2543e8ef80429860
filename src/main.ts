import dotenv from "dotenv";
import type { Logger } from "pino";
import { ConfigError, loadConfig, type Config } from "../config/config.js";
import {
  startIndexing,
  type Indexing,
  type Reindexer,
} from "../indexer/port.js";
import { createApp, createMetricsApp } from "./app.js";
import { createEngine } from "./engines/create-engine.js";
import { createLogger } from "./logging/create-logger.js";
import { createMetrics, type Metrics } from "./http/metrics.js";
import { startServer, type RunningServer } from "./http/server.js";
import { createRemoteReindexer } from "./http/remote-reindexer.js";
import { createSearchService } from "./search/search-service.js";

/**
 * Starts the API: reads the configuration, builds the engine (the embedded one,
 * which indexes RELEASES_DIR, unless MEILI_URL is set), serves, and shuts down
 * gracefully on SIGTERM/SIGINT.
 */
async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const config = readConfigOrExit();
  const logger = createLogger({
    level: config.log.level,
    service: "release-search-api",
  });
  const metrics = createMetrics();
  const engine = await createEngine(config, "api", logger);
  const service = createSearchService({
    engine,
    indexName: config.indexing.indexName,
    engineTimeoutMs: config.api.engineTimeoutMs,
    maxFacetValues: config.api.maxFacetValues,
    onEngineCall: (operation, seconds, outcome) =>
      metrics.engineDuration.observe({ operation, outcome }, seconds),
  });
  const indexing =
    config.meilisearch === undefined
      ? startLocalIndexing(config, engine, logger, metrics)
      : undefined;
  const reindexer = pickReindexer(config, indexing);
  const app = createApp({
    config,
    service,
    engineKind: engine.kind,
    logger,
    metrics,
    ...(reindexer !== undefined && { reindexer }),
  });
  const running = await startServer(app, config.server);
  logger.info(
    { url: running.url, engine: engine.kind },
    `release-search listening: demo page at ${running.url}/`,
  );
  const metricsServer = await startMetricsServer(config, logger, metrics);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: draining in-flight requests");
    Promise.all([
      running.close(config.server.shutdownTimeoutMs),
      metricsServer?.close(config.server.shutdownTimeoutMs),
    ])
      .then(async () => {
        await indexing?.close();
        await engine.close?.();
        logger.info("stopped");
        process.exit(0);
      })
      .catch((err: unknown) => {
        logger.error({ err }, "shutdown failed");
        process.exit(1);
      });
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

/** The METRICS_PORT listener, when configured. */
async function startMetricsServer(
  config: Config,
  logger: Logger,
  metrics: Metrics,
): Promise<RunningServer | undefined> {
  const port = config.server.metricsPort;
  if (port === undefined) return undefined;
  const app = createMetricsApp({ config, logger, metrics });
  const running = await startServer(app, { ...config.server, port });
  logger.info(
    { url: running.url },
    `metrics listening at ${running.url}/metrics`,
  );
  return running;
}

function readConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
}

function startLocalIndexing(
  config: Config,
  engine: Awaited<ReturnType<typeof createEngine>>,
  logger: Logger,
  metrics: Metrics,
): Indexing {
  const log = logger.child({ component: "indexing" });
  const indexing = startIndexing({
    config,
    engine,
    log: (message, fields) => log.info(fields ?? {}, message),
    watch: config.indexing.watch,
    schedule: config.indexing.schedule,
    onJobFinished: (job) => {
      metrics.reindexRuns.inc({
        trigger: job.trigger,
        mode: job.mode ?? "unknown",
        outcome: job.status,
      });
      if (job.summary !== null)
        metrics.reindexDuration.observe(
          { mode: job.mode ?? "unknown" },
          job.summary.durationMs / 1000,
        );
      if (job.documents !== null) metrics.indexDocuments.set(job.documents);
    },
  });
  log.info(
    { dir: config.indexing.releasesDir, watch: config.indexing.watch },
    "indexing the releases folder",
  );
  return indexing;
}

function pickReindexer(
  config: Config,
  indexing: Indexing | undefined,
): Reindexer | undefined {
  if (indexing !== undefined) return indexing.runner;
  const { reindexUrl, adminToken, engineTimeoutMs } = config.api;
  if (reindexUrl === undefined || adminToken === undefined) return undefined;
  return createRemoteReindexer({
    url: reindexUrl,
    token: adminToken,
    timeoutMs: engineTimeoutMs,
  });
}

main().catch((err: unknown) => {
  process.stderr.write(
    `release-search failed to start: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(1);
});
