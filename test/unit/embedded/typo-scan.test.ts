import { expect } from "chai";
import fc from "fast-check";
import { typoDistance } from "../../../src/engines/embedded/text-match.js";
import { scanTypoDerivations } from "../../../src/engines/embedded/typo-scan.js";

const word = fc.string({
  unit: fc.constantFrom("a", "b", "c", "d"),
  minLength: 1,
  maxLength: 12,
});

function scan(
  terms: readonly string[],
  query: string,
  max: number,
  prefix: boolean,
): Map<string, number> {
  const found = new Map<string, number>();
  scanTypoDerivations(terms, query, max, prefix, (index, typos) => {
    found.set(terms[index]!, typos);
    return true;
  });
  return found;
}

describe("scanTypoDerivations", function () {
  it("scanTypoDerivations when compared with the plain distance then finds exactly the same words", function () {
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 300 }),
        word,
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        (words, query, max, prefix) => {
          const terms = [...words].sort();
          const expected = new Map<string, number>();
          for (const term of terms) {
            const typos = typoDistance(query, term, max, prefix);
            if (typos !== Infinity) expected.set(term, typos);
          }
          expect(scan(terms, query, max, prefix)).to.deep.equal(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("scanTypoDerivations when the visitor stops then no further word is visited", function () {
    const terms = ["trace", "trade", "trader", "trades"];
    let visits = 0;
    scanTypoDerivations(terms, "trade", 1, true, () => ++visits < 2);
    expect(visits).to.equal(2);
  });
});
