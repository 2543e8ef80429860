import { z } from "zod";
import { AppError } from "../../errors/app-error.js";
import type {
  FacetAttribute,
  SearchHit,
  SearchResult,
} from "../../search/search-engine.js";
import {
  sentenceDocumentSchema,
  type SentenceDocument,
} from "../../search/sentence-document.js";
import { parseHighlight } from "./parse-highlight.js";
import { DOCUMENT_FIELDS, type SearchPlan } from "./plan-search.js";

const searchResultSchema = z.object({
  hits: z.array(z.record(z.string(), z.unknown())),
  totalHits: z.number(),
  processingTimeMs: z.number(),
  facetDistribution: z
    .record(z.string(), z.record(z.string(), z.number()))
    .optional(),
  facetStats: z
    .record(z.string(), z.object({ min: z.number(), max: z.number() }))
    .optional(),
});

type MeilisearchResult = z.infer<typeof searchResultSchema>;

function parseResult(raw: unknown, position: number): MeilisearchResult {
  const parsed = searchResultSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(
      "internal",
      `Meilisearch returned multi-search result ${String(position)} of an unexpected shape`,
      {
        cause: parsed.error,
      },
    );
  }
  return parsed.data;
}

/**
 * A hit as our document: only the document's own fields are kept (`_formatted`,
 * `speakerVariants`, `_rankingScore` and the like are dropped), then validated.
 */
export function toSentenceDocument(
  hit: Readonly<Record<string, unknown>>,
): SentenceDocument {
  const picked = Object.fromEntries(
    DOCUMENT_FIELDS.filter((field) => field in hit).map((field) => [
      field,
      hit[field],
    ]),
  );
  const parsed = sentenceDocumentSchema.safeParse(picked);
  if (!parsed.success) {
    throw new AppError(
      "internal",
      `Meilisearch returned a document that is not a sentence (id ${JSON.stringify(hit["id"])})`,
      {
        cause: parsed.error,
      },
    );
  }
  return parsed.data;
}

function toHit(
  raw: Readonly<Record<string, unknown>>,
  highlight: boolean,
): SearchHit {
  const document = toSentenceDocument(raw);
  if (!highlight) return { id: document.id, document };
  const formatted = raw["_formatted"];
  const formattedText =
    typeof formatted === "object" && formatted !== null
      ? (formatted as Record<string, unknown>)["text"]
      : undefined;
  return {
    id: document.id,
    document,
    highlight: parseHighlight(formattedText, document.text),
  };
}

/**
 * Reads the multi-search `results` of a {@link SearchPlan} into our result.
 *
 * @param plan - the plan the request was built from
 * @param results - `results` of the multi-search response, in query order
 * @param maxTotalHits - the index's `pagination.maxTotalHits`: Meilisearch stops
 *   counting there, so a total that reaches it is an estimate
 */
export function readSearchResults(
  plan: SearchPlan,
  results: readonly unknown[],
  maxTotalHits: number,
): SearchResult {
  if (results.length !== plan.queries.length) {
    throw new AppError(
      "internal",
      `Meilisearch answered ${String(results.length)} multi-search results for ${String(plan.queries.length)} queries`,
    );
  }
  const [main, ...counts] = results.map(parseResult);
  if (main === undefined)
    throw new AppError(
      "internal",
      "Meilisearch answered no multi-search result",
    );
  const facets: Partial<Record<FacetAttribute, Record<string, number>>> = {};
  for (const facet of plan.mainFacets)
    facets[facet] = main.facetDistribution?.[facet] ?? {};
  plan.ownFilterFacets.forEach((facet, i) => {
    facets[facet] = counts[i]?.facetDistribution?.[facet] ?? {};
  });
  const timestamp = plan.mainFacets.includes("timestamp")
    ? main.facetStats?.["timestamp"]
    : undefined;
  return {
    hits: main.hits.map((hit) => toHit(hit, plan.highlight)),
    total: main.totalHits,
    totalIsEstimate: main.totalHits >= maxTotalHits,
    facets,
    ...(timestamp !== undefined && { facetStats: { timestamp } }),
    processingTimeMs: [main, ...counts].reduce(
      (sum, result) => sum + result.processingTimeMs,
      0,
    ),
  };
}

/**
 * The document count from a placeholder search with `hitsPerPage: 0` and
 * `facets: ["releaseId"]`, for keys that may not read `/stats`.
 *
 * @remarks
 * `totalHits` is exact below `maxTotalHits`. Above it, every document has exactly
 * one `releaseId`, so the releaseId counts add up to the document count, as long
 * as there are fewer releases than `maxValuesPerFacet`.
 *
 * @throws AppError `internal` when neither count is exact
 */
export function countFromPlaceholderSearch(
  response: {
    readonly totalHits: number;
    readonly facetDistribution?: Readonly<
      Record<string, Readonly<Record<string, number>>>
    >;
  },
  limits: { readonly maxTotalHits: number; readonly maxValuesPerFacet: number },
): number {
  if (response.totalHits < limits.maxTotalHits) return response.totalHits;
  const counts = Object.values(response.facetDistribution?.["releaseId"] ?? {});
  if (counts.length >= limits.maxValuesPerFacet) {
    throw new AppError(
      "internal",
      "Cannot count the documents exactly with a search: give the key the stats.get action",
    );
  }
  return counts.reduce((sum, count) => sum + count, 0);
}
