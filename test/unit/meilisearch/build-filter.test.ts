import { expect } from "chai";
import fc from "fast-check";
import { AppError } from "../../../src/errors/app-error.js";
import {
  buildExpression,
  buildFilter,
  buildReleaseDeletionFilter,
  quoteFilterValue,
} from "../../../src/engines/meilisearch/build-filter.js";

/**
 * Meilisearch's reading of a double-quoted value, ported from filter-parser's
 * `quoted_by` and `parse_value` (v1.4+): the literal ends at the first quote not
 * consumed by a backslash; then `\"` becomes `"`, then `\\` becomes `\`.
 * Returns the value and how many characters the literal took.
 */
function readQuoted(input: string): { value: string; length: number } {
  let end = 1;
  while (end < input.length && input[end] !== '"')
    end += input[end] === "\\" ? 2 : 1;
  const inner = input.slice(1, end);
  return {
    value: inner.replaceAll('\\"', '"').replace(/\\\\/g, "\\"),
    length: end + 1,
  };
}

describe("buildFilter", () => {
  it("buildFilter when no filters are given then returns undefined", () => {
    expect(buildFilter(undefined)).to.equal(undefined);
    expect(buildFilter({})).to.equal(undefined);
  });

  it("buildFilter when every selection is given then ANDs one group per field", () => {
    const filter = buildFilter({
      speakers: ["Wang Yi", "Sergey Lavrov"],
      releaseIds: ["r1"],
      ids: ["d1", "d2"],
      fromTimestamp: 100,
      toTimestamp: 200,
      positionFrom: 0,
      positionTo: 9,
    });

    expect(filter).to.deep.equal([
      ['speaker IN ["Wang Yi", "Sergey Lavrov"]'],
      ['releaseId IN ["r1"]'],
      ['id IN ["d1", "d2"]'],
      ["timestamp >= 100"],
      ["timestamp <= 200"],
      ["position >= 0"],
      ["position <= 9"],
    ]);
  });

  it("buildFilter when a speaker is hostile then quotes it into one literal value", () => {
    const filter = buildFilter({
      speakers: ['Wang Yi" OR speaker = "x', "back\\slash"],
    });

    expect(filter).to.deep.equal([
      ['speaker IN ["Wang Yi\\" OR speaker = \\"x", "back\\\\slash"]'],
    ]);
  });

  it("buildFilter when a selection is empty then matches nothing rather than everything", () => {
    expect(buildFilter({ speakers: [] })).to.deep.equal([["speaker IN []"]]);
  });

  it("buildFilter when a bound is not a safe integer then throws invalid_request", () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 1.5, 2 ** 60]) {
      expect(() => buildFilter({ fromTimestamp: bad }))
        .to.throw(AppError)
        .with.property("code", "invalid_request");
    }
  });
});

describe("buildReleaseDeletionFilter", () => {
  it("buildReleaseDeletionFilter when hashes are excepted then keeps the current version's documents", () => {
    expect(buildReleaseDeletionFilter(["r1", "r2"], ['h"2'])).to.deep.equal([
      ['releaseId IN ["r1", "r2"]'],
      ['releaseHash NOT IN ["h\\"2"]'],
    ]);
  });

  it("buildReleaseDeletionFilter when no hash is excepted then deletes every document of the releases", () => {
    expect(buildReleaseDeletionFilter(["r1"])).to.deep.equal([
      ['releaseId IN ["r1"]'],
    ]);
    expect(buildReleaseDeletionFilter(["r1"], [])).to.deep.equal([
      ['releaseId IN ["r1"]'],
    ]);
  });
});

describe("quoteFilterValue", () => {
  it("quoteFilterValue when any string is quoted then Meilisearch reads back exactly that string", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme" }),
          fc.string({ unit: fc.constantFrom('"', "\\", "a", " ", "]", ",") }),
        ),
        (value) => {
          const quoted = quoteFilterValue(value);
          const read = readQuoted(quoted);

          expect(read.length).to.equal(quoted.length);
          expect(read.value).to.equal(value);
        },
      ),
    );
  });
});

describe("buildExpression", () => {
  it("buildFilter when a filter expression is given then adds it as one parenthesised group", () => {
    const filter = buildFilter({
      speakers: ["Wang Yi"],
      where: {
        op: "or",
        operands: [
          {
            op: "not",
            operand: { op: "in", attribute: "mentions", values: ['a" OR x'] },
          },
          {
            op: "and",
            operands: [
              {
                op: "compare",
                attribute: "timestamp",
                operator: ">",
                value: 10,
              },
              { op: "in", attribute: "location", values: [] },
            ],
          },
        ],
      },
    });
    expect(filter).to.deep.equal([
      ['speaker IN ["Wang Yi"]'],
      [
        '((NOT (mentions IN ["a\\" OR x"])) OR ((timestamp > 10) AND (location IN [])))',
      ],
    ]);
  });

  it("buildExpression when a compared value is not a safe integer then throws invalid_request", () => {
    expect(() =>
      buildExpression({
        op: "compare",
        attribute: "timestamp",
        operator: "=",
        value: 1.5,
      }),
    )
      .to.throw(AppError)
      .with.property("code", "invalid_request");
  });
});
