import { parseArgs } from "node:util";

/** What the indexer CLI was asked to do. */
export type CliCommand =
  | { readonly mode: "help" }
  | { readonly mode: "dry-run"; readonly paths: readonly string[] }
  | { readonly mode: "index"; readonly paths: readonly string[] };

/** A usage problem: the CLI prints the message and the usage, and exits with code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const USAGE = `Usage: npm run index -- [options] PATH...

Turns press releases (.txt: one release per file; .ndjson: one {title, date, body,
category?, url?} record per line) into sentence documents. PATH may be a file or a
directory (searched recursively).

Options:
  --dry-run   print the documents as NDJSON on stdout (one per line) and nothing else
  -h, --help  show this help

Progress and a summary go to stderr. The exit code is 1 when any input failed.`;

/**
 * Parses the indexer's command line.
 *
 * @param argv - the arguments after the script name
 * @throws UsageError for unknown options or a missing PATH
 */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        "dry-run": { type: "boolean", default: false },
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
  if (positionals.length === 0) throw new UsageError("no PATH given");
  return values["dry-run"]
    ? { mode: "dry-run", paths: positionals }
    : { mode: "index", paths: positionals };
}
