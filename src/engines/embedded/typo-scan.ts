import { prefixEnd, prefixRange } from "./term-dictionary.js";

/** Receives a derived term (its index in the sorted terms) and its typos; false stops the scan. */
export type DerivationVisitor = (index: number, typos: number) => boolean;

/**
 * Finds the terms within `maxTypos` of `query`, with Meilisearch's rules: an
 * optimal-string-alignment distance (a transposition is one typo), and a
 * different first letter counting as two typos (so it needs a budget of two
 * and no other typo). With `prefix`, a term also matches through one of its
 * prefixes, the way milli's prefix automaton (levenshtein_automata's "prefix
 * sink") accepts it: at the first prefix whose distance to the whole query is
 * within the budget and no smaller than to any part of the query (so no later
 * letter could lower it), e.g. "executive" accepts "executing" (through
 * "executi") but not "executed". Terms are visited in sorted order.
 *
 * @remarks
 * The sorted term list is walked as a trie: the DP rows of a shared prefix are
 * reused from the previous term, and a whole run of terms sharing a prefix is
 * skipped (or accepted at once in prefix mode) as soon as the rows show that
 * nothing below it can change the outcome.
 */
export function scanTypoDerivations(
  terms: readonly string[],
  query: string,
  maxTypos: number,
  prefix: boolean,
  visit: DerivationVisitor,
): void {
  const first = String.fromCodePoint(query.codePointAt(0) ?? 0);
  const [start, end] = prefixRange(terms, first);
  const scan = new RowScanner(query, prefix);
  if (maxTypos >= 2 && !scan.run(terms, 0, start, 1, 1, visit)) return;
  if (!scan.run(terms, start, end, maxTypos, 0, visit)) return;
  if (maxTypos >= 2) scan.run(terms, end, terms.length, 1, 1, visit);
}

class RowScanner {
  private readonly q: Uint16Array;
  private readonly width: number;
  /** DP rows, one per depth in the current term, `width` cells each. */
  private rows: Int32Array;
  private mins: Float64Array;
  /** Per depth: the distance at which the term's prefix became a prefix sink (Infinity: not yet). */
  private bests: Float64Array;
  private budget = 0;

  constructor(
    query: string,
    private readonly prefix: boolean,
  ) {
    const n = query.length;
    this.q = new Uint16Array(n);
    for (let j = 0; j < n; j++) this.q[j] = query.charCodeAt(j);
    this.width = n + 1;
    this.rows = new Int32Array(this.width * 32);
    for (let j = 0; j <= n; j++) this.rows[j] = j;
    this.mins = new Float64Array(32);
    this.bests = new Float64Array(32);
    this.bests[0] = Infinity;
  }

  /** Scans `terms[lo, hi)`; returns false when the visitor stopped the scan. */
  run(
    terms: readonly string[],
    lo: number,
    hi: number,
    budget: number,
    extra: number,
    visit: DerivationVisitor,
  ): boolean {
    this.budget = budget;
    let previous = "";
    let valid = 0;
    let i = lo;
    while (i < hi) {
      const term = terms[i] ?? "";
      let depth = commonPrefix(previous, term, valid);
      let skipTo = -1;
      let subtreeTypos = -1;
      while (depth < term.length) {
        depth++;
        this.computeRow(term, depth);
        const best = this.bests[depth] ?? Infinity;
        const floor = Math.min(
          this.mins[depth] ?? 0,
          (this.mins[depth - 1] ?? 0) + 1,
        );
        if (this.prefix && best <= budget) {
          subtreeTypos = best;
        } else if (floor <= budget) {
          continue;
        }
        skipTo = prefixEnd(terms, term.slice(0, depth), i, hi);
        break;
      }
      previous = term;
      valid = depth;
      if (skipTo >= 0) {
        if (subtreeTypos >= 0) {
          for (let j = i; j < skipTo; j++) {
            if (!visit(j, subtreeTypos + extra)) return false;
          }
        }
        i = skipTo;
        continue;
      }
      const whole = this.rows[depth * this.width + this.width - 1] ?? Infinity;
      const typos = this.prefix
        ? Math.min(this.bests[depth] ?? Infinity, whole)
        : whole;
      if (typos <= budget && !visit(i, typos + extra)) return false;
      i++;
    }
    return true;
  }

  private computeRow(term: string, depth: number): void {
    this.ensureDepth(depth);
    const width = this.width;
    const rows = this.rows;
    const q = this.q;
    const row = depth * width;
    const prev = row - width;
    const prevPrev = prev - width;
    const c = term.charCodeAt(depth - 1);
    const cBefore = depth >= 2 ? term.charCodeAt(depth - 2) : -1;
    rows[row] = depth;
    let min = depth;
    for (let j = 1; j < width; j++) {
      const qj = q[j - 1] ?? 0;
      let value = Math.min(
        (rows[prev + j] ?? 0) + 1,
        (rows[row + j - 1] ?? 0) + 1,
        (rows[prev + j - 1] ?? 0) + (qj === c ? 0 : 1),
      );
      if (depth >= 2 && j > 1 && qj === cBefore && q[j - 2] === c) {
        value = Math.min(value, (rows[prevPrev + j - 2] ?? 0) + 1);
      }
      rows[row + j] = value;
      if (value < min) min = value;
    }
    this.mins[depth] = min;
    const end = rows[row + width - 1] ?? 0;
    const sunk = this.bests[depth - 1] ?? Infinity;
    this.bests[depth] = !this.prefix
      ? Infinity
      : sunk < Infinity
        ? sunk
        : end <= this.budget && end <= min
          ? end
          : Infinity;
  }

  private ensureDepth(depth: number): void {
    if (depth < this.mins.length) return;
    const grow = <T extends Int32Array | Float64Array>(
      array: T,
      size: number,
    ): T => {
      const grown = new (array.constructor as new (n: number) => T)(size);
      grown.set(array);
      return grown;
    };
    const depths = this.mins.length * 2;
    this.rows = grow(this.rows, depths * this.width);
    this.mins = grow(this.mins, depths);
    this.bests = grow(this.bests, depths);
  }
}

function commonPrefix(a: string, b: string, limit: number): number {
  const max = Math.min(a.length, b.length, limit);
  let k = 0;
  while (k < max && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  return k;
}
