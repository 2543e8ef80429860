import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { INDEX_SETTINGS } from "../config/index-settings.js";
import { listReleaseFiles, loadReleases } from "../indexer/load-releases.js";
import { createEmbeddedEngine } from "../src/engines/embedded/embedded-engine.js";
import type { SentenceDocument } from "../src/search/sentence-document.js";
import { toTimestamp } from "../test/builders.js";
import {
  buildQueryClasses,
  type Latency,
  measureClass,
  seededRandom,
} from "./engine-bench-queries.js";

/**
 * Embedded engine benchmark (issue 6 item 2): build time, RSS and latency
 * percentiles per query class, at two sizes: the seed plus the first 1,000
 * corpus releases (≈30k sentences) and the whole corpus (≈190k). Each size runs
 * in its own child process so RSS is that size's alone.
 *
 * Usage: `npm run bench:engine [-- --synthetic] [-- --queries N]`.
 * `--synthetic` indexes generated sentences (30k and 190k) instead of the corpus.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(here, "..", "..", "shared");
const SIZES = { small: 1_000, large: Infinity } as const;
const SYNTHETIC_SIZES = { small: 30_000, large: 190_000 } as const;
const BATCH = 5_000;
type Size = keyof typeof SIZES;

interface SizeResult {
  readonly size: Size;
  readonly documents: number;
  readonly buildSeconds: number;
  readonly rssMb: number;
  readonly heapMb: number;
  readonly latencies: readonly Latency[];
}

const args = process.argv.slice(2);
const synthetic = args.includes("--synthetic");
const perClass = Number(args[args.indexOf("--queries") + 1] ?? "") || 300;

async function loadDocuments(size: Size): Promise<SentenceDocument[]> {
  if (synthetic) return syntheticDocuments(SYNTHETIC_SIZES[size]);
  const { files } = await listReleaseFiles([path.join(shared, "corpus")]);
  const chosen = files.slice(0, size === "small" ? SIZES.small : files.length);
  const seed = path.join(shared, "releases");
  const loaded = await loadReleases([seed, ...chosen]);
  return loaded.releases.flatMap((release) => [...release.documents]);
}

/** Loads and indexes one size; the loaded documents are garbage once it returns. */
async function buildSize(size: Size) {
  const docs = await loadDocuments(size);
  const classes = buildQueryClasses(docs, perClass, seededRandom(42));
  const warmUp = buildQueryClasses(docs, 20, seededRandom(7));
  const engine = createEmbeddedEngine();
  const started = performance.now();
  await engine.ensureIndex("bench", INDEX_SETTINGS);
  for (let i = 0; i < docs.length; i += BATCH) {
    await engine.upsert("bench", docs.slice(i, i + BATCH));
  }
  const buildSeconds = (performance.now() - started) / 1000;
  return { engine, classes, warmUp, buildSeconds, documents: docs.length };
}

async function runSize(size: Size): Promise<SizeResult> {
  const { engine, classes, warmUp, buildSeconds, documents } =
    await buildSize(size);
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  for (const queryClass of warmUp) {
    await measureClass(engine, "bench", queryClass);
  }
  const latencies: Latency[] = [];
  for (const queryClass of classes) {
    latencies.push(await measureClass(engine, "bench", queryClass));
  }
  return {
    size,
    documents,
    buildSeconds: Math.round(buildSeconds * 100) / 100,
    rssMb: Math.round(memory.rss / 1e6),
    heapMb: Math.round(memory.heapUsed / 1e6),
    latencies,
  };
}

function syntheticDocuments(count: number): SentenceDocument[] {
  const random = seededRandom(1);
  const vocabulary = Array.from({ length: 40_000 }, (_, i) =>
    syntheticWord(i, random),
  );
  const speakers = Array.from(
    { length: 300 },
    (_, i) => `Speaker ${syntheticWord(i, random)}`,
  );
  const zipf = (): string =>
    vocabulary[Math.floor(vocabulary.length * random() ** 3)] ?? "word";
  return Array.from({ length: count }, (_, i) => {
    const release = Math.floor(i / 28);
    const date = new Date(Date.UTC(2000, 0, 1) + (release % 7000) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    return {
      id: `s-${i}`,
      text:
        Array.from({ length: 8 + Math.floor(random() * 30) }, zipf).join(" ") +
        ".",
      speaker:
        random() < 0.3
          ? null
          : (speakers[Math.floor(speakers.length * random() ** 2)] ?? null),
      speakerRole: null,
      releaseId: `release-${release}`,
      releaseTitle: `Release ${release}`,
      category: null,
      date,
      timestamp: toTimestamp(date),
      location: null,
      paragraph: 0,
      sentence: i % 28,
      position: i % 28,
      mentions: random() < 0.2 ? [zipf()] : [],
      releaseHash: `hash-${release}`,
    };
  });
}

function syntheticWord(i: number, random: () => number): string {
  const letters = "etaoinshrdlcumwfgypbvkjxqz";
  const length = 3 + Math.floor(random() * 9);
  let word = "";
  for (let k = 0; k < length; k++)
    word += letters[Math.floor(letters.length * random() ** 1.5)] ?? "e";
  return `${word}${i % 7 === 0 ? "" : ""}`;
}

function report(results: readonly SizeResult[]): void {
  const out = (line: string): boolean => process.stdout.write(`${line}\n`);
  out(
    `embedded engine benchmark (${synthetic ? "synthetic" : "corpus"} documents), node ${process.version}, ${new Date().toISOString()}`,
  );
  for (const r of results) {
    out(
      `\n## ${r.size}: ${r.documents} documents, build ${r.buildSeconds} s, RSS ${r.rssMb} MB (heap ${r.heapMb} MB)`,
    );
    out("| class | n | p50 ms | p95 ms | p99 ms | max ms |");
    out("|---|---|---|---|---|---|");
    for (const l of r.latencies)
      out(
        `| ${l.name} | ${l.count} | ${l.p50} | ${l.p95} | ${l.p99} | ${l.max} |`,
      );
  }
  out(JSON.stringify({ bench: "engine", synthetic, results }));
}

async function main(): Promise<void> {
  const only = args[args.indexOf("--size") + 1];
  if (only === "small" || only === "large") {
    process.stdout.write(`${JSON.stringify(await runSize(only))}\n`);
    return;
  }
  const results: SizeResult[] = [];
  for (const size of ["small", "large"] as const) {
    const child = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        "--expose-gc",
        fileURLToPath(import.meta.url),
        ...args,
        "--size",
        size,
      ],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
        maxBuffer: 1 << 26,
      },
    );
    if (child.status !== 0)
      throw new Error(
        `bench:engine ${size} failed (exit ${String(child.status)})`,
      );
    const lines = child.stdout.trim().split("\n");
    results.push(JSON.parse(lines[lines.length - 1] ?? "{}") as SizeResult);
  }
  report(results);
}

await main();
