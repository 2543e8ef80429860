import path from "node:path";
import { AppError } from "../../src/errors/app-error.js";
import type { SentenceDocument } from "../../src/search/sentence-document.js";
import { assignReleaseId, buildDocuments } from "./build-documents.js";
import { parseRelease, type ReleaseHints } from "../parse/parse-release.js";
import {
  describeFsError,
  listReleaseFiles,
  parseNdjson,
  readReleaseText,
  type InputError,
} from "../input/read-inputs.js";
import { disambiguateReleaseId } from "./release-id.js";

export type { InputError } from "../input/read-inputs.js";

const READ_AHEAD = 8;

/** One release turned into documents. */
export interface IndexedRelease {
  /** The file, or `file:line` for an NDJSON record. */
  readonly source: string;
  readonly releaseId: string;
  readonly releaseHash: string;
  readonly title: string;
  readonly documents: readonly SentenceDocument[];
}

/** What a load produced: releases, per-input errors, and how much was read. */
export interface LoadResult {
  readonly releases: IndexedRelease[];
  readonly errors: InputError[];
  readonly files: number;
  readonly bytes: number;
  /** Problems that did not stop a release from loading (a release id made unique). */
  readonly warnings?: InputError[];
}

/**
 * Reads one file (.txt: one release; .ndjson: one per line). Never throws for bad input:
 * errors are returned.
 */
export async function loadReleaseFile(filePath: string): Promise<LoadResult> {
  return buildReleaseFile(filePath, await readSettled(filePath));
}

type ReadOutcome =
  | { readonly text: string; readonly bytes: number }
  | { readonly error: unknown };

/** Reads a file; a failure is returned, not thrown, so reads can run ahead unawaited. */
async function readSettled(filePath: string): Promise<ReadOutcome> {
  try {
    return await readReleaseText(filePath);
  } catch (error) {
    return { error };
  }
}

function buildReleaseFile(filePath: string, read: ReadOutcome): LoadResult {
  if ("error" in read) return failed(filePath, 0, describeError(read.error));
  const { text, bytes } = read;
  if (path.extname(filePath).toLowerCase() !== ".ndjson") {
    const release = buildRelease(text, { source: filePath }, filePath);
    return "message" in release
      ? failed(filePath, bytes, release.message)
      : { releases: [release], errors: [], files: 1, bytes };
  }
  const { records, errors } = parseNdjson(filePath, text);
  const releases: IndexedRelease[] = [];
  for (const { line, record } of records) {
    const hints: ReleaseHints = {
      source: filePath,
      title: record.title,
      date: record.date,
      category: record.category ?? null,
    };
    const release = buildRelease(record.body, hints, `${filePath}:${line}`);
    if ("message" in release)
      errors.push({ source: filePath, line, message: release.message });
    else releases.push(release);
  }
  return { releases, errors, files: 1, bytes };
}

/** Expands files/directories (recursive, .txt/.ndjson, sorted, deterministic) and loads them all. */
export async function loadReleases(
  paths: readonly string[],
  options: { onFile?: (file: string, result: LoadResult) => void } = {},
): Promise<LoadResult> {
  const listed = await listReleaseFiles(paths);
  const releases: IndexedRelease[] = [];
  const errors: InputError[] = [...listed.errors];
  const warnings: InputError[] = [];
  const dedupe = createReleaseIdDeduplicator();
  let bytes = 0;
  // Reads run a few files ahead: the disk works while the CPU parses.
  const reads = new Map<number, Promise<ReadOutcome>>();
  for (const [i, file] of listed.files.entries()) {
    for (let ahead = i; ahead < i + READ_AHEAD; ahead++) {
      const next = listed.files[ahead];
      if (next !== undefined && !reads.has(ahead))
        reads.set(ahead, readSettled(next));
    }
    const read = await (reads.get(i) ?? readSettled(file));
    reads.delete(i);
    const loaded = buildReleaseFile(file, read);
    const unique = dedupe(loaded);
    releases.push(...unique.releases);
    errors.push(...unique.errors);
    warnings.push(...(unique.warnings ?? []));
    bytes += unique.bytes;
    options.onFile?.(file, unique);
  }
  return { releases, errors, files: listed.files.length, bytes, warnings };
}

/**
 * Returns a function that makes release ids unique across the files of one run: a
 * repeated id gets a suffix from its source file name, and a warning says so.
 */
export function createReleaseIdDeduplicator(): (
  result: LoadResult,
) => LoadResult {
  const seen = new Map<string, string>();
  return (result) => {
    const warnings: InputError[] = [...(result.warnings ?? [])];
    const releases = result.releases.map((release) => {
      const first = seen.get(release.releaseId);
      if (first === undefined) {
        seen.set(release.releaseId, release.source);
        return release;
      }
      let releaseId = disambiguateReleaseId(release.releaseId, release.source);
      for (let n = 2; seen.has(releaseId); n += 1)
        releaseId = `${releaseId}-${n}`;
      seen.set(releaseId, release.source);
      warnings.push({
        source: release.source,
        message: `release id ${release.releaseId} already used by ${first}; using ${releaseId}`,
      });
      const documents = assignReleaseId(release.documents, releaseId);
      return {
        ...release,
        releaseId,
        documents,
        releaseHash: documents[0]?.releaseHash ?? "",
      };
    });
    return { ...result, releases, warnings };
  };
}

function buildRelease(
  text: string,
  hints: ReleaseHints,
  source: string,
): IndexedRelease | { message: string } {
  try {
    const parsed = parseRelease(text, hints);
    const documents = buildDocuments(parsed);
    const first = documents[0];
    if (first === undefined) return { message: "no text after the title" };
    return {
      source,
      releaseId: first.releaseId,
      releaseHash: first.releaseHash,
      title: parsed.title,
      documents,
    };
  } catch (err) {
    return { message: describeError(err) };
  }
}

function failed(source: string, bytes: number, message: string): LoadResult {
  return { releases: [], errors: [{ source, message }], files: 1, bytes };
}

function describeError(err: unknown): string {
  if (err instanceof AppError) return err.message;
  if ((err as NodeJS.ErrnoException | undefined)?.code !== undefined)
    return describeFsError(err);
  return `internal error: ${err instanceof Error ? err.message : String(err)}`;
}
