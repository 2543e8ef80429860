import { readFile } from "node:fs/promises";
import { buildDocuments } from "../indexer/documents/build-documents.js";
import { loadReleases } from "../indexer/documents/load-releases.js";
import { listReleaseFiles } from "../indexer/input/read-inputs.js";
import { parseRelease } from "../indexer/parse/parse-release.js";
import {
  normalizeWhitespace,
  splitSentences,
} from "../indexer/parse/split-sentences.js";
import { CORPUS_DIR, table } from "./bench-report.js";

/**
 * Indexer throughput over the whole shared corpus, on one core (issue 6, item 1):
 * MB/s and sentences/s of `loadReleases` (files read from disk, first pass) and of
 * the pure pipeline on files already in memory (parse → sentences → speakers →
 * mentions → documents), next to ICU sentence segmentation alone, measured in the
 * same run as the yardstick. CPU seconds are reported besides wall time: on a
 * shared machine, wall time also counts the time other processes held the core.
 *
 * Usage: `npm run bench:indexer`. Prints a markdown section.
 */
const ROUNDS = 3;

interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

async function main(): Promise<void> {
  const { files } = await listReleaseFiles([CORPUS_DIR]);
  if (files.length === 0) {
    process.stdout.write(
      `## Indexer\n\nSkipped: no corpus at ${CORPUS_DIR}.\n`,
    );
    return;
  }
  let loaded = { sentences: 0, bytes: 0 };
  const cold = await timeAsync(async () => {
    const result = await loadReleases(files);
    loaded = {
      sentences: result.releases.reduce((n, r) => n + r.documents.length, 0),
      bytes: result.bytes,
    };
  });

  const inputs = await Promise.all(
    files.map(async (file) => ({ file, text: await readFile(file, "utf8") })),
  );
  const bytes = inputs.reduce((sum, i) => sum + Buffer.byteLength(i.text), 0);
  const paragraphs = inputs.flatMap(({ text }) =>
    text.split(/\n\s*\n/).map(normalizeWhitespace),
  );

  let sentences = 0;
  const pipeline = best(() => {
    sentences = 0;
    for (const { file, text } of inputs) {
      sentences += buildDocuments(parseRelease(text, { source: file })).length;
    }
  });
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  let segments = 0;
  const icu = best(() => {
    segments = 0;
    for (const paragraph of paragraphs) {
      for (const _segment of segmenter.segment(paragraph)) segments += 1;
    }
  });
  const splitter = best(() => {
    for (const paragraph of paragraphs) splitSentences(paragraph);
  });

  const mb = bytes / 1e6;
  const row = (
    stage: string,
    t: Timing,
    megabytes: number,
    count: number | undefined,
  ): string[] => [
    stage,
    t.wall.toFixed(2),
    t.cpu.toFixed(2),
    (megabytes / t.wall).toFixed(1),
    (megabytes / t.cpu).toFixed(1),
    count === undefined ? "-" : Math.round(count / t.cpu).toString(),
  ];
  const lines = [
    "## Indexer",
    "",
    `${files.length} files, ${mb.toFixed(1)} MB, ${sentences} sentences. One core (the pipeline is synchronous). In-memory rows: best of ${ROUNDS} rounds.`,
    "",
    table(
      [
        "stage",
        "wall s",
        "CPU s",
        "MB/s (wall)",
        "MB/s (CPU)",
        "sentences/s (CPU)",
      ],
      [
        row(
          "loadReleases (disk, first pass)",
          cold,
          loaded.bytes / 1e6,
          loaded.sentences,
        ),
        row("pipeline, files in memory", pipeline, mb, sentences),
        row("ICU segmentation alone (yardstick)", icu, mb, segments),
        row("splitSentences (ours)", splitter, mb, undefined),
      ],
    ),
    "",
    `Pipeline speed relative to ICU segmentation alone: ${(icu.cpu / pipeline.cpu).toFixed(2)}× (CPU), ${(icu.wall / pipeline.wall).toFixed(2)}× (wall).`,
    "",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

/** Best round by CPU time (the first also warms up the JIT). */
function best(run: () => void): Timing {
  let result: Timing = { wall: Infinity, cpu: Infinity };
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    run();
    const used = process.cpuUsage(cpu);
    const t = {
      wall: (performance.now() - started) / 1000,
      cpu: used.user / 1e6,
    };
    if (t.cpu < result.cpu) result = t;
  }
  return result;
}

async function timeAsync(run: () => Promise<void>): Promise<Timing> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  await run();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - started) / 1000, cpu: used.user / 1e6 };
}

await main();
