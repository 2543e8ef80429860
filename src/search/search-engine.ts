import type { IndexSettings } from "../../config/index-settings.js";
import type { ApiFacet, SearchSort } from "../contract/api-contract.js";
import type { SentenceDocument } from "./sentence-document.js";

/** Every attribute an engine can count values of (the API facets plus internal ones). */
export type FacetAttribute =
  ApiFacet | "category" | "releaseHash" | NumericFacet;

/** Numeric attributes: their counts come with {@link SearchResult.facetStats}. */
export type NumericFacet = "timestamp";

/** Attributes a {@link FilterExpression} may compare with string values. */
export type ValueFilterAttribute =
  "speaker" | "releaseId" | "location" | "category" | "mentions";

/**
 * A boolean filter as data (built by the InstantSearch route's parser): adapters
 * quote every value and never see expression text. `in` on `mentions` matches a
 * document having any of the values; `not` matches documents without the
 * attribute too, as Meilisearch's `NOT` does.
 */
export type FilterExpression =
  | {
      readonly op: "and" | "or";
      readonly operands: readonly [FilterExpression, ...FilterExpression[]];
    }
  | { readonly op: "not"; readonly operand: FilterExpression }
  | {
      readonly op: "in";
      readonly attribute: ValueFilterAttribute;
      readonly values: readonly string[];
    }
  | {
      readonly op: "compare";
      readonly attribute: "timestamp";
      readonly operator: "<" | "<=" | "=" | ">=" | ">";
      /** A safe integer. */
      readonly value: number;
    };

/**
 * Typed filter selections. Values are data, never expression text: each adapter
 * builds its own filter syntax from them and quotes every value.
 * Within one field, values are alternatives (OR); fields combine with AND.
 */
export interface SearchFilters {
  /** Hits whose speaker is any of these. */
  readonly speakers?: readonly string[];
  /** Hits from any of these releases. */
  readonly releaseIds?: readonly string[];
  /** Hits with any of these document ids. */
  readonly ids?: readonly string[];
  /** Inclusive lower bound on `timestamp`. */
  readonly fromTimestamp?: number;
  /** Inclusive upper bound on `timestamp`. */
  readonly toTimestamp?: number;
  /** Inclusive lower bound on `position`. */
  readonly positionFrom?: number;
  /** Inclusive upper bound on `position`. */
  readonly positionTo?: number;
  /** Applies to the hits and to every facet count (never left out). */
  readonly where?: FilterExpression;
}

/**
 * The filter on each facet's own attribute. A facet's counts leave it out
 * (disjunctive counts), and the values it selects are always reported.
 */
export const FACET_FILTER: Readonly<
  Partial<Record<FacetAttribute, "speakers" | "releaseIds">>
> = {
  speaker: "speakers",
  releaseId: "releaseIds",
};

/**
 * `relevance` uses the engine's ranking; the others sort by `timestamp`, ties by
 * release and position, so a release reads in order.
 */
export type SortOrder = SearchSort | "position:asc";

export interface SearchQuery {
  /** Free text. Empty matches every document (subject to filters). */
  readonly q: string;
  readonly filters?: SearchFilters;
  readonly sort?: SortOrder;
  /** 1-based page number. */
  readonly page: number;
  /** Hits per page; 0 asks for counts and facets only. */
  readonly hitsPerPage: number;
  /**
   * Attributes to count. Counts are disjunctive: the counts of an attribute apply
   * every filter except the filter on that attribute itself.
   */
  readonly facets?: readonly FacetAttribute[];
  /** Whether to return `highlights` for `text`. */
  readonly highlight?: boolean;
}

/** A piece of a sentence; the pieces of a hit concatenated give back its text exactly. */
export interface HighlightSegment {
  readonly text: string;
  readonly match: boolean;
}

export interface SearchHit {
  readonly id: string;
  readonly document: SentenceDocument;
  /** Segments of `text`, present when the query asked for highlighting. */
  readonly highlight?: readonly HighlightSegment[];
}

export interface SearchResult {
  readonly hits: readonly SearchHit[];
  /** Number of matching documents. */
  readonly total: number;
  /** True when the engine stopped counting (Meilisearch's `maxTotalHits`). */
  readonly totalIsEstimate: boolean;
  readonly facets: Partial<Record<FacetAttribute, Record<string, number>>>;
  /** Lowest and highest value of each numeric facet asked for, over the hits. */
  readonly facetStats?: Partial<Record<NumericFacet, NumericStats>>;
  readonly processingTimeMs: number;
}

export interface NumericStats {
  readonly min: number;
  readonly max: number;
}

export interface FacetValue {
  readonly value: string;
  readonly count: number;
}

export interface FacetValueQuery {
  readonly facet: "speaker";
  /**
   * Matches values any of whose words start with the query's words, typo tolerant
   * like search ("lavrov" and "lavrof" find "Sergey Lavrov"). Empty: every value.
   */
  readonly query: string;
}

/**
 * The seam between the service and a search engine. Everything outside the
 * adapters talks to this interface and never to an engine's own client.
 *
 * @remarks
 * Writes resolve once the engine has applied them (Meilisearch tasks are awaited
 * and their final status checked). Failures are `AppError`s: `engine_unavailable`
 * or `engine_timeout` when the engine cannot answer, `internal` when it refused.
 * Optional methods are capabilities an engine may lack; callers check for them.
 */
export interface SearchEngine {
  /** A short name for logs and `/readyz`: `embedded` or `meilisearch`. */
  readonly kind: string;

  /** Throws `engine_unavailable` when the engine does not answer. */
  health(): Promise<void>;

  /** Creates the index when missing, then applies `settings` (which may change them). */
  ensureIndex(name: string, settings: IndexSettings): Promise<void>;

  /** Adds or replaces documents by id. */
  upsert(index: string, docs: readonly SentenceDocument[]): Promise<void>;

  /**
   * Deletes every document of these releases, except documents whose
   * `releaseHash` is in `options.exceptHashes`: after upserting a new version of a
   * release, this removes the old version's leftover sentences with no moment in
   * which the release is missing from search.
   */
  deleteReleases(
    index: string,
    releaseIds: readonly string[],
    options?: { readonly exceptHashes?: readonly string[] },
  ): Promise<void>;

  search(index: string, query: SearchQuery): Promise<SearchResult>;

  /** Values of a facet with their counts, most frequent first. */
  searchFacetValues(
    index: string,
    query: FacetValueQuery,
  ): Promise<FacetValue[]>;

  /** Number of documents, or null when the index does not exist. */
  countDocuments(index: string): Promise<number | null>;

  /** Deletes an index; succeeds when it does not exist. */
  deleteIndex(name: string): Promise<void>;

  /** Atomically exchanges the contents of two existing indexes. */
  swap?(a: string, b: string): Promise<void>;

  /** Names of the indexes whose name starts with `prefix`. */
  listIndexes?(prefix: string): Promise<string[]>;

  /** Settings the index has now, in our shape; null when it does not exist. */
  getSettings?(name: string): Promise<IndexSettings | null>;

  /** Releases resources (timers, snapshots being written). */
  close?(): Promise<void>;
}
