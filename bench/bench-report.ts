import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root and the shared data next to it. */
export const ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
);
export const SHARED = path.resolve(ROOT, "..", "shared");
export const CORPUS_DIR = path.join(SHARED, "corpus");
export const SEED_DIR = path.join(SHARED, "releases");

/** Latency distribution, in milliseconds. */
export interface Distribution {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/** Nearest-rank percentiles of some durations (ms), rounded to 0.01 ms. */
export function distribution(durations: readonly number[]): Distribution {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (q: number): number =>
    round2(
      sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ??
        0,
    );
  return {
    count: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: round2(sorted[sorted.length - 1] ?? 0),
  };
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A markdown table. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const line = (cells: readonly (string | number)[]): string =>
    `| ${cells.map(String).join(" | ")} |`;
  return [
    line(headers),
    line(headers.map(() => "---")),
    ...rows.map((row) => line(row)),
  ].join("\n");
}

/** The machine, Node version, date and load: the header every result carries. */
export function machineSummary(command: string): string {
  const cpuinfo = safeRead("/proc/cpuinfo");
  const model =
    /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ??
    os.cpus()[0]?.model;
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");
  return [
    `- Machine: ${String(os.availableParallelism())} cores (\`nproc\`), ${model ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}`,
    `- Node ${process.version}; load average at start ${load} (the machine is shared: figures move with it)`,
    `- Command: \`${command}\``,
    `- Date: ${new Date().toISOString()}`,
  ].join("\n");
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/**
 * Runs a TypeScript bench script in a child Node process (so its memory is its
 * own) and returns its standard output; standard error passes through.
 */
export function runScript(
  script: string,
  args: readonly string[] = [],
  nodeArgs: readonly string[] = [],
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...nodeArgs, "--import", "tsx", path.join(ROOT, script), ...args],
      { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      out += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(out);
      else
        reject(
          new Error(`${script} ${args.join(" ")} exited with ${String(code)}`),
        );
    });
  });
}

/** The last line of a child's output parsed as JSON (children print one result line last). */
export function lastJsonLine(output: string): unknown {
  const lines = output.trim().split("\n");
  return JSON.parse(lines[lines.length - 1] ?? "null");
}

/** Resident set size and heap, in MB, after a full collection when `--expose-gc` is on. */
export function memoryNow(): { rssMb: number; heapMb: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  return {
    rssMb: Math.round(memory.rss / 1e6),
    heapMb: Math.round(memory.heapUsed / 1e6),
  };
}
