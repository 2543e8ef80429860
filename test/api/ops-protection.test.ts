import { expect } from "chai";
import { request, startTestApi, type TestApi } from "./api-harness.js";

const METRICS_TOKEN = "metrics-token-0123456789abcdef";

describe("ops endpoints: metrics token, rate limits, HSTS", () => {
  const apis: TestApi[] = [];
  after(async () => Promise.all(apis.map((a) => a.close())));

  async function apiWith(env: Record<string, string>): Promise<TestApi> {
    const api = await startTestApi({ env });
    apis.push(api);
    return api;
  }

  it("metrics when METRICS_TOKEN is set then answers 401 without the token and 200 with it", async () => {
    const api = await apiWith({ METRICS_TOKEN });

    const anonymous = await request(`${api.url}/metrics`);
    const wrong = await request(`${api.url}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}x` },
    });
    const scraper = await request(`${api.url}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });

    expect(anonymous.status).to.equal(401);
    expect(anonymous.body.error.code).to.equal("unauthorized");
    expect(anonymous.body.error.message).to.contain("METRICS_TOKEN");
    expect(wrong.status).to.equal(401);
    expect(scraper.status).to.equal(200);
    expect(scraper.body).to.match(/^# HELP /m);
  });

  it("the demo page and openapi.json when a client exceeds the rate limit then answer 429, while page scripts, probes and metrics still answer", async () => {
    const api = await apiWith({ RATE_LIMIT_MAX: "3" });

    const statuses = async (path: string) => {
      const seen: number[] = [];
      for (let i = 0; i < 5; i += 1)
        seen.push((await request(`${api.url}${path}`)).status);
      return seen;
    };

    expect(await statuses("/openapi.json")).to.deep.equal([
      200, 200, 200, 429, 429,
    ]);
    expect((await request(`${api.url}/`)).status).to.equal(429);
    // Its scripts are not: one visit loads some twenty of them.
    expect(await statuses("/assets/web/main.js")).to.not.include(429);
    for (const probe of ["/healthz", "/readyz", "/metrics"])
      expect(await statuses(probe), probe).to.not.include(429);
  });

  it("HSTS when TRUST_PROXY is 0 then is never sent, even if the client claims HTTPS", async () => {
    const api = await apiWith({ TRUST_PROXY: "0" });

    const plain = await request(`${api.url}/healthz`);
    const claimed = await request(`${api.url}/healthz`, {
      headers: { "x-forwarded-proto": "https" },
    });

    expect(plain.headers.get("strict-transport-security")).to.equal(null);
    expect(claimed.headers.get("strict-transport-security")).to.equal(null);
  });

  it("HSTS when a trusted proxy says the request came over HTTPS then is sent, and not over HTTP", async () => {
    const api = await apiWith({ TRUST_PROXY: "1" });

    const https = await request(`${api.url}/healthz`, {
      headers: { "x-forwarded-proto": "https" },
    });
    const http = await request(`${api.url}/healthz`, {
      headers: { "x-forwarded-proto": "http" },
    });

    expect(https.headers.get("strict-transport-security")).to.match(
      /^max-age=\d+/,
    );
    expect(http.headers.get("strict-transport-security")).to.equal(null);
  });
});
