import cliProgress from "cli-progress";

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
