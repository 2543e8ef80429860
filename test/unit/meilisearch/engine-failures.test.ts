import { expect } from "chai";
import { INDEX_SETTINGS } from "../../../config/index-settings.js";
import { buildDocument } from "./builders.js";
import { appErrorOf, makeEngine, meili } from "./nock-harness.js";
import { errorLike, recorded, replay } from "./recorded.js";

// Error bodies and tasks recorded from a real Meilisearch (recorded.ts); codes the
// recordings lack are derived from a recorded body (errorLike).
const { tasks } = recorded;
const TMP = "samples__tmp_mx2r0680";

const query = { q: "lavrov", page: 1, hitsPerPage: 20 };

function refused(): Error {
  return Object.assign(new Error("connect ECONNREFUSED 10.0.0.7:7700"), {
    code: "ECONNREFUSED",
  });
}

describe("Meilisearch engine failures (nock)", () => {
  it("search when the key is missing or invalid then throws engine_unavailable saying the key was refused", async () => {
    const scope = meili()
      .post("/multi-search")
      .reply(
        401,
        errorLike(
          "missing_authorization_header",
          "The Authorization header is missing. It must use the bearer authorization method.",
          "auth",
        ),
      )
      .post("/multi-search")
      .reply(403, recorded.error("invalid_api_key", 403));
    const engine = makeEngine();

    for (const status of ["401", "403"]) {
      const err = await appErrorOf(engine.search("releases", query));

      expect(err.code).to.equal("engine_unavailable");
      expect(err.message).to.contain("refused the API key").and.contain(status);
      expect(err.cause).to.have.property("name", "MeilisearchApiError");
    }
    scope.done();
  });

  it("search when Meilisearch answers 5xx then throws engine_unavailable", async () => {
    const scope = meili()
      .post("/multi-search")
      .reply(503, errorLike("internal", "Service unavailable.", "internal"));

    const err = await appErrorOf(makeEngine().search("releases", query));

    expect(err.code).to.equal("engine_unavailable");
    expect(err.message).to.contain("503");
    scope.done();
  });

  it("search when a proxy answers an HTML error page then throws engine_unavailable", async () => {
    const scope = meili()
      .post("/multi-search")
      .reply(502, "<html><body>Bad Gateway</body></html>");

    const err = await appErrorOf(makeEngine().search("releases", query));

    expect(err.code).to.equal("engine_unavailable");
    expect(err.message).to.contain("not JSON");
    scope.done();
  });

  it("health when the connection is refused then throws engine_unavailable naming ECONNREFUSED", async () => {
    const scope = meili().get("/health").replyWithError(refused());

    const err = await appErrorOf(makeEngine().health());

    expect(err.code).to.equal("engine_unavailable");
    expect(err.message).to.contain("ECONNREFUSED");
    scope.done();
  });

  it("search when the answer is slower than the request timeout then throws engine_timeout", async () => {
    const scope = meili()
      .post("/multi-search")
      .delay(500)
      .reply(200, { results: [] });

    const err = await appErrorOf(
      makeEngine({ requestTimeoutMs: 20 }).search("releases", query),
    );

    expect(err.code).to.equal("engine_timeout");
    expect(err.message).to.contain("20ms");
    expect(scope.isDone()).to.equal(true);
  });

  it("upsert when the connection drops while polling a task then throws engine_unavailable", async () => {
    const scope = meili();
    replay(scope, tasks.addDocuments);
    replay(scope, tasks.addDocumentsProcessing)
      .get(tasks.addDocumentsSucceeded.path)
      .replyWithError(refused());

    const err = await appErrorOf(makeEngine().upsert(TMP, [buildDocument()]));

    expect(err.code).to.equal("engine_unavailable");
    expect(err.message)
      .to.contain("ECONNREFUSED")
      .and.contain("import documents");
    scope.done();
  });

  it("upsert when the import is too large then throws internal with Meilisearch's payload error", async () => {
    const scope = meili()
      .post("/indexes/releases/documents")
      .query(true)
      .reply(
        413,
        errorLike(
          "payload_too_large",
          "The provided payload reached the size limit. The maximum accepted payload size is 100 MB.",
        ),
      );

    const err = await appErrorOf(
      makeEngine().upsert("releases", [buildDocument()]),
    );

    expect(err.code).to.equal("internal");
    expect(err.message).to.contain("payload_too_large");
    scope.done();
  });

  it("ensureIndex when the settings update is refused then throws without waiting for a task", async () => {
    const scope = meili();
    replay(scope, tasks.createIndex);
    replay(scope, tasks.createIndexSucceeded)
      .patch(tasks.updateSettings.path)
      .reply(
        400,
        errorLike(
          "invalid_settings_faceting",
          'Invalid value type at `.faceting.maxValuesPerFacet`: expected a positive integer, but found a string: `"many"`',
        ),
      );

    const err = await appErrorOf(makeEngine().ensureIndex(TMP, INDEX_SETTINGS));

    expect(err.code).to.equal("internal");
    expect(err.message)
      .to.contain("invalid_settings_faceting")
      .and.contain(`update the settings of index ${TMP}`);
    scope.done();
  });

  it("deleteIndex when the task is canceled then throws internal naming the task", async () => {
    const deleted = tasks.deleteIndexSucceeded.response;
    const scope = meili();
    replay(scope, tasks.deleteIndex);
    replay(scope, tasks.deleteIndexSucceeded, {
      response: {
        ...deleted,
        status: "canceled",
        canceledBy: Number(deleted.uid) + 1,
        details: { deletedDocuments: 0 },
      },
    });

    const err = await appErrorOf(makeEngine().deleteIndex(TMP));

    expect(err.code).to.equal("internal");
    expect(err.message).to.contain("task 293").and.contain("canceled");
    scope.done();
  });
});
