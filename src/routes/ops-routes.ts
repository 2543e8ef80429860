import { Router, type RequestHandler } from "express";
import type { Logger } from "pino";
import { requireBearerToken } from "../http/admin-auth.js";
import type { Metrics } from "../http/metrics.js";
import { toHttpResponse } from "../http/to-http-response.js";
import type { SearchService } from "../search/search-service.js";

/**
 * Liveness, readiness, metrics and the OpenAPI document. Probes and scrapes are
 * never rate-limited (a limited probe would restart a healthy service); the
 * OpenAPI document is, with `rateLimit`.
 */
export function opsRoutes(options: {
  service: SearchService;
  metrics: Metrics;
  engineKind: string;
  openApiDocument: object;
  rateLimit: RequestHandler;
  /** Serves `/metrics` here; false when METRICS_PORT serves them apart. */
  serveMetrics: boolean;
  /** When set, `/metrics` requires it as a bearer token. */
  metricsToken: string | undefined;
}): Router {
  const router = Router();
  const { service, metrics, engineKind } = options;

  router.get("/healthz", (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    res.json({ status: "ok" });
  });

  router.get("/readyz", async (req, res) => {
    const readiness = await service.readiness().catch((err: unknown) => {
      // Worded by the one error mapping, like any other failed request.
      (req as { log?: Logger }).log?.warn({ err }, "readiness check failed");
      return {
        ready: false,
        documents: null,
        reason: toHttpResponse(err).body.error.message,
      };
    });
    if (readiness.documents !== null)
      metrics.indexDocuments.set(readiness.documents);
    res.setHeader("Cache-Control", "no-store");
    res.status(readiness.ready ? 200 : 503).json({
      status: readiness.ready ? "ok" : "unavailable",
      engine: engineKind,
      documents: readiness.documents,
      ...(readiness.reason !== undefined && { reason: readiness.reason }),
    });
  });

  if (options.serveMetrics)
    router.use(metricsRoutes(metrics, options.metricsToken));

  router.get("/openapi.json", options.rateLimit, (_req, res) => {
    res.setHeader("Cache-Control", "public, max-age=300");
    res.json(options.openApiDocument);
  });

  return router;
}

/** `GET /metrics`, behind `METRICS_TOKEN` when set (on the API port or on METRICS_PORT). */
export function metricsRoutes(
  metrics: Metrics,
  token: string | undefined,
): Router {
  const router = Router();
  const auth: RequestHandler[] =
    token === undefined ? [] : [requireBearerToken(token, "METRICS_TOKEN")];
  router.get("/metrics", ...auth, async (_req, res) => {
    res.setHeader("Content-Type", metrics.registry.contentType);
    res.setHeader("Cache-Control", "no-store");
    res.send(await metrics.registry.metrics());
  });
  return router;
}
