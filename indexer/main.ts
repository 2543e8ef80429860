import process from "node:process";
import {
  parseCliArgs,
  USAGE,
  UsageError,
  type CliCommand,
} from "./cli-args.js";
import { runDryRun } from "./dry-run.js";
import { createLineWriter } from "./ndjson-writer.js";

const EXIT_OK = 0;
const EXIT_INPUT_FAILED = 1;
const EXIT_USAGE = 2;

/** Runs the command and returns the process exit code. */
async function run(command: CliCommand): Promise<number> {
  switch (command.mode) {
    case "help":
      process.stdout.write(`${USAGE}\n`);
      return EXIT_OK;
    case "dry-run": {
      const summary = await runDryRun(command.paths, {
        out: createLineWriter(process.stdout),
        err: process.stderr,
        interactive: process.stderr.isTTY,
      });
      return summary.failures > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
    }
    case "index":
      process.stderr.write(
        "Pushing documents to a search engine is not available yet; use --dry-run to print them.\n",
      );
      return EXIT_USAGE;
  }
}

async function main(argv: readonly string[]): Promise<number> {
  let command: CliCommand;
  try {
    command = parseCliArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`error: ${err.message}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  return run(command);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(
      `fatal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exitCode = EXIT_INPUT_FAILED;
  },
);
