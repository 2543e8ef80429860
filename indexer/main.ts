import process from "node:process";
import dotenv from "dotenv";
import { ConfigError, loadConfig, type Config } from "../config/config.js";
import { AppError } from "../src/errors/app-error.js";
import {
  parseCliArgs,
  USAGE,
  UsageError,
  type CliCommand,
} from "./cli/cli-args.js";
import { runDryRun } from "./cli/dry-run.js";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from "./cli/exit-codes.js";
import { createLineWriter } from "./cli/ndjson-writer.js";
import {
  checkSettings,
  createIndexerLogger,
  runIndexer,
} from "./cli/engine-commands.js";

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
      return summary.failures > 0 ? EXIT_FAILED : EXIT_OK;
    }
    case "check-settings": {
      const config = readConfig();
      return checkSettings(config, createIndexerLogger(config), process.stdout);
    }
    case "index": {
      const config = readConfig();
      return runIndexer(
        config,
        {
          paths: command.paths,
          full: command.full,
          watch: command.watch,
          schedule: command.schedule ?? config.indexing.schedule,
          controlPort: command.controlPort ?? config.indexing.controlPort,
        },
        createIndexerLogger(config),
      );
    }
  }
}

/** Reads .env and the environment; a bad value ends the run with the variable's name. */
function readConfig(): Config {
  dotenv.config({ quiet: true });
  return loadConfig();
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
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    if (err instanceof AppError) {
      process.stderr.write(`error: ${err.message}\n`);
      process.exitCode = EXIT_FAILED;
      return;
    }
    process.stderr.write(
      `fatal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exitCode = EXIT_FAILED;
  },
);
