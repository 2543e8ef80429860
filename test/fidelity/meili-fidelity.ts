import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { INDEX_SETTINGS } from "../../config/index-settings.js";
import { createEmbeddedEngine } from "../../src/engines/embedded/embedded-engine.js";
import {
  toSearchRequest,
  toSearchResponse,
} from "../../src/api/search-mapping.js";
import { parseSearchBody } from "../../src/http/parse-search-query.js";
import { createSearchService } from "../../src/search/search-service.js";
import type { SentenceDocument } from "../../src/search/sentence-document.js";

/**
 * Replays Meilisearch's recorded answers (`../shared/meili-fidelity/`, see its
 * README) on the embedded engine through the search service, as `/v1/search`
 * does, and measures how often both agree.
 */
export const FIDELITY_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../shared/meili-fidelity",
);

export const ASPECTS = ["totalHits", "facets", "set", "order"] as const;
export type Aspect = (typeof ASPECTS)[number];

export interface RecordedAnswer {
  readonly class: string;
  readonly params: Record<string, unknown>;
  readonly meilisearch: {
    readonly totalHits: number;
    readonly firstPageIds: readonly string[];
    readonly speakerFacet: Readonly<Record<string, number>>;
  };
}

type StoredDocument = Omit<SentenceDocument, "releaseHash"> & {
  readonly releaseHash?: string;
};

export interface QueryOutcome {
  readonly answer: RecordedAnswer;
  readonly totalHits: number;
  readonly firstPageIds: readonly string[];
  readonly agrees: Readonly<Record<Aspect, boolean>>;
}

/** Agreement rates (0–1) of one group of queries. */
export interface Agreement {
  readonly queries: number;
  readonly rates: Readonly<Record<Aspect, number>>;
}

export function hasFidelityData(): boolean {
  return existsSync(path.join(FIDELITY_DIR, "answers.ndjson.gz"));
}

function readNdjson<T>(file: string): T[] {
  const text = gunzipSync(readFileSync(path.join(FIDELITY_DIR, file)));
  return text
    .toString("utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as T);
}

/** Loads the recorded documents in their order and replays every recorded search. */
export async function replayAnswers(): Promise<QueryOutcome[]> {
  // The recorded documents carry no releaseHash (only the indexer reads it).
  const docs = readNdjson<StoredDocument>("documents.ndjson.gz").map(
    (doc): SentenceDocument => ({ ...doc, releaseHash: doc.releaseHash ?? "" }),
  );
  const answers = readNdjson<RecordedAnswer>("answers.ndjson.gz");
  const engine = createEmbeddedEngine({ cacheResults: false });
  try {
    await engine.ensureIndex("fidelity", INDEX_SETTINGS);
    await engine.upsert("fidelity", docs);
    const service = createSearchService({
      engine,
      indexName: "fidelity",
      engineTimeoutMs: 60_000,
      maxFacetValues: 100,
    });
    const outcomes: QueryOutcome[] = [];
    for (const answer of answers) {
      const request = toSearchRequest(parseSearchBody(answer.params));
      const response = toSearchResponse(await service.search(request));
      const ids = response.hits.map((hit) => hit.id);
      const facet = response.facets["speaker"] ?? {};
      const expected = answer.meilisearch;
      outcomes.push({
        answer,
        totalHits: response.totalHits,
        firstPageIds: ids,
        agrees: {
          totalHits: response.totalHits === expected.totalHits,
          facets: sameCounts(facet, expected.speakerFacet),
          set: sameSet(ids, expected.firstPageIds),
          order: ids.join("\n") === expected.firstPageIds.join("\n"),
        },
      });
    }
    return outcomes;
  } finally {
    await engine.close();
  }
}

function sameCounts(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => a[key] === b[key])
  );
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((id) => set.has(id));
}

/** Agreement per query class (in the order first seen), then overall under "all". */
export function summarise(
  outcomes: readonly QueryOutcome[],
): Map<string, Agreement> {
  const groups = new Map<string, QueryOutcome[]>();
  for (const outcome of outcomes) {
    const group = groups.get(outcome.answer.class) ?? [];
    group.push(outcome);
    groups.set(outcome.answer.class, group);
  }
  groups.set("all", [...outcomes]);
  return new Map(
    [...groups].map(([name, group]) => [name, agreementOf(group)]),
  );
}

function agreementOf(group: readonly QueryOutcome[]): Agreement {
  const rate = (aspect: Aspect): number =>
    group.filter((outcome) => outcome.agrees[aspect]).length / group.length;
  return {
    queries: group.length,
    rates: {
      totalHits: rate("totalHits"),
      facets: rate("facets"),
      set: rate("set"),
      order: rate("order"),
    },
  };
}

/** The summary as a markdown table (percentages). */
export function formatAgreement(summary: Map<string, Agreement>): string {
  const percent = (x: number): string => `${(100 * x).toFixed(1)} %`;
  const lines = [
    "| class | queries | totalHits | facets | first-page set | first-page order |",
    "|---|---|---|---|---|---|",
  ];
  for (const [name, { queries, rates }] of summary) {
    const cells = ASPECTS.map((aspect) => percent(rates[aspect]));
    lines.push(`| ${name} | ${queries} | ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}
