import { expect } from "chai";
import { INDEX_SETTINGS } from "../../../config/index-settings.js";
import { toMeilisearchSettings } from "../../../src/engines/meilisearch/index-settings-mapping.js";
import {
  buildDocument,
  buildEnqueued,
  buildErrorBody,
  buildTask,
} from "./builders.js";
import { appErrorOf, makeEngine, meili } from "./nock-harness.js";

describe("Meilisearch engine writes (nock)", () => {
  it("ensureIndex when the index is missing then creates it with primary key id and applies the settings", async () => {
    const scope = meili()
      .post("/indexes", { uid: "releases_tmp", primaryKey: "id" })
      .reply(202, buildEnqueued(1, "indexCreation", "releases_tmp"))
      .get("/tasks/1")
      .reply(
        200,
        buildTask({ uid: 1, type: "indexCreation", status: "enqueued" }),
      )
      .get("/tasks/1")
      .reply(
        200,
        buildTask({ uid: 1, type: "indexCreation", status: "processing" }),
      )
      .get("/tasks/1")
      .reply(200, buildTask({ uid: 1, type: "indexCreation" }))
      .patch(
        "/indexes/releases_tmp/settings",
        JSON.parse(JSON.stringify(toMeilisearchSettings(INDEX_SETTINGS))),
      )
      .reply(202, buildEnqueued(2, "settingsUpdate", "releases_tmp"))
      .get("/tasks/2")
      .reply(200, buildTask({ uid: 2, type: "settingsUpdate" }));

    await makeEngine().ensureIndex("releases_tmp", INDEX_SETTINGS);

    scope.done();
  });

  it("ensureIndex when the index already exists then only updates the settings", async () => {
    const alreadyExists = buildErrorBody(
      "index_already_exists",
      "Index `releases` already exists.",
    );
    const scope = meili()
      .post("/indexes")
      .reply(202, buildEnqueued(3, "indexCreation"))
      .get("/tasks/3")
      .reply(
        200,
        buildTask({
          uid: 3,
          type: "indexCreation",
          status: "failed",
          error: alreadyExists,
        }),
      )
      .patch("/indexes/releases/settings")
      .reply(202, buildEnqueued(4, "settingsUpdate"))
      .get("/tasks/4")
      .reply(200, buildTask({ uid: 4, type: "settingsUpdate" }));

    await makeEngine().ensureIndex("releases", INDEX_SETTINGS);

    scope.done();
  });

  it("ensureIndex when the settings task fails then throws internal naming the task and Meilisearch's message", async () => {
    const invalid = buildErrorBody(
      "invalid_settings_ranking_rules",
      "`sort` ranking rule is invalid.",
    );
    const scope = meili()
      .post("/indexes")
      .reply(202, buildEnqueued(5, "indexCreation"))
      .get("/tasks/5")
      .reply(200, buildTask({ uid: 5, type: "indexCreation" }))
      .patch("/indexes/releases/settings")
      .reply(202, buildEnqueued(6, "settingsUpdate"))
      .get("/tasks/6")
      .reply(
        200,
        buildTask({
          uid: 6,
          type: "settingsUpdate",
          status: "failed",
          error: invalid,
        }),
      );

    const err = await appErrorOf(
      makeEngine().ensureIndex("releases", INDEX_SETTINGS),
    );

    expect(err.code).to.equal("internal");
    expect(err.message)
      .to.contain("task 6")
      .and.contain("invalid_settings_ranking_rules")
      .and.contain("`sort` ranking rule");
    expect(err.details).to.deep.include({ taskUid: 6, status: "failed" });
    scope.done();
  });

  it("upsert when documents exceed a batch then sends batches with speakerVariants and awaits every task", async () => {
    const docs = [
      buildDocument({ id: "d1", speaker: "Sergey Lavrov" }),
      buildDocument({ id: "d2", speaker: null }),
      buildDocument({ id: "d3" }),
    ];
    const sent = (doc: (typeof docs)[number]) => ({
      ...doc,
      speakerVariants:
        doc.speaker === "Sergey Lavrov"
          ? ["Sergey Lavrov", "Lavrov | Sergey Lavrov"]
          : doc.speaker === null
            ? []
            : ["Wang Yi", "Yi | Wang Yi"],
    });
    const scope = meili()
      .post("/indexes/releases_tmp/documents", [sent(docs[0]!), sent(docs[1]!)])
      .query({ primaryKey: "id" })
      .reply(202, buildEnqueued(10))
      .post("/indexes/releases_tmp/documents", [sent(docs[2]!)])
      .query({ primaryKey: "id" })
      .reply(202, buildEnqueued(11))
      .get("/tasks/10")
      .reply(200, buildTask({ uid: 10, status: "processing" }))
      .get("/tasks/10")
      .reply(200, buildTask({ uid: 10 }))
      .get("/tasks/11")
      .reply(200, buildTask({ uid: 11 }));

    await makeEngine({ batchMaxDocuments: 2 }).upsert("releases_tmp", docs);

    scope.done();
  });

  it("upsert when given no documents then sends nothing", async () => {
    const scope = meili().post(/.*/).reply(500);

    await makeEngine().upsert("releases", []);

    expect(scope.isDone()).to.equal(false);
  });

  it("upsert when an import task fails then throws internal carrying Meilisearch's error", async () => {
    const invalidId = buildErrorBody(
      "invalid_document_id",
      "Document identifier `a b` is invalid.",
    );
    const scope = meili()
      .post("/indexes/releases_tmp/documents")
      .query(true)
      .reply(202, buildEnqueued(12))
      .get("/tasks/12")
      .reply(
        200,
        buildTask({
          uid: 12,
          indexUid: "releases_tmp",
          status: "failed",
          error: invalidId,
        }),
      );

    const err = await appErrorOf(
      makeEngine().upsert("releases_tmp", [buildDocument()]),
    );

    expect(err.code).to.equal("internal");
    expect(err.message)
      .to.contain("task 12")
      .and.contain("releases_tmp")
      .and.contain("Document identifier `a b` is invalid.");
    expect(err.cause).to.deep.equal(invalidId);
    scope.done();
  });

  it("upsert when a task is still enqueued at the wait timeout then throws engine_timeout naming the task", async () => {
    let polls = 0;
    const scope = meili()
      .post("/indexes/releases_tmp/documents")
      .query(true)
      .reply(202, buildEnqueued(13))
      .get("/tasks/13")
      .times(1_000)
      .optionally()
      .reply(() => {
        polls += 1;
        return [200, buildTask({ uid: 13, status: "enqueued" })];
      });

    const err = await appErrorOf(
      makeEngine({ taskTimeoutMs: 30 }).upsert("releases_tmp", [
        buildDocument(),
      ]),
    );

    expect(err.code).to.equal("engine_timeout");
    expect(err.message)
      .to.contain("task 13")
      .and.contain("still enqueued")
      .and.contain("30 ms");
    expect(polls).to.be.greaterThan(1);
    expect(scope.isDone()).to.equal(true);
  });

  it("deleteReleases when given hostile ids then deletes by an escaped releaseId filter", async () => {
    const scope = meili()
      .post("/indexes/releases/documents/delete", {
        filter: [['releaseId IN ["r1", "r\\" OR id EXISTS \\\\"]']],
      })
      .reply(202, buildEnqueued(20, "documentDeletion"))
      .get("/tasks/20")
      .reply(200, buildTask({ uid: 20, type: "documentDeletion" }));

    await makeEngine().deleteReleases("releases", ["r1", 'r" OR id EXISTS \\']);

    scope.done();
  });

  it("deleteReleases when the current hash is excepted then filters it out of the deletion", async () => {
    const scope = meili()
      .post("/indexes/releases/documents/delete", {
        filter: [['releaseId IN ["r1"]'], ['releaseHash NOT IN ["new-hash"]']],
      })
      .reply(202, buildEnqueued(21, "documentDeletion"))
      .get("/tasks/21")
      .reply(200, buildTask({ uid: 21, type: "documentDeletion" }));

    await makeEngine().deleteReleases("releases", ["r1"], {
      exceptHashes: ["new-hash"],
    });

    scope.done();
  });

  it("deleteReleases when given no release then sends nothing", async () => {
    const scope = meili().post(/.*/).reply(500);

    await makeEngine().deleteReleases("releases", []);

    expect(scope.isDone()).to.equal(false);
  });

  it("deleteIndex when the index does not exist then succeeds", async () => {
    const notFound = buildErrorBody(
      "index_not_found",
      "Index `old` not found.",
    );
    const scope = meili()
      .delete("/indexes/old")
      .reply(202, buildEnqueued(30, "indexDeletion", "old"))
      .get("/tasks/30")
      .reply(
        200,
        buildTask({
          uid: 30,
          type: "indexDeletion",
          status: "failed",
          error: notFound,
        }),
      );

    await makeEngine().deleteIndex("old");

    scope.done();
  });

  it("swap when both indexes exist then swaps them without renaming and awaits the task", async () => {
    const scope = meili()
      .post("/swap-indexes", [
        { indexes: ["releases", "releases_tmp"], rename: false },
      ])
      .reply(202, buildEnqueued(40, "indexSwap", null))
      .get("/tasks/40")
      .reply(200, buildTask({ uid: 40, type: "indexSwap", indexUid: null }));

    await makeEngine().swap!("releases", "releases_tmp");

    scope.done();
  });

  it("swap when an index is missing then throws internal with Meilisearch's message", async () => {
    const notFound = buildErrorBody(
      "index_not_found",
      "Indexes `releases_tmp` not found.",
    );
    const scope = meili()
      .post("/swap-indexes")
      .reply(202, buildEnqueued(41, "indexSwap", null))
      .get("/tasks/41")
      .reply(
        200,
        buildTask({
          uid: 41,
          type: "indexSwap",
          indexUid: null,
          status: "failed",
          error: notFound,
        }),
      );

    const err = await appErrorOf(
      makeEngine().swap!("releases", "releases_tmp"),
    );

    expect(err.code).to.equal("internal");
    expect(err.message)
      .to.contain("task 41")
      .and.contain("Indexes `releases_tmp` not found.");
    scope.done();
  });
});
