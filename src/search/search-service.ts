import { CONTEXT_SIZE } from "../contract/api-contract.js";
import { AppError } from "../errors/app-error.js";
import { renderHighlight } from "./render-highlight.js";
import { capFacets, toEngineQuery } from "./engine-query.js";
import type {
  SearchEngine,
  SearchQuery,
  SearchResult,
} from "./search-engine.js";
import type {
  Release,
  SearchPage,
  SearchRequest,
  SentenceInContext,
  SpeakerCount,
} from "./search-types.js";
import {
  toPublicDocument,
  type SentenceDocument,
} from "./sentence-document.js";
import { withTimeout } from "./with-timeout.js";

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
  search(request: SearchRequest): Promise<SearchPage>;
  speakers(q: string): Promise<SpeakerCount[]>;
  release(id: string): Promise<Release>;
  sentence(id: string): Promise<SentenceInContext>;
  /** An engine search as it is, for routes that shape answers themselves (InstantSearch). */
  select(query: SearchQuery): Promise<SearchResult>;
  /** Throws the engine's error when it cannot answer. */
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
    async search(request) {
      const query = toEngineQuery(request);
      const result = await searchIndex("search", query);
      return {
        request,
        total: result.total,
        totalIsEstimate: result.totalIsEstimate,
        processingTimeMs: result.processingTimeMs,
        facets: capFacets(
          result,
          request.facets,
          query.filters ?? {},
          options.maxFacetValues,
        ),
        hits: result.hits.map((hit) => ({
          document: toPublicDocument(hit.document),
          highlight: renderHighlight(hit.document.text, hit.highlight),
        })),
      };
    },

    select: (query) => searchIndex("search", query),

    async speakers(q) {
      const values = await call("speakers", () =>
        engine.searchFacetValues(indexName, { facet: "speaker", query: q }),
      );
      return values.map(({ value, count }) => ({ name: value, count }));
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
        before: neighbours
          .filter((d) => d.position < doc.position)
          .map(toPublicDocument),
        after: neighbours
          .filter((d) => d.position > doc.position)
          .map(toPublicDocument),
      };
    },

    async readiness() {
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
    },
  };
}
