import cliProgress from "cli-progress";
import type { InputError, LoadResult } from "../documents/load-releases.js";

/** Run statistics the summary line reports. */
export interface RunSummary {
  readonly files: number;
  readonly releases: number;
  readonly sentences: number;
  readonly speakers: number;
  readonly failures: number;
  readonly warnings: number;
  readonly seconds: number;
}

/** Progress and messages on stderr: a bar on a terminal, plain lines otherwise. */
export interface ProgressReporter {
  /** One message line (an error or a warning), shown without breaking the bar. */
  log(line: string): void;
  /** Marks one more file done. */
  tick(file: string): void;
  /** Removes the bar and prints the summary line. */
  finish(summary: RunSummary): void;
}

const PLAIN_EVERY_FILES = 1000;

/**
 * Creates the reporter for `total` files, writing to `stream` (stderr).
 *
 * @param interactive - true on a TTY: draw a progress bar
 */
export function createProgressReporter(
  total: number,
  stream: NodeJS.WriteStream,
  interactive: boolean,
): ProgressReporter {
  let done = 0;
  const bars = interactive
    ? new cliProgress.MultiBar(
        {
          stream,
          format:
            "indexing [{bar}] {percentage}% | {value}/{total} files | ETA {eta_formatted}",
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  const bar = bars?.create(total, 0);
  return {
    log(line) {
      if (bars === undefined) stream.write(`${line}\n`);
      else bars.log(`${line}\n`);
    },
    tick() {
      done += 1;
      bar?.update(done);
      if (
        bars === undefined &&
        (done % PLAIN_EVERY_FILES === 0 || done === total)
      ) {
        stream.write(`indexing: ${done}/${total} files\n`);
      }
    },
    finish(summary) {
      bars?.stop();
      stream.write(`${formatSummary(summary)}\n`);
    },
  };
}

/** "done: 6845 files, 6845 releases, 190000 sentences, 1234 speakers, 0 failures, 0 warnings in 12.3 s" */
export function formatSummary(summary: RunSummary): string {
  return (
    `done: ${summary.files} files, ${summary.releases} releases, ${summary.sentences} sentences, ` +
    `${summary.speakers} speakers, ${summary.failures} failures, ${summary.warnings} warnings ` +
    `in ${summary.seconds.toFixed(1)} s`
  );
}

/** Counts a run's files for its summary line, reporting each input problem as it comes. */
export interface RunTally {
  /** An input that failed before it could be read (a bad path). */
  error(e: InputError): void;
  /** Counts a loaded file, reports its errors and warnings, and moves the bar. */
  add(file: string, result: LoadResult): void;
  /**
   * Prints the summary line once and returns it.
   *
   * @param laterFailures - failures found after loading (a reindex job that failed)
   */
  finish(laterFailures?: number): RunSummary;
}

/** A tally over `total` files, reporting on `stream` (stderr) as createProgressReporter does. */
export function createRunTally(
  total: number,
  stream: NodeJS.WriteStream,
  interactive: boolean,
): RunTally {
  const started = performance.now();
  const progress = createProgressReporter(total, stream, interactive);
  const speakers = new Set<string>();
  const totals = {
    files: 0,
    releases: 0,
    sentences: 0,
    failures: 0,
    warnings: 0,
  };
  const report = (kind: string, e: InputError): void => {
    progress.log(
      `${kind}: ${e.source}${e.line === undefined ? "" : `:${e.line}`}: ${e.message}`,
    );
  };
  let summary: RunSummary | undefined;
  return {
    error(e) {
      totals.failures += 1;
      report("error", e);
    },
    add(file, result) {
      totals.files += 1;
      totals.failures += result.errors.length;
      totals.warnings += result.warnings?.length ?? 0;
      for (const e of result.errors) report("error", e);
      for (const e of result.warnings ?? []) report("warning", e);
      for (const release of result.releases) {
        totals.releases += 1;
        totals.sentences += release.documents.length;
        for (const doc of release.documents)
          if (doc.speaker !== null) speakers.add(doc.speaker);
      }
      progress.tick(file);
    },
    finish(laterFailures = 0) {
      if (summary !== undefined) return summary;
      summary = {
        ...totals,
        failures: totals.failures + laterFailures,
        speakers: speakers.size,
        seconds: (performance.now() - started) / 1000,
      };
      progress.finish(summary);
      return summary;
    },
  };
}
