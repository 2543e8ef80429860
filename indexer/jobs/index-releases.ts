import type { IndexSettings } from "../../config/index-settings.js";
import { AppError } from "../../src/errors/app-error.js";
import type { SearchEngine } from "../../src/search/search-engine.js";
import type { SentenceDocument } from "../../src/search/sentence-document.js";
import type { IndexedRelease, InputError } from "../documents/load-releases.js";
import { diffSettings } from "./settings-drift.js";

/** Documents handed to the engine per call; the engine batches further by bytes. */
const UPSERT_CHUNK = 5_000;
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

/**
 * Applies only what changed: new and changed releases are upserted, then the
 * leftovers of their previous versions deleted (so a release never disappears
 * from search in between); releases no longer in the input are deleted, unless
 * some input failed to load (they might be in the file that failed).
 */
export async function syncIndex(
  target: IndexTarget,
  input: LoadedInput,
  options: { deleteMissing: boolean },
): Promise<ReindexSummary> {
  const started = Date.now();
  const { engine, indexName } = target;
  const indexed = await indexedReleases(engine, indexName);
  const changed = input.releases.filter(
    (r) => !indexed.hashes.has(r.releaseHash),
  );
  const updated = changed.filter((r) => indexed.releaseIds.has(r.releaseId));
  await replaceReleases(engine, indexName, changed, (id) =>
    indexed.releaseIds.has(id),
  );
  const present = new Set(input.releases.map((r) => r.releaseId));
  const missing =
    options.deleteMissing && input.errors.length === 0
      ? [...indexed.releaseIds].filter((id) => !present.has(id))
      : [];
  if (options.deleteMissing && input.errors.length > 0) {
    target.log("deletions deferred: some input failed to load", {
      failedFiles: input.errors.length,
    });
  }
  if (missing.length > 0) await engine.deleteReleases(indexName, missing);
  return {
    mode: "incremental",
    added: changed.length - updated.length,
    updated: updated.length,
    deleted: missing.length,
    unchanged: input.releases.length - changed.length,
    failedFiles: input.errors.length,
    documents: (await engine.countDocuments(indexName)) ?? 0,
    durationMs: Date.now() - started,
  };
}

/**
 * Writes new versions of releases: their documents are upserted first, then the
 * leftovers of the versions that were indexed (`wasIndexed`) are deleted, so a
 * release never disappears from search in between.
 */
export async function replaceReleases(
  engine: SearchEngine,
  index: string,
  releases: readonly IndexedRelease[],
  wasIndexed: (releaseId: string) => boolean,
): Promise<void> {
  await upsertInChunks(
    engine,
    index,
    releases.flatMap((r) => r.documents),
  );
  const replaced = releases.filter((r) => wasIndexed(r.releaseId));
  if (replaced.length === 0) return;
  await engine.deleteReleases(
    index,
    replaced.map((r) => r.releaseId),
    { exceptHashes: replaced.map((r) => r.releaseHash) },
  );
}

/** Release ids and content hashes in an index, read through facet counts. */
export async function indexedReleases(
  engine: SearchEngine,
  index: string,
): Promise<{ releaseIds: Set<string>; hashes: Set<string> }> {
  const result = await engine.search(index, {
    q: "",
    page: 1,
    hitsPerPage: 0,
    facets: ["releaseId", "releaseHash"],
  });
  return {
    releaseIds: new Set(Object.keys(result.facets.releaseId ?? {})),
    hashes: new Set(Object.keys(result.facets.releaseHash ?? {})),
  };
}

async function upsertInChunks(
  engine: SearchEngine,
  index: string,
  docs: readonly SentenceDocument[],
): Promise<void> {
  for (let i = 0; i < docs.length; i += UPSERT_CHUNK) {
    await engine.upsert(index, docs.slice(i, i + UPSERT_CHUNK));
  }
}
