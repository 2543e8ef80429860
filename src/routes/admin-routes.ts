import { Router } from "express";
import { AppError } from "../errors/app-error.js";
import { requireBearerToken } from "../http/admin-auth.js";
import { parseWith } from "../http/validate.js";
import { idParamSchema } from "../api/request-schemas.js";
import type { ReindexJobResponse } from "../api/response-schemas.js";
import type { ReindexJob, Reindexer } from "../../indexer/port.js";

/** Admin routes; mounted only when an admin token is configured. */
export function adminRoutes(token: string, reindexer: Reindexer): Router {
  const router = Router();
  router.use(requireBearerToken(token));

  router.post("/reindex", async (_req, res) => {
    const job = await reindexer.start("admin");
    res
      .status(202)
      .setHeader("Location", `/v1/admin/reindex/${job.jobId}`)
      .json(toResponse(job));
  });

  router.get("/reindex/:jobId", async (req, res) => {
    const jobId = parseWith(idParamSchema, req.params["jobId"], "jobId");
    const job = await reindexer.get(jobId);
    if (job === undefined)
      throw new AppError("not_found", `No reindex job has the id "${jobId}"`);
    res.setHeader("Cache-Control", "no-store");
    res.json(toResponse(job));
  });

  return router;
}

/** The job state is sent as is; this is where its type must match the API schema. */
function toResponse(job: ReindexJob): ReindexJobResponse {
  return job;
}
