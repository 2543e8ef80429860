import { Router, type RequestHandler } from "express";
import { requireBearerToken } from "../http/admin-auth.js";
import type { Metrics } from "../http/metrics.js";
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
  /** When set, `/metrics` requires it as a bearer token. */
  metricsToken: string | undefined;
}): Router {
  const router = Router();
  const { service, metrics, engineKind, metricsToken } = options;
  const scrapeAuth: RequestHandler[] =
    metricsToken === undefined
      ? []
      : [requireBearerToken(metricsToken, "METRICS_TOKEN")];

  router.get("/healthz", (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    res.json({ status: "ok" });
  });

  router.get("/readyz", async (_req, res) => {
    const readiness = await service.readiness();
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

  router.get("/metrics", ...scrapeAuth, async (_req, res) => {
    res.setHeader("Content-Type", metrics.registry.contentType);
    res.setHeader("Cache-Control", "no-store");
    res.send(await metrics.registry.metrics());
  });

  router.get("/openapi.json", options.rateLimit, (_req, res) => {
    res.setHeader("Cache-Control", "public, max-age=300");
    res.json(options.openApiDocument);
  });

  return router;
}
