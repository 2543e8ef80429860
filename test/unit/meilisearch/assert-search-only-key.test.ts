import { expect } from "chai";
import { assertSearchOnlyKey } from "../../../src/engines/meilisearch/meilisearch-engine.js";
import { WRITE_PROBE_BODY } from "../../../src/engines/meilisearch/key-probe.js";
import { buildEnqueued, buildErrorBody } from "./builders.js";
import { appErrorOf, MEILI_URL, meili } from "./nock-harness.js";

const SEARCH_KEY = "search-only-key-0123456789";
const options = {
  url: MEILI_URL,
  apiKey: SEARCH_KEY,
  requestTimeoutMs: 200,
  index: "releases",
};
const invalidKey = buildErrorBody(
  "invalid_api_key",
  "The provided API key is invalid.",
  "auth",
);
const emptySearch = {
  hits: [],
  query: "",
  processingTimeMs: 0,
  limit: 0,
  offset: 0,
  estimatedTotalHits: 0,
};

function probes() {
  return meili(SEARCH_KEY)
    .post("/indexes/releases/search", { q: "", limit: 0 })
    .reply(200, emptySearch)
    .get("/keys")
    .query({ limit: 1 });
}

describe("assertSearchOnlyKey (nock)", () => {
  it("assertSearchOnlyKey when the key may only search then resolves after both probes are refused", async () => {
    const scope = probes()
      .reply(403, invalidKey)
      .post("/indexes/releases/documents/delete", WRITE_PROBE_BODY)
      .reply(403, invalidKey);

    await assertSearchOnlyKey(options);

    scope.done();
  });

  it("assertSearchOnlyKey when the index does not exist yet then still checks the key", async () => {
    const scope = meili(SEARCH_KEY)
      .post("/indexes/releases/search")
      .reply(
        404,
        buildErrorBody("index_not_found", "Index `releases` not found."),
      )
      .get("/keys")
      .query(true)
      .reply(403, invalidKey)
      .post("/indexes/releases/documents/delete")
      .reply(403, invalidKey);

    await assertSearchOnlyKey(options);

    scope.done();
  });

  it("assertSearchOnlyKey when the key may list keys then refuses to start", async () => {
    const scope = probes().reply(200, {
      results: [],
      offset: 0,
      limit: 1,
      total: 2,
    });

    const err = await appErrorOf(assertSearchOnlyKey(options));

    expect(err.code).to.equal("invalid_request");
    expect(err.message).to.contain("refuses to start").and.contain("GET /keys");
    scope.done();
  });

  it("assertSearchOnlyKey when the write probe passes the permission check then refuses to start", async () => {
    const scope = probes()
      .reply(403, invalidKey)
      .post("/indexes/releases/documents/delete", WRITE_PROBE_BODY)
      .reply(
        400,
        buildErrorBody(
          "invalid_document_filter",
          "Was expecting an operation `=`, `!=`, … at `release-search`.",
        ),
      );

    const err = await appErrorOf(assertSearchOnlyKey(options));

    expect(err.code).to.equal("invalid_request");
    expect(err.message)
      .to.contain("may delete documents")
      .and.contain("400 invalid_document_filter");
    scope.done();
  });

  it("assertSearchOnlyKey when a version enqueues the probe anyway then refuses to start", async () => {
    const scope = probes()
      .reply(403, invalidKey)
      .post("/indexes/releases/documents/delete")
      .reply(202, buildEnqueued(9, "documentDeletion"));

    const err = await appErrorOf(assertSearchOnlyKey(options));

    expect(err.code).to.equal("invalid_request");
    scope.done();
  });

  it("assertSearchOnlyKey when the key is refused for search then throws engine_unavailable", async () => {
    const scope = meili(SEARCH_KEY)
      .post("/indexes/releases/search")
      .reply(403, invalidKey);

    const err = await appErrorOf(assertSearchOnlyKey(options));

    expect(err.code).to.equal("engine_unavailable");
    expect(err.message).to.contain("refused the API key");
    scope.done();
  });

  it("assertSearchOnlyKey when Meilisearch cannot be reached then throws engine_unavailable", async () => {
    const scope = meili(SEARCH_KEY)
      .post("/indexes/releases/search")
      .replyWithError(
        Object.assign(new Error("connect ECONNREFUSED"), {
          code: "ECONNREFUSED",
        }),
      );

    const err = await appErrorOf(assertSearchOnlyKey(options));

    expect(err.code).to.equal("engine_unavailable");
    scope.done();
  });
});
