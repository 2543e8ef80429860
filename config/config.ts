import path from "node:path";
import { fileURLToPath } from "node:url";
import { Cron } from "croner";
import { z } from "zod";

/** The project root, whether running from sources or from `dist/`. */
export const PROJECT_ROOT = findProjectRoot(
  path.dirname(fileURLToPath(import.meta.url)),
);

function findProjectRoot(dir: string): string {
  // config/ sits at the root in sources and at dist/config/ once built.
  const parent = path.dirname(dir);
  return path.basename(parent) === "dist" ? path.dirname(parent) : parent;
}

const MIN_SECRET_LENGTH = 16;

const boolean = (fallback: boolean) => z.stringbool().default(fallback);
const int = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();
const optionalSecret = z
  .string()
  .transform((v) => (v.trim() === "" ? undefined : v.trim()))
  .optional()
  .refine((v) => v === undefined || v.length >= MIN_SECRET_LENGTH, {
    error: `must be at least ${MIN_SECRET_LENGTH} characters`,
  });
const optionalUrl = optionalText.refine(
  (v) => v === undefined || URL.canParse(v),
  {
    error: "must be an absolute URL such as http://localhost:7700",
  },
);

/** Every environment variable the service and the indexer read, with its default. */
export const envSchema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"])
    .default("development"),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  PORT: int(3000, 0, 65535),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info"),
  TRUST_PROXY: int(0, 0, 10),

  RELEASES_DIR: optionalText,
  INDEX_NAME: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, "may use only letters, digits, _ and -")
    .default("releases"),
  DATA_DIR: optionalText,
  WATCH_RELEASES: boolean(true),
  WATCH_DEBOUNCE_MS: int(500, 0, 60_000),
  REINDEX_SCHEDULE: optionalText,

  MEILI_URL: optionalUrl,
  MEILI_SEARCH_KEY: optionalText,
  MEILI_ADMIN_KEY: optionalText,
  MEILI_REQUEST_TIMEOUT_MS: int(5_000, 100, 600_000),
  MEILI_TASK_TIMEOUT_MS: int(600_000, 1_000, 86_400_000),
  MEILI_BATCH_MAX_DOCUMENTS: int(10_000, 1, 1_000_000),
  MEILI_BATCH_MAX_BYTES: int(8 * 1024 * 1024, 1024, 90 * 1024 * 1024),

  ENGINE_TIMEOUT_MS: int(3_000, 50, 120_000),
  CORS_ORIGINS: optionalText,
  RATE_LIMIT_WINDOW_MS: int(60_000, 1_000, 3_600_000),
  RATE_LIMIT_MAX: int(600, 1, 1_000_000),
  ADMIN_TOKEN: optionalSecret,
  METRICS_TOKEN: optionalSecret,
  METRICS_PORT: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce.number().int().min(0).max(65535).optional(),
  ),
  REINDEX_URL: optionalUrl,
  INDEXER_CONTROL_PORT: int(0, 0, 65535),
  INDEXER_CONTROL_HOST: z.string().trim().min(1).default("127.0.0.1"),
  MAX_FACET_VALUES: int(100, 1, 10_000),
  SHUTDOWN_TIMEOUT_MS: int(10_000, 0, 300_000),
  REQUEST_TIMEOUT_MS: int(30_000, 1_000, 600_000),
  HEADERS_TIMEOUT_MS: int(10_000, 1_000, 600_000),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  readonly env: Env["NODE_ENV"];
  readonly server: {
    readonly host: string;
    readonly port: number;
    readonly trustProxy: number;
    readonly requestTimeoutMs: number;
    readonly headersTimeoutMs: number;
    readonly shutdownTimeoutMs: number;
    /** When set, `/metrics` is served only on this port (same host), not on `port`. */
    readonly metricsPort: number | undefined;
  };
  readonly log: { readonly level: Env["LOG_LEVEL"] };
  readonly indexing: {
    readonly releasesDir: string;
    readonly indexName: string;
    readonly dataDir: string | undefined;
    readonly watch: boolean;
    readonly watchDebounceMs: number;
    readonly schedule: string | undefined;
    readonly controlPort: number;
    readonly controlHost: string;
  };
  /** Absent when no Meilisearch URL is configured: the embedded engine runs. */
  readonly meilisearch:
    | {
        readonly url: string;
        readonly searchKey: string | undefined;
        readonly adminKey: string | undefined;
        readonly requestTimeoutMs: number;
        readonly taskTimeoutMs: number;
        readonly batchMaxDocuments: number;
        readonly batchMaxBytes: number;
      }
    | undefined;
  readonly api: {
    readonly engineTimeoutMs: number;
    /** `["*"]` allows any origin; empty allows none. */
    readonly corsOrigins: readonly string[];
    readonly rateLimit: { readonly windowMs: number; readonly max: number };
    readonly adminToken: string | undefined;
    /** When set, `/metrics` requires `Authorization: Bearer <token>`. */
    readonly metricsToken: string | undefined;
    readonly reindexUrl: string | undefined;
    readonly maxFacetValues: number;
  };
}

/** Thrown by `loadConfig` with every problem found, each naming its variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.problems = problems;
  }
}

/**
 * Reads the configuration from environment variables. Pure: it does not read
 * `.env` (`main.ts` does, through dotenv) and touches nothing else.
 *
 * @param env - the variables, `process.env` by default
 * @returns a frozen, typed configuration
 * @throws ConfigError listing every invalid variable
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Config {
  const known = Object.fromEntries(
    Object.keys(envSchema.shape).map((key) => [key, env[key]]),
  );
  const parsed = envSchema.safeParse(known);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`,
      ),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.HEADERS_TIMEOUT_MS > e.REQUEST_TIMEOUT_MS) {
    problems.push("HEADERS_TIMEOUT_MS: must not exceed REQUEST_TIMEOUT_MS");
  }
  if (
    e.MEILI_URL === undefined &&
    (e.MEILI_SEARCH_KEY ?? e.MEILI_ADMIN_KEY) !== undefined
  ) {
    problems.push("MEILI_URL: must be set when a Meilisearch key is given");
  }
  if (
    e.REINDEX_SCHEDULE !== undefined &&
    !isCronExpression(e.REINDEX_SCHEDULE)
  ) {
    problems.push(
      'REINDEX_SCHEDULE: must be a cron expression such as "0 3 * * *"',
    );
  }
  const corsOrigins = parseOrigins(e.CORS_ORIGINS, e.NODE_ENV, problems);
  if (problems.length > 0) throw new ConfigError(problems);

  return deepFreeze({
    env: e.NODE_ENV,
    server: {
      host: e.HOST,
      port: e.PORT,
      trustProxy: e.TRUST_PROXY,
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
      headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
      metricsPort: e.METRICS_PORT,
    },
    log: { level: e.LOG_LEVEL },
    indexing: {
      releasesDir: path.resolve(
        PROJECT_ROOT,
        e.RELEASES_DIR ?? "samples/releases",
      ),
      indexName: e.INDEX_NAME,
      dataDir:
        e.DATA_DIR === undefined
          ? undefined
          : path.resolve(PROJECT_ROOT, e.DATA_DIR),
      watch: e.WATCH_RELEASES,
      watchDebounceMs: e.WATCH_DEBOUNCE_MS,
      schedule: e.REINDEX_SCHEDULE,
      controlPort: e.INDEXER_CONTROL_PORT,
      controlHost: e.INDEXER_CONTROL_HOST,
    },
    meilisearch:
      e.MEILI_URL === undefined
        ? undefined
        : {
            url: e.MEILI_URL,
            searchKey: e.MEILI_SEARCH_KEY,
            adminKey: e.MEILI_ADMIN_KEY,
            requestTimeoutMs: e.MEILI_REQUEST_TIMEOUT_MS,
            taskTimeoutMs: e.MEILI_TASK_TIMEOUT_MS,
            batchMaxDocuments: e.MEILI_BATCH_MAX_DOCUMENTS,
            batchMaxBytes: e.MEILI_BATCH_MAX_BYTES,
          },
    api: {
      engineTimeoutMs: e.ENGINE_TIMEOUT_MS,
      corsOrigins,
      rateLimit: { windowMs: e.RATE_LIMIT_WINDOW_MS, max: e.RATE_LIMIT_MAX },
      adminToken: e.ADMIN_TOKEN,
      metricsToken: e.METRICS_TOKEN,
      reindexUrl: e.REINDEX_URL,
      maxFacetValues: e.MAX_FACET_VALUES,
    },
  });
}

function parseOrigins(
  raw: string | undefined,
  nodeEnv: Env["NODE_ENV"],
  problems: string[],
): string[] {
  // Without an explicit list, development allows any origin and production none.
  if (raw === undefined) return nodeEnv === "production" ? [] : ["*"];
  const origins = raw
    .split(",")
    .map((o) => o.trim())
    .filter((o) => o !== "");
  for (const origin of origins) {
    if (origin === "*") continue;
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      problems.push(
        `CORS_ORIGINS: "${origin}" is not an origin such as https://example.org`,
      );
    }
  }
  return origins;
}

function isCronExpression(expression: string): boolean {
  try {
    new Cron(expression, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
