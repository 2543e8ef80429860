import type { FilterExpression } from "../../search/search-engine.js";
import {
  addBit,
  andInto,
  andNotInto,
  type Bitset,
  createBitset,
  orInto,
} from "./bitset.js";
import type { EmbeddedIndex } from "./embedded-index.js";

/**
 * The documents (live ordinals) matching a filter expression. Strings compare
 * as in Meilisearch, ignoring case and outer spaces (the field filters compare
 * exactly); `not` complements within the live documents,
 * so documents without the attribute match it, as in Meilisearch.
 */
export function evaluateExpression(
  index: EmbeddedIndex,
  expression: FilterExpression,
): Bitset {
  switch (expression.op) {
    case "and":
    case "or": {
      const [first, ...rest] = expression.operands;
      const out = evaluateExpression(index, first);
      const combine = expression.op === "and" ? andInto : orInto;
      for (const operand of rest)
        combine(out, evaluateExpression(index, operand));
      return out;
    }
    case "not":
      return andNotInto(
        index.live.slice(0, Math.ceil(index.ordinalCount / 32)),
        evaluateExpression(index, expression.operand),
      );
    case "in":
      return expression.attribute === "mentions"
        ? mentionsIn(index, expression.values)
        : columnIn(index, expression.attribute, expression.values);
    case "compare":
      return timestampsWhere(index, expression.operator, expression.value);
  }
}

function columnIn(
  index: EmbeddedIndex,
  attribute: "speaker" | "releaseId" | "location" | "category",
  values: readonly string[],
): Bitset {
  const column = index.columns[attribute];
  const wanted = wantedIds(column.dictionary, values);
  const bits = createBitset(index.ordinalCount);
  for (let ordinal = 0; ordinal < index.ordinalCount; ordinal++) {
    if (wanted.has(column.ids[ordinal] ?? -1)) addBit(bits, ordinal);
  }
  return bits;
}

function mentionsIn(index: EmbeddedIndex, values: readonly string[]): Bitset {
  const wanted = wantedIds(index.mentions.dictionary, values);
  const bits = createBitset(index.ordinalCount);
  for (let ordinal = 0; ordinal < index.ordinalCount; ordinal++) {
    if (index.mentions.ids[ordinal]?.some((id) => wanted.has(id)) === true)
      addBit(bits, ordinal);
  }
  return bits;
}

/** Meilisearch's facet normalisation: string filters ignore case and outer spaces. */
const normalize = (value: string): string => value.trim().toLowerCase();

/** Per dictionary, the ids of each normalised value; rebuilt when values were added. */
const normalizedIds = new WeakMap<
  { readonly values: readonly string[] },
  { size: number; ids: Map<string, number[]> }
>();

function wantedIds(
  dictionary: { readonly values: readonly string[] },
  values: readonly string[],
): Set<number> {
  let cached = normalizedIds.get(dictionary);
  if (cached?.size !== dictionary.values.length) {
    const byValue = new Map<string, number[]>();
    dictionary.values.forEach((value, id) => {
      const key = normalize(value);
      byValue.set(key, [...(byValue.get(key) ?? []), id]);
    });
    cached = { size: dictionary.values.length, ids: byValue };
    normalizedIds.set(dictionary, cached);
  }
  const ids = new Set<number>();
  for (const value of values)
    for (const id of cached.ids.get(normalize(value)) ?? []) ids.add(id);
  return ids;
}

const COMPARE = {
  "<": (a: number, b: number) => a < b,
  "<=": (a: number, b: number) => a <= b,
  "=": (a: number, b: number) => a === b,
  ">=": (a: number, b: number) => a >= b,
  ">": (a: number, b: number) => a > b,
} as const;

function timestampsWhere(
  index: EmbeddedIndex,
  operator: keyof typeof COMPARE,
  value: number,
): Bitset {
  const test = COMPARE[operator];
  const bits = createBitset(index.ordinalCount);
  for (let ordinal = 0; ordinal < index.ordinalCount; ordinal++) {
    if (
      index.docs[ordinal] !== undefined &&
      test(index.timestamps[ordinal] ?? NaN, value)
    )
      addBit(bits, ordinal);
  }
  return bits;
}
