import { isNumericWord } from "./text-match.js";

/** One indexed word and the ordinals of the documents holding it (ascending). */
export interface TermEntry {
  readonly id: number;
  readonly term: string;
  readonly numeric: boolean;
  postings: number[];
}

/** The words of an index in code-unit order, for prefix ranges and typo scans. */
export interface SortedTerms {
  readonly terms: readonly string[];
  readonly ids: readonly number[];
}

/**
 * Every word of an index with its postings. The sorted view is rebuilt lazily,
 * by merging the words added since the last view, so writes stay cheap.
 */
export class TermDictionary {
  private readonly byTerm = new Map<string, TermEntry>();
  private readonly entries: TermEntry[] = [];
  private sorted: SortedTerms = { terms: [], ids: [] };
  private added: TermEntry[] = [];

  /** Number of words ever added (term ids are below it). */
  get size(): number {
    return this.entries.length;
  }

  get(term: string): TermEntry | undefined {
    return this.byTerm.get(term);
  }

  byId(id: number): TermEntry {
    const entry = this.entries[id];
    if (entry === undefined) throw new RangeError(`no term ${id}`);
    return entry;
  }

  getOrCreate(term: string): TermEntry {
    let entry = this.byTerm.get(term);
    if (entry === undefined) {
      entry = {
        id: this.entries.length,
        term,
        numeric: isNumericWord(term),
        postings: [],
      };
      this.byTerm.set(term, entry);
      this.entries.push(entry);
      this.added.push(entry);
    }
    return entry;
  }

  /** The words in code-unit order. */
  view(): SortedTerms {
    if (this.added.length === 0) return this.sorted;
    const added = this.added.sort((a, b) => compare(a.term, b.term));
    this.added = [];
    const old = this.sorted;
    const terms: string[] = [];
    const ids: number[] = [];
    let i = 0;
    let j = 0;
    while (i < old.terms.length || j < added.length) {
      const next = added[j];
      const oldTerm = old.terms[i];
      const oldId = old.ids[i];
      if (
        oldTerm === undefined ||
        oldId === undefined ||
        (next !== undefined && next.term < oldTerm)
      ) {
        if (next === undefined) break;
        terms.push(next.term);
        ids.push(next.id);
        j++;
      } else {
        terms.push(oldTerm);
        ids.push(oldId);
        i++;
      }
    }
    this.sorted = { terms, ids };
    return this.sorted;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Index of the first term of `terms[from, to)` not below `value`. */
export function lowerBound(
  terms: readonly string[],
  value: string,
  from = 0,
  to = terms.length,
): number {
  return partitionPoint(from, to, (i) => (terms[i] ?? value) < value);
}

/**
 * End of the run of terms starting with `prefix` that begins at `from`
 * (which must start with it): the index of the first term after it.
 */
export function prefixEnd(
  terms: readonly string[],
  prefix: string,
  from: number,
  to = terms.length,
): number {
  return partitionPoint(from, to, (i) => terms[i]?.startsWith(prefix) === true);
}

/** Binary search: the first index in `[lo, hi)` where `before` turns false. */
function partitionPoint(
  lo: number,
  hi: number,
  before: (index: number) => boolean,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The `[start, end)` range of the terms starting with `prefix`. */
export function prefixRange(
  terms: readonly string[],
  prefix: string,
): [number, number] {
  const start = lowerBound(terms, prefix);
  if (terms[start]?.startsWith(prefix) !== true) {
    return [start, start];
  }
  return [start, prefixEnd(terms, prefix, start)];
}
