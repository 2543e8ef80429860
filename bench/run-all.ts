import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { machineSummary, ROOT, runScript } from "./bench-report.js";

/**
 * `npm run bench`: every benchmark of issue 6 in one run, each in its own
 * process, one after the other (they share 2 cores). Prints the results and
 * writes them into BENCHMARKS.md between the "latest run" markers; the
 * analysis around them is written by hand.
 */
const START = "<!-- bench:latest:start -->";
const END = "<!-- bench:latest:end -->";
const SCRIPTS = [
  "bench/indexer-bench.ts",
  "bench/engine-bench.ts",
  "bench/http-bench.ts",
  "bench/meilisearch-bench.ts",
];

async function main(): Promise<void> {
  const started = performance.now();
  const sections = [`## Latest run\n\n${machineSummary("npm run bench")}\n`];
  for (const script of SCRIPTS) {
    process.stderr.write(`running ${script}…\n`);
    const output = await runScript(script);
    process.stdout.write(`${output}\n`);
    sections.push(output.replace(/^(#{2,3}) /gm, "#$1 "));
  }
  const minutes = ((performance.now() - started) / 60_000).toFixed(1);
  sections.push(`The whole run took ${minutes} min.\n`);
  await writeLatest(sections.join("\n"));
  process.stderr.write(`BENCHMARKS.md updated (${minutes} min)\n`);
}

async function writeLatest(results: string): Promise<void> {
  const file = path.join(ROOT, "BENCHMARKS.md");
  let text = `# Benchmarks\n\n${START}\n${END}\n`;
  try {
    text = await readFile(file, "utf8");
  } catch {
    // First run: start the file.
  }
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  const block = `${START}\n${results}\n${END}`;
  text =
    from === -1 || to === -1
      ? `${text.trimEnd()}\n\n${block}\n`
      : text.slice(0, from) + block + text.slice(to + END.length);
  await writeFile(file, text);
}

await main();
