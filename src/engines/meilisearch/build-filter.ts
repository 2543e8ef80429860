import { AppError } from "../../errors/app-error.js";
import type {
  FilterExpression,
  SearchFilters,
} from "../../search/search-engine.js";

/**
 * A Meilisearch filter in array form: the outer array is AND, each inner array
 * is OR. Every expression in it comes from {@link buildFilter}.
 */
export type MeilisearchFilter = string[][];

/**
 * Quotes a value for a Meilisearch filter expression.
 *
 * @remarks
 * Inside double quotes Meilisearch (since v1.4) unescapes `\"` to `"` and then
 * `\\` to `\`, so escaping exactly these two characters makes any string one
 * literal value: `Wang Yi" OR speaker = "x` stays a speaker name that matches nothing.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`;
}

function inList(attribute: string, values: readonly string[]): string[] {
  // An empty selection is "any of none": `IN []` is valid and matches nothing.
  return [`${attribute} IN [${values.map(quoteFilterValue).join(", ")}]`];
}

function bound(
  attribute: string,
  operator: "<" | "<=" | "=" | ">=" | ">",
  value: number,
  field: string,
): string[] {
  if (!Number.isSafeInteger(value)) {
    throw new AppError(
      "invalid_request",
      `${field} must be an integer, got ${String(value)}`,
      {
        details: { field },
      },
    );
  }
  return [`${attribute} ${operator} ${String(value)}`];
}

/**
 * Builds a Meilisearch filter from typed selections. Values are always quoted
 * (strings) or validated (integers), so no caller string reaches the filter raw.
 *
 * @param filters - the selections; absent fields do not filter
 * @returns the filter, or undefined when nothing filters
 * @throws AppError `invalid_request` when a bound is not a safe integer
 */
export function buildFilter(
  filters: SearchFilters | undefined,
): MeilisearchFilter | undefined {
  if (filters === undefined) return undefined;
  const groups: string[][] = [];
  if (filters.speakers !== undefined)
    groups.push(inList("speaker", filters.speakers));
  if (filters.releaseIds !== undefined)
    groups.push(inList("releaseId", filters.releaseIds));
  if (filters.ids !== undefined) groups.push(inList("id", filters.ids));
  if (filters.fromTimestamp !== undefined) {
    groups.push(
      bound("timestamp", ">=", filters.fromTimestamp, "fromTimestamp"),
    );
  }
  if (filters.toTimestamp !== undefined) {
    groups.push(bound("timestamp", "<=", filters.toTimestamp, "toTimestamp"));
  }
  if (filters.positionFrom !== undefined) {
    groups.push(bound("position", ">=", filters.positionFrom, "positionFrom"));
  }
  if (filters.positionTo !== undefined) {
    groups.push(bound("position", "<=", filters.positionTo, "positionTo"));
  }
  if (filters.where !== undefined)
    groups.push([buildExpression(filters.where)]);
  return groups.length > 0 ? groups : undefined;
}

/**
 * A filter expression as Meilisearch syntax: every operand parenthesised, every
 * string quoted, every number checked, so the structure is the expression's own.
 *
 * @throws AppError `invalid_request` when a compared value is not a safe integer
 */
export function buildExpression(expression: FilterExpression): string {
  switch (expression.op) {
    case "and":
    case "or":
      return `(${expression.operands
        .map(buildExpression)
        .join(expression.op === "and" ? " AND " : " OR ")})`;
    case "not":
      return `(NOT ${buildExpression(expression.operand)})`;
    case "in":
      return `(${inList(expression.attribute, expression.values).join("")})`;
    case "compare": {
      const [text = ""] = bound(
        expression.attribute,
        expression.operator,
        expression.value,
        "where",
      );
      return `(${text})`;
    }
  }
}

/**
 * The filter of a release deletion: every document of `releaseIds`, except those
 * whose `releaseHash` is one of `exceptHashes` (the version just imported).
 */
export function buildReleaseDeletionFilter(
  releaseIds: readonly string[],
  exceptHashes: readonly string[] = [],
): MeilisearchFilter {
  const filter = [inList("releaseId", releaseIds)];
  if (exceptHashes.length > 0) {
    filter.push([
      `releaseHash NOT IN [${exceptHashes.map(quoteFilterValue).join(", ")}]`,
    ]);
  }
  return filter;
}
