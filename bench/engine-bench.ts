import path from "node:path";
import { INDEX_SETTINGS } from "../config/index-settings.js";
import { loadReleases } from "../indexer/documents/load-releases.js";
import { listReleaseFiles } from "../indexer/input/read-inputs.js";
import { createEmbeddedEngine } from "../src/engines/embedded/embedded-engine.js";
import type { SearchQuery } from "../src/search/search-engine.js";
import type { SentenceDocument } from "../src/search/sentence-document.js";
import {
  CORPUS_DIR,
  lastJsonLine,
  memoryNow,
  runScript,
  SEED_DIR,
  table,
} from "./bench-report.js";
import {
  buildQueryClasses,
  type ClassRun,
  seededRandom,
  timeClass,
} from "./engine-bench-queries.js";
import { MiniSearchBaseline } from "./minisearch-baseline.js";

/**
 * Embedded engine benchmark (issue 6, item 2): build time, RSS and latency
 * percentiles per query class at two sizes, the seed plus the first 1,000 corpus
 * releases and the whole corpus, next to plain MiniSearch on the same documents
 * and queries. Each engine and size runs in its own child process, so RSS is
 * that run's alone (it includes what loading the releases left behind, as in
 * the service, which loads then indexes).
 *
 * Usage: `npm run bench:engine [-- --queries N]` (N per class, default 300;
 * MiniSearch runs the first third of them). Prints a markdown section.
 */
type Size = "small" | "large";
type EngineName = "embedded" | "minisearch";
const SMALL_RELEASES = 1_000;
const BATCH = 5_000;

interface SizeResult {
  readonly engine: EngineName;
  readonly size: Size;
  readonly documents: number;
  readonly buildSeconds: number;
  readonly rssMb: number;
  readonly heapMb: number;
  readonly runs: readonly ClassRun[];
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const perClass = Number(option("--queries") ?? "") || 300;

async function loadDocuments(size: Size): Promise<SentenceDocument[]> {
  const { files } = await listReleaseFiles([CORPUS_DIR]);
  const chosen = size === "small" ? files.slice(0, SMALL_RELEASES) : files;
  const loaded = await loadReleases([SEED_DIR, ...chosen]);
  return loaded.releases.flatMap((release) => [...release.documents]);
}

/** One engine at one size, in this process: build, settle, then time every class. */
async function runChild(engine: EngineName, size: Size): Promise<SizeResult> {
  const docs = await loadDocuments(size);
  const classes = buildQueryClasses(docs, perClass, seededRandom(42));
  const warmUp = buildQueryClasses(docs, 20, seededRandom(7));
  const limit = engine === "minisearch" ? Math.ceil(perClass / 3) : perClass;
  const documents = docs.length;
  const started = performance.now();
  const run = await build(engine, docs);
  const buildSeconds = (performance.now() - started) / 1000;
  docs.length = 0;
  const memory = memoryNow();
  for (const queryClass of warmUp) await timeClass(queryClass, run);
  const runs: ClassRun[] = [];
  for (const queryClass of classes)
    runs.push(await timeClass(queryClass, run, limit));
  return {
    engine,
    size,
    documents,
    buildSeconds: Math.round(buildSeconds * 100) / 100,
    ...memory,
    runs,
  };
}

type RunQuery = (query: SearchQuery) => Promise<number> | number;

/** Indexes the documents; returns a function that runs one query and gives its total. */
async function build(
  engine: EngineName,
  docs: readonly SentenceDocument[],
): Promise<RunQuery> {
  if (engine === "minisearch") {
    const baseline = new MiniSearchBaseline();
    baseline.add(docs);
    return (query) => baseline.query(query).total;
  }
  // Every query computed: the classes measure the engine, not its result cache.
  const embedded = createEmbeddedEngine({ cacheResults: false });
  await embedded.ensureIndex("bench", INDEX_SETTINGS);
  for (let i = 0; i < docs.length; i += BATCH)
    await embedded.upsert("bench", docs.slice(i, i + BATCH));
  return async (query) => (await embedded.search("bench", query)).total;
}

function report(results: readonly SizeResult[]): string {
  const out: string[] = ["## Embedded engine vs MiniSearch", ""];
  for (const size of ["small", "large"] as const) {
    const embedded = results.find(
      (r) => r.engine === "embedded" && r.size === size,
    );
    const mini = results.find(
      (r) => r.engine === "minisearch" && r.size === size,
    );
    if (embedded === undefined || mini === undefined) continue;
    out.push(
      `### ${size === "small" ? `Seed + ${SMALL_RELEASES} corpus releases` : "Whole corpus"}: ${embedded.documents} sentences`,
      "",
      table(
        ["engine", "build s", "RSS MB", "heap MB"],
        [embedded, mini].map((r) => [
          r.engine,
          r.buildSeconds,
          r.rssMb,
          r.heapMb,
        ]),
      ),
      "",
      table(
        [
          "class",
          "embedded p50 / p95 / p99 ms",
          "MiniSearch p50 / p95 / p99 ms",
          "p95 ratio (MiniSearch ÷ embedded)",
          "same total hits",
        ],
        embedded.runs.map((run, i) => {
          const other = mini.runs[i];
          const l = run.latency;
          const m = other?.latency;
          const same =
            other === undefined
              ? 0
              : other.totals.filter((t, k) => t === run.totals[k]).length;
          return [
            l.name,
            `${l.p50} / ${l.p95} / ${l.p99}`,
            m === undefined ? "-" : `${m.p50} / ${m.p95} / ${m.p99}`,
            m === undefined || l.p95 === 0
              ? "-"
              : `${(m.p95 / l.p95).toFixed(1)}×`,
            `${same} of ${other?.totals.length ?? 0}`,
          ];
        }),
      ),
      "",
      `Queries per class: ${embedded.runs[0]?.latency.count ?? 0} on the embedded engine, ${mini.runs[0]?.latency.count ?? 0} on MiniSearch (the same first ones). "Same total hits" compares the two engines' hit counts query by query.`,
      "",
    );
  }
  return out.join("\n");
}

async function main(): Promise<void> {
  const engine = option("--engine");
  const size = option("--size");
  if (
    (engine === "embedded" || engine === "minisearch") &&
    (size === "small" || size === "large")
  ) {
    process.stdout.write(`${JSON.stringify(await runChild(engine, size))}\n`);
    return;
  }
  const { files } = await listReleaseFiles([CORPUS_DIR]);
  if (files.length === 0) {
    process.stdout.write(
      `## Embedded engine vs MiniSearch\n\nSkipped: no corpus at ${CORPUS_DIR}.\n`,
    );
    return;
  }
  const results: SizeResult[] = [];
  for (const s of ["small", "large"] as const) {
    for (const e of ["embedded", "minisearch"] as const) {
      const output = await runScript(
        path.join("bench", "engine-bench.ts"),
        [...args, "--engine", e, "--size", s],
        ["--expose-gc"],
      );
      results.push(lastJsonLine(output) as SizeResult);
    }
  }
  process.stdout.write(`${report(results)}\n`);
}

await main();
