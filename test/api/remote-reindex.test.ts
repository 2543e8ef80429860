import { expect } from "chai";
import { pino } from "pino";
import { INDEX_SETTINGS } from "../../config/index-settings.js";
import { createControlApp } from "../../src/control-server.js";
import { loadReleases } from "../../indexer/documents/load-releases.js";
import { createReindexRunner } from "../../indexer/jobs/reindex-runner.js";
import {
  openEmbeddedEngine,
  type EmbeddedEngine,
} from "../../src/engines/embedded/embedded-engine.js";
import { startServer, type RunningServer } from "../../src/http/server.js";
import { createRemoteReindexer } from "../../src/http/remote-reindexer.js";
import {
  SEED_FILE,
  request,
  seedDocuments,
  startTestApi,
  type TestApi,
  waitForJob,
} from "./api-harness.js";

const TOKEN = "shared-admin-token-0123456789";
const serverOptions = {
  host: "127.0.0.1",
  port: 0,
  requestTimeoutMs: 10_000,
  headersTimeoutMs: 5_000,
};

describe("admin reindex forwarded to the indexer's control server", () => {
  let indexerEngine: EmbeddedEngine;
  let control: RunningServer;
  let api: TestApi;
  let apiWithoutIndexer: TestApi;

  before(async () => {
    indexerEngine = await openEmbeddedEngine();
    const runner = createReindexRunner({
      target: {
        engine: indexerEngine,
        indexName: "releases",
        settings: INDEX_SETTINGS,
        log: () => undefined,
      },
      loadAll: () => loadReleases([SEED_FILE]),
    });
    control = await startServer(
      createControlApp({
        token: TOKEN,
        reindexer: runner,
        logger: pino({ level: "silent" }),
      }),
      serverOptions,
    );
    api = await startTestApi({
      env: { ADMIN_TOKEN: TOKEN },
      reindexer: () =>
        createRemoteReindexer({
          url: control.url,
          token: TOKEN,
          timeoutMs: 2_000,
        }),
    });
    apiWithoutIndexer = await startTestApi({
      env: { ADMIN_TOKEN: TOKEN },
      reindexer: () =>
        createRemoteReindexer({
          url: "http://127.0.0.1:9",
          token: TOKEN,
          timeoutMs: 500,
        }),
    });
  });
  after(async () => {
    await api.close();
    await apiWithoutIndexer.close();
    await control.close(1_000);
    await indexerEngine.close();
  });

  const admin = (base: string, path: string, init: RequestInit = {}) =>
    request(`${base}/v1/admin${path}`, {
      ...init,
      headers: { authorization: `Bearer ${TOKEN}` },
    });

  it("reindex through the API when an indexer serves control routes then runs there and reports its state", async () => {
    const started = await admin(api.url, "/reindex", { method: "POST" });

    expect(started.status).to.equal(202);
    const job = await waitForJob(
      () => admin(api.url, `/reindex/${started.body.jobId}`),
      started.body,
    );
    const seedSize = (await seedDocuments()).length;
    expect(job).to.include({
      status: "succeeded",
      documents: seedSize,
      trigger: "admin",
    });
    expect(await indexerEngine.countDocuments("releases")).to.equal(seedSize);
    expect((await admin(api.url, "/reindex/job_unknown")).status).to.equal(404);
  });

  it("control server when the token is wrong then answers 401 and keeps its health route open", async () => {
    const wrong = await request(`${control.url}/v1/admin/reindex`, {
      method: "POST",
      headers: { authorization: "Bearer wrong-token-wrong-token" },
    });

    expect(wrong.status).to.equal(401);
    expect((await request(`${control.url}/healthz`)).status).to.equal(200);
  });

  it("reindex through the API when the indexer cannot be reached then answers 503", async () => {
    const { status, body } = await admin(apiWithoutIndexer.url, "/reindex", {
      method: "POST",
    });

    expect(status).to.equal(503);
    expect(body.error.code).to.equal("engine_unavailable");
  });
});
