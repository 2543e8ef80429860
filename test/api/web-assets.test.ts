import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "chai";
import { PROJECT_ROOT } from "../../config/config.js";
import { request, startTestApi, type TestApi } from "./api-harness.js";

describe("web assets", () => {
  let api: TestApi;

  before(async () => {
    api = await startTestApi();
  });
  after(async () => api.close());

  it("page scripts when requested then are served as JavaScript", async () => {
    for (const asset of [
      "/assets/web/main.js",
      "/assets/client/search-client.js",
      "/assets/contract/api-contract.js",
    ]) {
      const { status, headers } = await request(`${api.url}${asset}`);

      expect(status, asset).to.equal(200);
      expect(headers.get("content-type"), asset).to.match(/javascript/);
    }
  });

  it("source maps when requested plainly or through percent-encoding then answer 404", async () => {
    for (const asset of [
      "/assets/web/main.js.map",
      "/assets/web/main.js.ma%70",
      "/assets/web/main.js%2Emap",
      "/assets/web/%6Dain.js.map",
      "/assets/client/search-client.js%2emap",
      "/assets/client/search-client.js.MAP",
      "/assets/contract/api-contract.js.ma%70",
    ]) {
      const { status, body } = await request(`${api.url}${asset}`);

      expect(status, asset).to.equal(404);
      expect(body.error.code, asset).to.equal("not_found");
    }
  });

  it("the production build when configured then emits no source maps", async () => {
    const build = JSON.parse(
      await readFile(path.join(PROJECT_ROOT, "tsconfig.build.json"), "utf8"),
    ) as { compilerOptions: Record<string, unknown> };

    expect(build.compilerOptions["sourceMap"]).to.equal(false);
  });
});
