import { expect } from "chai";
import { INDEX_SETTINGS } from "../../../config/index-settings.js";
import { toMeilisearchSettings } from "../../../src/engines/meilisearch/index-settings-mapping.js";
import { buildDocument } from "./builders.js";
import { appErrorOf, makeEngine, meili } from "./nock-harness.js";
import { errorLike, recorded, replay } from "./recorded.js";

// Answers recorded from a real Meilisearch (recorded.ts): the indexer's rebuild of
// `samples` into a temp index, and the contract suite's indexes (`…__8`, `…__13`).
const { tasks } = recorded;
const TMP = "samples__tmp_mx2r0680";
const CONTRACT_INDEX = "test_contract_mx2qzbb6_1";
const OUR_SETTINGS = JSON.parse(
  JSON.stringify(toMeilisearchSettings(INDEX_SETTINGS)),
);

describe("Meilisearch engine writes (nock, recorded answers)", () => {
  it("ensureIndex when the index is missing then creates it with primary key id, applies the settings and polls until the task succeeds", async () => {
    const scope = meili();
    replay(scope, tasks.createIndex);
    replay(scope, tasks.createIndexSucceeded);
    replay(scope, tasks.updateSettings, { body: OUR_SETTINGS });
    replay(scope, tasks.updateSettingsProcessing);
    replay(scope, tasks.updateSettingsSucceeded);

    await makeEngine().ensureIndex(TMP, INDEX_SETTINGS);

    scope.done();
  });

  it("ensureIndex when the index already exists then tolerates the failed creation task and only updates the settings", async () => {
    const scope = meili();
    replay(scope, tasks.createExistingIndex);
    replay(scope, tasks.createExistingIndexFailed);
    replay(scope, tasks.updateExistingSettings, { body: OUR_SETTINGS });
    replay(scope, tasks.updateExistingSettingsSucceeded);

    await makeEngine().ensureIndex(`${CONTRACT_INDEX}__13`, INDEX_SETTINGS);

    scope.done();
  });

  it("ensureIndex when the settings task fails then throws internal naming the task and Meilisearch's message", async () => {
    const invalid = errorLike(
      "invalid_settings_ranking_rules",
      "`sort` ranking rule is invalid.",
    );
    const scope = meili();
    replay(scope, tasks.createIndex);
    replay(scope, tasks.createIndexSucceeded);
    replay(scope, tasks.updateSettings, { body: OUR_SETTINGS });
    replay(scope, tasks.updateSettingsSucceeded, {
      response: {
        ...tasks.updateSettingsSucceeded.response,
        status: "failed",
        error: invalid,
      },
    });

    const err = await appErrorOf(makeEngine().ensureIndex(TMP, INDEX_SETTINGS));

    expect(err.code).to.equal("internal");
    expect(err.message)
      .to.contain("task 289")
      .and.contain("invalid_settings_ranking_rules")
      .and.contain("`sort` ranking rule");
    expect(err.details).to.deep.include({ taskUid: 289, status: "failed" });
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
    const scope = meili();
    replay(scope, tasks.addDocuments, {
      body: [sent(docs[0]!), sent(docs[1]!)],
    });
    replay(scope, tasks.addMoreDocuments, { body: [sent(docs[2]!)] });
    replay(scope, tasks.addDocumentsProcessing);
    replay(scope, tasks.addDocumentsSucceeded);
    replay(scope, tasks.addMoreDocumentsSucceeded);

    await makeEngine({ batchMaxDocuments: 2 }).upsert(TMP, docs);

    scope.done();
  });

  it("upsert when given no documents then sends nothing", async () => {
    const scope = meili().post(/.*/).reply(500);

    await makeEngine().upsert("releases", []);

    expect(scope.isDone()).to.equal(false);
  });

  it("upsert when an import task fails then throws internal carrying Meilisearch's error", async () => {
    const invalidId = errorLike(
      "invalid_document_id",
      'Document identifier `"a b"` is invalid.',
    );
    const succeeded = tasks.addDocumentsSucceeded.response;
    const scope = meili();
    replay(scope, tasks.addDocuments);
    replay(scope, tasks.addDocumentsSucceeded, {
      response: {
        ...succeeded,
        status: "failed",
        details: { ...succeeded.details, indexedDocuments: 0 },
        error: invalidId,
      },
    });

    const err = await appErrorOf(makeEngine().upsert(TMP, [buildDocument()]));

    expect(err.code).to.equal("internal");
    expect(err.message)
      .to.contain("task 290")
      .and.contain(TMP)
      .and.contain('Document identifier `"a b"` is invalid.');
    expect(err.cause).to.deep.equal(invalidId);
    scope.done();
  });

  it("upsert when a task is still processing at the wait timeout then throws engine_timeout naming the task", async () => {
    let polls = 0;
    const processing = tasks.addDocumentsProcessing;
    const scope = meili();
    replay(scope, tasks.addDocuments);
    scope
      .get(processing.path)
      .times(1_000)
      .optionally()
      .reply(() => {
        polls += 1;
        return [processing.status, processing.response];
      });

    const err = await appErrorOf(
      makeEngine({ taskTimeoutMs: 30 }).upsert(TMP, [buildDocument()]),
    );

    expect(err.code).to.equal("engine_timeout");
    expect(err.message)
      .to.contain("task 290")
      .and.contain("still processing")
      .and.contain("30 ms");
    expect(polls).to.be.greaterThan(1);
    expect(scope.isDone()).to.equal(true);
  });

  it("deleteReleases when given a release id then deletes by a releaseId filter and polls until the task succeeds", async () => {
    const scope = meili();
    replay(scope, tasks.deleteReleases);
    replay(scope, tasks.deleteReleasesProcessing);
    replay(scope, tasks.deleteReleasesSucceeded);

    await makeEngine().deleteReleases(`${CONTRACT_INDEX}__8`, ["rel-a"]);

    scope.done();
  });

  it("deleteReleases when given hostile ids then deletes by an escaped releaseId filter", async () => {
    const scope = meili();
    replay(scope, tasks.deleteReleases, {
      body: { filter: [['releaseId IN ["r1", "r\\" OR id EXISTS \\\\"]']] },
    });
    replay(scope, tasks.deleteReleasesSucceeded);

    await makeEngine().deleteReleases(`${CONTRACT_INDEX}__8`, [
      "r1",
      'r" OR id EXISTS \\',
    ]);

    scope.done();
  });

  it("deleteReleases when the current hash is excepted then filters it out of the deletion", async () => {
    const scope = meili();
    replay(scope, tasks.deleteReleasesExceptHash);
    replay(scope, tasks.deleteReleasesExceptHashSucceeded);

    await makeEngine().deleteReleases(`${CONTRACT_INDEX}__9`, ["rel-v"], {
      exceptHashes: ["new"],
    });

    scope.done();
  });

  it("deleteReleases when given no release then sends nothing", async () => {
    const scope = meili().post(/.*/).reply(500);

    await makeEngine().deleteReleases("releases", []);

    expect(scope.isDone()).to.equal(false);
  });

  it("deleteIndex when the index exists then waits for the deletion task", async () => {
    const scope = meili();
    replay(scope, tasks.deleteIndex);
    replay(scope, tasks.deleteIndexSucceeded);

    await makeEngine().deleteIndex(TMP);

    scope.done();
  });

  it("deleteIndex when the index does not exist then tolerates the failed index_not_found task", async () => {
    const scope = meili();
    replay(scope, tasks.deleteMissingIndex);
    replay(scope, tasks.deleteMissingIndexFailed);

    await makeEngine().deleteIndex(`${CONTRACT_INDEX}__12`);

    scope.done();
  });

  it("swap when both indexes exist then swaps them without renaming and polls until the task succeeds", async () => {
    const scope = meili();
    replay(scope, tasks.swapIndexes);
    replay(scope, tasks.swapIndexesProcessing);
    replay(scope, tasks.swapIndexesSucceeded);

    await makeEngine().swap!("samples", TMP);

    scope.done();
  });

  it("swap when an index is missing then throws internal with Meilisearch's message", async () => {
    const notFound = {
      ...recorded.error("index_not_found"),
      message: `Indexes \`${TMP}\` not found.`,
    };
    const scope = meili();
    replay(scope, tasks.swapIndexes);
    replay(scope, tasks.swapIndexesSucceeded, {
      response: {
        ...tasks.swapIndexesSucceeded.response,
        status: "failed",
        error: notFound,
      },
    });

    const err = await appErrorOf(makeEngine().swap!("samples", TMP));

    expect(err.code).to.equal("internal");
    expect(err.message)
      .to.contain("task 292")
      .and.contain("indexSwap on no index")
      .and.contain(`Indexes \`${TMP}\` not found.`);
    scope.done();
  });
});
