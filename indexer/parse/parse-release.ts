import { AppError } from "../../src/errors/app-error.js";
import { findReleaseDate } from "./release-date.js";
import { findLocation } from "./release-location.js";
import { normalizeWhitespace } from "./split-sentences.js";

/**
 * A body paragraph, or a line that structures the body without being text:
 * a separator ("* * *") ends a transcript part; a stage direction ("(Applause.)") is dropped.
 */
export type ParsedParagraph =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "aside"; readonly text: string }
  | { readonly kind: "separator" }
  | { readonly kind: "stage" };

/** One release, before sentence splitting. */
export interface ParsedRelease {
  readonly title: string;
  readonly category: string | null;
  readonly date: string;
  readonly location: string | null;
  readonly paragraphs: readonly ParsedParagraph[];
}

/** What is known about a release besides its text (NDJSON fields, the file name). */
export interface ReleaseHints {
  /** The file the release comes from; its `YYYY-MM-DD-` prefix is the last-resort date. */
  readonly source: string;
  readonly title?: string;
  readonly date?: string;
  readonly category?: string | null;
}

const BREADCRUMB = /^Home\s*>|\s>\s/;
const TRAILER = /^suggest to a friend\s*:?$/i;
const SEPARATOR = /^[\s*※＊·•~=_—–-]+$/;
const OMISSION = /\s*[<‹](?:…|\.\.\.)[>›]\s*/g;
const ONLY_OMISSION = /^(?:[<‹](?:…|\.\.\.)[>›]\s*)+$/;
const STAGE_WORDS =
  "Applause|Laughter|Laughs|Laughing|Video plays|The video plays|Video is played|The video is played|Minute of silence|A minute of silence|Inaudible|Pause|Unofficial translation|The national anthem|Video report demonstration|The film is shown|re-translated|retranslated";
const STAGE_DIRECTION = new RegExp(
  `\\s*\\((?:${STAGE_WORDS})\\b[^()]{0,40}\\)\\s*`,
  "g",
);
const PARENTHESISED = /^\([^()]*\)$/;
const MAX_STAGE_WORDS = 8;
const NOISE_MARK = /[<‹(]/;
const SPACE_BEFORE_STOP = / ([.,;:!?])(?=\s|$)/g;

/**
 * Parses the text of one release: optional breadcrumb, title line, blank-line separated
 * paragraphs, optional "Suggest to a friend" trailer.
 *
 * @param text - the release text (LF or CRLF)
 * @param hints - metadata from outside the text; `hints.title` means the text is body only
 * @throws AppError `invalid_request` when there is no title or no usable date
 */
export function parseRelease(text: string, hints: ReleaseHints): ParsedRelease {
  const blocks = splitBlocks(text);
  let category = hints.category ?? null;
  let title =
    hints.title === undefined ? undefined : normalizeWhitespace(hints.title);
  if (title === undefined) {
    const first = blocks[0]?.[0];
    if (first !== undefined && BREADCRUMB.test(first) && !first.endsWith(".")) {
      category = lastBreadcrumbPart(first);
      shiftLine(blocks);
    }
    title = shiftLine(blocks);
  }
  if (title === undefined || title === "" || !/\p{L}/u.test(title)) {
    throw new AppError("invalid_request", "no title line");
  }
  const paragraphs = blocks
    .map((lines) => classifyParagraph(normalizeWhitespace(lines.join(" "))))
    .filter((p): p is ParsedParagraph => p !== undefined);
  const texts = paragraphs.filter((p) => p.kind === "text").map((p) => p.text);
  const [lede = "", ...body] = texts;
  const date = hints.date ?? findReleaseDate(lede, title, hints.source);
  if (date === undefined) {
    throw new AppError(
      "invalid_request",
      "no date in the text, the title or the file name",
    );
  }
  return {
    title,
    category,
    date,
    location: findLocation(lede, title, body),
    paragraphs,
  };
}

/** The blank-line separated blocks of a release file, each as its lines. */
export function splitBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  // split("\n") and a dropped "\r" are split(/\r?\n/) without a regular expression.
  for (const raw of text.replace(/^\uFEFF/, "").split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** Takes the first line of the first block (the breadcrumb, then the title). */
function shiftLine(blocks: string[][]): string | undefined {
  const first = blocks[0];
  const line = first?.shift();
  if (first?.length === 0) blocks.shift();
  return line === undefined ? undefined : normalizeWhitespace(line);
}

function lastBreadcrumbPart(line: string): string | null {
  const parts = normalizeWhitespace(line).split(" > ");
  const last = parts[parts.length - 1]?.trim();
  return last === undefined || last === "" ? null : last;
}

function classifyParagraph(text: string): ParsedParagraph | undefined {
  if (text === "" || TRAILER.test(text)) return undefined;
  if (SEPARATOR.test(text)) return { kind: "separator" };
  if (ONLY_OMISSION.test(text)) return { kind: "stage" };
  const cleaned = removeInlineNoise(text);
  if (cleaned === "") return { kind: "stage" };
  if (PARENTHESISED.test(cleaned)) {
    const words = cleaned.split(" ").length;
    return words <= MAX_STAGE_WORDS
      ? { kind: "stage" }
      : { kind: "aside", text: cleaned };
  }
  return { kind: "text", text: cleaned };
}

/** Drops omission marks ("<…>") and stage directions ("(Applause.)") inside a paragraph. */
function removeInlineNoise(text: string): string {
  // One scan for the usual paragraph, which has none of them.
  if (!NOISE_MARK.test(text)) return text;
  const hasOmission = text.includes("<") || text.includes("‹");
  const hasParenthesis = text.includes("(");
  let cleaned = hasOmission ? text.replace(OMISSION, " ") : text;
  if (hasParenthesis) cleaned = cleaned.replace(STAGE_DIRECTION, " ");
  // "Thank you (re-translated)." leaves "Thank you ." behind.
  return cleaned === text
    ? text
    : normalizeWhitespace(cleaned).replace(SPACE_BEFORE_STOP, "$1");
}
