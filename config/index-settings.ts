import synonyms from "./synonyms.json" with { type: "json" };

/**
 * Index settings in our own shape. The names follow Meilisearch's settings object,
 * so the Meilisearch adapter can send them as they are; the embedded engine reads
 * the same values to apply the same rules.
 */
export interface IndexSettings {
  readonly primaryKey: string;
  readonly searchableAttributes: readonly string[];
  readonly filterableAttributes: readonly string[];
  readonly sortableAttributes: readonly string[];
  readonly displayedAttributes: readonly string[];
  readonly rankingRules: readonly string[];
  readonly typoTolerance: {
    readonly enabled: boolean;
    readonly minWordSizeForTypos: {
      readonly oneTypo: number;
      readonly twoTypos: number;
    };
    readonly disableOnNumbers: boolean;
  };
  readonly synonyms: Readonly<Record<string, readonly string[]>>;
  readonly faceting: {
    readonly maxValuesPerFacet: number;
    readonly sortFacetValuesBy: Readonly<Record<string, "count" | "alpha">>;
  };
  readonly pagination: { readonly maxTotalHits: number };
}

/**
 * The settings of the releases index.
 *
 * @remarks
 * - `text` is searched first; `speaker` and `mentions` let "Lavrov multilateralism"
 *   find Lavrov's sentences about multilateralism.
 * - `sort` leads the ranking rules so that `date:desc` is a strict order; without a
 *   sort parameter the rule does nothing and relevance is Meilisearch's default.
 * - `id` and `position` are filterable for sentence context; `releaseHash` lets the
 *   indexer skip unchanged releases; `speakerVariants` (written by the Meilisearch
 *   adapter only) lets facet search find "Sergey Lavrov" from "lavrov".
 * - `maxValuesPerFacet` must cover every release (for `releaseHash`) and every speaker.
 */
export const INDEX_SETTINGS: IndexSettings = Object.freeze<IndexSettings>({
  primaryKey: "id",
  searchableAttributes: ["text", "speaker", "mentions"],
  filterableAttributes: [
    "speaker",
    "releaseId",
    "timestamp",
    "date",
    "location",
    "category",
    "mentions",
    "id",
    "position",
    "releaseHash",
    "speakerVariants",
  ],
  sortableAttributes: ["timestamp", "releaseId", "position"],
  displayedAttributes: [
    "id",
    "text",
    "speaker",
    "speakerRole",
    "releaseId",
    "releaseTitle",
    "category",
    "date",
    "timestamp",
    "location",
    "paragraph",
    "sentence",
    "position",
    "mentions",
    "releaseHash",
  ],
  rankingRules: [
    "sort",
    "words",
    "typo",
    "proximity",
    "attribute",
    "exactness",
  ],
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    disableOnNumbers: true,
  },
  synonyms,
  faceting: { maxValuesPerFacet: 50_000, sortFacetValuesBy: { "*": "count" } },
  pagination: { maxTotalHits: 10_000 },
});
