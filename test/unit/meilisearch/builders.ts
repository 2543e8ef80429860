import {
  INDEX_SETTINGS,
  type IndexSettings,
} from "../../../config/index-settings.js";
import { toMeilisearchSettings } from "../../../src/engines/meilisearch/index-settings-mapping.js";
import type { SentenceDocument } from "../../../src/search/sentence-document.js";

/** A valid sentence document; override any field. */
export function buildDocument(
  overrides: Partial<SentenceDocument> = {},
): SentenceDocument {
  return {
    id: "2021-07-15-wang-yi-meets-lavrov-0003",
    text: "Wang Yi said that China firmly safeguards true multilateralism.",
    speaker: "Wang Yi",
    speakerRole: "State Councilor and Foreign Minister",
    releaseId: "2021-07-15-wang-yi-meets-lavrov",
    releaseTitle: "Wang Yi Meets with Russian Foreign Minister Sergey Lavrov",
    category: "Important News of China",
    date: "2021-07-15",
    timestamp: 1626307200,
    location: "Tashkent",
    paragraph: 1,
    sentence: 0,
    position: 3,
    mentions: ["China"],
    releaseHash: "a1b2c3",
    ...overrides,
  };
}

/** A task object as `GET /tasks/{uid}` returns it. */
export function buildTask(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    uid: 7,
    batchUid: 3,
    indexUid: "releases",
    status: "succeeded",
    type: "documentAdditionOrUpdate",
    canceledBy: null,
    details: { receivedDocuments: 1, indexedDocuments: 1 },
    error: null,
    duration: "PT0.01S",
    enqueuedAt: "2026-01-01T00:00:00.000Z",
    startedAt: "2026-01-01T00:00:00.001Z",
    finishedAt: "2026-01-01T00:00:00.011Z",
    ...overrides,
  };
}

/** The summarised task Meilisearch answers (202) when it enqueues one. */
export function buildEnqueued(
  taskUid: number,
  type = "documentAdditionOrUpdate",
  indexUid: string | null = "releases",
) {
  return {
    taskUid,
    indexUid,
    status: "enqueued",
    type,
    enqueuedAt: "2026-01-01T00:00:00.000Z",
  };
}

/** Meilisearch's error body. */
export function buildErrorBody(
  code: string,
  message: string,
  type = "invalid_request",
) {
  return {
    message,
    code,
    type,
    link: `https://docs.meilisearch.com/errors#${code}`,
  };
}

/** What `GET /indexes/{uid}/settings` answers after our settings were applied (v1.x shape). */
export function liveSettingsResponse(
  settings: IndexSettings = INDEX_SETTINGS,
): Record<string, unknown> {
  return {
    ...toMeilisearchSettings(settings),
    // Meilisearch answers sets sorted, and adds settings we do not manage.
    filterableAttributes: [...settings.filterableAttributes].sort(),
    sortableAttributes: [...settings.sortableAttributes].sort(),
    typoTolerance: {
      ...toMeilisearchSettings(settings).typoTolerance,
      disableOnWords: [],
      disableOnAttributes: [],
    },
    stopWords: [],
    nonSeparatorTokens: [],
    separatorTokens: [],
    dictionary: [],
    distinctAttribute: null,
    proximityPrecision: "byWord",
    searchCutoffMs: null,
    localizedAttributes: null,
    facetSearch: true,
    prefixSearch: "indexingTime",
    embedders: {},
  };
}

/** A Meilisearch search result (one entry of a multi-search), with overrides. */
export function buildSearchResult(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    indexUid: "releases",
    hits: [],
    query: "",
    processingTimeMs: 1,
    hitsPerPage: 20,
    page: 1,
    totalPages: 0,
    totalHits: 0,
    ...overrides,
  };
}
