import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import { CORPUS_DIR, ROOT, table } from "./bench-report.js";
import { lruHitRate } from "./http-bench-queries.js";

/**
 * HTTP benchmark (issue 6, items 3 and 4): autocannon against `GET /v1/search`
 * with a realistic query mix, at concurrency 1, 16 and 64, on the seed + 1,000
 * corpus releases; and the proxy overhead: the full service against a bare
 * Express app answering the same queries from the same engine instance (same
 * process), then the full composition without one middleware at a time.
 *
 * The server runs in a child process (one core), autocannon here (the other).
 * Usage: `npm run bench:http [-- --log-level warn|silent|info] [-- --seconds N]`.
 */
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const logLevel = option("--log-level") ?? "warn";
const seconds = Number(option("--seconds") ?? "") || 6;
const FULL = "full service (createApp)";
const BARE = "bare Express";

interface ServerInfo {
  readonly documents: number;
  readonly logLevel: string;
  readonly urls: Record<string, string>;
  readonly mix: readonly string[];
  readonly hotMix: readonly string[];
  readonly msPerRequest: Record<string, number>;
}

interface Load {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly mean: number;
  readonly bad: number;
}

/** Runs autocannon on one URL, the connections sharing one walk through the mix. */
async function load(
  url: string,
  mix: readonly string[],
  connections: number,
  duration: number,
): Promise<Load> {
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [
      {
        method: "GET",
        setupRequest: (request) => {
          const target = mix[next % mix.length] ?? "/v1/search";
          next += 1;
          return { ...request, path: target };
        },
      },
    ],
  });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: Math.round(result.latency.average * 100) / 100,
    bad: result.non2xx + result.errors + result.timeouts,
  };
}

async function startServer(): Promise<{
  info: ServerInfo;
  stop: () => Promise<void>;
}> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      path.join(ROOT, "bench", "http-bench-server.ts"),
      "--log-level",
      logLevel,
    ],
    { cwd: ROOT, stdio: ["pipe", "pipe", "inherit"] },
  );
  const lines = createInterface({ input: child.stdout });
  const [first] = (await once(lines, "line")) as [string];
  return {
    info: JSON.parse(first) as ServerInfo,
    stop: async () => {
      child.stdin.end();
      await once(child, "close");
    },
  };
}

async function main(): Promise<void> {
  const { files } = await import("../indexer/input/read-inputs.js").then((m) =>
    m.listReleaseFiles([CORPUS_DIR]),
  );
  if (files.length === 0) {
    process.stdout.write(`## HTTP\n\nSkipped: no corpus at ${CORPUS_DIR}.\n`);
    return;
  }
  const { info, stop } = await startServer();
  const { urls, mix, hotMix } = info;
  const url = (name: string): string => urls[name] ?? "";
  try {
    // Warm-up: JIT and the engine's caches see the mixes on both apps.
    await load(url(FULL), mix, 16, 3);
    await load(url(BARE), mix, 16, 2);
    await load(url(FULL), hotMix, 16, 2);

    const levels: [string, Load, Load][] = [];
    for (const connections of [1, 16, 64]) {
      const full = await load(url(FULL), mix, connections, seconds);
      const bare = await load(url(BARE), mix, connections, seconds);
      levels.push([String(connections), full, bare]);
    }
    for (const connections of [1, 16]) {
      const full = await load(url(FULL), hotMix, connections, seconds);
      const bare = await load(url(BARE), hotMix, connections, seconds);
      levels.push([`${connections}, hot mix`, full, bare]);
    }
    // Middleware costs show on the hot mix, where the engine costs next to nothing;
    // two interleaved rounds, best of each, to tame the noise of a shared machine.
    const best = new Map<string, Load>();
    const ablationSeconds = Math.max(2, Math.round(seconds * 0.5));
    for (let round = 0; round < 2; round++) {
      for (const name of Object.keys(urls)) {
        const l = await load(url(name), hotMix, 16, ablationSeconds);
        const kept = best.get(name);
        if (kept === undefined || l.rps > kept.rps) best.set(name, l);
      }
    }
    process.stdout.write(
      `${report(info, levels, [...best], ablationSeconds)}\n`,
    );
  } finally {
    await stop();
  }
}

function report(
  info: ServerInfo,
  levels: readonly [string, Load, Load][],
  ablations: readonly [string, Load][],
  ablationSeconds: number,
): string {
  const full = ablations.find(([name]) => name === FULL)?.[1];
  const costs = info.msPerRequest;
  return [
    "## HTTP",
    "",
    `\`GET /v1/search\`, ${info.documents} sentences (seed + 1,000 corpus releases), embedded engine, a mix of ${info.mix.length} requests (${new Set(info.mix).size} distinct; typing prefixes, typos, speaker filters, facets, pages, date sorts; searches drawn by a Zipf law, so popular ones repeat) that all connections walk through in turn; the engine's 512-entry result cache would answer ${Math.round(100 * lruHitRate([...info.mix, ...info.mix], 512))}% of them. Server: one process; autocannon in another, on the same 2 cores. RATE_LIMIT_MAX=1000000; LOG_LEVEL=${info.logLevel === "info" ? "info (request logs written to /dev/null)" : info.logLevel} (no request log lines are written below info). ${seconds} s per run after a warm-up.`,
    "",
    table(
      [
        "connections",
        "full req/s",
        "full p50 / p99 ms",
        "bare req/s",
        "bare p50 / p99 ms",
        "time per request, full ÷ bare",
        "non-2xx or errors",
      ],
      levels.map(([c, f, b]) => [
        c,
        f.rps,
        `${f.p50} / ${f.p99}`,
        b.rps,
        `${b.p50} / ${b.p99}`,
        `${(b.rps / f.rps).toFixed(2)}×`,
        f.bad + b.bad,
      ]),
    ),
    "",
    "Time per request is connections ÷ req/s (closed loop), so the ratio is the req/s ratio; autocannon's latencies have 1 ms resolution.",
    "",
    `### What each part costs (hot mix, 16 connections, best of 2 runs of ${ablationSeconds} s)`,
    "",
    table(
      ["variant", "req/s", "p50 / p99 ms", "req/s vs full"],
      ablations.map(([name, l]) => [
        name,
        l.rps,
        `${l.p50} / ${l.p99}`,
        full === undefined ? "-" : `${(l.rps / full.rps).toFixed(2)}×`,
      ]),
    ),
    "",
    `In-process cost per request over the first 500 queries of the mix (no HTTP): engine ${costs["engine"]} ms, search service including the engine ${costs["service"]} ms, JSON.stringify of the response ${costs["json"]} ms, ETag (SHA-1 of the serialised answer) ${costs["etag"]} ms.`,
    "",
  ].join("\n");
}

await main();
