import type { FacetValue } from "../../search/search-engine.js";
import type { SentenceDocument } from "../../search/sentence-document.js";

/** Joins a name suffix to the canonical name in a variant: "Lavrov | Sergey Lavrov". */
const SEPARATOR = " | ";

/**
 * Name variants indexed with each document as `speakerVariants`, so that facet
 * search, which matches only from the start of a value, finds a speaker by any
 * word of the name.
 *
 * @remarks
 * The canonical name is one variant; every later word-suffix is another, followed
 * by the separator and the canonical name ("Lavrov | Sergey Lavrov"), so a hit maps
 * back to exactly one name. The number of `|` in a value tells its kind (see
 * {@link canonicalSpeaker}); a name that itself contains `|` (none should) is
 * indexed only as `name | name`, which keeps that count unambiguous.
 *
 * @param speaker - the document's speaker
 * @returns the variants, canonical name first; none for narration
 */
export function speakerVariants(speaker: string | null): string[] {
  if (speaker === null || speaker.trim() === "") return [];
  if (speaker.includes("|")) return [`${speaker}${SEPARATOR}${speaker}`];
  const words = speaker.trim().split(/\s+/);
  const variants = [speaker];
  for (let i = 1; i < words.length; i++) {
    variants.push(`${words.slice(i).join(" ")}${SEPARATOR}${speaker}`);
  }
  return variants;
}

/** A document as the adapter sends it: with its speaker's variants. */
export function withSpeakerVariants(
  doc: SentenceDocument,
): SentenceDocument & { speakerVariants: string[] } {
  return { ...doc, speakerVariants: speakerVariants(doc.speaker) };
}

/**
 * The canonical speaker name of a `speakerVariants` value.
 *
 * @remarks
 * No `|`: the value is the name. Exactly one: a suffix variant, whose name is
 * after the separator. More: a name containing `|`, indexed as `name | name`.
 */
export function canonicalSpeaker(variant: string): string {
  const bars = variant.split("|").length - 1;
  if (bars === 0) return variant;
  if (bars === 1) {
    const at = variant.indexOf(SEPARATOR);
    return at < 0 ? variant : variant.slice(at + SEPARATOR.length);
  }
  return variant.slice(0, (variant.length - SEPARATOR.length) / 2);
}

/**
 * Merges facet-search hits on `speakerVariants` into speakers with counts.
 *
 * @remarks
 * Every variant of a name is carried by exactly the documents whose speaker is
 * that name, so each variant's count is already the name's count. Taking the
 * largest rather than the sum counts each document once even when several
 * variants of its speaker match ("s" matches "Sergey Sobyanin" and "Sobyanin | …").
 *
 * @returns speakers by count descending, then by name
 */
export function mergeVariantHits(hits: readonly FacetValue[]): FacetValue[] {
  const counts = new Map<string, number>();
  for (const hit of hits) {
    const name = canonicalSpeaker(hit.value);
    counts.set(name, Math.max(counts.get(name) ?? 0, hit.count));
  }
  return sortFacetValues(counts);
}

/** Speakers from a `facetDistribution` entry (the empty-query lookup). */
export function speakersFromDistribution(
  distribution: Readonly<Record<string, number>> | undefined,
): FacetValue[] {
  return sortFacetValues(new Map(Object.entries(distribution ?? {})));
}

/** Facet values by count descending, ties by value, as the port promises. */
export function sortFacetValues(
  counts: ReadonlyMap<string, number>,
): FacetValue[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
    );
}
