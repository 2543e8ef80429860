import { expect } from "chai";
import { INDEX_SETTINGS } from "../../config/index-settings.js";
import { AppError } from "../../src/errors/app-error.js";
import { buildDocument } from "../builders.js";
import { type ContractContext, idsOf } from "./search-engine-contract.js";

async function expectAppError(
  work: Promise<unknown>,
  code: string,
): Promise<void> {
  try {
    await work;
  } catch (error) {
    expect(error).to.be.instanceOf(AppError);
    expect((error as AppError).code).to.equal(code);
    return;
  }
  expect.fail(`expected an AppError ${code}`);
}

/** Index lifecycle: upsert replaces, deletions, counts, settings, swaps, missing indexes. */
export function describeLifecycleContract(ctx: ContractContext): void {
  describe("index lifecycle", function () {
    it("upsert when a document id exists then the document is replaced", async function () {
      const index = await ctx.createIndex([
        buildDocument({ id: "l-1", text: "Old wording here." }),
      ]);
      await ctx
        .engine()
        .upsert(index, [
          buildDocument({ id: "l-1", text: "New wording here." }),
        ]);
      expect(await ctx.engine().countDocuments(index)).to.equal(1);
      expect((await ctx.search(index, "old wording")).total).to.equal(0);
      expect(idsOf(await ctx.search(index, "new wording"))).to.deep.equal([
        "l-1",
      ]);
    });

    it("deleteReleases when releases are given then only their documents go", async function () {
      const index = await ctx.createIndex([
        buildDocument({ id: "d-a1", releaseId: "rel-a", text: "Alpha text." }),
        buildDocument({ id: "d-a2", releaseId: "rel-a", text: "Alpha more." }),
        buildDocument({ id: "d-b1", releaseId: "rel-b", text: "Alpha beta." }),
      ]);
      await ctx.engine().deleteReleases(index, ["rel-a"]);
      expect(await ctx.engine().countDocuments(index)).to.equal(1);
      expect(idsOf(await ctx.search(index, "alpha"))).to.deep.equal(["d-b1"]);
    });

    it("deleteReleases when hashes are excepted then the current version stays", async function () {
      const index = await ctx.createIndex([
        buildDocument({
          id: "v-old",
          releaseId: "rel-v",
          releaseHash: "old",
          text: "Version text.",
        }),
        buildDocument({
          id: "v-new",
          releaseId: "rel-v",
          releaseHash: "new",
          text: "Version text.",
        }),
      ]);
      await ctx
        .engine()
        .deleteReleases(index, ["rel-v"], { exceptHashes: ["new"] });
      expect(idsOf(await ctx.search(index, "version"))).to.deep.equal([
        "v-new",
      ]);
    });

    it("countDocuments when the index is missing then it is null", async function () {
      expect(await ctx.engine().countDocuments(ctx.newIndexName())).to.equal(
        null,
      );
    });

    it("search when the index is missing then it fails with not_found", async function () {
      await expectAppError(
        ctx.search(ctx.newIndexName(), "anything"),
        "not_found",
      );
    });

    it("deleteIndex when the index is missing then it succeeds", async function () {
      await ctx.engine().deleteIndex(ctx.newIndexName());
    });

    it("ensureIndex when the index exists then its documents stay and settings read back", async function () {
      const index = await ctx.createIndex([buildDocument({ id: "e-1" })]);
      await ctx.engine().ensureIndex(index, INDEX_SETTINGS);
      expect(await ctx.engine().countDocuments(index)).to.equal(1);
      const settings = await ctx.engine().getSettings?.(index);
      if (settings !== undefined) {
        expect(settings?.searchableAttributes).to.deep.equal(
          INDEX_SETTINGS.searchableAttributes,
        );
      }
    });

    it("swap when a temp index is filled then searches keep the live data until the swap, then see the new", async function () {
      const engine = ctx.engine();
      if (engine.swap === undefined) this.skip();
      const live = await ctx.createIndex([
        buildDocument({ id: "w-old", text: "Reindex sentinel old." }),
      ]);
      const temp = ctx.newIndexName();
      await engine.ensureIndex(temp, INDEX_SETTINGS);
      await engine.upsert(temp, [
        buildDocument({ id: "w-new-1", text: "Reindex sentinel new." }),
      ]);
      expect(idsOf(await ctx.search(live, "reindex sentinel"))).to.deep.equal([
        "w-old",
      ]);
      await engine.upsert(temp, [
        buildDocument({ id: "w-new-2", text: "Reindex sentinel newer." }),
      ]);
      expect(idsOf(await ctx.search(live, "reindex sentinel"))).to.deep.equal([
        "w-old",
      ]);

      await engine.swap(live, temp);
      expect(idsOf(await ctx.search(live, "reindex sentinel"))).to.deep.equal([
        "w-new-1",
        "w-new-2",
      ]);
      expect(idsOf(await ctx.search(temp, "reindex sentinel"))).to.deep.equal([
        "w-old",
      ]);

      await engine.deleteIndex(temp);
      expect(await engine.countDocuments(temp)).to.equal(null);
      expect(await engine.countDocuments(live)).to.equal(2);
    });

    it("listIndexes when indexes share a prefix then it names them", async function () {
      const engine = ctx.engine();
      if (engine.listIndexes === undefined) this.skip();
      const index = await ctx.createIndex([buildDocument()]);
      expect(await engine.listIndexes(index)).to.deep.equal([index]);
    });
  });
}
