import type { IndexSettings } from "../../../config/index-settings.js";
import { AppError } from "../../errors/app-error.js";
import type {
  FacetValue,
  FacetValueQuery,
  SearchEngine,
  SearchQuery,
  SearchResult,
} from "../../search/search-engine.js";
import { DOCUMENT_ID_PATTERN } from "../../contract/api-contract.js";
import type { SentenceDocument } from "../../search/sentence-document.js";
import { EmbeddedIndex } from "./embedded-index.js";
import { runSearch } from "./run-search.js";
import { SnapshotStore, type SnapshotLogger } from "./snapshot-store.js";
import { SnapshotWriter } from "./snapshot-writer.js";
import { searchSpeakers } from "./speaker-search.js";

export interface EmbeddedEngineOptions {
  /** Directory for index snapshots; without it the indexes live in memory only. */
  readonly dataDir?: string;
  readonly logger?: SnapshotLogger;
  /** Quiet time after a write before its snapshot is written (default 1 s). */
  readonly snapshotDelayMs?: number;
  /**
   * Reuse the results of identical queries until the index changes (default
   * true); off, every search is computed (the latency benchmark's view).
   */
  readonly cacheResults?: boolean;
}

/** The embedded engine, with `open()` to load snapshots before the first call. */
export interface EmbeddedEngine extends SearchEngine {
  /** Loads the snapshots of `dataDir` (once); every other method waits for it. */
  open(): Promise<void>;
  /** Flushes pending snapshots; later calls fail with `engine_unavailable`. */
  close(): Promise<void>;
  swap(a: string, b: string): Promise<void>;
  listIndexes(prefix: string): Promise<string[]>;
  getSettings(name: string): Promise<IndexSettings | null>;
}

/** Meilisearch's rule for index uids (which also keeps them safe as file names). */
const INDEX_NAME = /^[A-Za-z0-9_-]{1,400}$/;

/**
 * Creates the in-process engine. It does no I/O until the first call (or
 * `open()`), which loads the snapshots of `dataDir`.
 *
 * @remarks
 * Writes apply synchronously in memory; searches run synchronously on the
 * index they find when they start, so a swap never shows them a mix. With a
 * `dataDir`, snapshots follow writes after a quiet delay and `close()` flushes them.
 */
export function createEmbeddedEngine(
  options: EmbeddedEngineOptions = {},
): EmbeddedEngine {
  return new InProcessEngine(options);
}

/** Creates the embedded engine and loads its snapshots. */
export async function openEmbeddedEngine(
  options: EmbeddedEngineOptions = {},
): Promise<EmbeddedEngine> {
  const engine = createEmbeddedEngine(options);
  await engine.open();
  return engine;
}

class InProcessEngine implements EmbeddedEngine {
  readonly kind = "embedded";
  private readonly indexes = new Map<string, EmbeddedIndex>();
  private readonly writer: SnapshotWriter | undefined;
  private readonly store: SnapshotStore | undefined;
  private opening: Promise<void> | undefined;
  private closed = false;
  private readonly cacheResults: boolean;

  constructor(options: EmbeddedEngineOptions) {
    this.cacheResults = options.cacheResults ?? true;
    if (options.dataDir !== undefined) {
      this.store = new SnapshotStore(options.dataDir, options.logger);
      this.writer = new SnapshotWriter(
        this.store,
        (name) => this.indexes.get(name),
        options.snapshotDelayMs ?? 1_000,
        options.logger,
      );
    }
  }

  open(): Promise<void> {
    this.opening ??= this.load();
    return this.opening;
  }

  async health(): Promise<void> {
    await this.ready();
  }

  async ensureIndex(name: string, settings: IndexSettings): Promise<void> {
    await this.ready();
    assertIndexName(name);
    const current = this.indexes.get(name);
    if (current !== undefined && sameSettings(current.settings, settings))
      return;
    const index = new EmbeddedIndex(structuredClone(settings));
    if (current !== undefined) index.upsert(current.liveDocuments());
    this.indexes.set(name, index);
    this.writer?.markDirty(name);
  }

  async upsert(name: string, docs: readonly SentenceDocument[]): Promise<void> {
    await this.ready();
    const index = this.require(name);
    const invalid = docs
      .filter((doc) => !DOCUMENT_ID_PATTERN.test(doc.id))
      .map((doc) => doc.id);
    if (invalid.length > 0) {
      throw new AppError(
        "internal",
        "documents with invalid ids were refused",
        {
          details: { ids: invalid.slice(0, 10) },
        },
      );
    }
    index.upsert(docs);
    this.changed(name, index);
  }

  async deleteReleases(
    name: string,
    releaseIds: readonly string[],
    options: { readonly exceptHashes?: readonly string[] } = {},
  ): Promise<void> {
    await this.ready();
    const index = this.require(name);
    const releases = new Set(releaseIds);
    const kept = new Set(options.exceptHashes ?? []);
    const ordinals: number[] = [];
    index.docs.forEach((doc, ordinal) => {
      if (
        doc !== undefined &&
        releases.has(doc.releaseId) &&
        !kept.has(doc.releaseHash)
      ) {
        ordinals.push(ordinal);
      }
    });
    if (ordinals.length === 0) return;
    index.delete(ordinals);
    this.changed(name, index);
  }

  async search(name: string, query: SearchQuery): Promise<SearchResult> {
    await this.ready();
    return runSearch(this.require(name), query, this.cacheResults);
  }

  async searchFacetValues(
    name: string,
    query: FacetValueQuery,
  ): Promise<FacetValue[]> {
    await this.ready();
    return searchSpeakers(this.require(name), query.query);
  }

  async countDocuments(name: string): Promise<number | null> {
    await this.ready();
    return this.indexes.get(name)?.liveCount ?? null;
  }

  async deleteIndex(name: string): Promise<void> {
    await this.ready();
    if (!this.indexes.delete(name)) return;
    await this.writer?.remove(name);
  }

  async swap(a: string, b: string): Promise<void> {
    await this.ready();
    // Both snapshots on disk before the manifest swaps them: a swap recorded
    // while one side is still only in memory would leave, if the process dies
    // before the next flush, a manifest without the live index.
    if (this.writer !== undefined) {
      this.require(a);
      this.require(b);
      await this.writer.flush();
    }
    const indexA = this.require(a);
    const indexB = this.require(b);
    this.indexes.set(a, indexB);
    this.indexes.set(b, indexA);
    await this.writer?.swap(a, b);
  }

  async listIndexes(prefix: string): Promise<string[]> {
    await this.ready();
    return [...this.indexes.keys()]
      .filter((name) => name.startsWith(prefix))
      .sort();
  }

  async getSettings(name: string): Promise<IndexSettings | null> {
    await this.ready();
    const index = this.indexes.get(name);
    return index === undefined ? null : structuredClone(index.settings);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.ready();
    this.closed = true;
    await this.writer?.flush();
  }

  private async load(): Promise<void> {
    if (this.store === undefined) return;
    for (const [name, snapshot] of await this.store.load()) {
      const index = new EmbeddedIndex(snapshot.settings);
      index.upsert(snapshot.documents);
      this.indexes.set(name, index);
    }
  }

  private async ready(): Promise<void> {
    if (this.closed)
      throw new AppError("engine_unavailable", "the embedded engine is closed");
    await this.open();
  }

  private require(name: string): EmbeddedIndex {
    const index = this.indexes.get(name);
    if (index === undefined)
      throw new AppError("not_found", `index ${name} does not exist`);
    return index;
  }

  /** After a write: compact when holes dominate, schedule the snapshot. */
  private changed(name: string, index: EmbeddedIndex): void {
    if (index.needsCompaction() && this.indexes.get(name) === index) {
      const compacted = new EmbeddedIndex(index.settings);
      compacted.upsert(index.liveDocuments());
      this.indexes.set(name, compacted);
    }
    this.writer?.markDirty(name);
  }
}

function assertIndexName(name: string): void {
  if (!INDEX_NAME.test(name)) {
    throw new AppError(
      "invalid_request",
      "index names use only A-Z, a-z, 0-9, - and _",
      {
        details: { name },
      },
    );
  }
}

function sameSettings(a: IndexSettings, b: IndexSettings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
