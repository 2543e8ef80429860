import { expect } from "chai";
import fc from "fast-check";
import { quoteFilterValue } from "../../../src/engines/meilisearch/build-filter.js";
import {
  FilterSyntaxError,
  parseFilter,
} from "../../../src/instantsearch/filter-grammar.js";
import { toTimestamp } from "../../builders.js";

function failure(filter: string): FilterSyntaxError {
  try {
    parseFilter(filter);
  } catch (err) {
    if (err instanceof FilterSyntaxError) return err;
    throw err;
  }
  throw new Error(`"${filter}" parsed`);
}

describe("parseFilter", () => {
  it("parseFilter when instant-meilisearch quotes a facet filter then reads attribute and value", () => {
    expect(parseFilter(`"speaker"="Wang Yi"`)).to.deep.equal({
      op: "in",
      attribute: "speaker",
      values: ["Wang Yi"],
    });
  });

  it("parseFilter when a numeric refinement is written without spaces then compares the timestamp", () => {
    expect(parseFilter(`"timestamp">=1609459200`)).to.deep.equal({
      op: "compare",
      attribute: "timestamp",
      operator: ">=",
      value: 1609459200,
    });
  });

  it("parseFilter when AND, OR, NOT and parentheses mix then AND binds tighter than OR", () => {
    expect(
      parseFilter(
        `location = Beijing OR NOT (category IN ["A", 'B'] AND mentions != x)`,
      ),
    ).to.deep.equal({
      op: "or",
      operands: [
        { op: "in", attribute: "location", values: ["Beijing"] },
        {
          op: "not",
          operand: {
            op: "and",
            operands: [
              { op: "in", attribute: "category", values: ["A", "B"] },
              {
                op: "not",
                operand: { op: "in", attribute: "mentions", values: ["x"] },
              },
            ],
          },
        },
      ],
    });
  });

  it("parseFilter when dates compare or range with TO then turns them into timestamps", () => {
    expect(parseFilter("date 2021-01-01 TO 2021-12-31")).to.deep.equal({
      op: "and",
      operands: [
        {
          op: "compare",
          attribute: "timestamp",
          operator: ">=",
          value: toTimestamp("2021-01-01"),
        },
        {
          op: "compare",
          attribute: "timestamp",
          operator: "<=",
          value: toTimestamp("2021-12-31"),
        },
      ],
    });
    expect(parseFilter(`releaseId NOT IN [a, b]`)).to.deep.equal({
      op: "not",
      operand: { op: "in", attribute: "releaseId", values: ["a", "b"] },
    });
  });

  it("parseFilter when a value is quoted by the Meilisearch adapter's rule then reads it back exactly", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (value) => {
        expect(
          parseFilter(`speaker = ${quoteFilterValue(value)}`),
        ).to.deep.equal({ op: "in", attribute: "speaker", values: [value] });
      }),
    );
  });

  const refused: [string, number, RegExp][] = [
    ["text = hello", 0, /`text` cannot be filtered on/],
    ["speaker = a OR id = 3", 15, /`id` cannot be filtered on/],
    ["speaker > 3", 8, /expected =, !=, IN or NOT IN/],
    ["timestamp IN [1]", 10, /expected =, !=, <, <=, >, >= or a TO range/],
    ["timestamp >= 1.5", 13, /integer timestamp/],
    ["date = 2021-02-30", 7, /YYYY-MM-DD/],
    ["speaker = 'open", 10, /unterminated string/],
    ["speaker = a AND", 15, /expected an attribute, found the end/],
    ["speaker = a b", 12, /expected AND, OR or the end/],
    ["speaker EXISTS", 8, /expected =, !=, IN or NOT IN/],
    ["((((((speaker = a))))))", 5, /nested deeper than 5 levels/],
    ["speaker = a; DROP", 11, /unexpected `;`/],
    ['speaker = ""', 10, /1 to 256 characters/],
  ];
  for (const [filter, position, message] of refused) {
    it(`parseFilter when given \`${filter}\` then refuses it at position ${position}`, () => {
      const err = failure(filter);
      expect(err.message).to.match(message);
      expect(err.position).to.equal(position);
    });
  }

  it("parseFilter when an IN list holds more values than /v1/search allows then refuses it", () => {
    const values = Array.from({ length: 101 }, (_, i) => `"v${i}"`).join(", ");
    expect(failure(`speaker IN [${values}]`).message).to.match(
      /more than 100 values/,
    );
  });
});
