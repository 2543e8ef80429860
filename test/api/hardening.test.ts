import { expect } from "chai";
import {
  request,
  seedDocuments,
  startTestApi,
  type TestApi,
} from "./api-harness.js";

describe("HTTP hardening", () => {
  let api: TestApi;

  before(async () => {
    api = await startTestApi({
      documents: await seedDocuments(),
      env: {
        CORS_ORIGINS: "https://press.example.org",
        RATE_LIMIT_MAX: "1000",
      },
    });
  });
  after(async () => api.close());

  it("any response when served then carries security headers and no x-powered-by", async () => {
    const { headers } = await request(`${api.url}/v1/search?q=lavrov`);

    expect(headers.get("x-powered-by")).to.equal(null);
    expect(headers.get("content-security-policy")).to.contain(
      "default-src 'none'",
    );
    expect(headers.get("content-security-policy")).to.contain(
      "script-src 'self'",
    );
    expect(headers.get("x-content-type-options")).to.equal("nosniff");
  });

  it("CORS when the origin is allowlisted then allows it, and not another origin", async () => {
    const allowed = await request(`${api.url}/v1/search`, {
      headers: { origin: "https://press.example.org" },
    });
    const refused = await request(`${api.url}/v1/search`, {
      headers: { origin: "https://evil.example" },
    });

    expect(allowed.headers.get("access-control-allow-origin")).to.equal(
      "https://press.example.org",
    );
    expect(allowed.headers.get("vary")).to.match(/origin/i);
    expect(refused.headers.get("access-control-allow-origin")).to.equal(null);
  });

  it("CORS when the origin is absent or refused then still answers Vary: Origin, since the headers depend on it", async () => {
    for (const headers of [{}, { origin: "https://evil.example" }]) {
      for (const path of ["/v1/search?q=lavrov", "/v1/nope", "/healthz"]) {
        const response = await request(`${api.url}${path}`, { headers });

        expect(response.headers.get("vary"), path).to.match(/\borigin\b/i);
      }
    }
  });

  it("search when a query parameter is named __proto__ or constructor then answers 400 naming it", async () => {
    for (const [qs, key] of [
      ["__proto__=x", "__proto__"],
      ["q=a&__proto__=a&__proto__=b", "__proto__"],
      ["constructor=x", "constructor"],
      ["__proto__[page]=2", "__proto__[page]"],
    ] as const) {
      const { status, body } = await request(`${api.url}/v1/search?${qs}`);
      const speakers = await request(`${api.url}/v1/speakers?${qs}`);

      expect(status, qs).to.equal(400);
      expect(body.error.details.errors, qs).to.deep.equal([
        `Unrecognized key: "${key}"`,
      ]);
      expect(speakers.status, qs).to.equal(400);
    }
  });

  it("CORS preflight when the origin is allowlisted then answers 204 with allowed methods", async () => {
    const response = await fetch(`${api.url}/v1/search`, {
      method: "OPTIONS",
      headers: {
        origin: "https://press.example.org",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });

    expect(response.status).to.equal(204);
    expect(response.headers.get("access-control-allow-methods")).to.contain(
      "POST",
    );
  });

  it("request id when the client sends a safe one then echoes it, otherwise generates one", async () => {
    const echoed = await request(`${api.url}/healthz`, {
      headers: { "x-request-id": "abc-123" },
    });
    const replaced = await request(`${api.url}/healthz`, {
      headers: { "x-request-id": "not safe; <script>" },
    });
    const generated = await request(`${api.url}/healthz`);

    expect(echoed.headers.get("x-request-id")).to.equal("abc-123");
    expect(replaced.headers.get("x-request-id")).to.match(/^[0-9a-f-]{36}$/);
    expect(generated.headers.get("x-request-id")).to.match(/^[0-9a-f-]{36}$/);
  });

  it("an unknown route when requested then answers 404 in the error shape", async () => {
    const { status, body } = await request(`${api.url}/v1/nope`);

    expect(status).to.equal(404);
    expect(body).to.deep.equal({
      error: { code: "not_found", message: "No route for GET /v1/nope" },
    });
  });

  it("admin routes when no token is configured then do not exist (404)", async () => {
    const { status } = await request(`${api.url}/v1/admin/reindex`, {
      method: "POST",
    });

    expect(status).to.equal(404);
  });
});

describe("rate limiting", () => {
  let api: TestApi;

  before(async () => {
    api = await startTestApi({
      documents: await seedDocuments(),
      env: { RATE_LIMIT_MAX: "3" },
    });
  });
  after(async () => api.close());

  it("rate limit when a client exceeds the limit then answers 429 JSON with Retry-After", async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof request>> | undefined;
    for (let i = 0; i < 5; i += 1) {
      last = await request(`${api.url}/v1/search?q=lavrov&page=${i + 1}`);
      statuses.push(last.status);
    }

    expect(statuses).to.deep.equal([200, 200, 200, 429, 429]);
    expect(last?.body.error.code).to.equal("rate_limited");
    expect(Number(last?.headers.get("retry-after"))).to.be.greaterThan(0);
  });

  it("rate limit when the client is limited then health endpoints still answer", async () => {
    expect((await request(`${api.url}/healthz`)).status).to.equal(200);
  });
});
