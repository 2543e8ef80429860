import type { RequestHandler } from "express";
import {
  Counter,
  Gauge,
  Histogram,
  Registry,
  collectDefaultMetrics,
} from "prom-client";

/** The service's Prometheus metrics, on a registry of their own (one per app). */
export interface Metrics {
  readonly registry: Registry;
  readonly httpRequests: Counter<"method" | "route" | "status">;
  readonly httpDuration: Histogram<"method" | "route" | "status">;
  readonly engineDuration: Histogram<"operation" | "outcome">;
  readonly reindexRuns: Counter<"trigger" | "mode" | "outcome">;
  readonly reindexDuration: Histogram<"mode">;
  readonly indexDocuments: Gauge;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    httpRequests: new Counter({
      name: "http_requests_total",
      help: "HTTP requests by method, route and status",
      labelNames: ["method", "route", "status"],
      registers,
    }),
    httpDuration: new Histogram({
      name: "http_request_duration_seconds",
      help: "HTTP request latency by method, route and status",
      labelNames: ["method", "route", "status"],
      buckets: [
        0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5,
      ],
      registers,
    }),
    engineDuration: new Histogram({
      name: "search_engine_request_duration_seconds",
      help: "Latency of calls to the search engine by operation and outcome",
      labelNames: ["operation", "outcome"],
      buckets: [
        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5,
      ],
      registers,
    }),
    reindexRuns: new Counter({
      name: "reindex_runs_total",
      help: "Reindex jobs by trigger, mode and outcome",
      labelNames: ["trigger", "mode", "outcome"],
      registers,
    }),
    reindexDuration: new Histogram({
      name: "reindex_duration_seconds",
      help: "Duration of reindex jobs",
      labelNames: ["mode"],
      buckets: [0.1, 0.5, 1, 5, 10, 30, 60, 300, 900],
      registers,
    }),
    indexDocuments: new Gauge({
      name: "index_documents",
      help: "Documents in the live index after the last reindex",
      registers,
    }),
  };
}

/** Counts and times every request under its route pattern (never the raw URL). */
export function metricsMiddleware(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const stop = metrics.httpDuration.startTimer();
    res.once("finish", () => {
      const pattern = routePattern(req.route, req.originalUrl);
      const labels = {
        method: req.method,
        route: pattern,
        status: String(res.statusCode),
      };
      metrics.httpRequests.inc(labels);
      stop(labels);
    });
    next();
  };
}

/**
 * The matched route as `/v1/sentences/:id`. `req.baseUrl` is already reset when
 * an error left the router, so the mount prefix is taken from the original path:
 * the segments before those the route pattern matched.
 */
function routePattern(route: unknown, originalUrl: string): string {
  if (
    typeof route !== "object" ||
    route === null ||
    !("path" in route) ||
    typeof route.path !== "string"
  ) {
    return "unmatched";
  }
  const path = originalUrl.split("?", 1)[0] ?? "";
  const segments = path.split("/").filter((s) => s !== "");
  const patternSegments = route.path.split("/").filter((s) => s !== "").length;
  const prefix = segments.slice(
    0,
    Math.max(0, segments.length - patternSegments),
  );
  // Mount paths match without case: the client's casing must not mint new labels.
  return `${prefix.map((s) => `/${s.toLowerCase()}`).join("")}${route.path}`;
}
