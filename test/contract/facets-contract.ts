import { expect } from "chai";
import { buildDocument } from "../builders.js";
import { type ContractContext } from "./search-engine-contract.js";

/**
 * Facets: counts over the hits, disjunctive per attribute, `mentions` counted
 * per value, null speakers not counted; counts-only pages; speaker lookup.
 */
export function describeFacetContract(ctx: ContractContext): void {
  describe("facets", function () {
    let index = "";
    before(async function () {
      index = await ctx.createIndex([
        buildDocument({
          id: "c-1",
          speaker: "Wang Yi",
          releaseId: "r-1",
          text: "Peace talks.",
          mentions: ["Russia", "China"],
        }),
        buildDocument({
          id: "c-2",
          speaker: "Wang Yi",
          releaseId: "r-1",
          text: "Peace process.",
          mentions: ["China"],
        }),
        buildDocument({
          id: "c-3",
          speaker: "Wang Yi",
          releaseId: "r-2",
          text: "Peace plan.",
        }),
        buildDocument({
          id: "c-4",
          speaker: "Sergey Lavrov",
          releaseId: "r-1",
          text: "Peace first.",
          mentions: ["Russia"],
        }),
        buildDocument({
          id: "c-5",
          speaker: null,
          releaseId: "r-2",
          text: "Peace summit held.",
        }),
        buildDocument({
          id: "c-6",
          speaker: "Zhao Lijian",
          releaseId: "r-3",
          text: "Trade rules.",
        }),
      ]);
    });

    it("search when facets are asked then values are counted over the hits", async function () {
      const result = await ctx.search(index, "peace", {
        facets: ["speaker", "releaseId", "mentions"],
      });
      expect(result.facets.speaker).to.deep.equal({
        "Wang Yi": 3,
        "Sergey Lavrov": 1,
      });
      expect(result.facets.releaseId).to.deep.equal({ "r-1": 3, "r-2": 2 });
      expect(result.facets.mentions).to.deep.equal({ China: 2, Russia: 2 });
    });

    it("search when a speaker is selected then speaker counts ignore that selection only", async function () {
      const result = await ctx.search(index, "peace", {
        filters: { speakers: ["Sergey Lavrov"], releaseIds: ["r-1"] },
        facets: ["speaker", "releaseId"],
      });
      expect(result.total).to.equal(1);
      expect(result.facets.speaker).to.deep.equal({
        "Wang Yi": 2,
        "Sergey Lavrov": 1,
      });
      expect(result.facets.releaseId).to.deep.equal({ "r-1": 1 });
    });

    it("search when hitsPerPage is 0 then it returns counts and facets without hits", async function () {
      const result = await ctx.search(index, "", {
        hitsPerPage: 0,
        facets: ["speaker"],
      });
      expect(result.hits).to.deep.equal([]);
      expect(result.total).to.equal(6);
      expect(result.facets.speaker).to.deep.equal({
        "Wang Yi": 3,
        "Sergey Lavrov": 1,
        "Zhao Lijian": 1,
      });
    });

    it("searchFacetValues when the query is empty then every speaker comes most frequent first", async function () {
      const values = await ctx
        .engine()
        .searchFacetValues(index, { facet: "speaker", query: "" });
      expect(values[0]).to.deep.equal({ value: "Wang Yi", count: 3 });
      expect(values.map((v) => v.value).sort()).to.deep.equal([
        "Sergey Lavrov",
        "Wang Yi",
        "Zhao Lijian",
      ]);
    });

    for (const query of ["lavrov", "lavr", "lavrof", "Sergey", "LAVROV"]) {
      it(`searchFacetValues when the query is "${query}" then it finds Sergey Lavrov only`, async function () {
        const values = await ctx
          .engine()
          .searchFacetValues(index, { facet: "speaker", query });
        expect(values).to.deep.equal([{ value: "Sergey Lavrov", count: 1 }]);
      });
    }
  });
}
