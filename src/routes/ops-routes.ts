import { Router } from "express";
import type { Logger } from "pino";
import type { Metrics } from "../http/metrics.js";
import { toHttpResponse } from "../http/to-http-response.js";
import type { SearchService } from "../search/search-service.js";

/** Liveness, readiness, metrics and the OpenAPI document. */
export function opsRoutes(options: {
  service: SearchService;
  metrics: Metrics;
  engineKind: string;
  openApiDocument: object;
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

  router.get("/metrics", async (_req, res) => {
    res.setHeader("Content-Type", metrics.registry.contentType);
    res.setHeader("Cache-Control", "no-store");
    res.send(await metrics.registry.metrics());
  });

  router.get("/openapi.json", (_req, res) => {
    res.setHeader("Cache-Control", "public, max-age=300");
    res.json(options.openApiDocument);
  });

  return router;
}
