import { toPublicDocument } from "../src/search/sentence-document.js";
import {
  createReleaseIdDeduplicator,
  listReleaseFiles,
  loadReleaseFile,
  type InputError,
} from "./load-releases.js";
import type { LineWriter } from "./ndjson-writer.js";
import {
  createProgressReporter,
  type RunSummary,
} from "./progress-reporter.js";

/** Where a run writes: documents to `out`, progress and errors to `err`. */
export interface RunStreams {
  readonly out: LineWriter;
  readonly err: NodeJS.WriteStream;
  readonly interactive: boolean;
}

/**
 * Loads every release under `paths` and prints its documents as NDJSON (public fields),
 * one file at a time so memory stays flat on large corpora.
 *
 * @returns the run summary; `failures` counts inputs that could not be loaded
 */
export async function runDryRun(
  paths: readonly string[],
  streams: RunStreams,
): Promise<RunSummary> {
  const started = performance.now();
  const { files, errors: pathErrors } = await listReleaseFiles(paths);
  const progress = createProgressReporter(
    files.length,
    streams.err,
    streams.interactive,
  );
  const report = (kind: string, e: InputError): void => {
    progress.log(
      `${kind}: ${e.source}${e.line === undefined ? "" : `:${e.line}`}: ${e.message}`,
    );
  };
  pathErrors.forEach((e) => {
    report("error", e);
  });
  const dedupe = createReleaseIdDeduplicator();
  const speakers = new Set<string>();
  let releases = 0;
  let sentences = 0;
  let failures = pathErrors.length;
  let warnings = 0;
  let processed = 0;
  for (const file of files) {
    processed += 1;
    const result = dedupe(await loadReleaseFile(file));
    result.errors.forEach((e) => {
      report("error", e);
    });
    result.warnings?.forEach((e) => {
      report("warning", e);
    });
    failures += result.errors.length;
    warnings += result.warnings?.length ?? 0;
    const lines: string[] = [];
    for (const release of result.releases) {
      releases += 1;
      for (const doc of release.documents) {
        if (doc.speaker !== null) speakers.add(doc.speaker);
        lines.push(JSON.stringify(toPublicDocument(doc)));
      }
    }
    sentences += lines.length;
    progress.tick(file);
    if (!(await streams.out.write(lines))) break;
  }
  const summary: RunSummary = {
    files: processed,
    releases,
    sentences,
    speakers: speakers.size,
    failures,
    warnings,
    seconds: (performance.now() - started) / 1000,
  };
  progress.finish(summary);
  return summary;
}
