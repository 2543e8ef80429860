import { expect } from "chai";
import { AppError } from "../../src/errors/app-error.js";
import { withReads } from "../fault-engines.js";
import {
  request,
  seedDocuments,
  startTestApi,
  type TestApi,
} from "./api-harness.js";

describe("engine faults", () => {
  const apis: TestApi[] = [];
  after(async () => Promise.all(apis.map((a) => a.close())));

  async function apiWith(fault: () => Promise<never>): Promise<TestApi> {
    const api = await startTestApi({
      documents: await seedDocuments(),
      env: { ENGINE_TIMEOUT_MS: "150" },
      wrapEngine: (engine) => withReads(engine, fault),
    });
    apis.push(api);
    return api;
  }

  it("search when the engine hangs then answers 503 engine_unavailable instead of hanging", async () => {
    const api = await apiWith(() => new Promise<never>(() => undefined));

    const { status, body } = await request(`${api.url}/v1/search?q=lavrov`);

    expect(status).to.equal(503);
    expect(body.error.code).to.equal("engine_unavailable");
  });

  it("every read endpoint when the engine is down then answers 503 and hides the cause", async () => {
    const api = await apiWith(() =>
      Promise.reject(
        new AppError(
          "engine_unavailable",
          "connect ECONNREFUSED 10.0.0.7:7700",
        ),
      ),
    );

    for (const path of [
      "/v1/search?q=x",
      "/v1/speakers",
      "/v1/releases/r",
      "/v1/sentences/s",
    ]) {
      const { status, body } = await request(`${api.url}${path}`);
      expect(status, path).to.equal(503);
      expect(body.error.message, path).to.not.contain("10.0.0.7");
    }
    expect((await request(`${api.url}/readyz`)).status).to.equal(503);
    expect((await request(`${api.url}/healthz`)).status).to.equal(200);
  });

  it("search when the engine throws an unexpected error then answers 500 internal without details", async () => {
    const api = await apiWith(() =>
      Promise.reject(new TypeError("cannot read properties of undefined")),
    );

    const { status, body } = await request(`${api.url}/v1/search?q=x`);

    expect(status).to.equal(500);
    expect(body.error).to.deep.equal({
      code: "internal",
      message: "Something went wrong on our side",
    });
  });
});
