import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Logger } from "pino";
import { AppError } from "../errors/app-error.js";
import { toHttpResponse } from "./to-http-response.js";

/** Unknown routes become the API's 404 error body. */
export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new AppError("not_found", `No route for ${req.method} ${req.path}`));
};

/** The one place where errors become HTTP responses. */
export function errorMiddleware(fallbackLogger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const { status, body } = toHttpResponse(err);
    const log = (req as { log?: Logger }).log ?? fallbackLogger;
    if (status >= 500) log.error({ err, status }, "request failed");
    else log.info({ code: body.error.code, status }, body.error.message);
    res.status(status).json(body);
  };
}
