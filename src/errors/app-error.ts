/** What went wrong, independent of transport. `toHttpResponse` maps each code to a status. */
export type AppErrorCode =
  | "invalid_request"
  | "unauthorized"
  | "not_found"
  | "request_timeout"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "headers_too_large"
  | "engine_unavailable"
  | "engine_timeout"
  | "internal";

export interface AppErrorOptions {
  details?: unknown;
  cause?: unknown;
}

/**
 * The one error type of the service. Engines, the indexer and the HTTP layer throw it;
 * only `toHttpResponse` turns it into a status code.
 */
export class AppError extends Error {
  override name = "AppError";
  readonly code: AppErrorCode;
  readonly details: unknown;

  constructor(
    code: AppErrorCode,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(
      message,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.code = code;
    this.details = options.details;
  }
}
