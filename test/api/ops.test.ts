import { expect } from "chai";
import { INDEX_SETTINGS } from "../../config/index-settings.js";
import {
  request,
  seedDocuments,
  startTestApi,
  type TestApi,
} from "./api-harness.js";

describe("health, metrics and the OpenAPI document", () => {
  let api: TestApi;

  before(async () => {
    api = await startTestApi();
  });
  after(async () => api.close());

  it("readyz when the index is empty then answers 503, and 200 once it holds documents", async () => {
    const before = await request(`${api.url}/readyz`);
    await api.engine.ensureIndex(api.config.indexing.indexName, INDEX_SETTINGS);
    const seed = await seedDocuments();
    await api.engine.upsert(api.config.indexing.indexName, seed);
    const after = await request(`${api.url}/readyz`);

    expect(before.status).to.equal(503);
    expect(before.body.status).to.equal("unavailable");
    expect(after.status).to.equal(200);
    expect(after.body).to.include({
      status: "ok",
      engine: "embedded",
      documents: seed.length,
    });
  });

  it("healthz when the process runs then answers 200", async () => {
    expect((await request(`${api.url}/healthz`)).body).to.deep.equal({
      status: "ok",
    });
  });

  it("metrics when requests were served then exposes counts and latencies by route pattern", async () => {
    await request(`${api.url}/v1/search?q=lavrov`);
    await request(`${api.url}/v1/sentences/does-not-exist`);

    const { status, body, headers } = await request(`${api.url}/metrics`);

    expect(status).to.equal(200);
    expect(headers.get("content-type")).to.contain("text/plain");
    expect(body).to.match(
      /http_requests_total\{method="GET",route="\/v1\/search",status="200"\} \d+/,
    );
    expect(body).to.match(
      /http_requests_total\{method="GET",route="\/v1\/sentences\/:id",status="404"\}/,
    );
    expect(body).to.contain("http_request_duration_seconds_bucket");
    expect(body).to.match(
      /search_engine_request_duration_seconds_count\{operation="search",outcome="ok"\}/,
    );
    expect(body).to.contain("reindex_runs_total");
  });

  it("metrics when a client varies the path's case then counts it under the one route pattern (bounded labels)", async () => {
    expect((await request(`${api.url}/V1/SeArCh?q=lavrov`)).status).to.equal(
      200,
    );

    const { body } = await request(`${api.url}/metrics`);

    expect(body).to.not.match(/route="[^"]*[A-Z]/);
  });

  it("openapi.json when fetched then describes every endpoint of API.md as OpenAPI 3.1", async () => {
    const { status, body } = await request(`${api.url}/openapi.json`);

    expect(status).to.equal(200);
    expect(body.openapi).to.equal("3.1.0");
    expect(Object.keys(body.paths)).to.include.members([
      "/v1/search",
      "/v1/speakers",
      "/v1/releases/{id}",
      "/v1/sentences/{id}",
      "/v1/admin/reindex",
      "/v1/admin/reindex/{jobId}",
      "/healthz",
      "/readyz",
      "/openapi.json",
      "/metrics",
      "/",
    ]);
    expect(Object.keys(body.paths["/v1/search"])).to.have.members([
      "get",
      "post",
    ]);
    const params = body.paths["/v1/search"].get.parameters.map(
      (p: any) => p.name,
    );
    expect(params).to.have.members([
      "q",
      "speaker",
      "release",
      "from",
      "to",
      "sort",
      "page",
      "hitsPerPage",
      "facets",
    ]);
  });
});
