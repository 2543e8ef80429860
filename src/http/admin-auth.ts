import { createHash, timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import { AppError } from "../errors/app-error.js";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Requires `Authorization: Bearer <token>`. Both sides are hashed first so the
 * comparison takes the same time whatever the length or content of the guess.
 *
 * @param variable - the setting holding the token, named in the 401 message
 */
export function requireBearerToken(
  token: string,
  variable = "ADMIN_TOKEN",
): RequestHandler {
  const expected = digest(token);
  return (req, _res, next) => {
    const match = /^Bearer (\S+)$/.exec(req.get("authorization") ?? "");
    const given = digest(match?.[1] ?? "");
    if (match === null || !timingSafeEqual(given, expected)) {
      next(
        new AppError(
          "unauthorized",
          `A valid token is required (Authorization: Bearer <${variable}>)`,
        ),
      );
      return;
    }
    next();
  };
}
