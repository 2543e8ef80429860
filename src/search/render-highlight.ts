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
      ? mergeAdjacent(segments.filter((s) => s.text !== ""))
      : [{ text, match: false }];
  const html = usable
    .map((s) =>
      s.match ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text),
    )
    .join("");
  return { html, segments: usable };
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
