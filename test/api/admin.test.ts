import { expect } from "chai";
import { reindexJobSchema } from "../../src/api/response-schemas.js";
import {
  SEED_FILE,
  seedDocuments,
  request,
  startTestApi,
  type TestApi,
  localReindexer,
  waitForJob,
} from "./api-harness.js";

const TOKEN = "test-admin-token-0123456789";

describe("admin reindex routes", () => {
  let api: TestApi;

  before(async () => {
    api = await startTestApi({
      env: { ADMIN_TOKEN: TOKEN },
      reindexer: localReindexer([SEED_FILE]),
    });
  });
  after(async () => api.close());

  const admin = (path: string, init: RequestInit = {}, token = TOKEN) =>
    request(`${api.url}/v1/admin${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}` },
    });

  it("reindex when no token or a wrong token is sent then answers 401 unauthorized", async () => {
    const none = await request(`${api.url}/v1/admin/reindex`, {
      method: "POST",
    });
    const wrong = await admin(
      "/reindex",
      { method: "POST" },
      "not-the-token-at-all",
    );

    expect(none.status).to.equal(401);
    expect(none.body.error.code).to.equal("unauthorized");
    expect(wrong.status).to.equal(401);
  });

  it("reindex when authorised then answers 202 with a job that ends succeeded and serves the documents", async () => {
    const started = await admin("/reindex", { method: "POST" });

    expect(started.status).to.equal(202);
    expect(reindexJobSchema.parse(started.body).status).to.be.oneOf([
      "queued",
      "running",
    ]);
    expect(started.headers.get("location")).to.equal(
      `/v1/admin/reindex/${started.body.jobId}`,
    );

    const job = await waitForJob(
      () => admin(`/reindex/${started.body.jobId}`),
      started.body,
    );
    expect(job).to.include({
      status: "succeeded",
      documents: (await seedDocuments()).length,
      error: null,
      mode: "full",
    });
    expect(job.startedAt).to.be.a("string");
    expect(job.finishedAt).to.be.a("string");
    expect(
      (await request(`${api.url}/v1/search?q=lavrov`)).body.totalHits,
    ).to.be.greaterThan(0);
    expect((await request(`${api.url}/readyz`)).status).to.equal(200);
  });

  it("reindex job when the id is unknown then answers 404", async () => {
    expect((await admin("/reindex/job_unknown")).status).to.equal(404);
  });
});
