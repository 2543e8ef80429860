import { ATTRIBUTE_BREAK, HARD_BREAK, VALUE_BREAK } from "./embedded-index.js";
import { HARD_GAP } from "./hard-separators.js";
import type { PlannedTerm } from "./query-planner.js";
import { Level } from "./term-derivations.js";

/**
 * One document's costs under Meilisearch's ranking rules (milli `search/new`),
 * packed into one number: smaller ranks first.
 *
 * @remarks
 * Words are placed as milli places them: one position apart, eight after a
 * hard separator, eight between the values of an array, counted from 0 in each
 * attribute. Each rule only looks at the occurrences the rules before it kept:
 * after `typo`, a term counts only through its words with the fewest typos.
 * - **typo**: sum over terms of the typos of their best word (prefix
 *   completions and synonyms have none).
 * - **proximity**: for each pair of consecutive terms, the gap in the same
 *   attribute minus one (reversed order: the gap), 7 when over 7 or apart;
 *   summed. No reversal next to a phrase, nor onto a prefix milli reads from
 *   its prefix database (only the typed prefix itself).
 * - **attribute**: first `fid`, the sum over terms of the rank of the best
 *   attribute holding them; then `position`, the sum over terms of
 *   `costFromDistance(|bucket(position) - position of the word in the query|)`,
 *   over every attribute (for a phrase: any occurrence of its first word).
 * - **exactness**: first `exactAttribute` (0: an attribute holds exactly the
 *   query, 1: the query words are at its start, 2: neither), then the number of
 *   terms not found as the word typed.
 */
type Rule =
  "typo" | "proximity" | "fid" | "position" | "exactAttribute" | "exactness";

const RADIX: Readonly<Record<Rule, number>> = {
  typo: 64,
  proximity: 128,
  fid: 64,
  position: 128,
  exactAttribute: 4,
  exactness: 16,
};

const MAX_OCCURRENCES = 512;
/** milli's `proximity::MAX_DISTANCE` (4): pairs further apart all cost 3. */
const FAR = 3;
const MAX_POSITION_COST = 10;
const NONE = 255;

/** The rules of `rankingRules` this scorer applies, `attribute` and `exactness` split as milli does. */
function expandRules(rankingRules: readonly string[]): Rule[] {
  const rules: Rule[] = [];
  for (const rule of rankingRules) {
    if (rule === "typo" || rule === "proximity") rules.push(rule);
    else if (rule === "attribute") rules.push("fid", "position");
    else if (rule === "exactness") rules.push("exactAttribute", "exactness");
  }
  return rules;
}

/** milli's `bucketed_position`: exact below 16, then coarser. */
export function bucketPosition(position: number): number {
  if (position < 16) return position;
  if (position < 24) return 24;
  return 2 ** Math.ceil(Math.log2(position));
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

const TYPOS_OF_LEVEL = [NONE, 0, 0, 1, 2];

export class RelevanceScorer {
  private readonly count: number;
  private readonly rules: readonly Rule[];
  private readonly queryPosition: Int32Array;
  private readonly occTerm = new Int32Array(MAX_OCCURRENCES);
  private readonly occTypos = new Uint8Array(MAX_OCCURRENCES);
  private readonly occExact = new Uint8Array(MAX_OCCURRENCES);
  private readonly occAttribute = new Int32Array(MAX_OCCURRENCES);
  private readonly occStart = new Int32Array(MAX_OCCURRENCES);
  private readonly occEnd = new Int32Array(MAX_OCCURRENCES);
  private occurrences = 0;
  private readonly wordCount = new Int32Array(32);
  private readonly best: Uint8Array;
  private readonly headCost: Uint8Array;

  constructor(
    private readonly terms: readonly PlannedTerm[],
    rankingRules: readonly string[],
  ) {
    this.count = terms.length;
    this.rules = expandRules(rankingRules);
    this.queryPosition = new Int32Array(this.count);
    let position = 0;
    terms.forEach((term, i) => {
      this.queryPosition[i] = position;
      position += term.phrase?.length ?? 1;
    });
    this.best = new Uint8Array(this.count);
    this.headCost = new Uint8Array(this.count);
  }

  /** Scores the forward index `tokens[start, end)` of one document. */
  score(tokens: Uint32Array, start: number, end: number): number {
    this.occurrences = 0;
    this.wordCount.fill(0);
    this.headCost.fill(MAX_POSITION_COST);
    let attribute = 0;
    let position = -1;
    let gap = 1;
    for (let at = start; at < end; at++) {
      const token = tokens[at] ?? 0;
      if (token === ATTRIBUTE_BREAK) {
        attribute++;
        position = -1;
        gap = 1;
      } else if (token === VALUE_BREAK) {
        gap = HARD_GAP;
      } else if (token === HARD_BREAK) {
        gap = HARD_GAP;
      } else {
        position = position < 0 ? 0 : position + gap;
        gap = 1;
        if (attribute < this.wordCount.length)
          this.wordCount[attribute] = (this.wordCount[attribute] ?? 0) + 1;
        this.match(tokens, start, at, token, attribute, position);
      }
    }
    return this.key();
  }

  private match(
    tokens: Uint32Array,
    start: number,
    at: number,
    token: number,
    attribute: number,
    position: number,
  ): void {
    for (let i = 0; i < this.count; i++) {
      const term = this.terms[i];
      if (term === undefined) continue;
      if (term.phrase !== null) {
        if (token === term.phrase[0]) this.placeHead(i, position);
        if (endsRun(tokens, start, at, term.phrase))
          this.add(
            i,
            0,
            true,
            attribute,
            position - term.phrase.length + 1,
            position,
          );
        continue;
      }
      const level = term.levels[token] ?? 0;
      if (level !== 0)
        this.add(
          i,
          TYPOS_OF_LEVEL[level] ?? 0,
          level === Level.exact,
          attribute,
          position,
          position,
        );
      for (const { ids, typos } of term.alternatives) {
        if (endsRun(tokens, start, at, ids))
          this.add(
            i,
            typos,
            false,
            attribute,
            position - ids.length + 1,
            position,
          );
      }
    }
  }

  /** milli places a phrase by any occurrence of its first word, in the phrase or not. */
  private placeHead(term: number, position: number): void {
    const distance = Math.abs(
      bucketPosition(position) - (this.queryPosition[term] ?? 0),
    );
    const cost = costFromDistance(distance);
    if (cost < (this.headCost[term] ?? 0)) this.headCost[term] = cost;
  }

  private add(
    term: number,
    typos: number,
    exact: boolean,
    attribute: number,
    start: number,
    end: number,
  ): void {
    const k = this.occurrences;
    if (k >= MAX_OCCURRENCES) return;
    this.occTerm[k] = term;
    this.occTypos[k] = typos;
    this.occExact[k] = exact ? 1 : 0;
    this.occAttribute[k] = attribute;
    this.occStart[k] = start;
    this.occEnd[k] = end;
    this.occurrences = k + 1;
  }

  private key(): number {
    this.best.fill(NONE);
    for (let k = 0; k < this.occurrences; k++) {
      const i = this.occTerm[k] ?? 0;
      const typos = this.occTypos[k] ?? 0;
      if (typos < (this.best[i] ?? NONE)) this.best[i] = typos;
    }
    let key = 0;
    for (const rule of this.rules) {
      const radix = RADIX[rule];
      key = key * radix + Math.min(this.cost(rule), radix - 1);
    }
    return key;
  }

  private cost(rule: Rule): number {
    switch (rule) {
      case "typo":
        return this.typoCost();
      case "proximity":
        return this.proximityCost();
      case "fid":
        return this.fidCost();
      case "position":
        return this.positionCost();
      case "exactAttribute":
        return this.exactAttributeCost();
      case "exactness":
        return this.exactnessCost();
    }
  }

  /** True when occurrence `k` is one the typo rule kept for its term. */
  private kept(k: number): boolean {
    return this.occTypos[k] === this.best[this.occTerm[k] ?? 0];
  }

  private typoCost(): number {
    let cost = 0;
    for (const typos of this.best) if (typos !== NONE) cost += typos;
    return cost;
  }

  private proximityCost(): number {
    let total = 0;
    for (let i = 0; i + 1 < this.count; i++) total += this.pairCost(i);
    return total;
  }

  private pairCost(left: number): number {
    const right = left + 1;
    const leftTerm = this.terms[left];
    const rightTerm = this.terms[right];
    const noSwap = leftTerm?.phrase != null || rightTerm?.phrase != null;
    let cost = FAR;
    for (let a = 0; a < this.occurrences; a++) {
      if (this.occTerm[a] !== left || !this.kept(a)) continue;
      for (let b = 0; b < this.occurrences; b++) {
        if (this.occTerm[b] !== right || !this.kept(b)) continue;
        if (this.occAttribute[a] !== this.occAttribute[b]) continue;
        const aStart = this.occStart[a] ?? 0;
        const aEnd = this.occEnd[a] ?? 0;
        const bStart = this.occStart[b] ?? 0;
        const bEnd = this.occEnd[b] ?? 0;
        if (bStart > aEnd) {
          const gap = bStart - aEnd;
          if (gap <= FAR) cost = Math.min(cost, gap - 1);
        } else if (aStart > bEnd && !noSwap) {
          const gap = aStart - bEnd;
          const typedPrefix =
            rightTerm?.prefixDb !== true || this.occExact[b] === 1;
          if (gap < FAR && typedPrefix) cost = Math.min(cost, gap);
        }
      }
    }
    return cost;
  }

  private fidCost(): number {
    let total = 0;
    for (let i = 0; i < this.count; i++) {
      let best = NONE;
      for (let k = 0; k < this.occurrences; k++) {
        if (this.occTerm[k] === i && this.kept(k))
          best = Math.min(best, this.occAttribute[k] ?? 0);
      }
      total += best === NONE ? 0 : best;
    }
    return total;
  }

  private positionCost(): number {
    let total = 0;
    for (let i = 0; i < this.count; i++) {
      if (this.terms[i]?.phrase != null) {
        total += this.headCost[i] ?? MAX_POSITION_COST;
        continue;
      }
      const target = this.queryPosition[i] ?? 0;
      let best = MAX_POSITION_COST;
      for (let k = 0; k < this.occurrences; k++) {
        if (this.occTerm[k] !== i || !this.kept(k)) continue;
        const distance = Math.abs(
          bucketPosition(this.occStart[k] ?? 0) - target,
        );
        best = Math.min(best, costFromDistance(distance));
      }
      total += best;
    }
    return total;
  }

  /**
   * milli's `ExactAttribute` only looks at the terms whose word as typed is
   * still among their derivations (no typo kept, indexed); they must be the
   * first terms of the query, each at its query position in some attribute.
   */
  private exactAttributeCost(): number {
    let common = -1;
    let words = 0;
    let skipped = false;
    for (let i = 0; i < this.count; i++) {
      const term = this.terms[i];
      if (term === undefined) return 2;
      const typed = term.phrase !== null || term.exactId >= 0;
      if (this.best[i] !== 0 || !typed) {
        skipped = true;
        continue;
      }
      if (skipped) return 2;
      const width = term.phrase?.length ?? 1;
      const attributes = this.placedAttributes(i, width);
      if (attributes < 0) return 2;
      common &= attributes;
      words += width;
    }
    if (words === 0 || common === 0) return 2;
    for (let f = 0; f < this.wordCount.length; f++) {
      if ((common & (1 << f)) !== 0 && this.wordCount[f] === words) return 0;
    }
    return 1;
  }

  /** Attributes holding term `i` as typed, or -1 when it is nowhere at its query position. */
  private placedAttributes(i: number, width: number): number {
    const target = this.queryPosition[i] ?? 0;
    let placed = false;
    let attributes = 0;
    for (let k = 0; k < this.occurrences; k++) {
      if (this.occTerm[k] !== i || this.occExact[k] !== 1) continue;
      attributes |= 1 << (this.occAttribute[k] ?? 0);
      const at = this.occStart[k] ?? 0;
      let here = true;
      for (let j = 0; j < width && here; j++)
        here = bucketPosition(at + j) === bucketPosition(target + j);
      placed ||= here;
    }
    return placed ? attributes : -1;
  }

  private exactnessCost(): number {
    let cost = 0;
    for (let i = 0; i < this.count; i++) {
      let exact = false;
      for (let k = 0; k < this.occurrences && !exact; k++)
        exact = this.occTerm[k] === i && this.occExact[k] === 1;
      if (!exact) cost++;
    }
    return cost;
  }
}

/** True when `run` ends at `tokens[at]`, its words following each other from `start` on. */
function endsRun(
  tokens: Uint32Array,
  start: number,
  at: number,
  run: readonly number[],
): boolean {
  const first = at - run.length + 1;
  if (run.length === 0 || first < start) return false;
  for (let k = 0; k < run.length; k++) {
    if (tokens[first + k] !== run[k]) return false;
  }
  return true;
}
