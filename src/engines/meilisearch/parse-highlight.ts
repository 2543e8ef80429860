import type { HighlightSegment } from "../../search/search-engine.js";

/**
 * Highlight tags requested from Meilisearch: private-use characters, which no
 * press release contains, so they cannot be confused with the text. They never
 * leave the adapter; the service turns segments into escaped HTML.
 */
export const HIGHLIGHT_PRE_TAG = "\uE000";
export const HIGHLIGHT_POST_TAG = "\uE001";

const TAG_PATTERN = /[\uE000\uE001]/g;

/**
 * Splits Meilisearch's `_formatted.text` into segments.
 *
 * @remarks
 * `_formatted` is not HTML-escaped by Meilisearch, so it is only ever read as
 * text here. When the de-tagged value is not exactly `text` (unbalanced tags, a
 * sentence that itself contains the sentinels, a cropped value), the whole
 * sentence comes back as one unmatched segment rather than a wrong highlight.
 *
 * @param formatted - `_formatted.text` of a hit, if any
 * @param text - the document's `text`
 * @returns segments whose concatenation is exactly `text`
 */
export function parseHighlight(
  formatted: unknown,
  text: string,
): HighlightSegment[] {
  const unmatched = [{ text, match: false }];
  if (
    typeof formatted !== "string" ||
    formatted.replace(TAG_PATTERN, "") !== text
  ) {
    return unmatched;
  }
  const segments: HighlightSegment[] = [];
  let inside = false;
  let current = "";
  for (const ch of formatted) {
    const opens = ch === HIGHLIGHT_PRE_TAG;
    if (!opens && ch !== HIGHLIGHT_POST_TAG) {
      current += ch;
      continue;
    }
    if (opens === inside) return unmatched;
    if (current !== "") segments.push({ text: current, match: inside });
    current = "";
    inside = opens;
  }
  if (inside) return unmatched;
  if (current !== "") segments.push({ text: current, match: false });
  return segments.length > 0 ? segments : unmatched;
}
