import { stat } from "node:fs/promises";
import path from "node:path";
import { watch } from "chokidar";
import type { IndexTarget, LoadedInput } from "./index-releases.js";
import { replaceReleases } from "./sync-index.js";
import { isReleaseFile } from "../input/read-inputs.js";
import type { IndexedRelease, LoadResult } from "../documents/load-releases.js";
import type { ReindexRunner } from "./reindex-runner.js";

export interface WatchSummary {
  readonly files: number;
  readonly upserted: number;
  readonly deleted: number;
  readonly unchanged: number;
  readonly failedFiles: number;
}

export interface ReleaseWatcher {
  /** Records which releases each file holds, from a full load (call after every full load). */
  seed(input: LoadedInput): void;
  /** Resolves once the watcher has scanned the folder and listens for changes. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

export interface WatchOptions {
  readonly dir: string;
  readonly debounceMs: number;
  readonly runner: ReindexRunner;
  readonly target: IndexTarget;
  readonly loadFile: (file: string) => Promise<LoadResult>;
  readonly onBatch?: (summary: WatchSummary) => void;
}

/**
 * Watches a releases folder. Added and changed files are re-read and only their
 * releases are replaced; removed files have their releases deleted. Changes are
 * debounced into batches, which run in the reindex runner's queue so they never
 * overlap a full reindex. A file that fails to read keeps its indexed releases.
 */
export function watchReleases(options: WatchOptions): ReleaseWatcher {
  const bySource = new Map<string, Map<string, string>>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let batch: Promise<void> = Promise.resolve();

  const watcher = watch(options.dir, {
    ignoreInitial: true,
    awaitWriteFinish: {
      stabilityThreshold: Math.max(100, options.debounceMs / 2),
      pollInterval: 50,
    },
    ignored: (file, stats) => stats?.isFile() === true && !isReleaseFile(file),
  });

  const schedule = (file: string) => {
    if (!isReleaseFile(file)) return;
    pending.add(path.resolve(file));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...pending];
      pending.clear();
      batch = batch
        .then(() => processBatch(files))
        .catch((err: unknown) => {
          options.target.log("watch batch failed", { error: String(err) });
        });
    }, options.debounceMs);
  };
  watcher.on("add", schedule).on("change", schedule).on("unlink", schedule);
  watcher.on("error", (err) => {
    options.target.log("watcher error", { error: String(err) });
  });

  async function processBatch(files: string[]): Promise<void> {
    const summary = await options.runner.exclusive(async () => {
      let upserted = 0;
      let deleted = 0;
      let unchanged = 0;
      let failedFiles = 0;
      for (const file of files) {
        const result = await applyFile(file);
        upserted += result.upserted;
        deleted += result.deleted;
        unchanged += result.unchanged;
        failedFiles += result.failed ? 1 : 0;
      }
      return { files: files.length, upserted, deleted, unchanged, failedFiles };
    });
    options.target.log("watch batch applied", { ...summary });
    options.onBatch?.(summary);
  }

  async function applyFile(file: string) {
    const { engine, indexName } = options.target;
    const before = bySource.get(file) ?? new Map<string, string>();
    const exists = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    );
    let releases: readonly IndexedRelease[] = [];
    if (exists) {
      const result = await options.loadFile(file);
      if (result.errors.length > 0) {
        for (const e of result.errors)
          options.target.log("input error", {
            file: e.source,
            line: e.line,
            error: e.message,
          });
        // Keep what this file had indexed: a half-written or broken file must not delete releases.
        return { upserted: 0, deleted: 0, unchanged: 0, failed: true };
      }
      releases = result.releases;
    }
    const changed = releases.filter(
      (r) => before.get(r.releaseId) !== r.releaseHash,
    );
    const removed = [...before.keys()].filter(
      (id) => !releases.some((r) => r.releaseId === id),
    );
    await replaceReleases(engine, indexName, changed, (id) => before.has(id));
    if (removed.length > 0) await engine.deleteReleases(indexName, removed);
    if (exists)
      bySource.set(
        file,
        new Map(releases.map((r) => [r.releaseId, r.releaseHash])),
      );
    else bySource.delete(file);
    return {
      upserted: changed.length,
      deleted: removed.length,
      unchanged: releases.length - changed.length,
      failed: false,
    };
  }

  return {
    seed(input) {
      bySource.clear();
      for (const release of input.releases) {
        // NDJSON releases name their record as `file:line`.
        const file = path.resolve(release.source.replace(/:\d+$/, ""));
        const map = bySource.get(file) ?? new Map<string, string>();
        map.set(release.releaseId, release.releaseHash);
        bySource.set(file, map);
      }
    },
    ready: new Promise((resolve) => watcher.once("ready", () => resolve())),
    async close() {
      clearTimeout(timer);
      await watcher.close();
      await batch;
    },
  };
}
