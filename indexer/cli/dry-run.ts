import { toPublicDocument } from "../../src/search/sentence-document.js";
import {
  createReleaseIdDeduplicator,
  loadReleaseFile,
} from "../documents/load-releases.js";
import { listReleaseFiles } from "../input/read-inputs.js";
import type { LineWriter } from "./ndjson-writer.js";
import { createRunTally, type RunSummary } from "./progress-reporter.js";

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
  const { files, errors: pathErrors } = await listReleaseFiles(paths);
  const tally = createRunTally(files.length, streams.err, streams.interactive);
  pathErrors.forEach((e) => {
    tally.error(e);
  });
  const dedupe = createReleaseIdDeduplicator();
  for (const file of files) {
    const result = dedupe(await loadReleaseFile(file));
    tally.add(file, result);
    const lines = result.releases.flatMap((release) =>
      release.documents.map((doc) => JSON.stringify(toPublicDocument(doc))),
    );
    if (!(await streams.out.write(lines))) break;
  }
  const summary = tally.finish();
  return summary;
}
