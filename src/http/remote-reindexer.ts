import {
  reindexJobSchema,
  type ReindexJobResponse,
} from "../api/response-schemas.js";
import { AppError } from "../errors/app-error.js";
import type { Reindexer } from "../../indexer/port.js";

/**
 * Forwards admin reindex requests to the indexer process's control server, which
 * alone holds the engine's admin key (docker-compose: REINDEX_URL=http://indexer:8081).
 */
export function createRemoteReindexer(options: {
  url: string;
  token: string;
  timeoutMs: number;
}): Reindexer {
  async function call(
    method: "GET" | "POST",
    path: string,
  ): Promise<ReindexJobResponse | undefined> {
    let response: Response;
    try {
      response = await fetch(new URL(path, options.url), {
        method,
        headers: {
          authorization: `Bearer ${options.token}`,
          accept: "application/json",
        },
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (err) {
      throw new AppError(
        "engine_unavailable",
        "The indexer's control server cannot be reached",
        { cause: err },
      );
    }
    if (response.status === 404 && method === "GET") return undefined;
    if (!response.ok) {
      throw new AppError(
        "engine_unavailable",
        `The indexer's control server answered ${response.status}`,
      );
    }
    const parsed = reindexJobSchema.safeParse(
      await response.json().catch(() => undefined),
    );
    if (!parsed.success)
      throw new AppError(
        "internal",
        "The indexer's control server sent an unexpected body",
      );
    return parsed.data;
  }

  return {
    async start() {
      const job = await call("POST", "/v1/admin/reindex");
      if (job === undefined)
        throw new AppError("internal", "The indexer did not return a job");
      return job;
    },
    get: (jobId) =>
      call("GET", `/v1/admin/reindex/${encodeURIComponent(jobId)}`),
  };
}
