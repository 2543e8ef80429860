import { escapeHtml, renderHighlight } from "../search/render-highlight.js";
import type { SearchHit } from "../search/search-engine.js";
import { toPublicDocument } from "../search/sentence-document.js";
import type { PublicField } from "./request-schema.js";

export interface HitFormat {
  /** Fields returned, in document order. */
  readonly retrieve: readonly PublicField[];
  /** Whether hits carry `_formatted` (some attribute to highlight was asked for). */
  readonly formatted: boolean;
  /** Whether `text` is highlighted (the only field the engines highlight). */
  readonly highlightText: boolean;
  readonly preTag: string;
  readonly postTag: string;
  readonly showMatchesPosition: boolean;
}

/**
 * Whether `_formatted` is HTML. Tags containing `<` mean the client inserts
 * `_formatted` as HTML, so the text is escaped around them; other tags
 * (InstantSearch's `__ais-highlight__`, plain markers) get raw text, which the
 * client escapes itself: escaping here too would show `&lt;` to readers.
 */
function tagsAreHtml(format: Pick<HitFormat, "preTag" | "postTag">) {
  return format.preTag.includes("<") || format.postTag.includes("<");
}

/** A hit as Meilisearch returns it: the retrieved fields, `_formatted`, `_matchesPosition`. */
export function formatHit(
  hit: SearchHit,
  format: HitFormat,
): Record<string, unknown> {
  const doc = toPublicDocument(hit.document) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of format.retrieve) out[field] = doc[field];
  const segments = renderHighlight(hit.document.text, hit.highlight).segments;
  if (format.formatted) {
    const asText = tagsAreHtml(format) ? escapeHtml : (s: string) => s;
    const formatted: Record<string, unknown> = {};
    for (const field of format.retrieve) {
      formatted[field] =
        field === "text" && format.highlightText
          ? segments
              .map((s) =>
                s.match
                  ? `${format.preTag}${asText(s.text)}${format.postTag}`
                  : asText(s.text),
              )
              .join("")
          : formatValue(doc[field], asText);
    }
    out["_formatted"] = formatted;
  }
  if (format.showMatchesPosition)
    out["_matchesPosition"] = { text: matchesPosition(segments) };
  return out;
}

/** Meilisearch's `_formatted` holds strings: numbers are written out, null stays null. */
function formatValue(value: unknown, asText: (s: string) => string): unknown {
  if (typeof value === "string") return asText(value);
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map((v) => formatValue(v, asText));
  return value;
}

/** Matches as UTF-8 byte offsets and lengths, Meilisearch's unit. */
function matchesPosition(
  segments: readonly { readonly text: string; readonly match: boolean }[],
): { start: number; length: number }[] {
  const encoder = new TextEncoder();
  const out: { start: number; length: number }[] = [];
  let start = 0;
  for (const segment of segments) {
    const length = encoder.encode(segment.text).length;
    if (segment.match) out.push({ start, length });
    start += length;
  }
  return out;
}
