import type { z } from "zod";
import { AppError, type AppErrorCode } from "../errors/app-error.js";
import type { ErrorBodyShape } from "../http/error-middleware.js";

/** Meilisearch's error body: what instant-meilisearch and meilisearch-js read. */
export interface MeilisearchErrorBody {
  readonly message: string;
  readonly code: string;
  readonly type: "invalid_request" | "auth" | "internal" | "system";
  readonly link: string;
}

/** An AppError that carries Meilisearch's error code for this route's answers. */
export function meilisearchError(
  code: AppErrorCode,
  meilisearchCode: string,
  message: string,
): AppError {
  return new AppError(code, message, { details: { meilisearchCode } });
}

/** `.queries[0].hitsPerPage` → `invalid_search_hits_per_page`, as Meilisearch names them. */
function codeForField(field: string | undefined): string {
  if (field === undefined) return "bad_request";
  if (field === "indexUid") return "invalid_index_uid";
  const snake = field.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);
  return field === "facetName" || field === "facetQuery"
    ? `invalid_facet_search_${snake}`
    : `invalid_search_${snake}`;
}

/**
 * The first problem zod found, as Meilisearch reports it: `bad_request` for an
 * unknown field, `invalid_search_<field>` otherwise.
 *
 * @param where - the path of the parsed object in the body, e.g. `.queries[1]`
 */
export function fromZodError(error: z.ZodError, where: string): AppError {
  const issue = error.issues[0];
  const path = issue?.path.map(String) ?? [];
  const at = `${where}${path.map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`)).join("")}`;
  if (issue?.code === "unrecognized_keys") {
    return meilisearchError(
      "invalid_request",
      "bad_request",
      `Unknown field \`${issue.keys.join("`, `")}\` inside \`${at || "."}\``,
    );
  }
  return meilisearchError(
    "invalid_request",
    codeForField(path[0]),
    `Invalid value at \`${at || "."}\`: ${issue?.message ?? "invalid"}`,
  );
}

const DEFAULT_CODES: Readonly<Record<number, string>> = {
  400: "bad_request",
  401: "invalid_api_key",
  404: "not_found",
  413: "payload_too_large",
  415: "invalid_content_type",
  429: "too_many_search_requests",
  503: "search_engine_unavailable",
};

function meilisearchCodeOf(err: AppError): string | undefined {
  const details = err.details as { meilisearchCode?: unknown } | undefined;
  return typeof details?.meilisearchCode === "string"
    ? details.meilisearchCode
    : undefined;
}

/**
 * The body `/v1/instantsearch` errors take: statuses and messages come from
 * `toHttpResponse` (the service's one mapping) through `errorMiddleware`; only the
 * body takes Meilisearch's shape, since that is what the client library parses.
 */
export const toMeilisearchErrorBody: ErrorBodyShape = (
  appError,
  { status, body },
): MeilisearchErrorBody => {
  const code =
    meilisearchCodeOf(appError) ?? DEFAULT_CODES[status] ?? "internal";
  return {
    message: body.error.message,
    code,
    type:
      status >= 500
        ? status === 503
          ? "system"
          : "internal"
        : status === 401
          ? "auth"
          : "invalid_request",
    link: `https://www.meilisearch.com/docs/reference/errors/error_codes#${code}`,
  };
};
