import path from "node:path";
import express, { Router } from "express";
import { PROJECT_ROOT } from "../../config/config.js";

/**
 * Static files of the demo page, and the compiled page scripts and typed client.
 * File names carry no content hash, so browsers revalidate every time (`no-cache`
 * with ETag/Last-Modified answers 304): a deploy never mixes old and new modules.
 */
export function webRoutes(): Router {
  const router = Router();
  const options = {
    index: "index.html",
    fallthrough: true,
    redirect: false,
    setHeaders: (res: express.Response) => {
      res.setHeader("Cache-Control", "no-cache");
    },
  };
  router.use(
    "/",
    express.static(path.join(PROJECT_ROOT, "src/web/public"), options),
  );
  router.use(
    "/assets/web",
    onlyScripts,
    express.static(path.join(PROJECT_ROOT, "dist/src/web"), options),
  );
  router.use(
    "/assets/client",
    onlyScripts,
    express.static(path.join(PROJECT_ROOT, "dist/src/client"), options),
  );
  router.use(
    "/assets/contract",
    onlyScripts,
    express.static(path.join(PROJECT_ROOT, "dist/src/contract"), options),
  );
  return router;
}

/**
 * Only compiled scripts are served (never source maps a local build may have
 * left in dist/), judged on the decoded path as express.static will read it.
 */
const onlyScripts: express.RequestHandler = (req, _res, next) => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(req.path);
  } catch {
    decoded = "";
  }
  next(decoded.endsWith(".js") ? undefined : "router");
};
