import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { format } from "prettier";
import { loadReleaseFile } from "../indexer/documents/load-releases.js";
import { listReleaseFiles } from "../indexer/input/read-inputs.js";
import { parseKnownSpeakers } from "../indexer/names/known-speakers.js";
import { CORPUS_DIR, ROOT, SEED_DIR } from "./bench-report.js";
import { buildKnownTable } from "./speaker-names/known-table.js";

/**
 * Regenerates `config/known-speakers.json` (issue 10, "one person, one name") from a dry run
 * of the whole corpus: every speaker's full name, spellings of one person grouped under one
 * canonical spelling (the rule: `bench/speaker-names/known-table.ts`).
 *
 * Usage: `npm run names:known [-- --check] [paths…]` (default: ../shared/corpus and
 * ../shared/releases). Prints what changed, for review; `--check` writes nothing and exits
 * 1 when the table is out of date.
 */
const TABLE_FILE = path.join(ROOT, "config", "known-speakers.json");

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { check: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  const inputs = positionals.length > 0 ? positionals : [CORPUS_DIR, SEED_DIR];
  const { files, errors } = await listReleaseFiles(inputs);
  if (errors.length > 0 || files.length === 0) {
    process.stderr.write(`No corpus to read at ${inputs.join(", ")}.\n`);
    process.exitCode = 1;
    return;
  }
  const counts = new Map<string, number>();
  for (const file of files)
    for (const release of (await loadReleaseFile(file)).releases)
      for (const doc of release.documents)
        if (doc.speaker !== null)
          counts.set(doc.speaker, (counts.get(doc.speaker) ?? 0) + 1);

  const before = readFileSync(TABLE_FILE, "utf8");
  const changes = buildKnownTable(
    counts,
    parseKnownSpeakers(JSON.parse(before)),
  );
  const after = await format(JSON.stringify(changes.table), {
    parser: "json",
  });
  const report = [
    `${Object.keys(changes.table.speakers).length} speakers listed from ${counts.size} distinct speakers`,
    `added (${changes.added.length}): ${changes.added.join("; ")}`,
    `dropped (${changes.dropped.length}): ${changes.dropped.join("; ")}`,
    `spellings merged in this run (${changes.merged.length}): ${changes.merged.map((g) => g.join(" ← ")).join("; ")}`,
  ];
  process.stdout.write(`${report.join("\n")}\n`);
  if (values.check) {
    if (after !== before) {
      process.stderr.write(`${TABLE_FILE} is out of date.\n`);
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(TABLE_FILE, after);
}

await main();
