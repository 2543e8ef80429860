import type { IndexSettings } from "../../config/index-settings.js";
import { AppError } from "../../src/errors/app-error.js";
import type { SearchEngine } from "../../src/search/search-engine.js";
import type { IndexedRelease, InputError } from "../documents/load-releases.js";
import { diffSettings } from "./settings-drift.js";
import { syncIndex, upsertInChunks } from "./sync-index.js";

/** Temp indexes are `<live>__tmp_<time>`; leftovers of a killed run are removed. */
export const TEMP_INDEX_MARK = "__tmp_";

export interface IndexTarget {
  readonly engine: SearchEngine;
  readonly indexName: string;
  readonly settings: IndexSettings;
  readonly log: (message: string, fields?: Record<string, unknown>) => void;
}

export interface ReindexSummary {
  readonly mode: "full" | "incremental";
  readonly added: number;
  readonly updated: number;
  readonly deleted: number;
  readonly unchanged: number;
  readonly failedFiles: number;
  /** Documents in the live index afterwards. */
  readonly documents: number;
  readonly durationMs: number;
}

export interface LoadedInput {
  readonly releases: readonly IndexedRelease[];
  readonly errors: readonly InputError[];
}

/**
 * Brings the live index up to date with `input`: a full rebuild with swap when
 * the index is missing, its settings differ from the code, or `full` is asked;
 * otherwise an incremental sync that skips releases whose content hash is indexed.
 */
export async function reindex(
  target: IndexTarget,
  input: LoadedInput,
  options: { full: boolean },
): Promise<ReindexSummary> {
  // Jobs run under the reindex lock, so any temp index now is a killed run's leftover.
  await removeTempIndexes(target);
  const drift = await settingsDrift(target);
  if (options.full || drift !== undefined) {
    if (drift !== undefined && !options.full) {
      target.log(
        drift[0] === "missing"
          ? "the index does not exist yet: full build"
          : "the index settings differ from the code: full rebuild with swap",
        { drift },
      );
    }
    return rebuildIndex(target, input);
  }
  return syncIndex(target, input, { deleteMissing: true });
}

/** Differences between the live settings and the code; undefined when equal, `["missing"]` without an index. */
async function settingsDrift(
  target: IndexTarget,
): Promise<string[] | undefined> {
  const { engine, indexName } = target;
  const live =
    engine.getSettings === undefined
      ? null
      : await engine.getSettings(indexName);
  if (live === null)
    return (await engine.countDocuments(indexName)) === null
      ? ["missing"]
      : undefined;
  const diff = diffSettings(live, target.settings);
  return diff.length > 0 ? diff : undefined;
}

/**
 * Builds a new index beside the live one (settings first, then documents),
 * checks its document count, swaps it in atomically and deletes the old one.
 * If any step fails the temp index is deleted and the live index is untouched.
 */
export async function rebuildIndex(
  target: IndexTarget,
  input: LoadedInput,
): Promise<ReindexSummary> {
  const started = Date.now();
  const { engine, indexName, settings } = target;
  if (engine.swap === undefined)
    throw new AppError(
      "internal",
      `The ${engine.kind} engine cannot swap indexes`,
    );
  const liveCount = await engine.countDocuments(indexName);
  if (input.errors.length > 0 && (liveCount ?? 0) > 0) {
    throw new AppError(
      "invalid_request",
      `${input.errors.length} input file(s) could not be read, so the live index was left as it is: ` +
        input.errors.map((e) => `${e.source}: ${e.message}`).join("; "),
    );
  }
  const temp = `${indexName}${TEMP_INDEX_MARK}${Date.now().toString(36)}`;
  const documents = input.releases.flatMap((r) => r.documents);
  try {
    await engine.ensureIndex(temp, settings);
    await upsertInChunks(engine, temp, documents);
    const count = await engine.countDocuments(temp);
    if (count !== documents.length) {
      throw new AppError(
        "internal",
        `The new index holds ${count ?? "no"} documents where the indexer produced ${documents.length}; not swapping`,
      );
    }
    if (liveCount === null) await engine.ensureIndex(indexName, settings);
    await engine.swap(indexName, temp);
  } catch (err) {
    await engine.deleteIndex(temp).catch((cleanupError: unknown) => {
      target.log("could not delete the temp index", {
        temp,
        error: String(cleanupError),
      });
    });
    throw err;
  }
  // The temp name now holds the previous data; failing to delete it loses nothing.
  await engine.deleteIndex(temp).catch((err: unknown) => {
    target.log("could not delete the previous index", {
      temp,
      error: String(err),
    });
  });
  return {
    mode: "full",
    added: input.releases.length,
    updated: 0,
    deleted: 0,
    unchanged: 0,
    failedFiles: input.errors.length,
    documents: documents.length,
    durationMs: Date.now() - started,
  };
}

/**
 * Deletes temp indexes left by a reindex that was killed midway. Run it only under
 * the reindex lock (as `reindex` does): a temp index then cannot be a live job's.
 */
export async function removeTempIndexes(
  target: IndexTarget,
): Promise<string[]> {
  const { engine, indexName } = target;
  const leftovers =
    (await engine.listIndexes?.(`${indexName}${TEMP_INDEX_MARK}`)) ?? [];
  for (const name of leftovers) {
    target.log("deleting a temp index left by an interrupted reindex", {
      index: name,
    });
    await engine.deleteIndex(name);
  }
  return leftovers;
}
