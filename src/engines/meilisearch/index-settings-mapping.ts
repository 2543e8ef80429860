import { z } from "zod";
import type { IndexSettings } from "../../../config/index-settings.js";
import { AppError } from "../../errors/app-error.js";

/** The body of `PATCH /indexes/{uid}/settings` for our settings. */
export interface MeilisearchSettings {
  searchableAttributes: string[];
  filterableAttributes: string[];
  sortableAttributes: string[];
  displayedAttributes: string[];
  rankingRules: string[];
  typoTolerance: {
    enabled: boolean;
    minWordSizeForTypos: { oneTypo: number; twoTypos: number };
    disableOnNumbers: boolean;
  };
  synonyms: Record<string, string[]>;
  faceting: {
    maxValuesPerFacet: number;
    sortFacetValuesBy: Record<string, "count" | "alpha">;
  };
  pagination: { maxTotalHits: number };
}

/**
 * Our settings as Meilisearch's settings object. The names are already
 * Meilisearch's; only `primaryKey` is not a setting (it is given at creation).
 */
export function toMeilisearchSettings(
  settings: IndexSettings,
): MeilisearchSettings {
  return {
    searchableAttributes: [...settings.searchableAttributes],
    filterableAttributes: [...settings.filterableAttributes],
    sortableAttributes: [...settings.sortableAttributes],
    displayedAttributes: [...settings.displayedAttributes],
    rankingRules: [...settings.rankingRules],
    typoTolerance: {
      enabled: settings.typoTolerance.enabled,
      minWordSizeForTypos: { ...settings.typoTolerance.minWordSizeForTypos },
      disableOnNumbers: settings.typoTolerance.disableOnNumbers,
    },
    synonyms: Object.fromEntries(
      Object.entries(settings.synonyms).map(([word, alternatives]) => [
        word,
        [...alternatives],
      ]),
    ),
    faceting: {
      maxValuesPerFacet: settings.faceting.maxValuesPerFacet,
      sortFacetValuesBy: { ...settings.faceting.sortFacetValuesBy },
    },
    pagination: { maxTotalHits: settings.pagination.maxTotalHits },
  };
}

// Granular filterable attributes (Meilisearch >= 1.14) are shown as their JSON,
// so a drift check reports them instead of silently reading them as names.
const attributeList = z
  .array(z.union([z.string(), z.record(z.string(), z.unknown())]))
  .nullable()
  .transform((items) =>
    (items ?? []).map((item) =>
      typeof item === "string" ? item : JSON.stringify(item),
    ),
  );

const liveSettingsSchema = z.object({
  searchableAttributes: attributeList,
  filterableAttributes: attributeList,
  sortableAttributes: attributeList,
  displayedAttributes: attributeList,
  rankingRules: attributeList,
  typoTolerance: z.object({
    enabled: z.boolean(),
    minWordSizeForTypos: z.object({
      oneTypo: z.number(),
      twoTypos: z.number(),
    }),
    disableOnNumbers: z.boolean().default(false),
  }),
  synonyms: z
    .record(z.string(), z.array(z.string()))
    .nullable()
    .transform((s) => s ?? {}),
  faceting: z.object({
    maxValuesPerFacet: z.number(),
    sortFacetValuesBy: z.record(z.string(), z.enum(["count", "alpha"])),
  }),
  pagination: z.object({ maxTotalHits: z.number() }),
});

/**
 * Reads `GET /indexes/{uid}/settings` (and the index's primary key) into our shape.
 *
 * @throws AppError `internal` when the response is not a settings object
 */
export function fromMeilisearchSettings(
  primaryKey: string | null | undefined,
  raw: unknown,
): IndexSettings {
  const parsed = liveSettingsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(
      "internal",
      `Meilisearch returned settings of an unexpected shape: ${parsed.error.message}`,
      {
        cause: parsed.error,
      },
    );
  }
  return { primaryKey: primaryKey ?? "", ...parsed.data };
}
