import { expect } from "chai";
import { errorResponseSchema } from "../../src/api/response-schemas.js";
import {
  seedDocuments,
  startTestApi,
  type TestApi,
} from "../api/api-harness.js";
import { fetchRaw, type RawResponse } from "./raw-http.js";
import { scaled } from "./robustness-harness.js";

const LIMIT = 20;
/**
 * Simultaneous new connections stay under Node's listen backlog (511): beyond
 * it the kernel drops connections, which tests TCP rather than the limiter.
 */
const BIGGEST_BURST = 480;

/** `count` concurrent searches, all claiming to come from `forwardedFor`. */
function burst(
  api: TestApi,
  count: number,
  forwardedFor: (i: number) => string | undefined,
): Promise<RawResponse[]> {
  return Promise.all(
    Array.from({ length: count }, (_, i) => {
      const xff = forwardedFor(i);
      return fetchRaw(
        `${api.url}/v1/search?q=lavrov&page=${(i % 5) + 1}`,
        { headers: xff === undefined ? {} : { "x-forwarded-for": xff } },
        // Soak bursts share one event loop with the server.
        scaled(5_000, 30_000),
      );
    }),
  );
}

function expectLimited(
  responses: readonly RawResponse[],
  allowed: number,
): void {
  const statuses = responses.map((r) => r.status);
  expect(statuses.filter((s) => s === 200)).to.have.length(allowed);
  expect(statuses.filter((s) => s !== 200 && s !== 429)).to.deep.equal([]);
  for (const limited of responses.filter((r) => r.status === 429)) {
    expect(
      errorResponseSchema.parse(JSON.parse(limited.text)).error.code,
    ).to.equal("rate_limited");
    expect(Number(limited.headers.get("retry-after"))).to.be.greaterThan(0);
  }
}

describe("rate limiting under bursts", function () {
  this.timeout(60_000);
  const apis: TestApi[] = [];
  after(async () => Promise.all(apis.map((api) => api.close())));

  async function apiBehindProxies(trustProxy: number): Promise<TestApi> {
    const api = await startTestApi({
      documents: await seedDocuments(),
      env: {
        RATE_LIMIT_MAX: String(LIMIT),
        RATE_LIMIT_WINDOW_MS: "600000",
        TRUST_PROXY: String(trustProxy),
      },
    });
    apis.push(api);
    return api;
  }

  it("a burst when one client sends far more than its limit at once then exactly the limit passes and the rest get 429 with Retry-After", async () => {
    const api = await apiBehindProxies(1);

    const responses = await burst(
      api,
      scaled(100, BIGGEST_BURST),
      () => "203.0.113.1",
    );

    expectLimited(responses, LIMIT);
  });

  it("bursts when several clients send at once behind a trusted proxy then each gets its own budget", async () => {
    const api = await apiBehindProxies(1);
    const clients = scaled(5, BIGGEST_BURST / 40);

    const responses = await burst(
      api,
      clients * 40,
      (i) => `198.51.100.${i % clients}`,
    );

    for (let client = 0; client < clients; client += 1)
      expectLimited(
        responses.filter((_, i) => i % clients === client),
        LIMIT,
      );
    const newcomer = await burst(api, 1, () => "192.0.2.200");
    expect(newcomer[0]?.status).to.equal(200);
  });

  it("a burst when a client forges X-Forwarded-For entries before the proxy's then they do not buy it a new budget", async () => {
    const api = await apiBehindProxies(1);

    const responses = await burst(api, 60, (i) => `10.0.${i}.1, 203.0.113.9`);

    expectLimited(responses, LIMIT);
  });

  it("a burst when no proxy is trusted then X-Forwarded-For is ignored and the connection's address is limited", async () => {
    const api = await apiBehindProxies(0);

    const responses = await burst(api, 60, (i) => `198.51.100.${i}`);

    expectLimited(responses, LIMIT);
  });
});
