import path from "node:path";
import express, { Router } from "express";
import { PROJECT_ROOT } from "../../config/config.js";

/** Static files of the demo page, and the compiled page scripts and typed client. */
export function webRoutes(): Router {
  const router = Router();
  const options = {
    index: "index.html",
    maxAge: "5m",
    fallthrough: true,
    redirect: false,
  };
  router.use(
    "/",
    express.static(path.join(PROJECT_ROOT, "src/web/public"), options),
  );
  router.use(
    "/assets/web",
    express.static(path.join(PROJECT_ROOT, "dist/src/web"), options),
  );
  router.use(
    "/assets/client",
    express.static(path.join(PROJECT_ROOT, "dist/src/client"), options),
  );
  return router;
}
