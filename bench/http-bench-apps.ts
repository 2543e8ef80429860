import express, { Router, type Express, type RequestHandler } from "express";
import type { Logger } from "pino";
import type { Config } from "../config/config.js";
import { createOpenApiDocument } from "../src/api/openapi.js";
import {
  toSearchRequest,
  toSearchResponse,
} from "../src/api/search-mapping.js";
import { createApp } from "../src/app.js";
import {
  errorMiddleware,
  notFoundHandler,
} from "../src/http/error-middleware.js";
import { metricsMiddleware, type Metrics } from "../src/http/metrics.js";
import { parseSearchQuery } from "../src/http/parse-search-query.js";
import { requestLogging } from "../src/http/request-logging.js";
import {
  corsPolicy,
  rateLimitPolicy,
  securityHeaders,
} from "../src/http/security.js";
import { opsRoutes } from "../src/routes/ops-routes.js";
import { searchRoutes } from "../src/routes/search-routes.js";
import { webRoutes } from "../src/routes/web-routes.js";
import type { SearchService } from "../src/search/search-service.js";

/** A part of the service that one variant of the benchmark leaves out. */
export type Omittable =
  "logging" | "metrics" | "helmet" | "cors" | "rateLimit" | "etag";

export interface AppParts {
  readonly config: Config;
  readonly service: SearchService;
  readonly logger: Logger;
  readonly metrics: Metrics;
}

/** The service exactly as `main.ts` builds it (without admin routes). */
export function fullApp(parts: AppParts): Express {
  return createApp({ ...parts, engineKind: "embedded" });
}

/**
 * `createApp`'s composition, in its order, without the parts in `omit`: each
 * variant of the overhead benchmark removes one, to see what it costs.
 * Without `etag`, search answers with `res.json` and no ETag hashing.
 */
export function appWithout(
  parts: AppParts,
  omit: ReadonlySet<Omittable>,
): Express {
  const { config, service, logger, metrics } = parts;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.server.trustProxy);
  app.set("query parser", "simple");
  const use = (part: Omittable, handler: () => RequestHandler): void => {
    if (!omit.has(part)) app.use(handler());
  };
  use("logging", () => requestLogging(logger));
  use("metrics", () => metricsMiddleware(metrics));
  use("helmet", () => securityHeaders());
  use("cors", () => corsPolicy(config.api.corsOrigins));
  app.use(
    opsRoutes({
      service,
      metrics,
      engineKind: "embedded",
      openApiDocument: createOpenApiDocument(),
      rateLimit: omit.has("rateLimit")
        ? (_req, _res, next) => next()
        : rateLimitPolicy(config.api.rateLimit),
      serveMetrics: true,
      metricsToken: config.api.metricsToken,
    }),
  );
  const v1 = Router();
  if (!omit.has("rateLimit")) v1.use(rateLimitPolicy(config.api.rateLimit));
  v1.use(omit.has("etag") ? plainSearchRoute(service) : searchRoutes(service));
  app.use("/v1", v1);
  app.use(webRoutes());
  app.use(notFoundHandler);
  app.use(errorMiddleware(logger));
  return app;
}

/**
 * The bare baseline: Express with one route that validates the query, asks the
 * same search service (so the answers are the same JSON), and sends it.
 */
export function bareApp(service: SearchService): Express {
  const app = express();
  app.set("query parser", "simple");
  app.use("/v1", plainSearchRoute(service));
  return app;
}

function plainSearchRoute(service: SearchService): Router {
  const router = Router();
  router.get("/search", async (req, res) => {
    const result = toSearchResponse(
      await service.search(toSearchRequest(parseSearchQuery(req.query))),
    );
    res.setHeader("Cache-Control", "public, max-age=30");
    res.json(result);
  });
  return router;
}
