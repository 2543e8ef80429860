import type { SearchEngine } from "../../src/search/search-engine.js";
import type { SentenceDocument } from "../../src/search/sentence-document.js";
import type { IndexedRelease } from "../documents/load-releases.js";
import type {
  IndexTarget,
  LoadedInput,
  ReindexSummary,
} from "./index-releases.js";

/** Documents handed to the engine per call; the engine batches further by bytes. */
const UPSERT_CHUNK = 5_000;

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

export async function upsertInChunks(
  engine: SearchEngine,
  index: string,
  docs: readonly SentenceDocument[],
): Promise<void> {
  for (let i = 0; i < docs.length; i += UPSERT_CHUNK) {
    await engine.upsert(index, docs.slice(i, i + UPSERT_CHUNK));
  }
}
