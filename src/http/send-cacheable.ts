import { createHash } from "node:crypto";
import type { Request, Response } from "express";

/** Short shared caching: results change only on reindex, and clients revalidate cheaply. */
const CACHE_CONTROL = "public, max-age=30, stale-while-revalidate=60";

/**
 * Sends JSON with a strong ETag over its content and answers a matching
 * `If-None-Match` with 304. `processingTimeMs` differs on every call, so it is
 * left out of the hash and appended to the serialised body: one serialisation
 * serves both.
 */
export function sendCacheable(req: Request, res: Response, body: object): void {
  const { processingTimeMs, ...stable } = body as {
    processingTimeMs?: unknown;
  };
  const json = JSON.stringify(stable);
  res.setHeader(
    "ETag",
    `"${createHash("sha1").update(json).digest("base64url")}"`,
  );
  res.setHeader("Cache-Control", CACHE_CONTROL);
  if (req.method === "GET" && req.fresh) {
    res.status(304).end();
    return;
  }
  const full =
    typeof processingTimeMs === "number"
      ? `${json.slice(0, -1)}${json.length > 2 ? "," : ""}"processingTimeMs":${processingTimeMs}}`
      : json;
  res.type("application/json").send(full);
}
