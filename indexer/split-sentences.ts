import { z } from "zod";
import abbreviationsData from "../config/abbreviations.json" with { type: "json" };

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

const WHITESPACE = /[\s\u200B-\u200D\uFEFF]+/g;
const LAST_TOKEN = /(\S+)$/;
const LEADING_PUNCTUATION = /^[(["“‘'«]+/;
const FIRST_WORD = /^[\s"“‘'«(]*([\p{L}\p{N}][\p{L}\p{N}.'’-]*)/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const DIGIT_START = /^\s*[\d$€£¥]/;

/** Collapses every run of whitespace (incl. U+00A0, U+3000, zero-width) to one space and trims. */
export function normalizeWhitespace(text: string): string {
  return text.replace(WHITESPACE, " ").trim();
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
  const text = normalizeWhitespace(paragraph);
  if (text === "") return [];
  const sentences: string[] = [];
  let pending = "";
  for (const { segment } of segmenter.segment(text)) {
    if (pending !== "" && !continuesSentence(pending, segment)) {
      sentences.push(pending.trim());
      pending = "";
    }
    pending += segment;
  }
  if (pending.trim() !== "") sentences.push(pending.trim());
  return sentences;
}

/** True when the break between `before` and `next` falls after an abbreviation, not a sentence end. */
function continuesSentence(before: string, next: string): boolean {
  const token = LAST_TOKEN.exec(before.trimEnd())?.[1];
  if (token?.endsWith(".") !== true || token.endsWith("..")) return false;
  const core = token.slice(0, -1).replace(LEADING_PUNCTUATION, "");
  if (ALWAYS.has(core) || SINGLE_CAPITAL.test(core)) return true;
  if (BEFORE_NUMBER.has(core)) return DIGIT_START.test(next);
  if (BEFORE_NAME.has(core)) {
    const word = FIRST_WORD.exec(next)?.[1];
    return word !== undefined && /^\p{Lu}/u.test(word) && !OPENERS.has(word);
  }
  return false;
}
