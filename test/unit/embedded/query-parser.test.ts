import { expect } from "chai";
import { INDEX_SETTINGS } from "../../../config/index-settings.js";
import {
  MAX_QUERY_TERMS,
  parseQuery,
} from "../../../src/engines/embedded/query-parser.js";

const parse = (q: string) => parseQuery(q, INDEX_SETTINGS.typoTolerance);

describe("parseQuery", function () {
  it("parseQuery when the query ends with a word then only that word is a prefix", function () {
    const { items } = parse("true multilat");
    expect(
      items.map((item) => item.kind === "word" && item.prefix),
    ).to.deep.equal([false, true]);
  });

  it("parseQuery when the query ends with a space or punctuation then no word is a prefix", function () {
    for (const q of ["multilat ", "multilat."]) {
      const { items } = parse(q);
      expect(
        items.map((item) => item.kind === "word" && item.prefix),
        q,
      ).to.deep.equal([false]);
    }
  });

  it("parseQuery when words are quoted then they form one phrase", function () {
    const { items } = parse('"United Nations" charter');
    expect(items[0]).to.deep.equal({
      kind: "phrase",
      words: ["united", "nations"],
    });
    expect(items).to.have.length(2);
  });

  it("parseQuery when a word follows a minus after a space then it is negated", function () {
    const { items, negatives } = parse("china -russia");
    expect(items).to.have.length(1);
    expect(negatives).to.deep.equal([["russia"]]);
  });

  it("parseQuery when a minus joins two words then nothing is negated", function () {
    const { items, negatives } = parse("china-russia");
    expect(items).to.have.length(2);
    expect(negatives).to.deep.equal([]);
  });

  it("parseQuery when the query has more than ten terms then keeps the first ten", function () {
    const { items } = parse("a b c d e f g h i j k l");
    expect(items).to.have.length(MAX_QUERY_TERMS);
    expect(items.at(-1)).to.deep.include({ word: "j", prefix: false });
  });

  it("parseQuery when words have lengths 4, 5 and 9 then budgets are 0, 1 and 2", function () {
    const { items } = parse("vote trade agreement ");
    expect(
      items.map((item) => (item.kind === "word" ? item.budget : -1)),
    ).to.deep.equal([0, 1, 2]);
  });
});
