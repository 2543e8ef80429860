import { parseArgs } from "node:util";

/** What the indexer CLI was asked to do. */
export type CliCommand =
  | { readonly mode: "help" }
  | { readonly mode: "dry-run"; readonly paths: readonly string[] }
  | { readonly mode: "check-settings" }
  | {
      readonly mode: "index";
      /** Empty: RELEASES_DIR. */
      readonly paths: readonly string[];
      readonly full: boolean;
      readonly watch: boolean;
      readonly schedule: string | undefined;
      /** Undefined: INDEXER_CONTROL_PORT. */
      readonly controlPort: number | undefined;
    };

/** A usage problem: the CLI prints the message and the usage, and exits with code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const USAGE = `Usage: npm run index -- [options] [PATH...]

Turns press releases (.txt: one release per file; .ndjson: one {title, date, body,
category?, url?} record per line) into sentence documents and indexes them. PATH may
be a file or a directory (searched recursively); without PATH, RELEASES_DIR.

The engine is Meilisearch when MEILI_URL is set (with MEILI_ADMIN_KEY), otherwise the
embedded engine kept on disk in DATA_DIR. A run syncs what changed (content hashes skip
unchanged releases); it rebuilds the whole index, then swaps it in, when the index is
missing, its settings differ from the code, or --full is given.

Options:
  --dry-run            print the documents as NDJSON on stdout (one per line) and nothing else
  --full               rebuild the whole index in a new one, check it, swap it in
  --watch              after indexing, apply added, changed and removed files of the
                       (one) directory until stopped (SIGTERM/SIGINT)
  --schedule CRON      also rebuild in full on a cron schedule, e.g. "0 3 * * *"
  --control-port PORT  serve the admin reindex routes (needs ADMIN_TOKEN) for the API
  --check-settings     compare the live index settings with the code; exit 1 on drift
  -h, --help           show this help

Progress and a summary go to stderr. The exit code is 1 when any input failed.`;

/**
 * Parses the indexer's command line.
 *
 * @param argv - the arguments after the script name
 * @throws UsageError for unknown options, bad values or a missing PATH
 */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        "dry-run": { type: "boolean", default: false },
        full: { type: "boolean", default: false },
        watch: { type: "boolean", default: false },
        schedule: { type: "string" },
        "control-port": { type: "string" },
        "check-settings": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  if (values.help) return { mode: "help" };
  if (values["check-settings"]) return { mode: "check-settings" };
  if (values["dry-run"]) {
    if (positionals.length === 0) throw new UsageError("no PATH given");
    return { mode: "dry-run", paths: positionals };
  }
  if (values.watch && positionals.length > 1)
    throw new UsageError("--watch takes one directory");
  return {
    mode: "index",
    paths: positionals,
    full: values.full,
    watch: values.watch,
    schedule: values.schedule,
    controlPort: parsePort(values["control-port"]),
  };
}

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UsageError(
      `--control-port must be a port number, not "${value}"`,
    );
  }
  return port;
}
