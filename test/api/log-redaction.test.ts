import { Writable } from "node:stream";
import { expect } from "chai";
import { loadConfig } from "../../config/config.js";
import { createControlApp } from "../../src/control-server.js";
import { createIndexerLogger } from "../../indexer/cli/engine-commands.js";
import { startServer } from "../../src/http/server.js";
import type { Reindexer } from "../../indexer/port.js";
import { request, startTestApi, type TestApi } from "./api-harness.js";

const ADMIN_TOKEN = "admin-token-0123456789abcdef";
const SECRETS = [
  "s3cr3t-token",
  "s3cr3t-apikey",
  "s3cr3t-access",
  "s3cr3t-key",
  "s3cr3t-header",
  "s3cr3t-password",
];
const noJobs: Reindexer = {
  start: () => Promise.reject(new Error("no jobs here")),
  get: () => Promise.resolve(undefined),
};

/** Requests a hostile or careless client sends with secrets in the URL and headers. */
async function leakSecrets(url: string): Promise<void> {
  const [token, apiKey, access, key, header, password] = SECRETS;
  const authorization = { authorization: `Bearer ${header}` };
  await request(`${url}/v1/admin/reindex?token=${token}`, {
    method: "POST",
    headers: authorization,
  });
  await request(
    `${url}/v1/search?q=lavrov&apiKey=${apiKey}&access_token=${access}&KEY=${key}&password=${password}`,
    { headers: authorization },
  );
}

describe("secrets in logs", () => {
  let api: TestApi;
  const logs: object[] = [];

  before(async () => {
    api = await startTestApi({ env: { ADMIN_TOKEN }, logs });
  });
  after(async () => api.close());

  it("request logs when the URL carries tokens or keys and the request an Authorization header then contain none of them", async () => {
    await leakSecrets(api.url);

    const text = JSON.stringify(logs);
    for (const secret of SECRETS) expect(text).to.not.contain(secret);
    expect(text).to.contain("/v1/admin/reindex?token=[redacted]");
    expect(text).to.contain("q=lavrov&apiKey=[redacted]");
  });

  it("the indexer's logs when its control server is sent secrets then contain none of them", async () => {
    const lines: string[] = [];
    const capture = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createIndexerLogger(
      loadConfig({ LOG_LEVEL: "info" }),
      capture,
    );
    const control = await startServer(
      createControlApp({ token: ADMIN_TOKEN, reindexer: noJobs, logger }),
      {
        host: "127.0.0.1",
        port: 0,
        requestTimeoutMs: 5_000,
        headersTimeoutMs: 2_000,
      },
    );
    try {
      await leakSecrets(control.url);
      logger.info({ headers: { authorization: `Bearer ${SECRETS[4]}` } }, "x");
    } finally {
      await control.close(1_000);
    }

    const text = lines.join("");
    expect(text).to.contain("/v1/admin/reindex?token=[redacted]");
    for (const secret of SECRETS) expect(text).to.not.contain(secret);
  });
});
