import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";

const REQUEST_ID_HEADER = "x-request-id";
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const MAX_LOGGED_URL = 512;
const PROBES = new Set(["/healthz", "/readyz", "/metrics"]);

/** A client's X-Request-Id when it is safe to echo and log, else a new UUID. */
export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === "string" && SAFE_REQUEST_ID.test(given)
    ? given
    : randomUUID();
}

/**
 * One structured log line per request, with its request id (also sent back as
 * `X-Request-Id`). Only method, URL, status and timing are logged: never headers
 * (tokens) and never bodies. 5xx are errors, 4xx info.
 */
export function requestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = requestIdFor(req);
      res.setHeader("X-Request-Id", id);
      return id;
    },
    customLogLevel: (_req, res, err) =>
      err !== undefined || res.statusCode >= 500 ? "error" : "info",
    serializers: {
      req: (req: {
        id: unknown;
        method: string;
        url: string;
        remoteAddress?: string;
      }) => ({
        id: req.id,
        method: req.method,
        url:
          req.url.length > MAX_LOGGED_URL
            ? `${req.url.slice(0, MAX_LOGGED_URL)}…`
            : req.url,
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // Probes and scrapes come every few seconds; a 503 from /readyz while the
    // index builds is expected, and the indexing log already says why.
    autoLogging: { ignore: (req) => PROBES.has(req.url ?? "") },
  });
}
