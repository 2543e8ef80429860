import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildDocuments } from "../indexer/build-documents.js";
import { listReleaseFiles } from "../indexer/load-releases.js";
import { parseRelease } from "../indexer/parse-release.js";
import { splitSentences } from "../indexer/split-sentences.js";

/**
 * Indexer throughput over the whole shared corpus, on one core: MB/s and sentences/s of
 * the pure pipeline (parse → sentences → speakers → mentions → documents), with the
 * files already in memory, next to ICU sentence segmentation alone as a yardstick.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const corpusDir = path.resolve(here, "..", "..", "shared", "corpus");
const ROUNDS = 3;

async function main(): Promise<void> {
  const { files } = await listReleaseFiles([corpusDir]);
  if (files.length === 0) {
    process.stderr.write(`bench:indexer skipped: no corpus at ${corpusDir}\n`);
    return;
  }
  const inputs = await Promise.all(
    files.map(async (file) => ({ file, text: await readFile(file, "utf8") })),
  );
  const bytes = inputs.reduce((sum, i) => sum + Buffer.byteLength(i.text), 0);

  let sentences = 0;
  const pipeline = measure(() => {
    sentences = 0;
    for (const { file, text } of inputs) {
      sentences += buildDocuments(parseRelease(text, { source: file })).length;
    }
  });
  const icu = measure(() => {
    for (const { text } of inputs) {
      for (const paragraph of text.split("\n\n")) splitSentences(paragraph);
    }
  });

  const mb = bytes / 1e6;
  const rows = [
    ["stage", "seconds", "MB/s", "sentences/s"],
    [
      "pipeline",
      pipeline.toFixed(2),
      (mb / pipeline).toFixed(1),
      Math.round(sentences / pipeline).toString(),
    ],
    ["splitSentences only", icu.toFixed(2), (mb / icu).toFixed(1), "-"],
  ];
  process.stdout.write(
    `indexer benchmark: ${files.length} files, ${mb.toFixed(1)} MB, ${sentences} sentences, best of ${ROUNDS}\n`,
  );
  for (const row of rows) {
    process.stdout.write(
      `${row.map((cell, i) => (i === 0 ? cell.padEnd(22) : cell.padStart(12))).join("")}\n`,
    );
  }
  process.stdout.write(
    `${JSON.stringify({
      bench: "indexer",
      files: files.length,
      megabytes: Number(mb.toFixed(2)),
      sentences,
      seconds: Number(pipeline.toFixed(3)),
      mbPerSecond: Number((mb / pipeline).toFixed(2)),
      sentencesPerSecond: Math.round(sentences / pipeline),
      splitOnlyMbPerSecond: Number((mb / icu).toFixed(2)),
    })}\n`,
  );
}

/** Best wall time in seconds over a few rounds (the first also warms up the JIT). */
function measure(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    run();
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return best;
}

await main();
