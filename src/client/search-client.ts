import type { SearchParamsInput } from "../api/request-schemas.js";
import type {
  ErrorResponse,
  ReleaseResponse,
  SearchResponse,
  SentenceResponse,
  SpeakersResponse,
} from "../api/response-schemas.js";

/** An error answer of the API, with its code ("rate_limited", "engine_unavailable", …). */
export class SearchApiError extends Error {
  override name = "SearchApiError";
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  /** Seconds to wait, for `rate_limited`. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    status: number,
    body: ErrorResponse | undefined,
    retryAfter: string | null,
  ) {
    super(body?.error.message ?? `The search API answered ${status}`);
    this.status = status;
    this.code = body?.error.code ?? "internal";
    this.details = body?.error.details;
    this.retryAfterSeconds =
      retryAfter === null ? undefined : Number(retryAfter);
  }
}

export interface RequestOptions {
  /** Cancels the request, e.g. when the user typed again. */
  readonly signal?: AbortSignal;
}

export interface SearchClient {
  search(
    params?: SearchParamsInput,
    options?: RequestOptions,
  ): Promise<SearchResponse>;
  speakers(q?: string, options?: RequestOptions): Promise<SpeakersResponse>;
  release(id: string, options?: RequestOptions): Promise<ReleaseResponse>;
  sentence(id: string, options?: RequestOptions): Promise<SentenceResponse>;
}

/**
 * A small typed client for the release-search API. No runtime dependencies:
 * it runs in browsers (the demo page uses it) and in Node 20+.
 *
 * @param baseUrl - where the API is served, e.g. `https://search.example.org` or
 *   `location.origin`
 * @param options - `fetch` to use another implementation (tests, proxies)
 */
export function createSearchClient(
  baseUrl: string,
  options: { fetch?: typeof fetch } = {},
): SearchClient {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function get<T>(
    path: string,
    query: URLSearchParams | undefined,
    request: RequestOptions = {},
  ): Promise<T> {
    const url = new URL(path, baseUrl);
    if (query !== undefined) url.search = query.toString();
    const response = await doFetch(url, {
      headers: { accept: "application/json" },
      ...(request.signal !== undefined && { signal: request.signal }),
    });
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      throw new SearchApiError(
        response.status,
        body as ErrorResponse | undefined,
        response.headers.get("retry-after"),
      );
    }
    return body as T;
  }

  return {
    search: (params = {}, request) =>
      get<SearchResponse>("/v1/search", toQuery(params), request),
    speakers: (q = "", request) =>
      get<SpeakersResponse>(
        "/v1/speakers",
        q === "" ? undefined : new URLSearchParams({ q }),
        request,
      ),
    release: (id, request) =>
      get<ReleaseResponse>(
        `/v1/releases/${encodeURIComponent(id)}`,
        undefined,
        request,
      ),
    sentence: (id, request) =>
      get<SentenceResponse>(
        `/v1/sentences/${encodeURIComponent(id)}`,
        undefined,
        request,
      ),
  };
}

/** The query string of `GET /v1/search` for these parameters (repeatable ones repeated). */
export function toQuery(params: SearchParamsInput): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params) as [string, unknown][]) {
    if (value === undefined) continue;
    if (key === "facets" && Array.isArray(value)) {
      query.set(key, value.join(","));
    } else if (Array.isArray(value)) {
      for (const item of value as (string | number)[])
        query.append(key, String(item));
    } else if (typeof value === "string" || typeof value === "number") {
      query.set(key, String(value));
    }
  }
  return query;
}
