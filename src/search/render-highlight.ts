import type { HighlightSegment } from "./search-engine.js";

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes every character that is markup in HTML text or attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

export interface RenderedHighlight {
  readonly html: string;
  readonly segments: HighlightSegment[];
}

/**
 * Turns engine segments into the API's highlight: the whole sentence escaped, and
 * matches wrapped in `<mark>`. Engines return raw text only, so this is the one
 * place where text becomes HTML.
 *
 * @param text - the sentence; used when the engine returned no segments, or
 *   segments that do not rebuild the sentence exactly (never trust them blindly)
 * @param segments - the engine's segments, if any
 */
export function renderHighlight(
  text: string,
  segments: readonly HighlightSegment[] | undefined,
): RenderedHighlight {
  const usable =
    segments !== undefined &&
    segments.length > 0 &&
    segments.map((s) => s.text).join("") === text
      ? wholeWords(text, segments)
      : [{ text, match: false }];
  const html = usable
    .map((s) =>
      s.match ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text),
    )
    .join("");
  return { html, segments: usable };
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Widens every match to the whole words it touches, so "multilat" typed as a
 * prefix, or a typo matched on part of a word, marks "multilateralism" whole, as
 * API.md shows, whatever part of the word the engine reported.
 */
function wholeWords(
  text: string,
  segments: readonly HighlightSegment[],
): HighlightSegment[] {
  const matched = new Uint8Array(text.length);
  let offset = 0;
  for (const segment of segments) {
    if (segment.match) matched.fill(1, offset, offset + segment.text.length);
    offset += segment.text.length;
  }
  for (let i = 0; i < text.length; i += 1) {
    if (matched[i] !== 1) continue;
    for (
      let j = i - 1;
      j >= 0 && matched[j] === 0 && WORD_CHAR.test(text.charAt(j));
      j -= 1
    )
      matched[j] = 1;
    let k = i + 1;
    while (k < text.length && matched[k] === 1) k += 1;
    for (; k < text.length && WORD_CHAR.test(text.charAt(k)); k += 1)
      matched[k] = 1;
    i = k - 1;
  }
  const widened: HighlightSegment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i += 1) {
    if (i === text.length || matched[i] !== matched[start]) {
      widened.push({ text: text.slice(start, i), match: matched[start] === 1 });
      start = i;
    }
  }
  return mergeAdjacent(widened);
}

function mergeAdjacent(
  segments: readonly HighlightSegment[],
): HighlightSegment[] {
  const merged: HighlightSegment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (last !== undefined && last.match === segment.match) {
      merged[merged.length - 1] = {
        text: last.text + segment.text,
        match: last.match,
      };
    } else {
      merged.push({ text: segment.text, match: segment.match });
    }
  }
  return merged.length > 0 ? merged : [{ text: "", match: false }];
}
