import { expect } from "chai";
import { buildDocument } from "../builders.js";
import {
  type ContractContext,
  orderedIdsOf,
} from "./search-engine-contract.js";

/** Sorts (ties by release then position) and page-based pagination with exact totals. */
export function describeSortContract(ctx: ContractContext): void {
  describe("sort and pagination", function () {
    let index = "";
    before(async function () {
      index = await ctx.createIndex([
        buildDocument({
          id: "s-old",
          date: "2020-01-01",
          releaseId: "rel-old",
          position: 0,
          text: "Summit news.",
        }),
        buildDocument({
          id: "s-b1",
          date: "2021-05-05",
          releaseId: "rel-b",
          position: 1,
          text: "Summit news.",
        }),
        buildDocument({
          id: "s-a0",
          date: "2021-05-05",
          releaseId: "rel-a",
          position: 0,
          text: "Summit news.",
        }),
        buildDocument({
          id: "s-b0",
          date: "2021-05-05",
          releaseId: "rel-b",
          position: 0,
          text: "Summit news.",
        }),
        buildDocument({
          id: "s-new",
          date: "2022-02-02",
          releaseId: "rel-new",
          position: 3,
          text: "Summit news.",
        }),
      ]);
    });

    it("search when sorted by date:desc then newest first, ties by release then position", async function () {
      const result = await ctx.search(index, "summit", { sort: "date:desc" });
      expect(orderedIdsOf(result)).to.deep.equal([
        "s-new",
        "s-a0",
        "s-b0",
        "s-b1",
        "s-old",
      ]);
    });

    it("search when sorted by date:asc then oldest first, ties by release then position", async function () {
      const result = await ctx.search(index, "", { sort: "date:asc" });
      expect(orderedIdsOf(result)).to.deep.equal([
        "s-old",
        "s-a0",
        "s-b0",
        "s-b1",
        "s-new",
      ]);
    });

    it("search when one release is sorted by position:asc then it reads in order", async function () {
      const result = await ctx.search(index, "", {
        sort: "position:asc",
        filters: { releaseIds: ["rel-b"] },
      });
      expect(orderedIdsOf(result)).to.deep.equal(["s-b0", "s-b1"]);
    });

    it("search when paging then pages follow each other with an exact total", async function () {
      const first = await ctx.search(index, "summit", {
        sort: "date:asc",
        hitsPerPage: 2,
      });
      const second = await ctx.search(index, "summit", {
        sort: "date:asc",
        hitsPerPage: 2,
        page: 2,
      });
      const third = await ctx.search(index, "summit", {
        sort: "date:asc",
        hitsPerPage: 2,
        page: 3,
      });
      expect(orderedIdsOf(first)).to.deep.equal(["s-old", "s-a0"]);
      expect(orderedIdsOf(second)).to.deep.equal(["s-b0", "s-b1"]);
      expect(orderedIdsOf(third)).to.deep.equal(["s-new"]);
      for (const page of [first, second, third]) {
        expect(page.total).to.equal(5);
        expect(page.totalIsEstimate).to.equal(false);
      }
    });

    it("search when the page is past the end then hits are empty and the total stays", async function () {
      const result = await ctx.search(index, "summit", {
        hitsPerPage: 2,
        page: 9,
      });
      expect(result.hits).to.deep.equal([]);
      expect(result.total).to.equal(5);
    });
  });
}
