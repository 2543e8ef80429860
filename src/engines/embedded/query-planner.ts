import { charCount, typoBudget } from "./text-match.js";
import {
  addAll,
  addBit,
  andInto,
  andNotInto,
  createBitset,
  type Bitset,
  orInto,
} from "./bitset.js";
import type { EmbeddedIndex } from "./embedded-index.js";
import { cachesOf } from "./index-caches.js";
import type { ParsedQuery, QueryItem } from "./query-parser.js";
import { bestSplit } from "./split-words.js";
import {
  type Alternative,
  alternativesOf,
  isPrefixDbWord,
  termIds,
} from "./term-alternatives.js";
import type { SynonymMap } from "./synonym-map.js";
import type { TermEntry } from "./term-dictionary.js";
import { deriveTerms, type Derivations, Level } from "./term-derivations.js";

/** A query term as ranking and highlighting see it. */
export interface PlannedTerm {
  readonly original: string;
  readonly prefix: boolean;
  readonly queryChars: number;
  /** Term id → {@link Level} (0: not a derivation of this term). */
  readonly levels: Uint8Array;
  readonly words: ReadonlySet<string>;
  /** Term id of the word as typed (-1: not indexed, or a phrase). */
  readonly exactId: number;
  /** The term ids of a quoted phrase (null: a word). */
  readonly phrase: readonly number[] | null;
  /** Word runs a one-word term also matches as: its synonyms (no typo) and its split (one typo). */
  readonly alternatives: readonly Alternative[];
  /** A typed prefix Meilisearch reads from its prefix database (≤ 4 characters, ≥ 100 words). */
  readonly prefixDb: boolean;
}

export interface QueryPlan {
  readonly terms: readonly PlannedTerm[];
  /** Live documents matching the text query (every document for an empty query). */
  readonly matches: Bitset;
  /** Word sequences to highlight where they appear in full (phrases, synonyms). */
  readonly phrases: readonly (readonly string[])[];
}

const MAX_NGRAM = 3;

/**
 * Turns a parsed query into the set of matching documents, Meilisearch's way:
 * every term must match (`matchingStrategy: "all"`), where a run of up to three
 * consecutive words may instead match as one concatenated word ("new york" →
 * "newyork") or through a synonym of the run ("united nations" → "un").
 *
 * @remarks
 * Matching is a left-to-right pass over the terms with bitsets: `reach[j]` holds
 * the documents matching terms `0..j`, as the union over the spans ending at `j`
 * of `reach[start] ∩ docs(span)`. Span bitsets are cached per index generation.
 */
export function planQuery(
  index: EmbeddedIndex,
  parsed: ParsedQuery,
  synonyms: SynonymMap,
): QueryPlan {
  const size = index.ordinalCount;
  const phrases: string[][] = [];
  const items = parsed.items;
  const reach: (Bitset | null)[] = [null];
  for (let end = 1; end <= items.length; end++) {
    let union: Bitset | null = null;
    for (let start = end - 1; start >= 0 && end - start <= MAX_NGRAM; start--) {
      const span = items.slice(start, end);
      if (span.length > 1 && span.some((item) => item.kind !== "word")) break;
      const before = reach[start];
      if (before === undefined) continue;
      const docs = spanDocs(index, span, synonyms, phrases);
      if (docs === null) continue;
      const reached =
        before === null ? docs.slice() : andInto(before.slice(), docs);
      union = union === null ? reached : orInto(union, reached);
    }
    reach.push(union ?? createBitset(size));
  }
  const matches = (reach[items.length] ?? index.live).slice();
  andInto(matches, index.live);
  for (const negative of parsed.negatives) {
    andNotInto(matches, phraseDocs(index, negative));
  }
  const terms = items.map((item) => planTerm(index, item, synonyms));
  return { terms, matches, phrases };
}

/** Documents matching a span of terms, or null when the span has no meaning. */
function spanDocs(
  index: EmbeddedIndex,
  span: readonly QueryItem[],
  synonyms: SynonymMap,
  phrases: string[][],
): Bitset | null {
  const first = span[0];
  const last = span[span.length - 1];
  if (first === undefined || last === undefined) return null;
  if (first.kind === "phrase") {
    phrases.push([...first.words]);
    return cachedPhraseDocs(index, first.words);
  }
  const words = span.map((item) => (item.kind === "word" ? item.word : ""));
  const prefix = last.kind === "word" && last.prefix;
  const joined = words.join("");
  const budget =
    span.length === 1
      ? first.budget
      : Math.max(
          0,
          typoBudget(joined, index.settings.typoTolerance) - (span.length - 1),
        );
  const split = span.length === 1 ? bestSplit(index, joined) : null;
  const alternatives = [
    ...(synonyms.get(words.join(" ")) ?? []),
    ...(split === null ? [] : [split]),
  ];
  phrases.push(...alternatives.map((alternative) => [...alternative]));
  const caches = cachesOf(index);
  const key = `${joined}\u0000${String(prefix)}\u0000${budget}\u0000${words.length}`;
  const docs = caches.spans.getOrCompute(key, () => {
    const derivations = wordDerivations(
      index,
      joined,
      prefix,
      budget,
    ).derivations;
    const bits = createBitset(index.ordinalCount);
    for (const id of derivations.termIds) {
      addAll(bits, index.dictionary.byId(id).postings);
    }
    for (const alternative of alternatives) {
      orInto(bits, cachedPhraseDocs(index, alternative));
    }
    return bits;
  });
  return docs;
}

function planTerm(
  index: EmbeddedIndex,
  item: QueryItem,
  synonyms: SynonymMap,
): PlannedTerm {
  if (item.kind === "word") {
    const { derivations, levels } = wordDerivations(
      index,
      item.word,
      item.prefix,
      item.budget,
    );
    const queryChars = charCount(item.word);
    return {
      original: item.word,
      prefix: item.prefix,
      queryChars,
      levels,
      words: derivations.words,
      exactId: index.dictionary.get(item.word)?.id ?? -1,
      phrase: null,
      alternatives: alternativesOf(index, item.word, synonyms),
      prefixDb: item.prefix && isPrefixDbWord(index, item.word, queryChars),
    };
  }
  const levels = new Uint8Array(index.dictionary.size);
  for (const word of item.words) {
    const entry = index.dictionary.get(word);
    if (entry !== undefined) levels[entry.id] = Level.exact;
  }
  return {
    original: item.words.join(" "),
    prefix: false,
    queryChars: 0,
    levels,
    words: new Set<string>(),
    exactId: -1,
    phrase: termIds(index, item.words) ?? [],
    alternatives: [],
    prefixDb: false,
  };
}

export interface WordPlan {
  readonly derivations: Derivations;
  readonly levels: Uint8Array;
}

function wordDerivations(
  index: EmbeddedIndex,
  word: string,
  prefix: boolean,
  budget: number,
): WordPlan {
  const key = `${word}\u0000${String(prefix)}\u0000${budget}`;
  return cachesOf(index).words.getOrCompute(key, () => {
    const derivations = deriveTerms(index, word, prefix, budget);
    const levels = new Uint8Array(index.dictionary.size);
    derivations.termIds.forEach((id, i) => {
      levels[id] = derivations.levels[i] ?? 0;
    });
    return { derivations, levels };
  });
}

function cachedPhraseDocs(
  index: EmbeddedIndex,
  words: readonly string[],
): Bitset {
  const key = `\u0001${words.join(" ")}`;
  return cachesOf(index).spans.getOrCompute(key, () =>
    phraseDocs(index, words),
  );
}

/** Documents where these exact words follow each other within one value. */
export function phraseDocs(
  index: EmbeddedIndex,
  words: readonly string[],
): Bitset {
  const bits = createBitset(index.ordinalCount);
  const entries: TermEntry[] = [];
  for (const word of words) {
    const entry = index.dictionary.get(word);
    if (entry === undefined) return bits;
    entries.push(entry);
  }
  const ids = entries.map((entry) => entry.id);
  const rarest = entries.reduce<TermEntry | undefined>(
    (a, b) =>
      a === undefined || b.postings.length < a.postings.length ? b : a,
    undefined,
  );
  if (rarest === undefined) return bits;
  if (ids.length === 1) {
    addAll(bits, rarest.postings);
    return bits;
  }
  const tokens = index.forwardTokens;
  for (const ordinal of rarest.postings) {
    const start = index.forwardStart[ordinal] ?? 0;
    const end = index.forwardEnd[ordinal] ?? 0;
    if (containsRun(tokens, start, end, ids)) addBit(bits, ordinal);
  }
  return bits;
}

/** True when `ids` follow each other somewhere in `tokens[start, end)`. */
function containsRun(
  tokens: Uint32Array,
  start: number,
  end: number,
  ids: readonly number[],
): boolean {
  const last = end - ids.length;
  outer: for (let i = start; i <= last; i++) {
    for (let k = 0; k < ids.length; k++) {
      if (tokens[i + k] !== ids[k]) continue outer;
    }
    return true;
  }
  return false;
}
