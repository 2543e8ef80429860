import type {
  FoundSentence,
  Release,
  SearchPage,
  SearchRequest,
  SentenceInContext,
  SpeakerCount,
} from "../search/search-types.js";
import type { SearchParams } from "./request-schemas.js";
import type {
  ReleaseResponse,
  SearchHitResponse,
  SearchResponse,
  SentenceResponse,
  SpeakersResponse,
} from "./response-schemas.js";

/**
 * The HTTP edge's side of the search service: API parameters to the service's
 * request, and its domain results to the API's response shapes (key order is
 * the order clients see).
 */
export function toSearchRequest(params: SearchParams): SearchRequest {
  return {
    q: params.q,
    speakers: params.speaker,
    releaseIds: params.release,
    from: params.from,
    to: params.to,
    sort: params.sort,
    page: params.page,
    hitsPerPage: params.hitsPerPage,
    facets: params.facets,
  };
}

export function toSearchResponse(page: SearchPage): SearchResponse {
  const { request } = page;
  return {
    query: request.q,
    page: request.page,
    hitsPerPage: request.hitsPerPage,
    totalHits: page.total,
    totalPages: Math.ceil(page.total / request.hitsPerPage),
    totalHitsIsEstimate: page.totalIsEstimate,
    processingTimeMs: Math.round(page.processingTimeMs),
    facets: page.facets,
    hits: page.hits.map(toHitResponse),
  };
}

function toHitResponse({
  document: doc,
  highlight,
}: FoundSentence): SearchHitResponse {
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
    highlight,
  };
}

export function toSpeakersResponse(
  speakers: readonly SpeakerCount[],
): SpeakersResponse {
  return { speakers: speakers.map(({ name, count }) => ({ name, count })) };
}

export function toReleaseResponse(release: Release): ReleaseResponse {
  return {
    id: release.id,
    title: release.title,
    date: release.date,
    location: release.location,
    category: release.category,
    sentences: [...release.sentences],
  };
}

export function toSentenceResponse(found: SentenceInContext): SentenceResponse {
  return {
    sentence: found.sentence,
    context: { before: [...found.before], after: [...found.after] },
  };
}
