import type { IndexSettings } from "../../../config/index-settings.js";

/**
 * Text matching rules shared by the embedded engine and the search service:
 * Meilisearch's tokenising (charabia, Latin script) and its typo rules.
 *
 * @remarks
 * - A word is a run of letters, digits and combining marks; every other
 *   character separates words (charabia's separators include space, `-`, `'`,
 *   `’`, `.`, `,`, quotes and brackets). Han, kana and hangul characters are
 *   one word each (charabia segments them with dictionaries).
 * - Words are compared normalised: compatibility-decomposed (NFKD), lower-cased,
 *   diacritics removed, `æ`/`œ` spelled `ae`/`oe` ("Café" matches "cafe").
 * - Typos are counted with the optimal-string-alignment Damerau-Levenshtein
 *   distance (a transposition is one typo), and a typo on the first letter
 *   counts as two, as Meilisearch's automata do.
 */

/** A word of a text: its UTF-16 offsets in the original and its normalised form. */
export interface WordToken {
  readonly start: number;
  readonly end: number;
  readonly norm: string;
}

const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;
const CJK_CHAR = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
const CJK_SPLIT =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]|[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]+/gu;
const PLAIN_LOWER = /^[a-z0-9]*$/;
const MARKS = /\p{M}/gu;
const NUMERIC = /^\p{Nd}+$/u;

/** Words longer than this are not indexed (Meilisearch drops words over 250 bytes). */
export const MAX_WORD_CHARS = 250;

/** The normalised form of one word (see the module remarks). */
export function normalizeWord(raw: string): string {
  if (PLAIN_LOWER.test(raw)) return raw;
  return raw
    .normalize("NFKD")
    .toLowerCase()
    .replace(MARKS, "")
    .replaceAll("æ", "ae")
    .replaceAll("œ", "oe");
}

/** Splits a text into its words, in order, with their offsets. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD_RUN)) {
    const start = match.index;
    const run = match[0];
    if (!CJK_CHAR.test(run)) {
      pushToken(tokens, start, run);
      continue;
    }
    for (const part of run.matchAll(CJK_SPLIT)) {
      pushToken(tokens, start + part.index, part[0]);
    }
  }
  return tokens;
}

function pushToken(tokens: WordToken[], start: number, raw: string): void {
  const norm = normalizeWord(raw);
  if (norm.length === 0 || norm.length > MAX_WORD_CHARS) return;
  tokens.push({ start, end: start + raw.length, norm });
}

/** The normalised words of a text, without offsets. */
export function normalizedWords(text: string): string[] {
  return tokenizeWords(text).map((token) => token.norm);
}

/** True for a word made of decimal digits only. */
export function isNumericWord(word: string): boolean {
  return NUMERIC.test(word);
}

/** Number of Unicode code points of a string (Meilisearch counts chars, not bytes). */
export function charCount(word: string): number {
  let count = 0;
  for (const _char of word) count++;
  return count;
}

/**
 * The typos a query word may have: none under `oneTypo` characters, one from
 * `oneTypo`, two from `twoTypos`; none on numbers when `disableOnNumbers` is set.
 */
export function typoBudget(
  word: string,
  rules: IndexSettings["typoTolerance"],
): number {
  if (!rules.enabled) return 0;
  if (rules.disableOnNumbers && isNumericWord(word)) return 0;
  const length = charCount(word);
  if (length < rules.minWordSizeForTypos.oneTypo) return 0;
  return length < rules.minWordSizeForTypos.twoTypos ? 1 : 2;
}

/**
 * Typos between a query word and a candidate word, or `Infinity` when over `max`.
 *
 * @param prefix - the query word is the last one being typed: the candidate
 *   matches when one of its prefixes is within `max` (Meilisearch's prefix automaton).
 * @remarks Optimal-string-alignment distance, plus one when the first letters
 * differ (so a first-letter typo alone counts as two).
 */
export function typoDistance(
  query: string,
  candidate: string,
  max: number,
  prefix: boolean,
): number {
  const q = [...query];
  const t = [...candidate];
  const n = q.length;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let best = prefix ? (prev[n] ?? Infinity) : Infinity;
  for (let k = 1; k <= t.length; k++) {
    const row = [k];
    for (let j = 1; j <= n; j++) {
      const cost = q[j - 1] === t[k - 1] ? 0 : 1;
      let value = Math.min(
        (prev[j] ?? Infinity) + 1,
        (row[j - 1] ?? Infinity) + 1,
        (prev[j - 1] ?? Infinity) + cost,
      );
      if (k > 1 && j > 1 && q[j - 1] === t[k - 2] && q[j - 2] === t[k - 1]) {
        value = Math.min(value, (prevPrev[j - 2] ?? Infinity) + 1);
      }
      row.push(value);
    }
    if (prefix) best = Math.min(best, row[n] ?? Infinity);
    prevPrev = prev;
    prev = row;
  }
  const distance = prefix ? best : (prev[n] ?? Infinity);
  const typos = distance + (q[0] !== undefined && q[0] !== t[0] ? 1 : 0);
  return typos <= max ? typos : Infinity;
}

/**
 * The length, in UTF-16 units of `raw`, of its shortest beginning whose
 * normalised form has at least `normChars` characters (to highlight a prefix).
 */
export function rawPrefixLength(raw: string, normChars: number): number {
  let offset = 0;
  let chars = 0;
  for (const char of raw) {
    const added = charCount(normalizeWord(char));
    // Combining marks normalise to nothing: they stay with the letter before them.
    if (chars >= normChars && added > 0) break;
    chars += added;
    offset += char.length;
  }
  return offset;
}
