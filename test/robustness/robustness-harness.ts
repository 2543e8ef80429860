import { cp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Parameters } from "fast-check";

export const REPO_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../..",
);
export const SAMPLES_DIR = path.join(REPO_ROOT, "samples/releases");
/** The shared corpus, when this machine has it (bigger inputs for soak runs). */
export const SHARED_CORPUS = path.resolve(REPO_ROOT, "../shared/corpus");

/** `npm run test:soak` sets SOAK=1: more fast-check runs, bigger inputs, longer loads. */
export const SOAK = process.env["SOAK"] === "1";

/** Fixed seed in `npm test` (a failure is reproducible); random seeds under soak. */
const SEED = 20260115;

/** fast-check parameters: `runs` with a fixed seed, or `soakRuns` with a random one. */
export function fcParameters<T>(
  runs: number,
  soakRuns = runs * 20,
): Parameters<T> {
  return SOAK ? { numRuns: soakRuns } : { numRuns: runs, seed: SEED };
}

/** `normal` in `npm test`, `soak` under `npm run test:soak`. */
export const scaled = (normal: number, soak: number): number =>
  SOAK ? soak : normal;
/** Polls `probe` until it returns true, or fails after `timeoutMs`. */
export async function waitUntil(
  what: string,
  probe: () => Promise<boolean>,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/**
 * A releases folder with the sample releases, plus `copies` renamed copies of
 * each (a different title, so different release ids): a bigger input that takes
 * the indexer a while.
 */
export async function makeReleasesDir(
  dir: string,
  copies = 0,
  source = SAMPLES_DIR,
): Promise<number> {
  await mkdir(dir, { recursive: true });
  await cp(source, dir, { recursive: true });
  const files = (await readdir(source)).filter((f) => f.endsWith(".txt"));
  for (let copy = 1; copy <= copies; copy += 1) {
    for (const file of files) {
      const text = await readFile(path.join(source, file), "utf8");
      await writeFile(
        path.join(dir, `${file.slice(0, -4)}-copy-${copy}.txt`),
        retitle(text, copy),
      );
    }
  }
  return files.length * (copies + 1);
}

/** The release with " (copy N)" appended to its title: the first line that is not a breadcrumb. */
function retitle(text: string, copy: number): string {
  const lines = text.split("\n");
  const title = lines.findIndex(
    (line) => line.trim() !== "" && !/^\s*Home\s*>/.test(line),
  );
  if (title >= 0) lines[title] = `${lines[title]?.trimEnd()} (copy ${copy})`;
  return lines.join("\n");
}
