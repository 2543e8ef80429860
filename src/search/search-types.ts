import type { ApiFacet, SearchSort } from "../contract/api-contract.js";
import type { RenderedHighlight } from "./render-highlight.js";
import type { PublicDocument } from "./sentence-document.js";

/** A validated search, in the service's terms (the HTTP edge maps the API's parameters to it). */
export interface SearchRequest {
  readonly q: string;
  /** Sentences of any of these speakers; none: every speaker. */
  readonly speakers: readonly string[];
  /** Sentences of any of these releases; none: every release. */
  readonly releaseIds: readonly string[];
  /** Inclusive bounds, `YYYY-MM-DD`. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly sort: SearchSort;
  readonly page: number;
  readonly hitsPerPage: number;
  readonly facets: readonly ApiFacet[];
}

export interface FoundSentence {
  readonly document: PublicDocument;
  readonly highlight: RenderedHighlight;
}

/** One page of results, with facet counts capped and selected values kept. */
export interface SearchPage {
  readonly request: SearchRequest;
  readonly total: number;
  /** True when the engine stopped counting. */
  readonly totalIsEstimate: boolean;
  readonly processingTimeMs: number;
  readonly facets: Record<string, Record<string, number>>;
  readonly hits: readonly FoundSentence[];
}

export interface SpeakerCount {
  readonly name: string;
  readonly count: number;
}

/** A whole release, its sentences in order. */
export interface Release {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly location: string | null;
  readonly category: string | null;
  readonly sentences: readonly PublicDocument[];
}

/** A sentence with up to CONTEXT_SIZE neighbours on each side, in order. */
export interface SentenceInContext {
  readonly sentence: PublicDocument;
  readonly before: readonly PublicDocument[];
  readonly after: readonly PublicDocument[];
}
