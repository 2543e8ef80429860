import type { SearchParams } from "../api/request-schemas.js";
import type {
  ReleaseResponse,
  SearchHitResponse,
  SearchResponse,
  SentenceResponse,
  SpeakersResponse,
} from "../api/response-schemas.js";
import { AppError } from "../errors/app-error.js";
import { renderHighlight } from "./render-highlight.js";
import type {
  ApiFacet,
  FacetAttribute,
  SearchEngine,
  SearchHit,
  SearchQuery,
  SearchResult,
} from "./search-engine.js";
import {
  dateToTimestamp,
  toPublicDocument,
  type SentenceDocument,
} from "./sentence-document.js";
import { withTimeout } from "./with-timeout.js";

/** Sentences shown on each side of a sentence in `/v1/sentences/{id}`. */
const CONTEXT_SIZE = 2;
/** Page size when reading a whole release; below Meilisearch's default maxTotalHits. */
const RELEASE_PAGE = 1_000;

export type EngineOperation =
  "search" | "speakers" | "release" | "sentence" | "count";

export interface SearchServiceOptions {
  readonly engine: SearchEngine;
  readonly indexName: string;
  /** Longest wait for one engine call before answering `engine_unavailable`. */
  readonly engineTimeoutMs: number;
  /** Most values returned per facet (selected values are always included). */
  readonly maxFacetValues: number;
  /** Called after every engine call, for metrics. */
  readonly onEngineCall?: (
    operation: EngineOperation,
    seconds: number,
    outcome: "ok" | "error",
  ) => void;
}

export interface Readiness {
  readonly ready: boolean;
  readonly documents: number | null;
  readonly reason?: string;
}

export interface SearchService {
  search(params: SearchParams): Promise<SearchResponse>;
  /** An engine search as it is, for routes that shape answers themselves (InstantSearch). */
  select(query: SearchQuery): Promise<SearchResult>;
  speakers(q: string): Promise<SpeakersResponse>;
  release(id: string): Promise<ReleaseResponse>;
  sentence(id: string): Promise<SentenceResponse>;
  readiness(): Promise<Readiness>;
}

/**
 * The query rules of the API on top of any engine: parameter mapping, facet
 * capping, highlight rendering, release and context reads. Knows no HTTP and no
 * engine client.
 */
export function createSearchService(
  options: SearchServiceOptions,
): SearchService {
  const { engine, indexName } = options;

  async function call<T>(
    operation: EngineOperation,
    work: () => Promise<T>,
  ): Promise<T> {
    const started = process.hrtime.bigint();
    let outcome: "ok" | "error" = "error";
    try {
      const result = await withTimeout(
        work(),
        options.engineTimeoutMs,
        operation,
      );
      outcome = "ok";
      return result;
    } finally {
      options.onEngineCall?.(
        operation,
        Number(process.hrtime.bigint() - started) / 1e9,
        outcome,
      );
    }
  }

  const searchIndex = (operation: EngineOperation, query: SearchQuery) =>
    call(operation, () => engine.search(indexName, query));

  return {
    async search(params) {
      const result = await searchIndex("search", toEngineQuery(params));
      return {
        query: params.q,
        page: params.page,
        hitsPerPage: params.hitsPerPage,
        totalHits: result.total,
        totalPages: Math.ceil(result.total / params.hitsPerPage),
        totalHitsIsEstimate: result.totalIsEstimate,
        processingTimeMs: Math.round(result.processingTimeMs),
        facets: capFacets(result, params, options.maxFacetValues),
        hits: result.hits.map(toHitResponse),
      };
    },

    select: (query) => searchIndex("search", query),

    async speakers(q) {
      const values = await call("speakers", () =>
        engine.searchFacetValues(indexName, { facet: "speaker", query: q }),
      );
      return {
        speakers: values.map(({ value, count }) => ({ name: value, count })),
      };
    },

    async release(id) {
      const sentences: SentenceDocument[] = [];
      for (let from = 0; ; from += RELEASE_PAGE) {
        const page = await searchIndex("release", {
          q: "",
          filters: {
            releaseIds: [id],
            positionFrom: from,
            positionTo: from + RELEASE_PAGE - 1,
          },
          sort: "position:asc",
          page: 1,
          hitsPerPage: RELEASE_PAGE,
        });
        sentences.push(...page.hits.map((hit) => hit.document));
        if (page.hits.length < RELEASE_PAGE) break;
      }
      const first = sentences[0];
      if (first === undefined)
        throw new AppError("not_found", `No release has the id "${id}"`);
      return {
        id: first.releaseId,
        title: first.releaseTitle,
        date: first.date,
        location: first.location,
        category: first.category,
        sentences: sentences.map(toPublicDocument),
      };
    },

    async sentence(id) {
      const found = await searchIndex("sentence", {
        q: "",
        filters: { ids: [id] },
        page: 1,
        hitsPerPage: 1,
      });
      const doc = found.hits[0]?.document;
      if (doc === undefined)
        throw new AppError("not_found", `No sentence has the id "${id}"`);
      const around = await searchIndex("sentence", {
        q: "",
        filters: {
          releaseIds: [doc.releaseId],
          positionFrom: Math.max(0, doc.position - CONTEXT_SIZE),
          positionTo: doc.position + CONTEXT_SIZE,
        },
        sort: "position:asc",
        page: 1,
        hitsPerPage: 2 * CONTEXT_SIZE + 1,
      });
      const neighbours = around.hits.map((hit) => hit.document);
      return {
        sentence: toPublicDocument(doc),
        context: {
          before: neighbours
            .filter((d) => d.position < doc.position)
            .map(toPublicDocument),
          after: neighbours
            .filter((d) => d.position > doc.position)
            .map(toPublicDocument),
        },
      };
    },

    async readiness() {
      try {
        const documents = await call("count", () =>
          engine.countDocuments(indexName),
        );
        if (documents === null)
          return {
            ready: false,
            documents,
            reason: "the index does not exist yet",
          };
        if (documents === 0)
          return {
            ready: false,
            documents,
            reason: "the index holds no documents yet",
          };
        return { ready: true, documents };
      } catch (err) {
        return {
          ready: false,
          documents: null,
          reason: err instanceof Error ? err.message : "engine error",
        };
      }
    },
  };
}

function toEngineQuery(params: SearchParams): SearchQuery {
  return {
    q: params.q,
    filters: {
      ...(params.speaker.length > 0 && { speakers: params.speaker }),
      ...(params.release.length > 0 && { releaseIds: params.release }),
      ...(params.from !== undefined && {
        fromTimestamp: dateToTimestamp(params.from),
      }),
      ...(params.to !== undefined && {
        toTimestamp: dateToTimestamp(params.to),
      }),
    },
    sort: params.sort,
    page: params.page,
    hitsPerPage: params.hitsPerPage,
    facets: params.facets,
    highlight: params.q.trim() !== "",
  };
}

function toHitResponse(hit: SearchHit): SearchHitResponse {
  const doc = hit.document;
  return {
    id: doc.id,
    text: doc.text,
    speaker: doc.speaker,
    speakerRole: doc.speakerRole,
    release: {
      id: doc.releaseId,
      title: doc.releaseTitle,
      date: doc.date,
      location: doc.location,
      category: doc.category,
    },
    paragraph: doc.paragraph,
    sentence: doc.sentence,
    position: doc.position,
    mentions: doc.mentions,
    highlight: renderHighlight(doc.text, hit.highlight),
  };
}

const SELECTED: Partial<
  Record<ApiFacet, (p: SearchParams) => readonly string[]>
> = {
  speaker: (p) => p.speaker,
  releaseId: (p) => p.release,
};

/** Keeps the most frequent values of each facet, plus every value the user selected. */
function capFacets(
  result: SearchResult,
  params: SearchParams,
  max: number,
): Record<string, Record<string, number>> {
  const facets: Record<string, Record<string, number>> = {};
  for (const facet of params.facets) {
    const counts = result.facets[facet as FacetAttribute] ?? {};
    // Engines return counts most frequent first; only a long list needs cutting.
    const entries = Object.entries(counts);
    const kept = Object.fromEntries(
      entries.length <= max
        ? entries
        : entries
            .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
            .slice(0, max),
    );
    for (const value of SELECTED[facet]?.(params) ?? [])
      kept[value] = counts[value] ?? 0;
    facets[facet] = kept;
  }
  return facets;
}
