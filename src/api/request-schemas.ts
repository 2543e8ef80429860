import { z } from "zod";
import {
  API_FACETS,
  DOCUMENT_ID_PATTERN,
  SEARCH_LIMITS,
  SEARCH_SORTS,
} from "../contract/api-contract.js";

const countCodePoints = (s: string) => [...s].length;

const isoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

const filterValues = (what: string) =>
  z
    .array(
      z
        .string()
        .min(1, `each ${what} must be non-empty`)
        .max(
          SEARCH_LIMITS.maxValueLength,
          `each ${what} has at most ${SEARCH_LIMITS.maxValueLength} characters`,
        ),
    )
    .max(
      SEARCH_LIMITS.maxValuesPerFilter,
      `at most ${SEARCH_LIMITS.maxValuesPerFilter} values`,
    );

export const sortSchema = z.enum(SEARCH_SORTS).meta({
  description:
    "`relevance` (default) or by date; date sorts read each release in order.",
});

export const facetListSchema = z
  .array(z.enum(API_FACETS))
  .max(API_FACETS.length)
  .refine((list) => new Set(list).size === list.length, {
    error: "must not repeat a facet",
  });

const searchParamsFields = z.strictObject({
  q: z
    .string()
    .refine((q) => countCodePoints(q) <= SEARCH_LIMITS.maxQueryLength, {
      error: `must have at most ${SEARCH_LIMITS.maxQueryLength} characters`,
    })
    .default("")
    .meta({
      description: `Free text of at most ${SEARCH_LIMITS.maxQueryLength} characters; empty matches every sentence.`,
      example: "multilaterlism",
    }),
  speaker: filterValues("speaker")
    .default([])
    .meta({
      description: "Hits whose speaker is any of these (repeatable).",
      example: ["Wang Yi"],
    }),
  release: filterValues("release id").default([]).meta({
    description: "Hits from any of these release ids (repeatable).",
  }),
  from: isoDate.optional().meta({
    description: "Inclusive start date, YYYY-MM-DD.",
    example: "2021-01-01",
  }),
  to: isoDate.optional().meta({
    description: "Inclusive end date, YYYY-MM-DD.",
    example: "2021-12-31",
  }),
  sort: sortSchema.default("relevance"),
  page: z
    .int()
    .min(1)
    .max(SEARCH_LIMITS.maxPage)
    .default(1)
    .meta({ description: "1-based page." }),
  hitsPerPage: z
    .int()
    .min(1)
    .max(SEARCH_LIMITS.maxHitsPerPage)
    .default(SEARCH_LIMITS.defaultHitsPerPage)
    .meta({ description: "Hits per page." }),
  facets: facetListSchema.default(["speaker"]).meta({
    description:
      "Facet counts to return (comma-separated in GET); `[]` for none.",
  }),
});

/**
 * Search parameters as the POST body carries them; the GET query string is
 * normalised to this shape first, so both share every rule.
 */
export const searchParamsSchema = searchParamsFields.refine(
  (p) => p.from === undefined || p.to === undefined || p.from <= p.to,
  { error: "must not be after `to`", path: ["from"] },
);

export type SearchParams = z.output<typeof searchParamsSchema>;
export type SearchParamsInput = z.input<typeof searchParamsSchema>;

/**
 * The GET query string of `/v1/search` as OpenAPI shows it, derived from
 * `searchParamsSchema` (same fields, rules and descriptions, every one
 * optional) except `facets`, which GET takes comma-separated. Requests are
 * validated by `searchParamsSchema` itself.
 */
export const searchQueryStringSchema = z
  .object(searchParamsFields.shape)
  .partial()
  .extend({
    facets: z
      .string()
      .optional()
      .meta({
        description: `Comma-separated facets among ${API_FACETS.join(", ")} (default speaker; empty for none).`,
        example: "speaker,mentions",
      }),
  });

export const speakersParamsSchema = z.strictObject({
  q: z
    .string()
    .max(
      SEARCH_LIMITS.maxValueLength,
      `must have at most ${SEARCH_LIMITS.maxValueLength} characters`,
    )
    .default("")
    .meta({
      description:
        "Only speakers any of whose name words match (prefix, typo tolerant).",
      example: "lavrov",
    }),
});

export const idParamSchema = z
  .string()
  .regex(DOCUMENT_ID_PATTERN, "must use only letters, digits, _ and -")
  .meta({ description: "A document or release id." });
