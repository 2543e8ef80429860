import { expect } from "chai";
import { assertSearchOnlyKey } from "../../../src/engines/meilisearch/meilisearch-engine.js";
import { WRITE_PROBE_BODY } from "../../../src/engines/meilisearch/key-probe.js";
import { appErrorOf, MEILI_URL, meili } from "./nock-harness.js";
import { errorLike, recorded, replay } from "./recorded.js";

// The API's key check on index `samples` with a search-only key, as recorded
// against a real Meilisearch (recorded.ts): the search passes, both probes get 403.
const { searches, errors, indexes, tasks } = recorded;
const SEARCH_KEY = "search-only-key-0123456789";
const options = {
  url: MEILI_URL,
  apiKey: SEARCH_KEY,
  requestTimeoutMs: 200,
  index: "samples",
};

/** The search and the keys probe, as recorded; the keys probe answers 403 unless replaced. */
function probes(keysAnswer?: { status: number; body: unknown }) {
  const scope = replay(meili(SEARCH_KEY), searches.keyProbeSearch);
  return keysAnswer === undefined
    ? replay(scope, errors.keysForbidden)
    : scope
        .get("/keys")
        .query({ limit: 1 })
        .reply(keysAnswer.status, keysAnswer.body as object);
}

describe("assertSearchOnlyKey (nock)", () => {
  it("assertSearchOnlyKey when the key may only search then resolves after both probes are refused", async () => {
    const scope = probes();
    replay(scope, errors.deleteProbeForbidden, { body: WRITE_PROBE_BODY });

    await assertSearchOnlyKey(options);

    scope.done();
  });

  it("assertSearchOnlyKey when the index does not exist yet then still checks the key", async () => {
    const notFound = errors.statsIndexNotFound.response;
    const scope = meili(SEARCH_KEY)
      .post("/indexes/samples/search")
      .reply(404, { ...notFound, message: "Index `samples` not found." });
    replay(scope, errors.keysForbidden);
    replay(scope, errors.deleteProbeForbidden);

    await assertSearchOnlyKey(options);

    scope.done();
  });

  it("assertSearchOnlyKey when the key may list keys then refuses to start", async () => {
    // GET /keys pages like GET /indexes; the admin key's keys are not recorded.
    const scope = probes({
      status: 200,
      body: {
        ...indexes.listIndexes.response,
        results: [],
        limit: 1,
        total: 2,
      },
    });

    const err = await appErrorOf(assertSearchOnlyKey(options));

    expect(err.code).to.equal("invalid_request");
    expect(err.message).to.contain("refuses to start").and.contain("GET /keys");
    scope.done();
  });

  it("assertSearchOnlyKey when the write probe passes the permission check then refuses to start", async () => {
    const scope = probes()
      .post("/indexes/samples/documents/delete", WRITE_PROBE_BODY)
      .reply(
        400,
        errorLike(
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
    const enqueued = tasks.deleteReleases;
    const scope = probes();
    replay(scope, enqueued, {
      path: "/indexes/samples/documents/delete",
      body: WRITE_PROBE_BODY,
      response: { ...enqueued.response, indexUid: "samples" },
    });

    const err = await appErrorOf(assertSearchOnlyKey(options));

    expect(err.code).to.equal("invalid_request");
    scope.done();
  });

  it("assertSearchOnlyKey when the key is refused for search then throws engine_unavailable", async () => {
    const scope = meili(SEARCH_KEY)
      .post("/indexes/samples/search")
      .reply(403, recorded.error("invalid_api_key", 403));

    const err = await appErrorOf(assertSearchOnlyKey(options));

    expect(err.code).to.equal("engine_unavailable");
    expect(err.message).to.contain("refused the API key");
    scope.done();
  });

  it("assertSearchOnlyKey when Meilisearch cannot be reached then throws engine_unavailable", async () => {
    const scope = meili(SEARCH_KEY)
      .post("/indexes/samples/search")
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
