import { AppError } from "../../errors/app-error.js";

/** Meilisearch's error body, also found in a failed task's `error`. */
export interface MeilisearchErrorBody {
  readonly message: string;
  readonly code: string;
  readonly type: string;
  readonly link: string;
}

/** The fields of a task object this adapter reads. */
export interface TaskSummary {
  readonly uid: number;
  readonly status: string;
  readonly type: string;
  readonly indexUid: string | null;
  readonly error: MeilisearchErrorBody | null;
}

interface ApiErrorLike {
  readonly name: "MeilisearchApiError";
  readonly message: string;
  readonly response: { readonly status: number };
  readonly cause?: Partial<MeilisearchErrorBody>;
}

function isApiError(err: unknown): err is ApiErrorLike {
  // Matched by shape, not instanceof: only meilisearch-engine.ts imports the client.
  return (
    err instanceof Error &&
    err.name === "MeilisearchApiError" &&
    typeof (err as { response?: { status?: unknown } }).response?.status ===
      "number"
  );
}

/** The HTTP status of a `MeilisearchApiError`, if `err` is one. */
export function meilisearchStatus(err: unknown): number | undefined {
  return isApiError(err) ? err.response.status : undefined;
}

/** Meilisearch's error code (`index_not_found`, …) of a client error, if it has one. */
export function meilisearchErrorCode(err: unknown): string | undefined {
  return isApiError(err) ? err.cause?.code : undefined;
}

function describeApiError(err: ApiErrorLike): string {
  const code = err.cause?.code;
  return `${String(err.response.status)}${code === undefined ? "" : ` ${code}`}: ${err.message}`;
}

/** The first `code` (ECONNREFUSED, ENOTFOUND, …) along an error's cause chain. */
function networkCode(err: unknown): string | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 6 && current instanceof Object; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Turns an error of the Meilisearch client into an `AppError`, keeping it as `cause`.
 *
 * @remarks
 * - `MeilisearchApiError` 401/403: the key was refused (`engine_unavailable`);
 *   `index_not_found`: `not_found`; 408, 429 and 5xx: `engine_unavailable`;
 *   other statuses: `internal`.
 * - `MeilisearchRequestError` caused by `MeilisearchRequestTimeOutError`:
 *   `engine_timeout`; any other request error (ECONNREFUSED, DNS): `engine_unavailable`.
 * - `SyntaxError`: the client parses every body as JSON before looking at the
 *   status, so a proxy's HTML error page surfaces as this (`engine_unavailable`).
 *
 * @param err - what the client threw
 * @param action - what was being done, for the message ("search index releases")
 */
export function translateMeilisearchError(
  err: unknown,
  action: string,
): AppError {
  if (err instanceof AppError) return err;
  const cause = { cause: err };
  if (isApiError(err)) {
    const status = err.response.status;
    if (status === 401 || status === 403) {
      return new AppError(
        "engine_unavailable",
        `Meilisearch refused the API key (${describeApiError(err)}) while trying to ${action}`,
        cause,
      );
    }
    if (err.cause?.code === "index_not_found") {
      return new AppError(
        "not_found",
        `Meilisearch has no such index (${describeApiError(err)}) while trying to ${action}`,
        cause,
      );
    }
    const unavailable = status === 408 || status === 429 || status >= 500;
    return new AppError(
      unavailable ? "engine_unavailable" : "internal",
      `Meilisearch ${unavailable ? "failed" : "rejected the request"} (${describeApiError(err)}) while trying to ${action}`,
      cause,
    );
  }
  if (err instanceof Error && err.name === "MeilisearchRequestError") {
    if (
      err.cause instanceof Error &&
      err.cause.name === "MeilisearchRequestTimeOutError"
    ) {
      return new AppError(
        "engine_timeout",
        `Meilisearch did not answer in time (${err.cause.message}) while trying to ${action}`,
        cause,
      );
    }
    const code = networkCode(err.cause);
    return new AppError(
      "engine_unavailable",
      `Meilisearch cannot be reached (${code ?? (err.cause instanceof Error ? err.cause.message : err.message)}) while trying to ${action}`,
      cause,
    );
  }
  if (err instanceof SyntaxError) {
    return new AppError(
      "engine_unavailable",
      `Meilisearch answered with a body that is not JSON while trying to ${action}`,
      cause,
    );
  }
  const message = err instanceof Error ? err.message : String(err);
  return new AppError(
    "internal",
    `Unexpected Meilisearch client error while trying to ${action}: ${message}`,
    cause,
  );
}

/**
 * The error for a task that ended `failed` or `canceled`: it names the task and
 * carries Meilisearch's own message and code (the task's `error` is the cause).
 */
export function taskFailedError(task: TaskSummary, action: string): AppError {
  const reason =
    task.error === null
      ? "no error was given"
      : `${task.error.message} [${task.error.code}]`;
  return new AppError(
    "internal",
    `Meilisearch task ${String(task.uid)} (${task.type} on ${task.indexUid ?? "no index"}) ${task.status} while trying to ${action}: ${reason}`,
    {
      cause: task.error ?? undefined,
      details: { taskUid: task.uid, status: task.status, error: task.error },
    },
  );
}

/**
 * The error for a task still `enqueued` or `processing` when the wait ran out. It
 * is a timeout, not a failure: the task keeps running in Meilisearch.
 */
export function taskTimeoutError(
  task: TaskSummary,
  timeoutMs: number,
  action: string,
): AppError {
  return new AppError(
    "engine_timeout",
    `Meilisearch task ${String(task.uid)} (${task.type} on ${task.indexUid ?? "no index"}) was still ${task.status} after waiting ${String(timeoutMs)} ms to ${action}; it was not canceled and may still finish`,
    { cause: task, details: { taskUid: task.uid, status: task.status } },
  );
}
