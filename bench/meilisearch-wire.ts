import { gzipSync } from "node:zlib";
import { UNCOMPRESSED_ANSWERS } from "../src/engines/meilisearch/meilisearch-engine.js";

/**
 * Raw calls to Meilisearch for the bench's limits: what a bare client gets
 * without the adapter or the service in between.
 */
export interface MeiliTarget {
  readonly url: string;
  readonly key: string;
}

async function call(
  target: MeiliTarget,
  method: string,
  path: string,
  body?: string | Uint8Array<ArrayBuffer>,
  headers: Record<string, string> = {},
): Promise<unknown> {
  const response = await fetch(`${target.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${target.key}`,
      "content-type": "application/json",
      ...UNCOMPRESSED_ANSWERS,
      ...headers,
    },
    ...(body !== undefined && { body }),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${method} ${path}: ${String(response.status)} ${text}`);
  return text === "" ? undefined : JSON.parse(text);
}

/** One multi-search; returns Meilisearch's own processing time (the queries run one after the other). */
export async function multiSearch(
  target: MeiliTarget,
  queries: readonly unknown[],
): Promise<number> {
  const answer = (await call(
    target,
    "POST",
    "/multi-search",
    JSON.stringify({ queries }),
  )) as { results: { processingTimeMs: number }[] };
  return answer.results.reduce((sum, r) => sum + r.processingTimeMs, 0);
}

/** Seconds Meilisearch itself spent on the document imports of an index (its task durations). */
export async function importTaskSeconds(
  target: MeiliTarget,
  index: string,
): Promise<number> {
  const answer = (await call(
    target,
    "GET",
    `/tasks?indexUids=${encodeURIComponent(index)}&types=documentAdditionOrUpdate&limit=1000`,
  )) as { results: { duration: string | null }[] };
  return answer.results.reduce(
    (sum, task) => sum + isoSeconds(task.duration ?? "PT0S"),
    0,
  );
}

/** "PT1.5S", "PT2M3.1S" → seconds. */
function isoSeconds(duration: string): number {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(duration);
  if (match === null) return 0;
  const [, h = "0", m = "0", s = "0"] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

/**
 * Uploads JSON payloads with a bare client, gzip-compressed or not, and waits
 * for their tasks. Returns the wall time and the time spent compressing.
 */
export async function rawImport(
  target: MeiliTarget,
  index: string,
  payloads: readonly string[],
  gzip: boolean,
): Promise<{ seconds: number; compressSeconds: number; bytesSent: number }> {
  const started = performance.now();
  let compressMs = 0;
  let bytesSent = 0;
  const uids: number[] = [];
  for (const payload of payloads) {
    let body: string | Uint8Array<ArrayBuffer> = payload;
    if (gzip) {
      const t = performance.now();
      body = new Uint8Array(gzipSync(payload, { level: 1 }));
      compressMs += performance.now() - t;
    }
    bytesSent += Buffer.byteLength(body);
    const task = (await call(
      target,
      "POST",
      `/indexes/${encodeURIComponent(index)}/documents?primaryKey=id`,
      body,
      gzip ? { "content-encoding": "gzip" } : {},
    )) as { taskUid: number };
    uids.push(task.taskUid);
  }
  for (const uid of uids) {
    for (;;) {
      const task = (await call(target, "GET", `/tasks/${String(uid)}`)) as {
        status: string;
      };
      if (task.status === "succeeded") break;
      if (task.status === "failed" || task.status === "canceled")
        throw new Error(`import task ${String(uid)} ${task.status}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    seconds: (performance.now() - started) / 1000,
    compressSeconds: compressMs / 1000,
    bytesSent,
  };
}
