import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { AppError } from "../../src/errors/app-error.js";
import { validDate } from "../parse/release-date.js";

/** Files larger than this are rejected before they are read. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** The extensions the indexer reads: one release per `.txt`, one per line of `.ndjson`. */
export const RELEASE_EXTENSIONS: readonly string[] = [".txt", ".ndjson"];

/** Problems with one input, reported instead of thrown so other inputs still load. */
export interface InputError {
  readonly source: string;
  readonly line?: number;
  readonly message: string;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const MAX_CONTROL_RATIO = 0.001;

/**
 * Expands files and directories into the release files to read.
 *
 * @remarks Directories are walked recursively; only `.txt` and `.ndjson` files are kept.
 * The result is sorted by path (code-point order) and free of duplicates, so runs are deterministic.
 */
export async function listReleaseFiles(
  paths: readonly string[],
): Promise<{ files: string[]; errors: InputError[] }> {
  const files = new Set<string>();
  const errors: InputError[] = [];
  for (const input of paths) {
    try {
      const info = await stat(input);
      if (info.isDirectory()) {
        const entries = await readdir(input, {
          recursive: true,
          withFileTypes: true,
        });
        for (const entry of entries) {
          if (entry.isFile() && isReleaseFile(entry.name)) {
            files.add(path.join(entry.parentPath, entry.name));
          }
        }
      } else if (isReleaseFile(input)) {
        files.add(input);
      } else {
        errors.push({ source: input, message: "not a .txt or .ndjson file" });
      }
    } catch (err) {
      errors.push({ source: input, message: describeFsError(err) });
    }
  }
  return { files: [...files].sort(compareReleasePaths), errors };
}

/** Path order, extension aside, so `a.txt` comes before its republished `a-2.txt`. */
function compareReleasePaths(a: string, b: string): number {
  const stemA = a.slice(0, a.length - path.extname(a).length);
  const stemB = b.slice(0, b.length - path.extname(b).length);
  if (stemA !== stemB) return stemA < stemB ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True for the files the indexer reads (by extension); the watcher uses it too. */
export function isReleaseFile(name: string): boolean {
  return RELEASE_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

/**
 * Reads a release file as UTF-8 text.
 *
 * @throws AppError `payload_too_large` over {@link MAX_INPUT_BYTES} (checked before reading),
 * `invalid_request` for an empty, binary or non-UTF-8 file
 */
export async function readReleaseText(
  file: string,
): Promise<{ text: string; bytes: number }> {
  const { size } = await stat(file);
  if (size > MAX_INPUT_BYTES) {
    throw new AppError(
      "payload_too_large",
      `file too large: ${formatMegabytes(size)} (limit ${formatMegabytes(MAX_INPUT_BYTES)})`,
    );
  }
  const buffer = await readFile(file);
  if (buffer.length === 0) throw new AppError("invalid_request", "empty file");
  let text: string;
  try {
    text = utf8.decode(buffer);
  } catch (err) {
    throw new AppError("invalid_request", "not valid UTF-8 (binary file?)", {
      cause: err,
    });
  }
  if (
    text.includes("\u0000") ||
    countControlCharacters(text) > text.length * MAX_CONTROL_RATIO
  ) {
    throw new AppError(
      "invalid_request",
      "binary content (control characters)",
    );
  }
  if (text.trim() === "")
    throw new AppError("invalid_request", "empty file (whitespace only)");
  return { text, bytes: buffer.length };
}

const ndjsonRecordSchema = z.object({
  title: z.string().trim().min(1, "title must not be empty"),
  date: z
    .string()
    .refine((d) => isIsoDate(d), "date must be a real YYYY-MM-DD date"),
  body: z.string().trim().min(1, "body must not be empty"),
  category: z.string().trim().min(1).nullable().optional(),
  url: z.string().optional(),
});

/** One release from an NDJSON line: `{ title, date, body, category?, url? }`. */
export type NdjsonRecord = z.infer<typeof ndjsonRecordSchema>;

/**
 * Parses NDJSON text into records; blank lines are skipped, bad lines become errors
 * naming the 1-based line number.
 */
export function parseNdjson(
  source: string,
  text: string,
): { records: { line: number; record: NdjsonRecord }[]; errors: InputError[] } {
  const records: { line: number; record: NdjsonRecord }[] = [];
  const errors: InputError[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      errors.push({
        source,
        line,
        message: `not valid JSON (${(err as Error).message})`,
      });
      return;
    }
    const parsed = ndjsonRecordSchema.safeParse(value);
    if (parsed.success) records.push({ line, record: parsed.data });
    else
      errors.push({
        source,
        line,
        message: describeRecordIssues(parsed.error),
      });
  });
  return { records, errors };
}

function describeRecordIssues(error: z.ZodError): string {
  const problems = error.issues.map((issue) => {
    const field = issue.path.join(".");
    if (field === "") return "not a JSON object";
    return issue.code === "invalid_type" && issue.input === undefined
      ? `lacks "${field}"`
      : `"${field}": ${issue.message}`;
  });
  return `invalid record: ${problems.join("; ")}`;
}

function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return (
    match !== null &&
    validDate(Number(match[1]), Number(match[2]), Number(match[3])) === text
  );
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A one-line reason for a file-system error ("no such file or directory"). */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return err instanceof Error ? err.message : String(err);
}

/** Control characters other than tab, line feed, form feed and carriage return. */
function countControlCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (
      (code < 0x20 &&
        code !== 0x09 &&
        code !== 0x0a &&
        code !== 0x0c &&
        code !== 0x0d) ||
      code === 0x7f
    ) {
      count += 1;
    }
  }
  return count;
}
