import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readdir, readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { IndexSettings } from "../../../config/index-settings.js";
import {
  sentenceDocumentSchema,
  type SentenceDocument,
} from "../../search/sentence-document.js";

/** What a snapshot holds: one index's settings and documents. */
export interface IndexSnapshot {
  readonly settings: IndexSettings;
  readonly documents: readonly SentenceDocument[];
}

export interface SnapshotLogger {
  warn(obj: object, msg: string): void;
}

const MANIFEST = "manifest.json";
const FORMAT = "release-search-embedded-index";
const VERSION = 1;
const LINES_PER_WRITE = 2_000;

interface Manifest {
  readonly version: number;
  readonly indexes: Record<string, string>;
}

/**
 * Index snapshots on disk: one NDJSON file per index (a header line with the
 * settings, then one document per line) and a manifest naming the file of each
 * index. Every file is written to a temporary name, fsynced, then renamed, and
 * the manifest is replaced last, so a killed process leaves either the old or
 * the new state. Swaps and deletions only rewrite the manifest: they are atomic.
 *
 * @remarks Callers serialise the operations (one at a time per directory).
 */
export class SnapshotStore {
  private manifest: Manifest = { version: VERSION, indexes: {} };

  constructor(
    private readonly dir: string,
    private readonly logger?: SnapshotLogger,
  ) {}

  /** Loads every index of the manifest and removes files no manifest names (crash leftovers). */
  async load(): Promise<Map<string, IndexSnapshot>> {
    await mkdir(this.dir, { recursive: true });
    this.manifest = await this.readManifest();
    const loaded = new Map<string, IndexSnapshot>();
    const kept: Record<string, string> = {};
    for (const [name, file] of Object.entries(this.manifest.indexes)) {
      try {
        loaded.set(name, await readSnapshot(join(this.dir, file)));
        kept[name] = file;
      } catch (error) {
        this.logger?.warn(
          { err: error, index: name, file },
          "index snapshot unreadable; index skipped",
        );
      }
    }
    this.manifest = { version: VERSION, indexes: kept };
    await this.removeLeftovers(new Set(Object.values(kept)));
    return loaded;
  }

  /** Writes an index's snapshot and points the manifest at it. */
  async write(name: string, snapshot: IndexSnapshot): Promise<void> {
    const file = `index-${randomUUID()}.ndjson`;
    await writeAtomically(join(this.dir, file), snapshotChunks(name, snapshot));
    const previous = this.manifest.indexes[name];
    await this.saveManifest({ ...this.manifest.indexes, [name]: file });
    if (previous !== undefined)
      await rm(join(this.dir, previous), { force: true });
  }

  /** Exchanges the snapshots of two indexes. */
  async swap(a: string, b: string): Promise<void> {
    const fileA = this.manifest.indexes[a];
    const fileB = this.manifest.indexes[b];
    const indexes = without(this.manifest.indexes, [a, b]);
    if (fileB !== undefined) indexes[a] = fileB;
    if (fileA !== undefined) indexes[b] = fileA;
    await this.saveManifest(indexes);
  }

  /** Forgets an index and deletes its snapshot. */
  async remove(name: string): Promise<void> {
    const file = this.manifest.indexes[name];
    if (file === undefined) return;
    await this.saveManifest(without(this.manifest.indexes, [name]));
    await rm(join(this.dir, file), { force: true });
  }

  private async readManifest(): Promise<Manifest> {
    let text: string;
    try {
      text = await readFile(join(this.dir, MANIFEST), "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT")
        return this.manifest;
      throw error;
    }
    const parsed = JSON.parse(text) as Partial<Manifest>;
    if (parsed.version !== VERSION || typeof parsed.indexes !== "object") {
      throw new Error(`unsupported snapshot manifest in ${this.dir}`);
    }
    return { version: VERSION, indexes: { ...parsed.indexes } };
  }

  private async saveManifest(indexes: Record<string, string>): Promise<void> {
    const manifest = { version: VERSION, indexes };
    await writeAtomically(join(this.dir, MANIFEST), [JSON.stringify(manifest)]);
    this.manifest = manifest;
  }

  private async removeLeftovers(kept: ReadonlySet<string>): Promise<void> {
    for (const entry of await readdir(this.dir)) {
      const stale =
        entry.includes(".tmp-") ||
        (entry.startsWith("index-") && !kept.has(entry));
      if (stale) await rm(join(this.dir, entry), { force: true });
    }
  }
}

function without(
  indexes: Readonly<Record<string, string>>,
  names: readonly string[],
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(indexes).filter(([name]) => !names.includes(name)),
  );
}

function* snapshotChunks(
  name: string,
  snapshot: IndexSnapshot,
): Generator<string> {
  const header = {
    format: FORMAT,
    version: VERSION,
    name,
    settings: snapshot.settings,
  };
  let chunk = `${JSON.stringify(header)}\n`;
  let lines = 0;
  for (const doc of snapshot.documents) {
    chunk += `${JSON.stringify(doc)}\n`;
    if (++lines % LINES_PER_WRITE === 0) {
      yield chunk;
      chunk = "";
    }
  }
  yield chunk;
}

/** Writes `chunks` to a temporary file, fsyncs it, renames it over `path`, fsyncs the directory. */
async function writeAtomically(
  path: string,
  chunks: Iterable<string>,
): Promise<void> {
  const temporary = `${path}.tmp-${process.pid}-${randomUUID()}`;
  const handle = await open(temporary, "w");
  try {
    for (const chunk of chunks) await handle.write(chunk);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporary, path);
  const dir = await open(join(path, ".."), "r");
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

async function readSnapshot(path: string): Promise<IndexSnapshot> {
  const lines = createInterface({
    input: createReadStream(path, "utf8"),
    crlfDelay: Infinity,
  });
  let settings: IndexSettings | undefined;
  const documents: SentenceDocument[] = [];
  for await (const line of lines) {
    if (line.length === 0) continue;
    if (settings === undefined) {
      const header = JSON.parse(line) as {
        format?: string;
        version?: number;
        settings?: IndexSettings;
      };
      if (
        header.format !== FORMAT ||
        header.version !== VERSION ||
        header.settings === undefined
      ) {
        throw new Error(`not a version ${VERSION} index snapshot`);
      }
      settings = header.settings;
      continue;
    }
    // A document the engine cannot use makes the whole snapshot unreadable.
    documents.push(sentenceDocumentSchema.parse(JSON.parse(line)));
  }
  if (settings === undefined) throw new Error("empty index snapshot");
  return { settings, documents };
}
