import type { SearchFilters } from "../../search/search-engine.js";
import { addBit, andInto, type Bitset, createBitset } from "./bitset.js";
import type { EmbeddedIndex, SingleValueAttribute } from "./embedded-index.js";
import { evaluateExpression } from "./filter-expression.js";

/**
 * The filters of a query as bitsets, one per field, so that disjunctive facets
 * can leave one field out. A missing (or empty) selection is no constraint.
 */
export interface FilterSets {
  readonly speakers?: Bitset;
  readonly releaseIds?: Bitset;
  /** ids, timestamp and position ranges together (no facet leaves them out). */
  readonly others?: Bitset;
  /** The filter expression (no facet leaves it out either). */
  readonly where?: Bitset;
}

export type FilterField = keyof FilterSets;

/** Builds the bitsets of every selection of `filters`. Values are compared as exact strings. */
export function buildFilterSets(
  index: EmbeddedIndex,
  filters: SearchFilters = {},
): FilterSets {
  const speakers = valuesFilter(index, "speaker", filters.speakers);
  const releaseIds = valuesFilter(index, "releaseId", filters.releaseIds);
  const others = otherFilters(index, filters);
  const where =
    filters.where === undefined
      ? undefined
      : evaluateExpression(index, filters.where);
  return {
    ...(speakers !== undefined && { speakers }),
    ...(releaseIds !== undefined && { releaseIds }),
    ...(others !== undefined && { others }),
    ...(where !== undefined && { where }),
  };
}

/** `base` restricted by every filter set except `except`'s (a new bitset). */
export function applyFilters(
  base: Bitset,
  sets: FilterSets,
  except?: FilterField,
): Bitset {
  const out = base.slice();
  for (const field of ["speakers", "releaseIds", "others", "where"] as const) {
    const set = sets[field];
    if (field !== except && set !== undefined) andInto(out, set);
  }
  return out;
}

function valuesFilter(
  index: EmbeddedIndex,
  attribute: SingleValueAttribute,
  values: readonly string[] | undefined,
): Bitset | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const column = index.columns[attribute];
  const wanted = new Uint8Array(column.dictionary.values.length);
  for (const value of values) {
    const id = column.dictionary.idOf(value);
    if (id !== undefined) wanted[id] = 1;
  }
  const bits = createBitset(index.ordinalCount);
  const ids = column.ids;
  for (let ordinal = 0; ordinal < index.ordinalCount; ordinal++) {
    const id = ids[ordinal] ?? -1;
    if (id >= 0 && wanted[id] === 1) addBit(bits, ordinal);
  }
  return bits;
}

function otherFilters(
  index: EmbeddedIndex,
  filters: SearchFilters,
): Bitset | undefined {
  const { ids, fromTimestamp, toTimestamp, positionFrom, positionTo } = filters;
  const ranged = [fromTimestamp, toTimestamp, positionFrom, positionTo].some(
    (bound) => bound !== undefined,
  );
  if (ids === undefined && !ranged) return undefined;
  const bits = createBitset(index.ordinalCount);
  const inRange = (ordinal: number): boolean =>
    within(index.timestamps[ordinal] ?? NaN, fromTimestamp, toTimestamp) &&
    within(index.positions[ordinal] ?? NaN, positionFrom, positionTo);
  if (ids !== undefined && ids.length > 0) {
    for (const id of ids) {
      const ordinal = index.ordinalOf(id);
      if (ordinal !== undefined && inRange(ordinal)) addBit(bits, ordinal);
    }
    return bits;
  }
  for (let ordinal = 0; ordinal < index.ordinalCount; ordinal++) {
    if (inRange(ordinal)) addBit(bits, ordinal);
  }
  return bits;
}

function within(value: number, from?: number, to?: number): boolean {
  return (
    (from === undefined || value >= from) && (to === undefined || value <= to)
  );
}
