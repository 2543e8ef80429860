import { expect } from "chai";
import { buildDocument, toTimestamp } from "../builders.js";
import { type ContractContext, idsOf } from "./search-engine-contract.js";

const HOSTILE = 'Wang Yi" OR speaker = "x';
const BACKSLASHED = "C:\\path\\";

/**
 * Filters: OR within a field, AND across fields, inclusive ranges, and values
 * that are data: a hostile value matches only a speaker with exactly that name.
 */
export function describeFilterContract(ctx: ContractContext): void {
  describe("filters", function () {
    let index = "";
    const docs = [
      buildDocument({
        id: "f-wang-1",
        speaker: "Wang Yi",
        releaseId: "r-a",
        date: "2021-07-13",
        text: "Cooperation matters.",
      }),
      buildDocument({
        id: "f-wang-2",
        speaker: "Wang Yi",
        releaseId: "r-b",
        date: "2021-07-14",
        text: "Cooperation grows.",
      }),
      buildDocument({
        id: "f-lavrov",
        speaker: "Sergey Lavrov",
        releaseId: "r-a",
        date: "2021-07-13",
        text: "Cooperation deepens.",
      }),
      buildDocument({
        id: "f-x",
        speaker: "x",
        releaseId: "r-b",
        date: "2021-07-14",
        text: "Cooperation is key.",
      }),
      buildDocument({
        id: "f-none",
        speaker: null,
        releaseId: "r-c",
        date: "2021-07-15",
        text: "Cooperation was discussed.",
      }),
      buildDocument({
        id: "f-hostile",
        speaker: HOSTILE,
        releaseId: "r-c",
        date: "2021-07-15",
        text: "Cooperation is hostile.",
      }),
      buildDocument({
        id: "f-backslash",
        speaker: BACKSLASHED,
        releaseId: "r-c",
        date: "2021-07-15",
        text: "Cooperation escapes.",
      }),
      buildDocument({
        id: "f-quote",
        speaker: 'The "Quoted" One',
        releaseId: "r-c",
        date: "2021-07-15",
        text: "Cooperation quoted.",
      }),
    ];

    before(async function () {
      index = await ctx.createIndex(docs);
    });

    it("search when several speakers are selected then hits have any of them", async function () {
      const result = await ctx.search(index, "cooperation", {
        filters: { speakers: ["Wang Yi", "Sergey Lavrov"] },
      });
      expect(idsOf(result)).to.deep.equal(["f-lavrov", "f-wang-1", "f-wang-2"]);
    });

    it("search when speaker and release are selected then hits satisfy both", async function () {
      const result = await ctx.search(index, "cooperation", {
        filters: { speakers: ["Wang Yi"], releaseIds: ["r-a"] },
      });
      expect(idsOf(result)).to.deep.equal(["f-wang-1"]);
    });

    it("search when a speaker value carries filter syntax then it matches only that exact name", async function () {
      const injected = await ctx.search(index, "", {
        filters: { speakers: [HOSTILE] },
      });
      expect(idsOf(injected)).to.deep.equal(["f-hostile"]);
      const widened = await ctx.search(index, "", {
        filters: { speakers: ['Wang Yi" OR speaker = "Sergey Lavrov'] },
      });
      expect(widened.total).to.equal(0);
    });

    it("search when values hold backslashes or quotes then they match exactly", async function () {
      const backslash = await ctx.search(index, "", {
        filters: { speakers: [BACKSLASHED] },
      });
      expect(idsOf(backslash)).to.deep.equal(["f-backslash"]);
      const quote = await ctx.search(index, "", {
        filters: { speakers: ['The "Quoted" One'] },
      });
      expect(idsOf(quote)).to.deep.equal(["f-quote"]);
      const partial = await ctx.search(index, "", {
        filters: { speakers: ["C:\\path", "Wang Yi\\", 'Wang Yi"'] },
      });
      expect(partial.total).to.equal(0);
    });

    it("search when a release id carries filter syntax then nothing matches", async function () {
      const result = await ctx.search(index, "", {
        filters: { releaseIds: ['r-a" OR releaseId = "r-b'] },
      });
      expect(result.total).to.equal(0);
    });

    it("search when a date range is given then both bounds are inclusive", async function () {
      const day = await ctx.search(index, "cooperation", {
        filters: {
          fromTimestamp: toTimestamp("2021-07-14"),
          toTimestamp: toTimestamp("2021-07-14"),
        },
      });
      expect(idsOf(day)).to.deep.equal(["f-wang-2", "f-x"]);
      const fromOnly = await ctx.search(index, "", {
        filters: { fromTimestamp: toTimestamp("2021-07-15") },
      });
      expect(fromOnly.total).to.equal(4);
    });

    it("search when ids and a position range are given then only those documents match", async function () {
      const byId = await ctx.search(index, "", {
        filters: { ids: ["f-x", "f-none"] },
      });
      expect(idsOf(byId)).to.deep.equal(["f-none", "f-x"]);
      const position = docs[2]?.position ?? 0;
      const byPosition = await ctx.search(index, "", {
        filters: { positionFrom: position, positionTo: position },
      });
      expect(idsOf(byPosition)).to.deep.equal(["f-lavrov"]);
    });

    it("search when the query and a filter are combined then hits match both", async function () {
      const result = await ctx.search(index, "cooperation grows", {
        filters: { releaseIds: ["r-b"] },
      });
      expect(idsOf(result)).to.deep.equal(["f-wang-2"]);
    });
  });
}
