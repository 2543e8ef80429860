import { expect } from "chai";
import fc from "fast-check";
import type { FilterExpression } from "../../src/search/search-engine.js";
import type { SentenceDocument } from "../../src/search/sentence-document.js";
import { buildDocument, toTimestamp } from "../builders.js";
import { type ContractContext, idsOf } from "./search-engine-contract.js";

const SPEAKERS = ["Wang Yi", "Sergey Lavrov", 'x" OR speaker = "y', null];
const LOCATIONS = ["Beijing", "Tashkent", null];
const CATEGORIES = ["News", "Remarks", null];
const MENTIONS = [[], ["China"], ["China", "Russia"], ["Russia"]];
const DATES = ["2021-07-13", "2021-07-14", "2021-07-15"];

const DOCS: SentenceDocument[] = Array.from({ length: 24 }, (_, i) =>
  buildDocument({
    id: `x-${i}`,
    text: `Cooperation sentence ${i}.`,
    speaker: SPEAKERS[i % SPEAKERS.length] ?? null,
    location: LOCATIONS[i % LOCATIONS.length] ?? null,
    category: CATEGORIES[(i >> 1) % CATEGORIES.length] ?? null,
    mentions: MENTIONS[i % MENTIONS.length] ?? [],
    releaseId: `r-${i % 5}`,
    date: DATES[i % DATES.length] ?? "2021-07-13",
  }),
);

/** The expression's meaning, written plainly: what both engines must answer. */
function matches(doc: SentenceDocument, e: FilterExpression): boolean {
  switch (e.op) {
    case "and":
      return e.operands.every((o) => matches(doc, o));
    case "or":
      return e.operands.some((o) => matches(doc, o));
    case "not":
      return !matches(doc, e.operand);
    case "in": {
      const value = doc[e.attribute];
      const values = Array.isArray(value) ? value : [value];
      return values.some((v) => v !== null && e.values.includes(v));
    }
    case "compare": {
      const t = doc.timestamp;
      const ops = {
        "<": t < e.value,
        "<=": t <= e.value,
        "=": t === e.value,
        ">=": t >= e.value,
        ">": t > e.value,
      };
      return ops[e.operator];
    }
  }
}

const leaf: fc.Arbitrary<FilterExpression> = fc.oneof(
  fc.record({
    op: fc.constant("in" as const),
    attribute: fc.constantFrom(
      "speaker" as const,
      "location" as const,
      "category" as const,
      "mentions" as const,
      "releaseId" as const,
    ),
    values: fc.array(
      fc.constantFrom(
        ...SPEAKERS.filter((s) => s !== null),
        "Beijing",
        "News",
        "China",
        "Russia",
        "r-1",
        "r-3",
      ),
      { maxLength: 3 },
    ),
  }),
  fc.record({
    op: fc.constant("compare" as const),
    attribute: fc.constant("timestamp" as const),
    operator: fc.constantFrom("<", "<=", "=", ">=", ">"),
    value: fc.constantFrom(...DATES.map(toTimestamp)),
  }),
);

const expression: fc.Arbitrary<FilterExpression> = fc.letrec<{
  e: FilterExpression;
}>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.record({ op: fc.constant("not" as const), operand: tie("e") }),
    fc.record({
      op: fc.constantFrom("and" as const, "or" as const),
      operands: fc.tuple(tie("e"), tie("e")),
    }),
  ),
})).e;

/**
 * Filter expressions (the InstantSearch route's filters): boolean structure,
 * `NOT` matching documents without the attribute, `mentions` by any value,
 * timestamp comparisons; they bind facet counts too, and `timestamp` facets
 * come with their minimum and maximum.
 */
export function describeExpressionContract(ctx: ContractContext): void {
  describe("filter expressions", function () {
    let index = "";
    before(async function () {
      index = await ctx.createIndex(DOCS);
    });

    it("search when given any filter expression then returns exactly the documents it describes", async () => {
      await fc.assert(
        fc.asyncProperty(expression, async (where) => {
          const result = await ctx.search(index, "", {
            filters: { where },
            hitsPerPage: 100,
          });
          expect(idsOf(result)).to.deep.equal(
            DOCS.filter((d) => matches(d, where))
              .map((d) => d.id)
              .sort(),
          );
        }),
        { numRuns: 60 },
      );
    });

    it("search when an expression's strings differ by case or outer spaces then they match as Meilisearch's (case-insensitive)", async () => {
      const result = await ctx.search(index, "", {
        filters: {
          where: {
            op: "and",
            operands: [
              { op: "in", attribute: "speaker", values: [" wang YI "] },
              { op: "in", attribute: "location", values: ["beijing"] },
            ],
          },
        },
        hitsPerPage: 100,
      });
      expect(idsOf(result)).to.deep.equal(
        DOCS.filter((d) => d.speaker === "Wang Yi" && d.location === "Beijing")
          .map((d) => d.id)
          .sort(),
      );
      expect(idsOf(result)).to.have.length.greaterThan(0);
    });

    it("search when an expression selects a speaker then the speaker counts obey it (not disjunctive)", async () => {
      const result = await ctx.search(index, "", {
        filters: {
          where: { op: "in", attribute: "speaker", values: ["Wang Yi"] },
        },
        facets: ["speaker"],
        hitsPerPage: 0,
      });
      expect(result.facets.speaker).to.deep.equal({ "Wang Yi": 6 });
    });

    it("search when timestamp is a facet then counts each timestamp and reports min and max over the hits", async () => {
      const result = await ctx.search(index, "", {
        filters: {
          where: {
            op: "compare",
            attribute: "timestamp",
            operator: ">=",
            value: toTimestamp("2021-07-14"),
          },
        },
        facets: ["timestamp"],
        hitsPerPage: 0,
      });
      expect(result.facets.timestamp).to.deep.equal({
        [String(toTimestamp("2021-07-14"))]: 8,
        [String(toTimestamp("2021-07-15"))]: 8,
      });
      expect(result.facetStats?.timestamp).to.deep.equal({
        min: toTimestamp("2021-07-14"),
        max: toTimestamp("2021-07-15"),
      });
    });
  });
}
