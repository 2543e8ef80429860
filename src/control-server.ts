import express, { type Express } from "express";
import type { Logger } from "pino";
import type { Config } from "../config/config.js";
import type { Reindexer } from "../indexer/port.js";
import { errorMiddleware, notFoundHandler } from "./http/error-middleware.js";
import { requestLogging } from "./http/request-logging.js";
import { startServer, type RunningServer } from "./http/server.js";
import { adminRoutes } from "./routes/admin-routes.js";

export type ControlServer = RunningServer;

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

/**
 * Listens with the control app on CONTROL_HOST and the given port; the indexer
 * CLI calls this rather than reaching into the HTTP edge itself.
 */
export function startControlServer(
  config: Config,
  reindexer: Reindexer,
  port: number,
  logger: Logger,
): Promise<ControlServer> {
  const app = createControlApp({
    token: config.api.adminToken,
    reindexer,
    logger,
  });
  return startServer(app, {
    ...config.server,
    host: config.indexing.controlHost,
    port,
  });
}
