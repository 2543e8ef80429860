import { expect } from "chai";
import { INDEX_SETTINGS } from "../../../config/index-settings.js";
import { createEmbeddedEngine } from "../../../src/engines/embedded/embedded-engine.js";
import type { SentenceDocument } from "../../../src/search/sentence-document.js";
import { buildDocument, buildQuery } from "../../builders.js";

/** Ids of the first page for `q`, over documents with these texts (ids t0, t1, … in order). */
async function rank(texts: readonly string[], q: string): Promise<string[]> {
  const engine = createEmbeddedEngine();
  await engine.ensureIndex("i", INDEX_SETTINGS);
  const docs: SentenceDocument[] = texts.map((text, i) =>
    buildDocument({ id: `t${i}`, text, speaker: null, mentions: [] }),
  );
  await engine.upsert("i", docs);
  const result = await engine.search("i", buildQuery({ q }));
  return result.hits.map((hit) => hit.id);
}

describe("embedded ranking rules (Meilisearch's bucket sort)", function () {
  it("ranking when a typed prefix is also a whole word then the exact word ranks before its completions", async function () {
    const ids = await rank(
      ["Rapidly growing trade.", "Rapid growth of trade."],
      "rapid",
    );

    expect(ids).to.deep.equal(["t1", "t0"]);
  });

  it("ranking when all else is equal then the word nearer the start of the text ranks first", async function () {
    const ids = await rank(
      ["We note that trade grew.", "Trade grew, we note."],
      "trade",
    );

    expect(ids).to.deep.equal(["t1", "t0"]);
  });

  it("ranking when two words are over three apart then they tie on proximity and position decides", async function () {
    const ids = await rank(
      [
        "Peace is what we all want and need, and trade.",
        "Peace and free trade.",
        "Trade and peace.",
        "Peace one two three four trade.",
      ],
      "peace trade",
    );

    expect(ids).to.deep.equal(["t1", "t2", "t3", "t0"]);
  });

  it("ranking when a comma and a space separate two words then they are far apart, as charabia places them", async function () {
    const ids = await rank(
      ["Trade, peace.", "Trade and peace."],
      "trade peace",
    );

    expect(ids).to.deep.equal(["t1", "t0"]);
  });

  it("matching when a phrase would cross a hard separator then it does not match", async function () {
    const ids = await rank(
      ["It is presently, the best.", "It is presently the best."],
      '"presently the"',
    );

    expect(ids).to.deep.equal(["t1"]);
  });

  it("matching when a query word is two adjacent indexed words then it matches them with one typo", async function () {
    const ids = await rank(
      ["He ran away.", "It is a way forward.", "A road, a way."],
      "away ",
    );

    expect(ids).to.deep.equal(["t0", "t1", "t2"]);
  });

  it("ranking when two query words match only as one joined word then that counts as two typos, as in Meilisearch", async function () {
    const ids = await rank(
      ["Greenhouse gases.", "The greem house.", "The green house."],
      "green house ",
    );

    expect(ids).to.deep.equal(["t2", "t1", "t0"]);
  });
});
