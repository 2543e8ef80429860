import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
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

export interface RawResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/**
 * fetch with a deadline: a request that does not complete in `timeoutMs` fails
 * the test as a hang rather than stalling it until mocha's timeout.
 */
export async function fetchRaw(
  url: string,
  init: RequestInit = {},
  timeoutMs = 5_000,
): Promise<RawResponse> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, { ...init, signal });
    return {
      status: response.status,
      headers: response.headers,
      text: await response.text(),
    };
  } catch (err) {
    if (signal.aborted)
      throw new Error(
        `${init.method ?? "GET"} ${url.slice(0, 200)} hung for ${timeoutMs} ms`,
        { cause: err },
      );
    throw err;
  }
}

/**
 * A request through node:http with exactly the given headers (fetch adds
 * `cache-control: no-cache` to conditional requests, and refuses GET bodies),
 * failing as a hang after `timeoutMs`.
 */
export function httpRaw(
  url: string,
  init: {
    method?: string;
    headers?: Readonly<Record<string, string>>;
    body?: string;
  } = {},
  timeoutMs = 5_000,
): Promise<RawResponse> {
  const method = init.method ?? "GET";
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method, headers: init.headers, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined)
              headers.set(
                name,
                Array.isArray(value) ? value.join(", ") : value,
              );
          }
          resolve({
            status: res.statusCode ?? 0,
            headers,
            text: Buffer.concat(chunks).toString("utf8"),
          });
        });
      },
    );
    req.on("timeout", () => {
      req.destroy(
        new Error(`${method} ${url.slice(0, 200)} hung for ${timeoutMs} ms`),
      );
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

/**
 * Writes `request` as is on a fresh TCP connection (no HTTP client in between,
 * so nothing fixes or intercepts it) and resolves with everything the server
 * sent once it closes the connection; fails as a hang after `timeoutMs`.
 */
export function sendOverTcp(
  baseUrl: string,
  request: string,
  timeoutMs = 5_000,
): Promise<string> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(request);
    });
    let reply = "";
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      reject(
        new Error(
          `no close within ${timeoutMs} ms; got ${reply.slice(0, 200)}`,
        ),
      );
    });
    socket.on("data", (chunk: Buffer) => (reply += chunk.toString("latin1")));
    socket.on("error", reject);
    socket.on("close", () => {
      resolve(reply);
    });
  });
}

/** The environment without anything that would point a child at a real engine or folder. */
export function cleanEnv(
  extra: Readonly<Record<string, string>> = {},
): NodeJS.ProcessEnv {
  const kept = Object.entries(process.env).filter(
    ([key]) =>
      !/^(MEILI_|DATA_DIR|RELEASES_DIR|ADMIN_TOKEN|INDEXER_|REINDEX_|PORT|HOST|SOAK)/.test(
        key,
      ),
  );
  return { ...Object.fromEntries(kept), ...extra };
}

export interface SpawnedProcess {
  readonly child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the first line of output that `match` accepts. */
  waitForLine(match: RegExp, timeoutMs?: number): Promise<string>;
  readonly exited: Promise<{ code: number | null; signal: string | null }>;
}

/** Runs a built entry point (`dist/src/main.js`, `dist/indexer/main.js`) with a clean env. */
export function spawnBuilt(
  entry: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
): SpawnedProcess {
  const child = spawn(
    process.execPath,
    [path.join(REPO_ROOT, entry), ...args],
    {
      cwd: REPO_ROOT,
      env: cleanEnv(env),
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const waiters: { match: RegExp; resolve: (line: string) => void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const waiter of [...waiters]) {
      const line = output.split("\n").find((l) => waiter.match.test(l));
      if (line !== undefined) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const exited = new Promise<{ code: number | null; signal: string | null }>(
    (resolve) =>
      child.once("exit", (code, signal) => {
        resolve({ code, signal });
      }),
  );
  return {
    child,
    output: () => output,
    exited,
    waitForLine(match, timeoutMs = 15_000) {
      const found = output.split("\n").find((l) => match.test(l));
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(
            new Error(
              `no line matching ${String(match)} within ${timeoutMs} ms:\n${output.slice(-2_000)}`,
            ),
          );
        }, timeoutMs);
        waiters.push({
          match,
          resolve: (line) => {
            clearTimeout(timer);
            resolve(line);
          },
        });
        void exited.then(() => {
          clearTimeout(timer);
          reject(
            new Error(
              `process exited before a line matched ${String(match)}:\n${output.slice(-2_000)}`,
            ),
          );
        });
      });
    },
  };
}

/** Starts `node dist/src/main.js` and resolves once it logged the URL it listens on. */
export async function spawnApi(
  env: Readonly<Record<string, string>>,
): Promise<SpawnedProcess & { url: string }> {
  const api = spawnBuilt("dist/src/main.js", [], {
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "info",
    NODE_ENV: "test",
    ...env,
  });
  const line = await api.waitForLine(/release-search listening/);
  const { url } = JSON.parse(line) as { url: string };
  return { ...api, url };
}

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
