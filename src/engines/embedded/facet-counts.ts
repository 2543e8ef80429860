import {
  FACET_FILTER,
  type FacetAttribute,
  type NumericStats,
} from "../../search/search-engine.js";
import { type Bitset, forEachBit } from "./bitset.js";
import type { EmbeddedIndex } from "./embedded-index.js";
import { applyFilters, type FilterSets } from "./filters.js";
import { cachesOf } from "./index-caches.js";

/**
 * Counts the values of each attribute over the hits, where the counts of an
 * attribute apply every filter but its own. Values are sorted by count
 * (descending), then by value, and capped at `maxValuesPerFacet`.
 *
 * @param textMatches - documents matching the text query, before filters
 * @param unfiltered - true when the query has no text and no filter (cacheable)
 */
export function countFacets(
  index: EmbeddedIndex,
  attributes: readonly FacetAttribute[],
  textMatches: Bitset,
  filters: FilterSets,
  unfiltered: boolean,
): Partial<Record<FacetAttribute, Record<string, number>>> {
  const out: Partial<Record<FacetAttribute, Record<string, number>>> = {};
  for (const attribute of new Set(attributes)) {
    const compute = (): Record<string, number> =>
      countAttribute(
        index,
        attribute,
        applyFilters(textMatches, filters, FACET_FILTER[attribute]),
      );
    // The whole index's counts are cached; callers get their own copy.
    out[attribute] = unfiltered
      ? {
          ...cachesOf(index).facets.getOrCompute(attribute, compute),
        }
      : compute();
  }
  return out;
}

function countAttribute(
  index: EmbeddedIndex,
  attribute: FacetAttribute,
  docs: Bitset,
): Record<string, number> {
  const max = index.settings.faceting.maxValuesPerFacet;
  if (attribute === "timestamp") {
    const counts = new Map<number, number>();
    forEachBit(docs, (ordinal) => {
      const value = index.timestamps[ordinal] ?? NaN;
      counts.set(value, (counts.get(value) ?? 0) + 1);
    });
    return toRecord(
      [...counts.keys()].map(String),
      Uint32Array.from(counts.values()),
      max,
    );
  }
  if (attribute === "mentions") {
    const dictionary = index.mentions.dictionary;
    const counts = new Uint32Array(dictionary.values.length);
    forEachBit(docs, (ordinal) => {
      for (const id of index.mentions.ids[ordinal] ?? []) {
        counts[id] = (counts[id] ?? 0) + 1;
      }
    });
    return toRecord(dictionary.values, counts, max);
  }
  const column = index.columns[attribute];
  const counts = new Uint32Array(column.dictionary.values.length);
  const ids = column.ids;
  forEachBit(docs, (ordinal) => {
    const id = ids[ordinal] ?? -1;
    if (id >= 0) counts[id] = (counts[id] ?? 0) + 1;
  });
  return toRecord(column.dictionary.values, counts, max);
}

/** Lowest and highest timestamp of `docs`; undefined when it is empty. */
export function timestampStats(
  index: EmbeddedIndex,
  docs: Bitset,
): NumericStats | undefined {
  let min = Infinity;
  let max = -Infinity;
  forEachBit(docs, (ordinal) => {
    const value = index.timestamps[ordinal] ?? NaN;
    if (value < min) min = value;
    if (value > max) max = value;
  });
  return min <= max ? { min, max } : undefined;
}

/** Values with a count, most frequent first (ties by value), at most `max`. */
export function toRecord(
  values: readonly string[],
  counts: Uint32Array,
  max: number,
): Record<string, number> {
  const entries: [string, number][] = [];
  counts.forEach((count, id) => {
    const value = values[id];
    if (count > 0 && value !== undefined) entries.push([value, count]);
  });
  entries.sort(([va, ca], [vb, cb]) => cb - ca || (va < vb ? -1 : 1));
  return Object.fromEntries(entries.slice(0, max));
}
