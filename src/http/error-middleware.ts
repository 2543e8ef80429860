import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Logger } from "pino";
import { AppError } from "../errors/app-error.js";
import {
  toAppError,
  toHttpResponse,
  type HttpErrorResponse,
} from "./to-http-response.js";

/** Unknown routes become the API's 404 error body. */
export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new AppError("not_found", `No route for ${req.method} ${req.path}`));
};

/** The body sent for an error; routes that speak another API's error shape pass their own. */
export type ErrorBodyShape = (
  appError: AppError,
  response: HttpErrorResponse,
) => unknown;

/**
 * The one place where errors become HTTP responses. The request log line
 * (`requestLogging`, which reads `res.err`) reports the error; without request
 * logging, `fallbackLogger` does.
 */
export function errorMiddleware(
  fallbackLogger: Logger,
  shapeBody: ErrorBodyShape = (_, response) => response.body,
): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const appError = toAppError(err);
    const response = toHttpResponse(appError);
    const { status, body } = response;
    (res as { err?: unknown }).err = appError;
    if ((req as { log?: Logger }).log === undefined) {
      const level = status >= 500 ? "error" : "info";
      fallbackLogger[level]({ err: appError, status }, body.error.message);
    }
    res.status(status).json(shapeBody(appError, response));
  };
}
