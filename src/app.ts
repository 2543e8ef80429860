import express, { type Express } from "express";
import type { Logger } from "pino";
import type { Config } from "../config/config.js";
import { createOpenApiDocument } from "./api/openapi.js";
import { errorMiddleware, notFoundHandler } from "./http/error-middleware.js";
import type { Metrics } from "./http/metrics.js";
import { metricsMiddleware } from "./http/metrics.js";
import { requestLogging } from "./http/request-logging.js";
import {
  corsPolicy,
  rateLimitPolicy,
  securityHeaders,
} from "./http/security.js";
import { exampleRoutes } from "./instantsearch/example-routes.js";
import { instantsearchRoutes } from "./instantsearch/instantsearch-routes.js";
import { toMeilisearchErrorBody } from "./instantsearch/meilisearch-errors.js";
import type { Reindexer } from "../indexer/port.js";
import { adminRoutes } from "./routes/admin-routes.js";
import { metricsRoutes, opsRoutes } from "./routes/ops-routes.js";
import { searchRoutes } from "./routes/search-routes.js";
import { webRoutes } from "./routes/web-routes.js";
import type { SearchService } from "./search/search-service.js";

export interface AppDependencies {
  readonly config: Config;
  readonly service: SearchService;
  readonly engineKind: string;
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** Runs reindex jobs; without it (or without ADMIN_TOKEN) the admin routes do not exist. */
  readonly reindexer?: Reindexer;
}

/**
 * Builds the Express application: middleware, routes and the one error handler.
 * Reads no environment and opens no port (see main.ts).
 */
export function createApp(deps: AppDependencies): Express {
  const { config, service, logger, metrics } = deps;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.server.trustProxy);
  app.set("query parser", "simple");

  app.use(requestLogging(logger));
  app.use(metricsMiddleware(metrics));
  app.use(securityHeaders());
  app.use(corsPolicy(config.api.corsOrigins));

  // The demo page and the OpenAPI document share a limit of their own, so
  // loading the page does not spend a client's search budget.
  const pageRateLimit = rateLimitPolicy(config.api.rateLimit);
  app.use(
    opsRoutes({
      service,
      metrics,
      engineKind: deps.engineKind,
      openApiDocument: createOpenApiDocument(),
      rateLimit: pageRateLimit,
      serveMetrics: config.server.metricsPort === undefined,
      metricsToken: config.api.metricsToken,
    }),
  );

  const v1 = express.Router();
  v1.use(rateLimitPolicy(config.api.rateLimit));
  v1.use(searchRoutes(service));
  v1.use(
    "/instantsearch",
    instantsearchRoutes(service, config.indexing.indexName),
    errorMiddleware(logger, toMeilisearchErrorBody),
  );
  const token = config.api.adminToken;
  if (token !== undefined && deps.reindexer !== undefined)
    v1.use("/admin", adminRoutes(token, deps.reindexer));
  app.use("/v1", v1);

  // The page itself is limited, not its scripts: one visit loads some twenty.
  app.get(["/", "/index.html"], pageRateLimit);
  app.use(webRoutes());
  app.use(exampleRoutes(config.indexing.indexName));
  app.use(notFoundHandler);
  app.use(errorMiddleware(logger));
  return app;
}

/** The app of METRICS_PORT: `/metrics` alone, so the port can stay private. */
export function createMetricsApp(
  deps: Pick<AppDependencies, "config" | "logger" | "metrics">,
): Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(metricsRoutes(deps.metrics, deps.config.api.metricsToken));
  app.use(notFoundHandler);
  app.use(errorMiddleware(deps.logger));
  return app;
}
