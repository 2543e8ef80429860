import { pino } from "pino";
import { loadConfig } from "../config/config.js";
import { INDEX_SETTINGS } from "../config/index-settings.js";
import { loadReleases } from "../indexer/documents/load-releases.js";
import { listReleaseFiles } from "../indexer/input/read-inputs.js";
import { createApp } from "../src/app.js";
import { batchDocuments } from "../src/engines/meilisearch/batch-documents.js";
import { createMeilisearchEngine } from "../src/engines/meilisearch/meilisearch-engine.js";
import { createMetrics } from "../src/http/metrics.js";
import { startServer } from "../src/http/server.js";
import { createSearchService } from "../src/search/search-service.js";
import { CORPUS_DIR, distribution, SEED_DIR, table } from "./bench-report.js";
import { buildSearchMix } from "./http-bench-queries.js";

/**
 * The Meilisearch path (issue 6, item 5), when MEILI_URL, MEILI_ADMIN_KEY and
 * MEILI_SEARCH_KEY are set: indexing throughput through the adapter (documents/s,
 * bytes per batch) into a throw-away index, then search latency of one query mix
 * through the proxy (the full service on the search key) and direct to
 * Meilisearch's search endpoint with the same key. Otherwise it says it skipped.
 */
const RELEASES = 1_000;
const QUERIES = 300;

async function main(): Promise<void> {
  const url = process.env["MEILI_URL"];
  const adminKey = process.env["MEILI_ADMIN_KEY"];
  const searchKey = process.env["MEILI_SEARCH_KEY"];
  if (url === undefined || adminKey === undefined || searchKey === undefined) {
    process.stdout.write(
      "## Meilisearch path\n\nSkipped: MEILI_URL, MEILI_ADMIN_KEY and MEILI_SEARCH_KEY are not all set (this machine has no Meilisearch).\n",
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
  const meili = config.meilisearch;
  if (meili === undefined) throw new Error("MEILI_URL did not configure");
  const index = `bench_${String(Date.now())}`;
  const admin = createMeilisearchEngine({
    url: meili.url,
    apiKey: adminKey,
    requestTimeoutMs: meili.requestTimeoutMs,
    taskTimeoutMs: meili.taskTimeoutMs,
    batchMaxDocuments: meili.batchMaxDocuments,
    batchMaxBytes: meili.batchMaxBytes,
  });
  const batches = batchDocuments(
    docs,
    meili.batchMaxDocuments,
    meili.batchMaxBytes,
  );
  const started = performance.now();
  await admin.ensureIndex(index, INDEX_SETTINGS);
  await admin.upsert(index, docs);
  const indexSeconds = (performance.now() - started) / 1000;

  try {
    const searcher = createMeilisearchEngine({
      url: meili.url,
      apiKey: searchKey,
      requestTimeoutMs: meili.requestTimeoutMs,
      taskTimeoutMs: meili.taskTimeoutMs,
      batchMaxDocuments: meili.batchMaxDocuments,
      batchMaxBytes: meili.batchMaxBytes,
    });
    const service = createSearchService({
      engine: searcher,
      indexName: index,
      engineTimeoutMs: config.api.engineTimeoutMs,
      maxFacetValues: config.api.maxFacetValues,
    });
    const app = createApp({
      config,
      service,
      engineKind: searcher.kind,
      logger: pino({ level: "warn" }),
      metrics: createMetrics(),
    });
    const server = await startServer(app, config.server);
    const mix = buildSearchMix(docs, QUERIES, 3_000, 11);
    const proxied: number[] = [];
    const direct: number[] = [];
    for (const target of mix) {
      const params = new URL(target, "http://x").searchParams;
      let t = performance.now();
      await (await fetch(`${server.url}${target}`)).arrayBuffer();
      proxied.push(performance.now() - t);
      t = performance.now();
      const response = await fetch(`${meili.url}/indexes/${index}/search`, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${searchKey}`,
          "Content-Type": "application/json",
        },
        body: JSON.stringify({
          q: params.get("q") ?? "",
          hitsPerPage: 20,
          page: Number(params.get("page") ?? "1"),
          facets: ["speaker"],
        }),
      });
      await response.arrayBuffer();
      direct.push(performance.now() - t);
    }
    await server.close(500);
    const p = distribution(proxied);
    const d = distribution(direct);
    const bytes = batches.map((b) => b.bytes);
    process.stdout.write(
      [
        "## Meilisearch path",
        "",
        `${meili.url}: ${docs.length} documents in ${batches.length} batches (${Math.round(Math.min(...bytes) / 1024)}–${Math.round(Math.max(...bytes) / 1024)} KiB per batch) indexed through the adapter in ${indexSeconds.toFixed(1)} s: ${Math.round(docs.length / indexSeconds)} documents/s, settings and task waits included.`,
        "",
        table(
          ["path", "n", "p50 ms", "p95 ms", "p99 ms"],
          [
            ["through the service (proxy)", p.count, p.p50, p.p95, p.p99],
            ["direct to Meilisearch", d.count, d.p50, d.p95, d.p99],
          ],
        ),
        "",
        `Proxy ÷ direct at p50: ${(p.p50 / Math.max(0.01, d.p50)).toFixed(2)}× (the service sends a multi-search: hits plus disjunctive speaker counts).`,
        "",
      ].join("\n") + "\n",
    );
  } finally {
    await admin.deleteIndex(index);
  }
}

await main();
