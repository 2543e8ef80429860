import { ATTRIBUTE_BREAK, HARD_BREAK } from "./embedded-index.js";
import { HARD_GAP } from "./hard-separators.js";
import type { PlannedTerm } from "./query-planner.js";
import {
  expandRules,
  FAR,
  MAX_POSITION_COST,
  placementCost,
  RADIX,
  type Rule,
  bucketPosition,
} from "./rule-costs.js";
import { Level } from "./term-derivations.js";

const MAX_OCCURRENCES = 512;
const NONE = 255;

const TYPOS_OF_LEVEL = [NONE, 0, 0, 1, 2];

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
 *   completions and synonyms have none; a term only found inside a joined
 *   word or a multi-word synonym costs one).
 * - **proximity**: for each pair of consecutive terms, the gap in the same
 *   attribute minus one (reversed order: the gap), 3 when further or apart;
 *   summed. No reversal next to a phrase, nor onto a prefix milli reads from
 *   its prefix database (only the typed prefix itself).
 * - **attribute**: first `fid`, the sum over terms of the rank of the best
 *   attribute holding them; then `position`, the sum over terms of
 *   `costFromDistance(|bucket(position) - position of the word in the query|)`,
 *   over every attribute (for a phrase: any occurrence of its first word).
 * - **exactness**: first `exactAttribute` (0: an attribute holds exactly the
 *   query, 1: the query words are at its start, 2: neither), then the number of
 *   terms not found as the word typed.
 *
 * Longer than our usual file: it is the per-hit hot path (every hit of a query
 * goes through `score`), kept in one class with preallocated typed arrays.
 */
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
  /** Words per attribute (attributes past the 31st are not counted). */
  private readonly wordCount: Int32Array;
  private readonly levelsOf: readonly Uint8Array[];
  /** Term id → 1 when a phrase starts, or a phrase, synonym or split ends, with it. */
  private readonly runWords: Uint8Array;
  // Per term, for the document being scored:
  private readonly best: Uint8Array;
  private readonly headCost: Uint8Array;
  private readonly fidMin: Uint8Array;
  private readonly positionCost: Uint8Array;
  private readonly exactAttributes: Int32Array;
  private readonly placed: Uint8Array;

  constructor(
    private readonly terms: readonly PlannedTerm[],
    rankingRules: readonly string[],
    attributes: number,
  ) {
    this.wordCount = new Int32Array(Math.min(attributes, 31));
    const n = terms.length;
    this.count = n;
    this.rules = expandRules(rankingRules);
    this.queryPosition = new Int32Array(n);
    let position = 0;
    terms.forEach((term, i) => {
      this.queryPosition[i] = position;
      position += term.phrase?.length ?? 1;
    });
    // A phrase matches as a run only (see matchRuns), never word by word.
    this.levelsOf = terms.map((term) =>
      term.phrase === null ? term.levels : new Uint8Array(0),
    );
    const runs = terms.flatMap((term) => [
      ...term.alternatives.map((alternative) => alternative.ids),
      ...(term.phrase === null ? [] : [term.phrase, term.phrase.slice(0, 1)]),
    ]);
    const ends = runs.map((run) => run[run.length - 1] ?? 0);
    // Sized to the largest id marked, not the dictionary: most queries have no run.
    this.runWords = new Uint8Array(
      ends.length === 0 ? 0 : Math.max(...ends) + 1,
    );
    for (const end of ends) this.runWords[end] = 1;
    this.best = new Uint8Array(n);
    this.headCost = new Uint8Array(n);
    this.fidMin = new Uint8Array(n);
    this.positionCost = new Uint8Array(n);
    this.exactAttributes = new Int32Array(n);
    this.placed = new Uint8Array(n);
  }

  /** Scores the forward index `tokens[start, end)` of one document. */
  score(tokens: Uint32Array, start: number, end: number): number {
    this.occurrences = 0;
    // Loops, not fill(): these arrays are tiny and this runs once per hit.
    for (let f = 0; f < this.wordCount.length; f++) this.wordCount[f] = 0;
    for (let i = 0; i < this.count; i++) this.headCost[i] = MAX_POSITION_COST;
    let attribute = 0;
    let position = -1;
    let gap = 1;
    for (let at = start; at < end; at++) {
      const token = tokens[at] ?? 0;
      if (token >= HARD_BREAK) {
        if (token === ATTRIBUTE_BREAK) {
          attribute++;
          position = -1;
          gap = 1;
        } else gap = HARD_GAP; // VALUE_BREAK or HARD_BREAK
      } else {
        position = position < 0 ? 0 : position + gap;
        gap = 1;
        if (attribute < this.wordCount.length)
          this.wordCount[attribute] = (this.wordCount[attribute] ?? 0) + 1;
        for (let i = 0; i < this.count; i++) {
          const level = this.levelsOf[i]?.[token] ?? 0;
          if (level === 0) continue;
          const exact = level === Level.exact ? 1 : 0;
          this.add(
            i,
            TYPOS_OF_LEVEL[level] ?? 0,
            exact,
            attribute,
            position,
            position,
          );
        }
        if (this.runWords[token] === 1)
          this.matchRuns(tokens, start, at, token, attribute, position);
      }
    }
    this.summarise();
    let key = 0;
    for (let r = 0; r < this.rules.length; r++) {
      const rule = this.rules[r] ?? "typo";
      const radix = RADIX[rule];
      key = key * radix + Math.min(this.cost(rule), radix - 1);
    }
    return key;
  }

  /** Phrases, their first words, synonyms and split words ending at `tokens[at]`. */
  private matchRuns(
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
      const phrase = term.phrase;
      if (phrase !== null) {
        if (token === phrase[0]) this.placeHead(i, position);
        if (endsRun(tokens, start, at, phrase))
          this.add(i, 0, 1, attribute, position - phrase.length + 1, position);
        continue;
      }
      for (const { ids, typos } of term.alternatives) {
        if (endsRun(tokens, start, at, ids))
          this.add(i, typos, 0, attribute, position - ids.length + 1, position);
      }
    }
  }

  /** milli places a phrase by any occurrence of its first word, in the phrase or not. */
  private placeHead(term: number, position: number): void {
    const cost = placementCost(position, this.queryPosition[term] ?? 0);
    if (cost < (this.headCost[term] ?? 0)) this.headCost[term] = cost;
  }

  private add(
    term: number,
    typos: number,
    exact: number,
    attribute: number,
    start: number,
    end: number,
  ): void {
    const k = this.occurrences;
    if (k >= MAX_OCCURRENCES) return;
    this.occTerm[k] = term;
    this.occTypos[k] = typos;
    this.occExact[k] = exact;
    this.occAttribute[k] = attribute;
    this.occStart[k] = start;
    this.occEnd[k] = end;
    this.occurrences = k + 1;
  }

  /**
   * Per term: its fewest typos, then, over the occurrences with that many, its
   * best attribute and placement; over its exact occurrences, the attributes
   * holding it and whether one is at its query position.
   */
  private summarise(): void {
    const n = this.occurrences;
    for (let i = 0; i < this.count; i++) {
      this.best[i] = NONE;
      this.fidMin[i] = NONE;
      this.positionCost[i] = MAX_POSITION_COST;
      this.exactAttributes[i] = 0;
      this.placed[i] = 0;
    }
    for (let k = 0; k < n; k++) {
      const i = this.occTerm[k] ?? 0;
      const typos = this.occTypos[k] ?? 0;
      if (typos < (this.best[i] ?? NONE)) this.best[i] = typos;
    }
    for (let k = 0; k < n; k++) {
      const i = this.occTerm[k] ?? 0;
      const attribute = this.occAttribute[k] ?? 0;
      const start = this.occStart[k] ?? 0;
      if (this.occTypos[k] === this.best[i]) {
        if (attribute < (this.fidMin[i] ?? NONE)) this.fidMin[i] = attribute;
        const cost = placementCost(start, this.queryPosition[i] ?? 0);
        if (cost < (this.positionCost[i] ?? 0)) this.positionCost[i] = cost;
      }
      if (this.occExact[k] === 1) {
        this.exactAttributes[i] =
          (this.exactAttributes[i] ?? 0) | (1 << attribute);
        if (this.placed[i] === 0 && this.atQueryPosition(i, start))
          this.placed[i] = 1;
      }
    }
  }

  /** True when term `i`, found as typed at `start`, sits where milli's ExactAttribute looks for it. */
  private atQueryPosition(i: number, start: number): boolean {
    const width = this.terms[i]?.phrase?.length ?? 1;
    const target = this.queryPosition[i] ?? 0;
    for (let j = 0; j < width; j++) {
      if (bucketPosition(start + j) !== bucketPosition(target + j))
        return false;
    }
    return true;
  }

  private cost(rule: Rule): number {
    let total = 0;
    switch (rule) {
      case "typo":
        // A term with no occurrence was matched through a joined word or a
        // multi-word synonym of several terms: milli charges such a span one
        // typo per word it covers.
        for (let i = 0; i < this.count; i++) {
          const typos = this.best[i] ?? NONE;
          total += typos === NONE ? 1 : typos;
        }
        return total;
      case "proximity":
        for (let i = 0; i + 1 < this.count; i++) total += this.pairCost(i);
        return total;
      case "fid":
        for (let i = 0; i < this.count; i++) {
          const fid = this.fidMin[i] ?? NONE;
          if (fid !== NONE) total += fid;
        }
        return total;
      case "position":
        for (let i = 0; i < this.count; i++) {
          total +=
            this.terms[i]?.phrase != null
              ? (this.headCost[i] ?? 0)
              : (this.positionCost[i] ?? 0);
        }
        return total;
      case "exactAttribute":
        return this.exactAttributeCost();
      case "exactness":
        for (let i = 0; i < this.count; i++)
          if (this.exactAttributes[i] === 0) total++;
        return total;
    }
  }

  private pairCost(left: number): number {
    const right = left + 1;
    const leftTerm = this.terms[left];
    const rightTerm = this.terms[right];
    const noSwap = leftTerm?.phrase != null || rightTerm?.phrase != null;
    const bestLeft = this.best[left];
    const bestRight = this.best[right];
    let cost = FAR;
    for (let a = 0; a < this.occurrences; a++) {
      if (this.occTerm[a] !== left || this.occTypos[a] !== bestLeft) continue;
      for (let b = 0; b < this.occurrences; b++) {
        if (this.occTerm[b] !== right || this.occTypos[b] !== bestRight)
          continue;
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
      if (skipped || this.placed[i] === 0) return 2;
      common &= this.exactAttributes[i] ?? 0;
      words += term.phrase?.length ?? 1;
    }
    if (words === 0 || common === 0) return 2;
    for (let f = 0; f < this.wordCount.length; f++) {
      if ((common & (1 << f)) !== 0 && this.wordCount[f] === words) return 0;
    }
    return 1;
  }
}

/** True when `run` ends at `tokens[at]`, its words following each other from `start` on. */
function endsRun(
  tokens: Uint32Array,
  start: number,
  at: number,
  run: readonly number[],
): boolean {
  const last = run.length - 1;
  if (last < 0 || tokens[at] !== run[last] || at - last < start) return false;
  for (let k = 0; k < last; k++) {
    if (tokens[at - last + k] !== run[k]) return false;
  }
  return true;
}
