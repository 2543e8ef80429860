import { expect } from "chai";
import { INDEX_SETTINGS } from "../../../config/index-settings.js";
import {
  buildDocument,
  buildEnqueued,
  buildErrorBody,
  buildTask,
} from "./builders.js";
import { appErrorOf, makeEngine, meili } from "./nock-harness.js";

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
        buildErrorBody(
          "missing_authorization_header",
          "The Authorization header is missing.",
          "auth",
        ),
      )
      .post("/multi-search")
      .reply(
        403,
        buildErrorBody(
          "invalid_api_key",
          "The provided API key is invalid.",
          "auth",
        ),
      );
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
      .reply(
        503,
        buildErrorBody("internal", "Service unavailable.", "internal"),
      );

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
    const scope = meili()
      .post("/indexes/releases/documents")
      .query(true)
      .reply(202, buildEnqueued(50))
      .get("/tasks/50")
      .reply(200, buildTask({ uid: 50, status: "processing" }))
      .get("/tasks/50")
      .replyWithError(refused());

    const err = await appErrorOf(
      makeEngine().upsert("releases", [buildDocument()]),
    );

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
        buildErrorBody(
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
    const scope = meili()
      .post("/indexes")
      .reply(202, buildEnqueued(60, "indexCreation"))
      .get("/tasks/60")
      .reply(200, buildTask({ uid: 60, type: "indexCreation" }))
      .patch("/indexes/releases/settings")
      .reply(
        400,
        buildErrorBody(
          "invalid_settings_faceting",
          "Invalid value type at `.faceting.maxValuesPerFacet`.",
        ),
      );

    const err = await appErrorOf(
      makeEngine().ensureIndex("releases", INDEX_SETTINGS),
    );

    expect(err.code).to.equal("internal");
    expect(err.message)
      .to.contain("invalid_settings_faceting")
      .and.contain("update the settings of index releases");
    scope.done();
  });

  it("deleteIndex when the task is canceled then throws internal naming the task", async () => {
    const scope = meili()
      .delete("/indexes/releases_tmp")
      .reply(202, buildEnqueued(70, "indexDeletion", "releases_tmp"))
      .get("/tasks/70")
      .reply(
        200,
        buildTask({
          uid: 70,
          type: "indexDeletion",
          indexUid: "releases_tmp",
          status: "canceled",
          canceledBy: 71,
        }),
      );

    const err = await appErrorOf(makeEngine().deleteIndex("releases_tmp"));

    expect(err.code).to.equal("internal");
    expect(err.message).to.contain("task 70").and.contain("canceled");
    scope.done();
  });
});
