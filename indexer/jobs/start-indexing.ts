import os from "node:os";
import { Cron } from "croner";
import type { Config } from "../../config/config.js";
import { INDEX_SETTINGS } from "../../config/index-settings.js";
import type { SearchEngine } from "../../src/search/search-engine.js";
import type { IndexTarget, LoadedInput } from "./index-releases.js";
import {
  loadReleaseFile,
  loadReleases,
  type LoadResult,
} from "../documents/load-releases.js";
import { createFileLock } from "./reindex-lock.js";
import type { ReindexJob } from "./reindexer.js";
import { createReindexRunner, type ReindexRunner } from "./reindex-runner.js";
import {
  watchReleases,
  type ReleaseWatcher,
  type WatchSummary,
} from "./watch-releases.js";

export interface IndexingOptions {
  readonly config: Config;
  readonly engine: SearchEngine;
  readonly log: IndexTarget["log"];
  /** Watch the releases folder (the API's embedded mode, `indexer --watch`). */
  readonly watch: boolean;
  /** A cron expression for periodic full reindexes. */
  readonly schedule?: string | undefined;
  /** What to index; the releases folder by default. `watch` watches the first path. */
  readonly paths?: readonly string[];
  /** Rebuild the index from scratch at start rather than syncing what changed. */
  readonly full?: boolean;
  /** Called for every file a full load reads (progress reporting). */
  readonly onFile?: (file: string, result: LoadResult) => void;
  readonly onJobFinished?: (job: ReindexJob) => void;
  readonly onWatchBatch?: (summary: WatchSummary) => void;
}

export interface Indexing {
  readonly runner: ReindexRunner;
  /** The first job: brings the index up to date with the folder (full rebuild only when needed). */
  readonly initial: Promise<ReindexJob>;
  readonly watcher: ReleaseWatcher | undefined;
  close(): Promise<void>;
}

/**
 * Keeps an index in step with the releases folder without anyone running
 * commands: an initial sync, then (optionally) a watcher for file changes and
 * a cron schedule for full reindexes, all through one runner so no two jobs
 * overlap, in this process or (through the lock file) in another.
 */
export function startIndexing(options: IndexingOptions): Indexing {
  const { config, engine } = options;
  const paths = options.paths ?? [config.indexing.releasesDir];
  const dir = paths[0] ?? config.indexing.releasesDir;
  const target: IndexTarget = {
    engine,
    indexName: config.indexing.indexName,
    settings: INDEX_SETTINGS,
    log: options.log,
  };
  let watcher: ReleaseWatcher | undefined;

  const loadAll = async (): Promise<LoadedInput> => {
    const input = await loadReleases(
      paths,
      options.onFile === undefined ? {} : { onFile: options.onFile },
    );
    for (const e of input.errors)
      options.log("input error", {
        file: e.source,
        line: e.line,
        error: e.message,
      });
    watcher?.seed(input);
    return input;
  };
  const runner = createReindexRunner({
    target,
    loadAll,
    lock: createFileLock(
      config.indexing.dataDir ?? os.tmpdir(),
      `release-search-${config.indexing.indexName}`,
      undefined,
      (err) =>
        options.log("the reindex lock was taken over by another process", {
          error: err.message,
        }),
    ),
    ...(options.onJobFinished !== undefined && {
      onJobFinished: options.onJobFinished,
    }),
  });
  if (options.watch) {
    watcher = watchReleases({
      dir,
      debounceMs: config.indexing.watchDebounceMs,
      runner,
      target,
      loadFile: loadReleaseFile,
      ...(options.onWatchBatch !== undefined && {
        onBatch: options.onWatchBatch,
      }),
    });
  }
  const initial = runner.runNow("startup", { full: options.full ?? false });
  const cron =
    options.schedule === undefined
      ? undefined
      : new Cron(options.schedule, { protect: true }, () => {
          void runner.start("schedule");
        });

  return {
    runner,
    initial,
    watcher,
    async close() {
      cron?.stop();
      await watcher?.close();
      await runner.idle();
    },
  };
}
