import type { HighlightSegment } from "../../search/search-engine.js";
import {
  charCount,
  rawPrefixLength,
  tokenizeWords,
  type WordToken,
} from "./text-match.js";
import type { PlannedTerm } from "./query-planner.js";

export interface HighlightPlan {
  readonly terms: readonly PlannedTerm[];
  readonly phrases: readonly (readonly string[])[];
}

/**
 * Splits `text` into segments, marking the words the query matched, with
 * Meilisearch's rules (milli `matches` module): a phrase or multi-word synonym
 * is one match from its first to its last word; a word matched by a non-prefix
 * term is marked whole; a word matched by the prefix term (the last word typed)
 * is marked for as many characters as the query word has ("multi" marks
 * "multi" in "multilateralism"). The text is returned raw, never escaped.
 */
export function highlightSegments(
  text: string,
  plan: HighlightPlan,
): HighlightSegment[] {
  const tokens = tokenizeWords(text);
  const terms = [...plan.terms].sort(
    (a, b) => Number(a.prefix) - Number(b.prefix),
  );
  const marks: [number, number][] = [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i];
    if (token === undefined) break;
    const phraseLength = matchPhrase(tokens, i, plan.phrases);
    const phraseEnd = tokens[i + phraseLength - 1];
    if (phraseLength > 0 && phraseEnd !== undefined) {
      marks.push([token.start, phraseEnd.end]);
      i += phraseLength;
      continue;
    }
    const length = matchWord(text, token, terms);
    if (length > 0) marks.push([token.start, token.start + length]);
    i++;
  }
  return toSegments(text, marks);
}

function matchPhrase(
  tokens: readonly WordToken[],
  at: number,
  phrases: readonly (readonly string[])[],
): number {
  for (const phrase of phrases) {
    if (phrase.every((word, k) => tokens[at + k]?.norm === word))
      return phrase.length;
  }
  return 0;
}

/** Length (UTF-16 units of the original) to mark in this word, 0 for none. */
function matchWord(
  text: string,
  token: WordToken,
  terms: readonly PlannedTerm[],
): number {
  const norm = token.norm;
  const whole = token.end - token.start;
  for (const term of terms) {
    if (!term.prefix) {
      if (term.words.has(norm) || term.original === norm) return whole;
      continue;
    }
    const derived = norm.startsWith(term.original)
      ? term.original
      : [...term.words].find((word) => norm.startsWith(word));
    if (derived === undefined) continue;
    const chars = Math.min(term.queryChars, charCount(derived));
    return rawPrefixLength(text.slice(token.start, token.end), chars);
  }
  return 0;
}

function toSegments(
  text: string,
  marks: readonly [number, number][],
): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let offset = 0;
  for (const [start, end] of marks) {
    if (start > offset)
      segments.push({ text: text.slice(offset, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    offset = end;
  }
  if (offset < text.length)
    segments.push({ text: text.slice(offset), match: false });
  return segments;
}
