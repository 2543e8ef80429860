import type { SearchResult } from "../../search/search-engine.js";
import type { EmbeddedIndex } from "./embedded-index.js";
import type { WordPlan } from "./query-planner.js";
import type { SortedIndex } from "./sort-orders.js";
import type { WordSplit } from "./split-words.js";
import type { SpeakerEntry } from "./speaker-search.js";

/** A small least-recently-used map. */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): V {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    return value;
  }

  /** The cached value, or `compute()` stored under `key`. */
  getOrCompute(key: string, compute: () => V): V {
    return this.get(key) ?? this.set(key, compute());
  }
}

/** Query-time caches of one index state; dropped as soon as the index changes. */
export interface IndexCaches {
  readonly generation: number;
  /** Per query word: derivations and term levels. */
  readonly words: LruCache<WordPlan>;
  /** Per query word: its split into two adjacent words (boxed: null is an answer). */
  readonly splits: LruCache<{ readonly split: WordSplit | null }>;
  /** Per query span: the documents it matches. */
  readonly spans: LruCache<Uint32Array<ArrayBuffer>>;
  /** Facet counts, sort orders and speakers of the whole index (a few each: never evicted). */
  readonly facets: LruCache<Record<string, number>>;
  readonly sorts: LruCache<SortedIndex>;
  readonly speakers: LruCache<readonly SpeakerEntry[]>;
  /** Whole results by query: search-as-you-type repeats popular prefixes. */
  readonly results: LruCache<SearchResult>;
}

const cachesByIndex = new WeakMap<EmbeddedIndex, IndexCaches>();

/** The caches of the index's current generation. */
export function cachesOf(index: EmbeddedIndex): IndexCaches {
  const current = cachesByIndex.get(index);
  if (current?.generation === index.generation) return current;
  const fresh: IndexCaches = {
    generation: index.generation,
    words: new LruCache(128),
    splits: new LruCache(128),
    spans: new LruCache(256),
    facets: new LruCache(16),
    sorts: new LruCache(16),
    speakers: new LruCache(1),
    results: new LruCache(512),
  };
  cachesByIndex.set(index, fresh);
  return fresh;
}
