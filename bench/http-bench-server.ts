import { createHash } from "node:crypto";
import { once } from "node:events";
import type { Express } from "express";
import { pino } from "pino";
import { loadConfig } from "../config/config.js";
import { INDEX_SETTINGS } from "../config/index-settings.js";
import { loadReleases } from "../indexer/documents/load-releases.js";
import { listReleaseFiles } from "../indexer/input/read-inputs.js";
import {
  toSearchRequest,
  toSearchResponse,
} from "../src/api/search-mapping.js";
import { openEmbeddedEngine } from "../src/engines/embedded/embedded-engine.js";
import { createMetrics } from "../src/http/metrics.js";
import { parseSearchQuery } from "../src/http/parse-search-query.js";
import { startServer } from "../src/http/server.js";
import { createSearchService } from "../src/search/search-service.js";
import { CORPUS_DIR, SEED_DIR } from "./bench-report.js";
import {
  appWithout,
  bareApp,
  fullApp,
  type AppParts,
  type Omittable,
} from "./http-bench-apps.js";
import { buildSearchMix } from "./http-bench-queries.js";

/**
 * The server side of the HTTP benchmark, in its own process: one embedded engine
 * on the seed + 1,000 corpus releases and one search service, served by every app
 * variant on its own loopback port. Prints one JSON line (variant URLs, the query
 * mix, in-process costs per request), then serves until its stdin closes.
 *
 * Usage (by http-bench.ts): `--log-level warn|silent|info`.
 */
const RELEASES = 1_000;
const MIX_SIZE = 20_000;
const PROFILED = 500;

export const VARIANTS: readonly (readonly [string, readonly Omittable[]])[] = [
  ["without pino-http logging", ["logging"]],
  ["without metrics", ["metrics"]],
  ["without helmet", ["helmet"]],
  ["without cors", ["cors"]],
  ["without rate limit", ["rateLimit"]],
  ["without ETag hashing", ["etag"]],
  [
    "without any middleware",
    ["logging", "metrics", "helmet", "cors", "rateLimit"],
  ],
];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const level = args[args.indexOf("--log-level") + 1] ?? "warn";
  const { files } = await listReleaseFiles([CORPUS_DIR]);
  const loaded = await loadReleases([SEED_DIR, ...files.slice(0, RELEASES)]);
  const docs = loaded.releases.flatMap((r) => [...r.documents]);
  const config = loadConfig({
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: level === "info" ? "info" : "warn",
    // The per-client limit would answer 429 to a load generator on one address.
    RATE_LIMIT_MAX: "1000000",
  });
  const engine = await openEmbeddedEngine();
  const indexName = config.indexing.indexName;
  await engine.ensureIndex(indexName, INDEX_SETTINGS);
  await engine.upsert(indexName, docs);
  let engineSeconds = 0;
  const metrics = createMetrics();
  const service = createSearchService({
    engine,
    indexName,
    engineTimeoutMs: config.api.engineTimeoutMs,
    maxFacetValues: config.api.maxFacetValues,
    onEngineCall: (operation, seconds, outcome) => {
      engineSeconds += seconds;
      metrics.engineDuration.observe({ operation, outcome }, seconds);
    },
  });
  // Request logs cost serialising and writing: "info" writes them to /dev/null.
  const logger =
    level === "info"
      ? pino({ level: "info" }, pino.destination("/dev/null"))
      : pino({ level: level === "silent" ? "silent" : "warn" });
  const parts: AppParts = { config, service, logger, metrics };
  const mix = buildSearchMix(docs, MIX_SIZE);
  // A few popular searches only: the engine answers from its cache, so what is
  // left is the cost of the HTTP layer.
  const hotMix = buildSearchMix(docs, 5_000, 100, 7);

  // In-process costs per request, before any load: engine, service, JSON, ETag.
  const costs = { engine: 0, service: 0, json: 0, etag: 0 };
  const profiled = mix.slice(0, PROFILED);
  for (const target of profiled) {
    const query = Object.fromEntries(new URL(target, "http://x").searchParams);
    engineSeconds = 0;
    let started = performance.now();
    const body = toSearchResponse(
      await service.search(toSearchRequest(parseSearchQuery(query))),
    );
    costs.service += performance.now() - started;
    costs.engine += engineSeconds * 1000;
    started = performance.now();
    const json = JSON.stringify(body);
    costs.json += performance.now() - started;
    // send-cacheable.ts hashes the string it sends (one serialisation for both).
    started = performance.now();
    createHash("sha1").update(json).digest("base64url");
    costs.etag += performance.now() - started;
  }

  const apps: [string, Express][] = [
    ["full service (createApp)", fullApp(parts)],
    ["bare Express", bareApp(service)],
    ...VARIANTS.map(([name, omit]): [string, Express] => [
      name,
      appWithout(parts, new Set(omit)),
    ]),
  ];
  const urls: Record<string, string> = {};
  const running = [];
  for (const [name, app] of apps) {
    const server = await startServer(app, config.server);
    urls[name] = server.url;
    running.push(server);
  }
  const perRequest = (ms: number): number =>
    Math.round((ms / profiled.length) * 1000) / 1000;
  process.stdout.write(
    `${JSON.stringify({
      documents: docs.length,
      logLevel: level,
      urls,
      mix,
      hotMix,
      msPerRequest: {
        engine: perRequest(costs.engine),
        service: perRequest(costs.service),
        json: perRequest(costs.json),
        etag: perRequest(costs.etag),
      },
    })}\n`,
  );
  process.stdin.resume();
  await once(process.stdin, "end");
  await Promise.all(running.map((server) => server.close(500)));
  await engine.close();
}

await main();
