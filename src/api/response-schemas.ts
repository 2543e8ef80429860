import { z } from "zod";
import { CONTEXT_SIZE } from "../contract/api-contract.js";
import { sentenceDocumentSchema } from "../search/sentence-document.js";

export const documentSchema = sentenceDocumentSchema
  .omit({ releaseHash: true })
  .meta({
    id: "Document",
    description: 'One sentence of a release (API.md "Documents").',
  });

export const highlightSchema = z
  .object({
    html: z.string().meta({
      description:
        "The sentence, every character HTML-escaped, matched words wrapped in <mark>: safe for innerHTML.",
    }),
    segments: z.array(z.object({ text: z.string(), match: z.boolean() })).meta({
      description:
        "Pieces of the sentence; concatenated they give back `text` exactly.",
    }),
  })
  .meta({ id: "Highlight" });

export const releaseSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    date: z.iso.date(),
    location: z.string().nullable(),
    category: z.string().nullable(),
  })
  .meta({ id: "ReleaseSummary" });

export const searchHitSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    speaker: z.string().nullable(),
    speakerRole: z.string().nullable(),
    release: releaseSummarySchema,
    paragraph: z.int(),
    sentence: z.int(),
    position: z.int(),
    mentions: z.array(z.string()),
    highlight: highlightSchema,
  })
  .meta({ id: "SearchHit" });

export const facetCountsSchema = z
  .record(z.string(), z.record(z.string(), z.int()))
  .meta({
    id: "FacetCounts",
    description:
      "Per requested facet, value → count. Disjunctive: a facet's counts apply every filter except its own. " +
      "At most MAX_FACET_VALUES values per facet (most frequent first), plus every selected value.",
  });

export const searchResponseSchema = z
  .object({
    query: z.string(),
    page: z.int(),
    hitsPerPage: z.int(),
    totalHits: z.int(),
    totalPages: z.int(),
    totalHitsIsEstimate: z.boolean().meta({
      description:
        "Extension: true when the engine stopped counting (Meilisearch's maxTotalHits).",
    }),
    processingTimeMs: z.int(),
    facets: facetCountsSchema,
    hits: z.array(searchHitSchema),
  })
  .meta({ id: "SearchResponse" });

export const speakersResponseSchema = z
  .object({ speakers: z.array(z.object({ name: z.string(), count: z.int() })) })
  .meta({ id: "SpeakersResponse" });

export const releaseResponseSchema = releaseSummarySchema
  .extend({ sentences: z.array(documentSchema) })
  .meta({ id: "Release" });

export const sentenceResponseSchema = z
  .object({
    sentence: documentSchema,
    context: z.object({
      before: z.array(documentSchema).meta({
        description: `Up to ${CONTEXT_SIZE} sentences before, in order.`,
      }),
      after: z.array(documentSchema).meta({
        description: `Up to ${CONTEXT_SIZE} sentences after, in order.`,
      }),
    }),
  })
  .meta({ id: "SentenceWithContext" });

export const reindexJobSchema = z
  .object({
    jobId: z.string(),
    status: z.enum(["queued", "running", "succeeded", "failed"]),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    documents: z
      .int()
      .nullable()
      .meta({ description: "Documents in the index after the job." }),
    error: z.string().nullable(),
    trigger: z.string().meta({
      description:
        "Extension: what started the job (admin, schedule, watch, startup).",
    }),
    mode: z.enum(["full", "incremental"]).nullable().meta({
      description: "Extension: full rebuild with swap, or incremental sync.",
    }),
    summary: z
      .object({
        added: z.int(),
        updated: z.int(),
        deleted: z.int(),
        unchanged: z.int(),
        failedFiles: z.int(),
        durationMs: z.int(),
      })
      .nullable()
      .meta({
        description: "Extension: releases added/updated/deleted/unchanged.",
      }),
  })
  .meta({ id: "ReindexJob" });

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.enum([
        "invalid_request",
        "unauthorized",
        "not_found",
        "request_timeout",
        "payload_too_large",
        "unsupported_media_type",
        "rate_limited",
        "headers_too_large",
        "engine_unavailable",
        "internal",
      ]),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: "Error" });

export const healthResponseSchema = z
  .object({
    status: z.enum(["ok", "unavailable"]),
    engine: z.string().optional(),
    documents: z.int().nullable().optional(),
    reason: z.string().optional(),
  })
  .meta({ id: "Health" });

export type SearchResponse = z.infer<typeof searchResponseSchema>;
export type SearchHitResponse = z.infer<typeof searchHitSchema>;
export type SpeakersResponse = z.infer<typeof speakersResponseSchema>;
export type ReleaseResponse = z.infer<typeof releaseResponseSchema>;
export type SentenceResponse = z.infer<typeof sentenceResponseSchema>;
export type ReindexJobResponse = z.infer<typeof reindexJobSchema>;
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
export type HealthResponse = z.infer<typeof healthResponseSchema>;
export type ApiDocument = z.infer<typeof documentSchema>;
