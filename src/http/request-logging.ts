import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { AppError } from "../errors/app-error.js";
import { redactSecrets } from "../logging/redact.js";
import { createRepeatCollapser } from "./repeat-collapser.js";
import { serializeError } from "../logging/serialize-error.js";

const REQUEST_ID_HEADER = "x-request-id";
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const MAX_LOGGED_URL = 512;
const PROBES = new Set(["/healthz", "/readyz", "/metrics"]);
/** An engine outage fails every request the same way: one line per window. */
const REPEAT_WINDOW_MS = 10_000;

/** A client's X-Request-Id when it is safe to echo and log, else a new UUID. */
export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === "string" && SAFE_REQUEST_ID.test(given)
    ? given
    : randomUUID();
}

/** The error the error middleware answered with (`res.err`, which pino-http logs). */
const failureOf = (res: ServerResponse): AppError | undefined => {
  const err = (res as { err?: unknown }).err;
  return err instanceof AppError ? err : undefined;
};

/**
 * One structured log line per request, with its request id (also sent back as
 * `X-Request-Id`): method, URL (secrets redacted), status, timing and, for
 * failures, the error (see `serializeError`). Never headers, never bodies.
 * Levels: 500 `internal` error (with its stack), engine failures warn (repeats
 * of the same one collapsed into one line per 10 s with a count), 4xx info.
 * Probes and scrapes come every few seconds and are not logged unless they fail
 * unexpectedly (a 503 from /readyz while the index builds is expected).
 */
export function requestLogging(
  logger: Logger,
  options: { repeatWindowMs?: number } = {},
) {
  const windowMs = options.repeatWindowMs ?? REPEAT_WINDOW_MS;
  const collapser = createRepeatCollapser({
    windowMs,
    onRepeats: (key, count) => {
      logger.warn(
        { repeated: JSON.parse(key) as unknown, count },
        `${count} more requests failed the same way in the last ${windowMs / 1000} s`,
      );
    },
  });
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = requestIdFor(req);
      res.setHeader("X-Request-Id", id);
      return id;
    },
    customLogLevel: (req, res, err) => {
      const status = res.statusCode;
      const failure = failureOf(res);
      if (PROBES.has(pathOf(req)) && status !== 500) return "silent";
      if (err !== undefined) return "warn";
      if (status < 500) return "info";
      if (failure === undefined || failure.code === "internal") return "error";
      const { code, message, causes } = serializeError(failure);
      return collapser.admit(JSON.stringify({ code, message, causes }))
        ? "warn"
        : "silent";
    },
    customErrorMessage: (_req, res, err) => {
      const failure = failureOf(res);
      return failure === undefined
        ? `request failed: ${err.message}`
        : `${failure.code}: ${redactSecrets(failure.message)}`;
    },
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage & { id?: unknown; originalUrl?: string }) => {
        const url = redactSecrets(req.originalUrl ?? req.url ?? "");
        return {
          id: req.id,
          method: req.method,
          url:
            url.length > MAX_LOGGED_URL
              ? `${url.slice(0, MAX_LOGGED_URL)}…`
              : url,
          remoteAddress: req.socket.remoteAddress,
        };
      },
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
      err: serializeError,
    },
  });
}

function pathOf(req: IncomingMessage): string {
  return (req.url ?? "").split("?", 1)[0] ?? "";
}
