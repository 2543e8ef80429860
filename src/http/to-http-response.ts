import { AppError, type AppErrorCode } from "../errors/app-error.js";

export interface HttpErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly details?: unknown;
  };
}

export interface HttpErrorResponse {
  readonly status: number;
  readonly body: HttpErrorBody;
}

const STATUS: Readonly<Record<AppErrorCode, number>> = {
  invalid_request: 400,
  unauthorized: 401,
  not_found: 404,
  request_timeout: 408,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  headers_too_large: 431,
  engine_unavailable: 503,
  engine_timeout: 503,
  internal: 500,
};

/** Codes that leave the service; a timed-out engine is, to a client, an unavailable one. */
const PUBLIC_CODE: Partial<Record<AppErrorCode, string>> = {
  engine_timeout: "engine_unavailable",
};

/** What body-parser and Node's HTTP layer report, by their `type`. */
const FRAMEWORK_ERRORS: Readonly<
  Record<string, { code: AppErrorCode; message: string }>
> = {
  "entity.parse.failed": {
    code: "invalid_request",
    message: "The request body is not valid JSON",
  },
  "entity.too.large": {
    code: "payload_too_large",
    message: "The request body is larger than allowed",
  },
  "entity.verify.failed": {
    code: "invalid_request",
    message: "The request body could not be verified",
  },
  "encoding.unsupported": {
    code: "unsupported_media_type",
    message: "The body's content encoding is not supported",
  },
  "charset.unsupported": {
    code: "unsupported_media_type",
    message: "The body's charset is not supported",
  },
  "request.aborted": {
    code: "invalid_request",
    message: "The request was aborted",
  },
  "request.size.invalid": {
    code: "invalid_request",
    message: "The request body does not match its Content-Length",
  },
};

/**
 * Maps any thrown value to a status and the API's error body. Pure; the error
 * middleware is its only caller. Messages of 5xx errors other than the engine's
 * are replaced, so no internal detail reaches a client.
 */
export function toHttpResponse(err: unknown): HttpErrorResponse {
  const appError = toAppError(err);
  const status = STATUS[appError.code];
  const code = PUBLIC_CODE[appError.code] ?? appError.code;
  const message =
    appError.code === "internal"
      ? "Something went wrong on our side"
      : status >= 500
        ? "The search engine is unavailable; try again shortly"
        : appError.message;
  const details = status < 500 ? appError.details : undefined;
  return {
    status,
    body: {
      error: { code, message, ...(details !== undefined && { details }) },
    },
  };
}

/** Any thrown value as the `AppError` it stands for (unknown ones become `internal`). */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  // The router fails to decode a path parameter such as /v1/releases/%E0%A4%A.
  if (err instanceof URIError)
    return new AppError(
      "invalid_request",
      "The URL is not valid percent-encoded UTF-8",
      { cause: err },
    );
  const type =
    typeof err === "object" && err !== null && "type" in err
      ? String(err.type)
      : undefined;
  const known =
    (type === undefined ? undefined : FRAMEWORK_ERRORS[type]) ??
    bodyDecodingError(err) ??
    httpParserError(err);
  if (known !== undefined)
    return new AppError(known.code, known.message, { cause: err });
  return new AppError("internal", "Unexpected error", { cause: err });
}

/** What Node's HTTP parser reports (the `clientError` of `server.ts`), by its `code`. */
const PARSER_ERRORS: Readonly<
  Record<string, { code: AppErrorCode; message: string }>
> = {
  HPE_HEADER_OVERFLOW: {
    code: "headers_too_large",
    message: "The request headers are larger than the server accepts",
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    code: "request_timeout",
    message: "The request was not received in time",
  },
  HPE_INVALID_TRANSFER_ENCODING: {
    code: "invalid_request",
    message:
      "Transfer-Encoding is invalid, or sent with Content-Length (send only one)",
  },
  HPE_UNEXPECTED_CONTENT_LENGTH: {
    code: "invalid_request",
    message: "Content-Length is duplicated, or sent with Transfer-Encoding",
  },
  HPE_INVALID_CHUNK_SIZE: {
    code: "invalid_request",
    message: "The chunked request body is malformed",
  },
};

function httpParserError(
  err: unknown,
): { code: AppErrorCode; message: string } | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return undefined;
  return (
    PARSER_ERRORS[code] ??
    (code.startsWith("HPE_")
      ? {
          code: "invalid_request",
          message: "The request is not valid HTTP/1.1",
        }
      : undefined)
  );
}

/**
 * body-parser reports a body that fails to decompress as the zlib (or brotli)
 * error with `status: 400` and no `type`.
 */
function bodyDecodingError(
  err: unknown,
): { code: AppErrorCode; message: string } | undefined {
  if (typeof err !== "object" || err === null) return undefined;
  const { status, code } = err as { status?: unknown; code?: unknown };
  if (status !== 400 || typeof code !== "string") return undefined;
  return /^(Z_|ERR_BROTLI|ERR__ERROR|ERR_ZSTD)/.test(code)
    ? {
        code: "invalid_request",
        message: "The request body does not match its Content-Encoding",
      }
    : undefined;
}
