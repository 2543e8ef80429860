import autocannon from "autocannon";
import { pino } from "pino";
import { loadConfig, type Config } from "../config/config.js";
import { INDEX_SETTINGS } from "../config/index-settings.js";
import { loadReleases } from "../indexer/documents/load-releases.js";
import { listReleaseFiles } from "../indexer/input/read-inputs.js";
import { createApp } from "../src/app.js";
import { batchDocuments } from "../src/engines/meilisearch/batch-documents.js";
import { createMeilisearchEngine } from "../src/engines/meilisearch/meilisearch-engine.js";
import { planSearch } from "../src/engines/meilisearch/plan-search.js";
import { withSpeakerVariants } from "../src/engines/meilisearch/speaker-variants.js";
import { createMetrics } from "../src/http/metrics.js";
import { startServer } from "../src/http/server.js";
import type { SearchEngine, SearchQuery } from "../src/search/search-engine.js";
import type { SentenceDocument } from "../src/search/sentence-document.js";
import { createSearchService } from "../src/search/search-service.js";
import { CORPUS_DIR, distribution, SEED_DIR, table } from "./bench-report.js";
import { measureCompressedAnswerStall } from "./compressed-answer-stall.js";
import { buildSearchMix } from "./http-bench-queries.js";
import {
  importTaskSeconds,
  multiSearch,
  rawImport,
  type MeiliTarget,
} from "./meilisearch-wire.js";

/**
 * The Meilisearch path (issue 9): first the compressed-answer stall on a loopback
 * server (runs anywhere); then, when MEILI_URL, MEILI_ADMIN_KEY and
 * MEILI_SEARCH_KEY are set, indexing through the adapter beside Meilisearch's own
 * task time and a bare client's import (plain and gzip-compressed bodies), and
 * searches through the service beside the same multi-search sent directly and
 * Meilisearch's own `processingTimeMs`: one at a time, then 16 connections.
 */
const RELEASES = 1_000;
const QUERIES = 300;
const CONNECTIONS = 16;
const LOAD_SECONDS = 10;

/** An engine that remembers the query of each search (to send the same one directly). */
function recording(engine: SearchEngine, seen: SearchQuery[]): SearchEngine {
  return {
    ...engine,
    search: (index, query) => {
      seen.push(query);
      return engine.search(index, query);
    },
  };
}

async function throughput(
  url: string,
  requests: readonly {
    method: "GET" | "POST";
    path: string;
    body?: string;
    headers?: Record<string, string>;
  }[],
): Promise<{ rps: number; bad: number }> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: LOAD_SECONDS,
    requests: [
      {
        setupRequest: (request) => {
          const r = requests[next % requests.length];
          next += 1;
          return { ...request, ...r };
        },
      },
    ],
  });
  return {
    rps: Math.round(result.requests.average),
    bad: result.non2xx + result.errors + result.timeouts,
  };
}

function engineFor(config: Config, apiKey: string): SearchEngine {
  const meili = config.meilisearch;
  if (meili === undefined) throw new Error("MEILI_URL did not configure");
  return createMeilisearchEngine({ ...meili, apiKey });
}

async function indexing(
  config: Config,
  admin: MeiliTarget,
  index: string,
  docs: readonly SentenceDocument[],
): Promise<string> {
  const meili = config.meilisearch;
  if (meili === undefined) throw new Error("MEILI_URL did not configure");
  const adapter = engineFor(config, admin.key);
  const batches = batchDocuments(
    docs.map(withSpeakerVariants),
    meili.batchMaxDocuments,
    meili.batchMaxBytes,
  );
  const started = performance.now();
  await adapter.ensureIndex(index, INDEX_SETTINGS);
  await adapter.upsert(index, docs);
  const adapterSeconds = (performance.now() - started) / 1000;
  const ownSeconds = await importTaskSeconds(admin, index);
  const rows: (string | number)[][] = [
    [
      "the adapter (settings and task waits included)",
      adapterSeconds.toFixed(1),
      Math.round(docs.length / adapterSeconds),
      "-",
    ],
    [
      "Meilisearch's own task time (the limit)",
      ownSeconds.toFixed(1),
      Math.round(docs.length / ownSeconds),
      "-",
    ],
  ];
  for (const gzip of [false, true]) {
    const raw = `${index}_raw${gzip ? "_gzip" : ""}`;
    await adapter.ensureIndex(raw, INDEX_SETTINGS);
    const r = await rawImport(
      admin,
      raw,
      batches.map((b) => b.payload),
      gzip,
    );
    rows.push([
      `a bare client, ${gzip ? "gzip level 1 bodies" : "plain bodies"} (${Math.round(r.bytesSent / 1e6)} MB sent${gzip ? `, ${r.compressSeconds.toFixed(2)} s compressing` : ""})`,
      r.seconds.toFixed(1),
      Math.round(docs.length / r.seconds),
      (await importTaskSeconds(admin, raw)).toFixed(1),
    ]);
    await adapter.deleteIndex(raw);
  }
  return [
    `${docs.length} documents in ${batches.length} batches:`,
    "",
    table(["import", "wall s", "documents/s", "Meilisearch task s"], rows),
  ].join("\n");
}

async function main(): Promise<void> {
  process.stdout.write(
    `## Meilisearch path\n\n${await measureCompressedAnswerStall()}\n`,
  );
  const url = process.env["MEILI_URL"];
  const adminKey = process.env["MEILI_ADMIN_KEY"];
  const searchKey = process.env["MEILI_SEARCH_KEY"];
  if (url === undefined || adminKey === undefined || searchKey === undefined) {
    process.stdout.write(
      "### Real Meilisearch\n\nSkipped: MEILI_URL, MEILI_ADMIN_KEY and MEILI_SEARCH_KEY are not all set (this machine has no Meilisearch).\n",
    );
    return;
  }
  const config = loadConfig({
    ...process.env,
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "warn",
    RATE_LIMIT_MAX: "1000000",
  });
  const { files } = await listReleaseFiles([CORPUS_DIR]);
  const loaded = await loadReleases([SEED_DIR, ...files.slice(0, RELEASES)]);
  const docs = loaded.releases.flatMap((r) => [...r.documents]);
  const index = `bench_${String(Date.now())}`;
  const admin: MeiliTarget = { url, key: adminKey };
  const direct: MeiliTarget = { url, key: searchKey };
  const indexed = await indexing(config, admin, index, docs);
  try {
    const seen: SearchQuery[] = [];
    const engine = recording(engineFor(config, searchKey), seen);
    const service = createSearchService({
      engine,
      indexName: index,
      engineTimeoutMs: config.api.engineTimeoutMs,
      maxFacetValues: config.api.maxFacetValues,
    });
    const app = createApp({
      config,
      service,
      engineKind: engine.kind,
      logger: pino({ level: "warn" }),
      metrics: createMetrics(),
    });
    const server = await startServer(app, config.server);
    const mix = buildSearchMix(docs, QUERIES, 3_000, 11);
    const proxied: number[] = [];
    const directMs: number[] = [];
    const processing: number[] = [];
    const bodies: string[] = [];
    for (const target of mix) {
      let t = performance.now();
      await (await fetch(`${server.url}${target}`)).arrayBuffer();
      proxied.push(performance.now() - t);
      const queries = seen.flatMap((query) => planSearch(index, query).queries);
      seen.length = 0;
      bodies.push(JSON.stringify({ queries }));
      t = performance.now();
      processing.push(await multiSearch(direct, queries));
      directMs.push(performance.now() - t);
    }
    const proxyLoad = await throughput(
      server.url,
      mix.map((path) => ({ method: "GET" as const, path })),
    );
    const directLoad = await throughput(
      url,
      bodies.map((body) => ({
        method: "POST" as const,
        path: "/multi-search",
        body,
        headers: {
          authorization: `Bearer ${searchKey}`,
          "content-type": "application/json",
          "accept-encoding": "identity",
        },
      })),
    );
    await server.close(500);
    const p = distribution(proxied);
    const d = distribution(directMs);
    const own = distribution(processing);
    const verdict = (ok: boolean): string => (ok ? "met" : "NOT met");
    process.stdout.write(
      [
        "### Real Meilisearch",
        "",
        `${url}, ${docs.length} documents (seed + ${String(RELEASES)} corpus releases).`,
        "",
        indexed,
        "",
        `Searches: ${mix.length} of the HTTP bench's mix, one at a time. "Direct" sends the very multi-search the adapter sent for the same request (hits plus disjunctive facet queries) with a bare \`fetch\` and \`accept-encoding: identity\`; "processing" is the sum of Meilisearch's own \`processingTimeMs\` for it.`,
        "",
        table(
          ["path", "n", "p50 ms", "p95 ms", "p99 ms"],
          [
            [
              "Meilisearch's processingTimeMs (the limit)",
              own.count,
              own.p50,
              own.p95,
              own.p99,
            ],
            [
              "direct to Meilisearch /multi-search",
              d.count,
              d.p50,
              d.p95,
              d.p99,
            ],
            [
              "through the service (GET /v1/search)",
              p.count,
              p.p50,
              p.p95,
              p.p99,
            ],
          ],
        ),
        "",
        table(
          [
            `${String(CONNECTIONS)} connections, ${String(LOAD_SECONDS)} s`,
            "req/s",
            "errors",
          ],
          [
            ["direct to Meilisearch", directLoad.rps, directLoad.bad],
            ["through the service", proxyLoad.rps, proxyLoad.bad],
          ],
        ),
        "",
        `Goals: proxy p50 ≤ direct p50 + 3 ms: ${p.p50} vs ${d.p50}, ${verdict(p.p50 <= d.p50 + 3)}; proxy ≥ 0.9× direct req/s at ${String(CONNECTIONS)} connections: ${(proxyLoad.rps / Math.max(1, directLoad.rps)).toFixed(2)}×, ${verdict(proxyLoad.rps >= 0.9 * directLoad.rps)}; direct p50 ≤ processingTimeMs p50 + 3 ms: ${d.p50} vs ${own.p50}, ${verdict(d.p50 <= own.p50 + 3)}.`,
        "",
      ].join("\n") + "\n",
    );
  } finally {
    await engineFor(config, adminKey).deleteIndex(index);
  }
}

await main();
