/**
 * The ranking rules the embedded engine applies, with milli's position maths.
 * `attribute` and `exactness` are two rules each in milli (`search/new/mod.rs`).
 */
export type Rule =
  "typo" | "proximity" | "fid" | "position" | "exactAttribute" | "exactness";

/** Room each rule's cost gets in the packed key (the product stays under 2^53). */
export const RADIX: Readonly<Record<Rule, number>> = {
  typo: 64,
  proximity: 128,
  fid: 64,
  position: 128,
  exactAttribute: 4,
  exactness: 16,
};

/** milli's `proximity::MAX_DISTANCE` (4): pairs further apart all cost 3. */
export const FAR = 3;
export const MAX_POSITION_COST = 10;

/** The rules of `rankingRules` in order (`words` ranks nothing when every word must match; `sort` is applied before). */
export function expandRules(rankingRules: readonly string[]): Rule[] {
  const rules: Rule[] = [];
  for (const rule of rankingRules) {
    if (rule === "typo" || rule === "proximity") rules.push(rule);
    else if (rule === "attribute") rules.push("fid", "position");
    else if (rule === "exactness") rules.push("exactAttribute", "exactness");
  }
  return rules;
}

/** milli's `bucketed_position`: exact below 16, 24 up to 23, then the next power of two. */
export function bucketPosition(position: number): number {
  if (position < 16) return position;
  if (position < 24) return 24;
  return 1 << (32 - Math.clz32(position - 1));
}

/** milli's `cost_from_distance` for the `position` rule. */
export function costFromDistance(distance: number): number {
  if (distance <= 1) return distance;
  if (distance <= 4) return 2;
  if (distance <= 7) return 3;
  if (distance <= 11) return 4;
  if (distance <= 16) return 5;
  if (distance <= 24) return 6;
  if (distance <= 64) return 7;
  if (distance <= 256) return 8;
  if (distance <= 1024) return 9;
  return MAX_POSITION_COST;
}

/** Cost of placing a word at `position` for a term at `target` in the query. */
export function placementCost(position: number, target: number): number {
  return costFromDistance(Math.abs(bucketPosition(position) - target));
}
