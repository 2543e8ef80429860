import { createHash } from "node:crypto";
import type { Request, Response } from "express";

/** Short shared caching: results change only on reindex, and clients revalidate cheaply. */
const CACHE_CONTROL = "public, max-age=30, stale-while-revalidate=60";

/**
 * Sends JSON with a strong ETag over its content (ignoring `processingTimeMs`,
 * which differs on every call) and answers a matching `If-None-Match` with 304.
 */
export function sendCacheable(req: Request, res: Response, body: object): void {
  const stable = JSON.stringify(body, (key, value: unknown) =>
    key === "processingTimeMs" ? undefined : value,
  );
  res.setHeader(
    "ETag",
    `"${createHash("sha1").update(stable).digest("base64url")}"`,
  );
  res.setHeader("Cache-Control", CACHE_CONTROL);
  if (req.method === "GET" && req.fresh) {
    res.status(304).end();
    return;
  }
  res.json(body);
}
