import { z } from "zod";
import abbreviationsData from "../../config/abbreviations.json" with { type: "json" };

const abbreviationsSchema = z.object({
  always: z.array(z.string()),
  beforeNumber: z.array(z.string()),
  beforeName: z.array(z.string()),
  sentenceOpeners: z.array(z.string()),
});

const abbreviations = abbreviationsSchema.parse(abbreviationsData);
const ALWAYS = new Set(abbreviations.always);
const BEFORE_NUMBER = new Set(abbreviations.beforeNumber);
const BEFORE_NAME = new Set(abbreviations.beforeName);
const OPENERS = new Set(abbreviations.sentenceOpeners);

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

const WHITESPACE = /\s+/g;
const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/g;
const LEADING_PUNCTUATION = /^[(["“‘'«]+/;
const FIRST_WORD = /^[\s"“‘'«(]*([\p{L}\p{N}][\p{L}\p{N}.'’-]*)/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const DIGIT_START = /^\s*[\d$€£¥]/;
/**
 * Any whitespace but a single inner space: only such text needs normalising. Two plain
 * scans (a character class, then a double space) cost less than one with an alternation.
 */
const OTHER_WHITESPACE =
  /[\t\n\v\f\r\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const DOUBLE_SPACE = / {2}/;
const LOOKAHEAD = 40;
/**
 * UAX #29 certainly breaks after . ? or !, closing marks, spaces, then a capital: the
 * rules that keep such text together need no space before the capital (SB7) or a
 * lower-case letter next (SB8).
 */
const CERTAIN_BREAK = /[.!?]["'”’)\]]* +(?=[A-Z])/g;
/** STerm and ATerm of UAX #29; with Sep, the only characters a sentence break can follow. */
const TERMINATOR = String.raw`\p{Sentence_Terminal}.\u2024\ufe52\uff0e`;
const SEPARATOR = String.raw`\n\r\u0085\u2028\u2029`;
/**
 * No Sep, and no terminator but a decimal point (SB6) or a final run with closing marks
 * and spaces: ICU cannot break inside.
 */
const ONE_SENTENCE = new RegExp(
  `^(?:[^${TERMINATOR}${SEPARATOR}]|\\.(?=[0-9]))*(?:[${TERMINATOR}]+["'”’)\\]»]* *)?$`,
  "u",
);
/** {@link ONE_SENTENCE} for text without {@link NOT_PLAIN} characters, where . ! ? are the only terminators: no u flag, 4× faster. */
const PLAIN_ONE_SENTENCE = /^(?:[^.!?]|\.(?=[0-9]))*(?:[.!?]+["'”’)\]»]* *)?$/;
/** Printable ASCII and Latin-1, curly quotes: no terminator but . ! ? and no Sep among them. */
const NOT_PLAIN = /[^\x20-\x7e\u00a0-\u00ff\u2018-\u201d]/;
const ENUMERATION = /^(?:\d{1,3}|[IVX]{1,4}|[a-z])$/;

/** Collapses every run of whitespace (incl. U+00A0, U+3000) to one space, drops zero-width characters, and trims. */
export function normalizeWhitespace(text: string): string {
  const padded = text.startsWith(" ") || text.endsWith(" ");
  if (!padded && !OTHER_WHITESPACE.test(text) && !DOUBLE_SPACE.test(text))
    return text;
  return text.replace(ZERO_WIDTH, "").replace(WHITESPACE, " ").trim();
}

/**
 * Splits a paragraph into sentences.
 *
 * @remarks
 * ICU's sentence rules (`Intl.Segmenter`) do the splitting; a merge pass then rejoins
 * breaks that ICU makes after abbreviations from `config/abbreviations.json`
 * ("Mr.", "U.S. Department", "No. 1") and after initials ("Alice G. Wells").
 * Colons and semicolons never end a sentence in ICU, and decimals are kept whole.
 *
 * @param paragraph - the paragraph text; whitespace is normalised first
 * @returns the sentences, whitespace-normalised, never empty strings
 */
export function splitSentences(paragraph: string): string[] {
  return splitNormalizedSentences(normalizeWhitespace(paragraph));
}

/**
 * {@link splitSentences} for text that is already whitespace-normalised (as every parsed
 * paragraph is), which saves a pass over it.
 */
export function splitNormalizedSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const index of icuBreaks(text)) {
    if (continuesSentence(text, start, index)) continue;
    const sentence = text.slice(start, index).trim();
    if (sentence !== "") sentences.push(sentence);
    start = index;
  }
  const last = text.slice(start).trim();
  if (last !== "") sentences.push(last);
  return sentences;
}

/**
 * The positions inside `text` where ICU's sentence rules break, in order.
 *
 * @remarks
 * V8's segment iterator costs time proportional to the whole input at every step, so a
 * long paragraph costs the square of its length. The paragraph is cut first where the
 * rules certainly break (`x. T`, `? T`), and ICU only sees the pieces that may hold
 * another break: ICU restarts at each break, so the breaks are the same.
 */
function icuBreaks(text: string): number[] {
  const breaks: number[] = [];
  // Pieces of a plain paragraph are plain: most paragraphs are tested once, not per piece.
  const plain = !NOT_PLAIN.test(text);
  let from = 0;
  CERTAIN_BREAK.lastIndex = 0;
  // test(), not exec(): only where each match ends is needed, and no match array is made.
  while (CERTAIN_BREAK.test(text)) {
    const to = CERTAIN_BREAK.lastIndex;
    addPieceBreaks(text, from, to, plain, breaks);
    breaks.push(to);
    from = to;
  }
  addPieceBreaks(text, from, text.length, plain, breaks);
  return breaks;
}

function addPieceBreaks(
  text: string,
  from: number,
  to: number,
  plain: boolean,
  breaks: number[],
): void {
  const piece = from === 0 && to === text.length ? text : text.slice(from, to);
  const single =
    plain || !NOT_PLAIN.test(piece)
      ? PLAIN_ONE_SENTENCE.test(piece)
      : ONE_SENTENCE.test(piece);
  if (single) return;
  for (const { index } of segmenter.segment(piece)) {
    if (index > 0) breaks.push(from + index);
  }
}

/**
 * True when ICU's break at `breakAt` falls after an abbreviation, not a sentence end.
 *
 * @param start - where the current sentence starts in `text`
 */
function continuesSentence(
  text: string,
  start: number,
  breakAt: number,
): boolean {
  let end = breakAt;
  while (end > start && text.charCodeAt(end - 1) === 0x20) end -= 1;
  if (text[end - 1] !== "." || text[end - 2] === ".") return false;
  const token = text.slice(
    Math.max(start, text.lastIndexOf(" ", end - 1) + 1),
    end - 1,
  );
  const core = token.replace(LEADING_PUNCTUATION, "");
  if (ALWAYS.has(core) || SINGLE_CAPITAL.test(core)) return true;
  // "1. The first task …": a list number alone is not a sentence.
  if (ENUMERATION.test(core) && text.slice(start, end).trim() === `${token}.`)
    return true;
  const next = text.slice(breakAt, breakAt + LOOKAHEAD);
  if (BEFORE_NUMBER.has(core)) return DIGIT_START.test(next);
  if (BEFORE_NAME.has(core)) {
    const word = FIRST_WORD.exec(next)?.[1];
    return word !== undefined && /^\p{Lu}/u.test(word) && !OPENERS.has(word);
  }
  return false;
}
