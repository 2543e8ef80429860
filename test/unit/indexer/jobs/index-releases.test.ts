import { expect } from "chai";
import { INDEX_SETTINGS } from "../../../../config/index-settings.js";
import {
  TEMP_INDEX_MARK,
  rebuildIndex,
  reindex,
  type IndexTarget,
} from "../../../../indexer/jobs/index-releases.js";
import { syncIndex } from "../../../../indexer/jobs/sync-index.js";
import type { IndexedRelease } from "../../../../indexer/documents/load-releases.js";
import type {
  SearchEngine,
  SearchQuery,
  SearchResult,
} from "../../../../src/search/search-engine.js";
import type { SentenceDocument } from "../../../../src/search/sentence-document.js";
import { buildDocument, buildQuery } from "../../../builders.js";
import { createEmbeddedEngine } from "../../../../src/engines/embedded/embedded-engine.js";

/** A release of `texts`, one document per text, with a hash naming its version. */
function release(
  releaseId: string,
  version: string,
  texts: readonly string[],
): IndexedRelease {
  const documents: SentenceDocument[] = texts.map((text, position) =>
    buildDocument({
      id: `${releaseId}-${position}`,
      releaseId,
      releaseHash: `${releaseId}-${version}`,
      text,
      position,
    }),
  );
  return {
    source: `${releaseId}.txt`,
    releaseId,
    releaseHash: `${releaseId}-${version}`,
    title: releaseId,
    documents,
  };
}

function targetFor(engine: SearchEngine, indexName: string): IndexTarget {
  return { engine, indexName, settings: INDEX_SETTINGS, log: () => undefined };
}

/** The engine, except that counting `index`'s temp indexes returns a wrong number. */
function miscountingTemps(engine: SearchEngine): SearchEngine {
  return new Proxy(engine, {
    get(target, key, receiver) {
      if (key === "countDocuments") {
        return async (name: string) => {
          const count = await target.countDocuments(name);
          return name.includes(TEMP_INDEX_MARK) && count !== null
            ? count - 1
            : count;
        };
      }
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function idsOf(result: SearchResult): string[] {
  return result.hits.map((hit) => hit.id).sort();
}

/**
 * Reindex jobs through the engine port: rebuild with swap, incremental sync,
 * failure safety. They run on the embedded engine; what they need of any engine
 * (swap, listIndexes, deleteReleases) is in the engine contract suite.
 */
describe("reindex jobs (index-releases)", function () {
  let engine: SearchEngine;
  let counter = 0;
  const ctx = {
    engine: () => engine,
    newIndexName: () => `jobs_${++counter}`,
    search: (index: string, q: string, options: Partial<SearchQuery> = {}) =>
      engine.search(index, buildQuery({ q, ...options })),
  };

  beforeEach(function () {
    engine = createEmbeddedEngine();
  });

  afterEach(async function () {
    await engine.close?.();
  });

  it("rebuild when searches run meanwhile then every search answers, and the new data serves after", async function () {
    const live = ctx.newIndexName();
    const target = targetFor(ctx.engine(), live);
    await rebuildIndex(target, {
      releases: [release("rel-r", "v1", ["Alpha treaty signed."])],
      errors: [],
    });
    const next = Array.from(
      { length: 300 },
      (_, i) => `Alpha treaty clause ${i}.`,
    );

    const rebuilding = rebuildIndex(target, {
      releases: [release("rel-r", "v2", next)],
      errors: [],
    });
    const totals: number[] = [];
    const state = { done: false };
    void rebuilding.finally(() => {
      state.done = true;
    });
    while (!state.done)
      totals.push(
        (await ctx.search(live, "alpha treaty", { hitsPerPage: 1 })).total,
      );
    const summary = await rebuilding;

    expect(
      totals.every((t) => t === 1 || t === 300),
      `totals seen: ${[...new Set(totals)].join(",")}`,
    ).to.equal(true);
    expect(summary).to.include({ mode: "full", documents: 300 });
    expect((await ctx.search(live, "alpha treaty")).total).to.equal(300);
    expect(
      await ctx.engine().listIndexes?.(`${live}${TEMP_INDEX_MARK}`),
    ).to.satisfy(
      (left: string[] | undefined) => left === undefined || left.length === 0,
    );
  });

  it("rebuild when the new index has the wrong count then fails, keeps the live data and leaves no temp index", async function () {
    const live = ctx.newIndexName();
    await rebuildIndex(targetFor(ctx.engine(), live), {
      releases: [release("rel-f", "v1", ["Old data."])],
      errors: [],
    });

    let failure: unknown;
    await rebuildIndex(targetFor(miscountingTemps(ctx.engine()), live), {
      releases: [release("rel-f", "v2", ["New data.", "More new data."])],
      errors: [],
    }).catch((err: unknown) => {
      failure = err;
    });

    expect(String(failure)).to.match(
      /holds 1 documents where the indexer produced 2/,
    );
    expect(idsOf(await ctx.search(live, "old data"))).to.deep.equal([
      "rel-f-0",
    ]);
    expect((await ctx.search(live, "new data")).total).to.equal(0);
    const temps = await ctx.engine().listIndexes?.(`${live}${TEMP_INDEX_MARK}`);
    expect(temps ?? []).to.deep.equal([]);
  });

  it("rebuild when some input failed and the live index has data then refuses and changes nothing", async function () {
    const live = ctx.newIndexName();
    const target = targetFor(ctx.engine(), live);
    await rebuildIndex(target, {
      releases: [release("rel-e", "v1", ["Kept sentence."])],
      errors: [],
    });

    let failure: unknown;
    await rebuildIndex(target, {
      releases: [],
      errors: [{ source: "broken.txt", message: "not UTF-8" }],
    }).catch((err: unknown) => {
      failure = err;
    });

    expect(String(failure)).to.contain("broken.txt: not UTF-8");
    expect((await ctx.search(live, "kept")).total).to.equal(1);
  });

  it("sync when releases are unchanged, changed, new and gone then applies only the differences", async function () {
    const live = ctx.newIndexName();
    const target = targetFor(ctx.engine(), live);
    await rebuildIndex(target, {
      releases: [
        release("rel-same", "v1", ["Same text."]),
        release("rel-edit", "v1", [
          "Edited first.",
          "Edited second.",
          "Edited third.",
        ]),
        release("rel-gone", "v1", ["Gone text."]),
      ],
      errors: [],
    });

    const summary = await syncIndex(
      target,
      {
        releases: [
          release("rel-same", "v1", ["Same text."]),
          release("rel-edit", "v2", ["Edited only sentence."]),
          release("rel-new", "v1", ["New text."]),
        ],
        errors: [],
      },
      { deleteMissing: true },
    );

    expect(summary).to.include({
      mode: "incremental",
      added: 1,
      updated: 1,
      deleted: 1,
      unchanged: 1,
      documents: 3,
    });
    expect(idsOf(await ctx.search(live, "edited"))).to.deep.equal([
      "rel-edit-0",
    ]);
    expect((await ctx.search(live, "gone")).total).to.equal(0);
    expect((await ctx.search(live, "new text")).total).to.equal(1);
  });

  it("sync when some input failed then defers deletions so nothing is lost", async function () {
    const live = ctx.newIndexName();
    const target = targetFor(ctx.engine(), live);
    await rebuildIndex(target, {
      releases: [release("rel-k", "v1", ["Keep me."])],
      errors: [],
    });

    const summary = await syncIndex(
      target,
      {
        releases: [],
        errors: [{ source: "rel-k.txt", message: "binary file" }],
      },
      { deleteMissing: true },
    );

    expect(summary.deleted).to.equal(0);
    expect((await ctx.search(live, "keep")).total).to.equal(1);
  });

  it("reindex when the live settings differ from the code then rebuilds in full with swap", async function () {
    const live = ctx.newIndexName();
    const engine = ctx.engine();
    await engine.ensureIndex(live, {
      ...INDEX_SETTINGS,
      searchableAttributes: ["text"],
    });
    await engine.upsert(
      live,
      release("rel-s", "v1", ["Settings text."]).documents,
    );

    const summary = await reindex(
      targetFor(engine, live),
      { releases: [release("rel-s", "v1", ["Settings text."])], errors: [] },
      { full: false },
    );

    expect(summary.mode).to.equal(
      engine.getSettings === undefined ? "incremental" : "full",
    );
    if (engine.getSettings !== undefined) {
      expect(
        (await engine.getSettings(live))?.searchableAttributes,
      ).to.deep.equal(INDEX_SETTINGS.searchableAttributes);
    }
    expect((await ctx.search(live, "settings")).total).to.equal(1);
  });
});
