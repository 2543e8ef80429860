import cors from "cors";
import type { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import helmet from "helmet";
import { AppError } from "../errors/app-error.js";

/**
 * Security headers. The demo page is same-origin only: no inline script or
 * style, no third-party asset, no framing. HSTS only on requests that came over
 * HTTPS, which the service learns from a trusted proxy (TRUST_PROXY and
 * X-Forwarded-Proto): it never terminates TLS itself.
 */
export function securityHeaders(): RequestHandler {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        manifestSrc: ["'self'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    crossOriginResourcePolicy: { policy: "cross-origin" },
    referrerPolicy: { policy: "no-referrer" },
    strictTransportSecurity: false,
  });
  const hsts = helmet.strictTransportSecurity();
  return (req, res, next) => {
    headers(req, res, (err?: unknown) => {
      if (err !== undefined || !req.secure) next(err);
      else hsts(req, res, next);
    });
  };
}

/**
 * CORS from an allowlist. `["*"]` allows any origin (without credentials); an
 * empty list sends no CORS headers, so browsers on other origins are refused.
 */
export function corsPolicy(origins: readonly string[]): RequestHandler {
  const allowAll = origins.includes("*");
  const allowed = new Set(origins);
  const handler = cors({
    origin: allowAll
      ? "*"
      : (origin, callback) => {
          callback(null, origin !== undefined && allowed.has(origin));
        },
    methods: ["GET", "HEAD", "POST", "OPTIONS"],
    allowedHeaders: [
      "Content-Type",
      "Authorization",
      "X-Request-Id",
      "If-None-Match",
      // meilisearch-js (under instant-meilisearch) names itself in every request.
      "X-Meilisearch-Client",
    ],
    exposedHeaders: [
      "X-Request-Id",
      "ETag",
      "Retry-After",
      "RateLimit",
      "RateLimit-Policy",
    ],
    maxAge: 600,
  });
  if (allowAll || allowed.size === 0) return handler;
  // The headers depend on Origin for every request, allowed or not: a shared
  // cache must not serve an answer without them to an allowed origin.
  return (req, res, next) => {
    res.vary("Origin");
    handler(req, res, next);
  };
}

/** Per-client (by IP, behind TRUST_PROXY hops) rate limit answering 429 JSON with Retry-After. */
export function rateLimitPolicy(options: {
  windowMs: number;
  max: number;
}): RequestHandler {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.max,
    // draft-7 headers: draft-8 adds a hash of the client key to every response.
    standardHeaders: "draft-7",
    legacyHeaders: false,
    handler: (_req, res, next) => {
      next(
        new AppError(
          "rate_limited",
          "Too many requests; retry after the number of seconds in Retry-After",
          {
            details: {
              retryAfterSeconds: Number(res.getHeader("Retry-After") ?? 1),
            },
          },
        ),
      );
    },
  });
}
