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
 * exactly, as the field filters do; `not` complements within the live documents,
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

function wantedIds(
  dictionary: { idOf(value: string): number | undefined },
  values: readonly string[],
): Set<number> {
  const ids = new Set<number>();
  for (const value of values) {
    const id = dictionary.idOf(value);
    if (id !== undefined) ids.add(id);
  }
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
