import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { expect } from "chai";
import { errorResponseSchema } from "../../src/api/response-schemas.js";
import fc from "fast-check";
import {
  SEED_FILE,
  seedDocuments,
  startTestApi,
  type TestApi,
  localReindexer,
} from "../api/api-harness.js";
import {
  pathSegment,
  searchBody,
  searchQueryString,
  speakersQueryString,
  strayQueryString,
} from "./fuzz-arbitraries.js";
import { facetSearchBody, multiSearchBody } from "./fuzz-instantsearch.js";
import { CONTENT_ENCODINGS, clientHeaders } from "./fuzz-text.js";
import {
  expectWellFormed,
  operationsOf,
  type Operation,
} from "./response-checks.js";
import { fetchRaw, httpRaw } from "./raw-http.js";
import { fcParameters } from "./robustness-harness.js";

const TOKEN = "robustness-admin-token-0123456789";
const AUTHORIZATIONS = [
  `Bearer ${TOKEN}`,
  `Bearer ${TOKEN}x`,
  `bearer ${TOKEN}`,
  `Bearer  ${TOKEN}`,
  `Basic ${Buffer.from(`admin:${TOKEN}`).toString("base64")}`,
  "Bearer",
  "",
];

interface FuzzRequest {
  readonly method: string;
  readonly target: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  /** Compress the body as its Content-Encoding says (otherwise it is sent as is). */
  readonly encodeBody?: boolean;
}

/** Requests for one operation of the OpenAPI document. */
type RequestArbitrary = fc.Arbitrary<FuzzRequest>;

function startApi(adminToken: boolean): Promise<TestApi> {
  return seedDocuments().then((documents) =>
    startTestApi({
      documents,
      env: {
        RATE_LIMIT_MAX: "1000000",
        CORS_ORIGINS: "https://press.example.org",
        ...(adminToken && { ADMIN_TOKEN: TOKEN }),
      },
      reindexer: localReindexer([SEED_FILE]),
    }),
  );
}

function requestsFor(
  operation: Operation,
  ids: { releases: string[]; sentences: string[]; jobs: string[] },
): RequestArbitrary {
  const headers = clientHeaders(AUTHORIZATIONS);
  const getOrHead = fc.constantFrom("GET", "GET", "HEAD");
  const get = (target: fc.Arbitrary<string>): RequestArbitrary =>
    fc.record({ method: getOrHead, target, headers });
  switch (`${operation.method} ${operation.path}`) {
    case "GET /v1/search":
      return get(searchQueryString.map((qs) => `/v1/search?${qs}`));
    case "POST /v1/search":
      return fc.record({
        method: fc.constant("POST"),
        target: strayQueryString.map((qs) => `/v1/search?${qs}`),
        headers,
        body: searchBody,
        encodeBody: fc.boolean(),
      });
    case "GET /v1/speakers":
      return get(speakersQueryString.map((qs) => `/v1/speakers?${qs}`));
    case "GET /v1/releases/{id}":
      return get(pathSegment(ids.releases).map((id) => `/v1/releases/${id}`));
    case "GET /v1/sentences/{id}":
      return get(pathSegment(ids.sentences).map((id) => `/v1/sentences/${id}`));
    case "POST /v1/admin/reindex":
      return fc
        .record({
          method: fc.constant("POST"),
          target: strayQueryString.map((qs) => `/v1/admin/reindex?${qs}`),
          headers,
          body: fc.option(searchBody, { nil: undefined }),
        })
        .map(({ body, ...rest }) =>
          body === undefined ? rest : { ...rest, body },
        );
    case "GET /v1/admin/reindex/{jobId}":
      return get(pathSegment(ids.jobs).map((id) => `/v1/admin/reindex/${id}`));
    case "POST /v1/instantsearch/multi-search":
      return fc.record({
        method: fc.constant("POST"),
        target: fc.constant("/v1/instantsearch/multi-search"),
        headers,
        body: multiSearchBody,
      });
    case "POST /v1/instantsearch/indexes/{indexUid}/facet-search":
      return fc.record({
        method: fc.constant("POST"),
        target: fc
          .constantFrom("releases", "releases", "movies")
          .map((uid) => `/v1/instantsearch/indexes/${uid}/facet-search`),
        headers,
        body: facetSearchBody,
      });
    default:
      return get(strayQueryString.map((qs) => `${operation.path}?${qs}`));
  }
}

const ENCODERS = new Map<string, (body: string) => Buffer>([
  ["gzip", (body) => gzipSync(body)],
  ["deflate", (body) => deflateSync(body)],
  ["br", (body) => brotliCompressSync(body)],
]);

async function send(api: TestApi, request: FuzzRequest) {
  const encoder = ENCODERS.get(request.headers["content-encoding"] ?? "");
  const body =
    request.body !== undefined && request.encodeBody === true && encoder
      ? encoder(request.body)
      : request.body;
  return httpRaw(`${api.url}${request.target}`, {
    method: request.method,
    headers: request.headers,
    ...(body !== undefined && { body }),
  });
}

/**
 * A Transfer-Encoding other than chunked: Node's parser may refuse the request
 * (or the body sent after it) with 400 before any route sees it.
 */
const badFraming = (request: FuzzRequest): boolean => {
  const te = request.headers["transfer-encoding"];
  return te !== undefined && te.trim().toLowerCase() !== "chunked";
};

/**
 * The documented answer; with bad framing also the parser's 400, which comes
 * before any route and so in the service's own error shape (on every route,
 * the InstantSearch ones included).
 */
function expectAnswered(
  operation: Operation,
  request: FuzzRequest,
  response: Awaited<ReturnType<typeof send>>,
  documented: ReadonlyMap<string, readonly number[]>,
): void {
  if (badFraming(request) && response.status === 400) {
    const body = request.method === "HEAD" ? "" : response.text;
    if (body === "" || errorResponseSchema.safeParse(JSON.parse(body)).success)
      return;
  }
  expectWellFormed(operation, request.method, response, documented);
}

describe("fuzzing every endpoint of /openapi.json", function () {
  this.timeout(120_000);
  let api: TestApi;
  let documented: Map<string, readonly number[]>;
  const ids = {
    releases: [] as string[],
    sentences: [] as string[],
    jobs: [] as string[],
  };

  before(async () => {
    api = await startApi(true);
    documented = operationsOf(
      JSON.parse((await fetchRaw(`${api.url}/openapi.json`)).text),
    );
    const docs = await seedDocuments();
    ids.releases = [...new Set(docs.map((d) => d.releaseId))];
    ids.sentences = docs.map((d) => d.id);
    const job = await fetchRaw(`${api.url}/v1/admin/reindex`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    ids.jobs = [(JSON.parse(job.text) as { jobId: string }).jobId];
  });
  after(async () => api.close());

  it("the OpenAPI document when read then lists every endpoint of API.md", () => {
    expect([...documented.keys()]).to.include.members([
      "GET /v1/search",
      "POST /v1/search",
      "GET /v1/speakers",
      "GET /v1/releases/{id}",
      "GET /v1/sentences/{id}",
      "POST /v1/admin/reindex",
      "GET /v1/admin/reindex/{jobId}",
      "GET /healthz",
      "GET /readyz",
      "GET /openapi.json",
      "GET /metrics",
      "GET /",
    ]);
  });

  it("every endpoint when sent generated parameters, bodies and headers then answers documented JSON, never 5xx, never hangs", async () => {
    for (const key of documented.keys()) {
      const [method = "", path = ""] = key.split(" ");
      const operation = { method, path };
      await fc.assert(
        fc.asyncProperty(requestsFor(operation, ids), async (request) => {
          const response = await send(api, request);
          expectAnswered(operation, request, response, documented);
        }),
        fcParameters(40, 1_000),
      );
    }
  });

  it("search POST when the JSON body is sent with any Content-Encoding or Transfer-Encoding, encoded, raw or truncated then answers documented JSON, never 5xx", async () => {
    const operation = { method: "POST", path: "/v1/search" };
    const encoded = fc.record({
      body: searchBody,
      encoding: fc.constantFrom(...CONTENT_ENCODINGS, "identity", "x-snappy"),
      chunked: fc.boolean(),
      encodeBody: fc.boolean(),
      cut: fc.nat({ max: 40 }),
    });
    await fc.assert(
      fc.asyncProperty(encoded, async (c) => {
        const encoder = ENCODERS.get(c.encoding);
        const full =
          c.encodeBody && encoder ? encoder(c.body) : Buffer.from(c.body);
        const body = c.cut > 0 ? full.subarray(0, -c.cut) : full;
        const response = await httpRaw(`${api.url}/v1/search`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "content-encoding": c.encoding,
            ...(c.chunked && { "transfer-encoding": "chunked" }),
          },
          body,
        });
        expectWellFormed(operation, "POST", response, documented);
      }),
      fcParameters(60, 1_500),
    );
  });

  it("search when the same query is revalidated with its ETag then answers 304 without a body", async () => {
    await fc.assert(
      fc.asyncProperty(searchQueryString, async (qs) => {
        const first = await fetchRaw(`${api.url}/v1/search?${qs}`);
        const etag = first.headers.get("etag");
        fc.pre(first.status === 200 && etag !== null);
        const again = await httpRaw(`${api.url}/v1/search?${qs}`, {
          headers: { "if-none-match": etag },
        });
        expect(again.status).to.equal(304);
        expect(again.text).to.equal("");
      }),
      fcParameters(30, 500),
    );
  });
});

describe("fuzzing the admin routes when no admin token is configured", () => {
  let api: TestApi;

  before(async () => {
    api = await startApi(false);
  });
  after(async () => api.close());

  it("admin routes when called with any token then answer 404 in the error shape", async () => {
    const documented = new Map([
      ["POST /v1/admin/reindex", [404]],
      ["GET /v1/admin/reindex/{jobId}", [404]],
    ]);
    for (const key of documented.keys()) {
      const [method = "", path = ""] = key.split(" ");
      const operation = { method, path };
      await fc.assert(
        fc.asyncProperty(
          requestsFor(operation, {
            releases: [],
            sentences: [],
            jobs: ["job_x"],
          }),
          async (request) => {
            const response = await send(api, request);
            expectAnswered(operation, request, response, documented);
            if (!badFraming(request)) expect(response.status).to.equal(404);
          },
        ),
        fcParameters(20, 300),
      );
    }
  });
});
