import { expect } from "chai";
import { INDEX_SETTINGS } from "../../../config/index-settings.js";
import { AppError } from "../../../src/errors/app-error.js";
import { createEmbeddedEngine } from "../../../src/engines/embedded/embedded-engine.js";
import { buildDocument, buildQuery } from "../../builders.js";

async function engineWith(
  docs: Parameters<ReturnType<typeof createEmbeddedEngine>["upsert"]>[1],
) {
  const engine = createEmbeddedEngine();
  await engine.ensureIndex("i", INDEX_SETTINGS);
  await engine.upsert("i", docs);
  return engine;
}

describe("embedded engine", function () {
  it("search when facet counts tie then values come by count, then by value", async function () {
    const engine = await engineWith([
      buildDocument({ speaker: "Zhao" }),
      buildDocument({ speaker: "Zhao" }),
      buildDocument({ speaker: "Bo" }),
      buildDocument({ speaker: "Al" }),
    ]);
    const result = await engine.search(
      "i",
      buildQuery({ facets: ["speaker"] }),
    );
    expect(Object.entries(result.facets.speaker ?? {})).to.deep.equal([
      ["Zhao", 2],
      ["Al", 1],
      ["Bo", 1],
    ]);
  });

  it("search when most documents were replaced then compaction keeps every answer", async function () {
    const docs = Array.from({ length: 1500 }, (_, i) =>
      buildDocument({ id: `c-${i}`, text: `Round one sentence ${i}.` }),
    );
    const engine = await engineWith(docs);
    await engine.upsert(
      "i",
      docs.map((doc) => ({ ...doc, text: `Round two sentence ${doc.id}.` })),
    );
    await engine.upsert(
      "i",
      docs.map((doc) => ({ ...doc, text: `Round three sentence ${doc.id}.` })),
    );
    expect(await engine.countDocuments("i")).to.equal(1500);
    expect(
      (await engine.search("i", buildQuery({ q: "round one" }))).total,
    ).to.equal(0);
    expect(
      (
        await engine.search(
          "i",
          buildQuery({ q: "round three", hitsPerPage: 0 }),
        )
      ).total,
    ).to.equal(1500);
  });

  it("search when a search starts before a swap then it answers from the index it started on", async function () {
    const engine = await engineWith([
      buildDocument({ id: "live-1", text: "Live data." }),
    ]);
    await engine.ensureIndex("next", INDEX_SETTINGS);
    await engine.upsert("next", [
      buildDocument({ id: "next-1", text: "Next data." }),
    ]);
    const before = engine.search("i", buildQuery({ q: "data" }));
    const swap = engine.swap("i", "next");
    const after = engine.search("i", buildQuery({ q: "data" }));
    await swap;
    expect((await before).hits.map((hit) => hit.id)).to.deep.equal(["live-1"]);
    expect((await after).hits.map((hit) => hit.id)).to.deep.equal(["next-1"]);
  });

  it("ensureIndex when the name has unsafe characters then refuses it", async function () {
    const engine = createEmbeddedEngine();
    const error = await engine
      .ensureIndex("../etc", INDEX_SETTINGS)
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(AppError);
    expect((error as AppError).code).to.equal("invalid_request");
  });

  it("upsert when an id is invalid then refuses the batch", async function () {
    const engine = await engineWith([]);
    const error = await engine
      .upsert("i", [buildDocument({ id: "bad id!" })])
      .catch((e: unknown) => e);
    expect((error as AppError).code).to.equal("internal");
    expect(await engine.countDocuments("i")).to.equal(0);
  });

  it("search when the query uses a quoted phrase or a negated word then honours them", async function () {
    const engine = await engineWith([
      buildDocument({ id: "q-1", text: "The Security Council met." }),
      buildDocument({ id: "q-2", text: "Council for security met." }),
    ]);
    const phrase = await engine.search(
      "i",
      buildQuery({ q: '"security council"' }),
    );
    expect(phrase.hits.map((hit) => hit.id)).to.deep.equal(["q-1"]);
    const negated = await engine.search("i", buildQuery({ q: "council -the" }));
    expect(negated.hits.map((hit) => hit.id)).to.deep.equal(["q-2"]);
  });

  it("search when the engine is closed then fails with engine_unavailable", async function () {
    const engine = await engineWith([]);
    await engine.close();
    const error = await engine
      .search("i", buildQuery())
      .catch((e: unknown) => e);
    expect((error as AppError).code).to.equal("engine_unavailable");
  });
});
