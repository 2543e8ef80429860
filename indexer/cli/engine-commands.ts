import { pino, type DestinationStream, type Logger } from "pino";
import type { Config } from "../../config/config.js";
import { INDEX_SETTINGS } from "../../config/index-settings.js";
import { AppError } from "../../src/errors/app-error.js";
import { createEngine } from "../../src/engines/create-engine.js";
import { createLogger } from "../../src/logging/create-logger.js";
import type { SearchEngine } from "../../src/search/search-engine.js";
import {
  startControlServer,
  type ControlServer,
} from "../../src/control-server.js";
import { listReleaseFiles } from "../input/read-inputs.js";
import { EXIT_FAILED, EXIT_OK } from "./exit-codes.js";
import { createRunTally } from "./progress-reporter.js";
import { diffSettings } from "../jobs/settings-drift.js";
import { startIndexing } from "../jobs/start-indexing.js";

/** A logger on stderr, so stdout stays free (dry runs print documents there). */
export function createIndexerLogger(
  config: Config,
  destination: DestinationStream = pino.destination(2),
): Logger {
  return createLogger(
    { level: config.log.level, service: "release-search-indexer" },
    destination,
  );
}

/**
 * The indexer's engine: Meilisearch with the admin key when MEILI_URL is set,
 * otherwise the embedded engine persisted in DATA_DIR (without DATA_DIR the index
 * would vanish when the process ends, which is refused with a clear message).
 */
export async function openIndexerEngine(
  config: Config,
  logger: Logger,
): Promise<SearchEngine> {
  if (
    config.meilisearch === undefined &&
    config.indexing.dataDir === undefined
  ) {
    throw new AppError(
      "invalid_request",
      "Set MEILI_URL (and MEILI_ADMIN_KEY) to index into Meilisearch, or DATA_DIR to keep an embedded index on disk; " +
        "`npm start` indexes RELEASES_DIR by itself with the embedded engine.",
    );
  }
  return createEngine(config, "indexer", logger);
}

/** `--check-settings`: lists how the live index differs from config/index-settings.ts. */
export async function checkSettings(
  config: Config,
  logger: Logger,
  out: NodeJS.WritableStream,
): Promise<number> {
  const engine = await openIndexerEngine(config, logger);
  try {
    const name = config.indexing.indexName;
    const live = (await engine.getSettings?.(name)) ?? null;
    if (live === null) {
      out.write(
        `index "${name}" does not exist: the next reindex creates it with the code's settings\n`,
      );
      return EXIT_FAILED;
    }
    const diff = diffSettings(live, INDEX_SETTINGS);
    out.write(
      diff.length === 0
        ? `index "${name}": settings match the code\n`
        : `index "${name}": ${diff.length} setting(s) differ from the code:\n${diff.map((d) => `  - ${d}`).join("\n")}\n`,
    );
    return diff.length === 0 ? EXIT_OK : EXIT_FAILED;
  } finally {
    await engine.close?.();
  }
}

export interface IndexOptions {
  readonly paths: readonly string[];
  readonly full: boolean;
  readonly watch: boolean;
  readonly schedule: string | undefined;
  readonly controlPort: number;
}

/**
 * Indexes PATHs into the engine, then either exits (one-off run) or keeps the
 * index in step with the folder (`--watch`, `--schedule`), serving the control
 * routes when a port is given, until SIGTERM/SIGINT.
 */
export async function runIndexer(
  config: Config,
  options: IndexOptions,
  logger: Logger,
): Promise<number> {
  const engine = await openIndexerEngine(config, logger);
  const { files } = await listReleaseFiles(
    options.paths.length > 0 ? options.paths : [config.indexing.releasesDir],
  );
  // Progress and the summary line of the first load (later ones are logged).
  const tally = createRunTally(
    files.length,
    process.stderr,
    process.stderr.isTTY,
  );
  let firstLoad = true;
  const indexing = startIndexing({
    config,
    engine,
    log: (message, fields) => logger.info(fields ?? {}, message),
    watch: options.watch,
    schedule: options.schedule,
    ...(options.paths.length > 0 && { paths: options.paths }),
    full: options.full,
    onFile: (file, result) => {
      if (firstLoad) tally.add(file, result);
    },
  });
  const first = await indexing.initial;
  firstLoad = false;
  tally.finish(first.status === "failed" ? 1 : 0);
  const service =
    options.watch || options.schedule !== undefined || options.controlPort > 0;
  if (!service) {
    await indexing.close();
    await engine.close?.();
    return first.status === "succeeded" &&
      (first.summary?.failedFiles ?? 0) === 0
      ? EXIT_OK
      : EXIT_FAILED;
  }
  let control: ControlServer | undefined;
  if (options.controlPort > 0) {
    control = await startControlServer(
      config,
      indexing.runner,
      options.controlPort,
      logger,
    );
    logger.info(
      { url: control.url, admin: config.api.adminToken !== undefined },
      "control server listening",
    );
  }
  await new Promise<void>((resolve) => {
    process.once("SIGTERM", () => resolve());
    process.once("SIGINT", () => resolve());
  });
  logger.info("stopping: finishing the running job");
  await control?.close(config.server.shutdownTimeoutMs);
  await indexing.close();
  await engine.close?.();
  return EXIT_OK;
}
