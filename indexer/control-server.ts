import express, { type Express } from "express";
import type { Logger } from "pino";
import {
  errorMiddleware,
  notFoundHandler,
} from "../src/http/error-middleware.js";
import { requestLogging } from "../src/http/request-logging.js";
import type { Reindexer } from "../src/reindex/reindexer.js";
import { adminRoutes } from "../src/routes/admin-routes.js";

/**
 * The indexer's control server: the same admin reindex routes as the API
 * (`/v1/admin/reindex`), so the API, which holds only a search key, can forward
 * them here. Without a token it serves only `/healthz`.
 */
export function createControlApp(options: {
  token: string | undefined;
  reindexer: Reindexer;
  logger: Logger;
}): Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(requestLogging(options.logger));
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  if (options.token !== undefined)
    app.use("/v1/admin", adminRoutes(options.token, options.reindexer));
  app.use(notFoundHandler);
  app.use(errorMiddleware(options.logger));
  return app;
}
