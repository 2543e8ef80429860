import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { hermeticEnv } from "../hermetic-env.js";
import { fetchRaw } from "./raw-http.js";
import { REPO_ROOT, SAMPLES_DIR, waitUntil } from "./robustness-harness.js";

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
      env: hermeticEnv(env),
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

/** A search heavy enough (all facets, 100 hits) that requests are in flight when SIGTERM lands. */
export const HEAVY_SEARCH =
  "/v1/search?q=&facets=speaker,mentions,location,releaseId&hitsPerPage=100";

/**
 * The API over the samples for shutdown tests (no rate limit, 10 s to drain),
 * once `/readyz` answers 200; killed if it never does.
 */
export async function spawnApiToShutDown(): Promise<
  SpawnedProcess & { url: string }
> {
  const api = await spawnApi({
    RELEASES_DIR: SAMPLES_DIR,
    WATCH_RELEASES: "false",
    RATE_LIMIT_MAX: "1000000",
    SHUTDOWN_TIMEOUT_MS: "10000",
  });
  try {
    await waitUntil(
      "the API is ready",
      async () => (await fetchRaw(`${api.url}/readyz`)).status === 200,
    );
  } catch (err) {
    api.child.kill("SIGKILL");
    throw err;
  }
  return api;
}
