import { expect } from "chai";
import fc from "fast-check";
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

/**
 * The reference: one optimal-string-alignment table per word. A different
 * first letter needs a budget of two and is searched with a one-typo automaton
 * (then counts two); a prefix matches at the first row where the distance to
 * the whole query is within the automaton's budget and no smaller than to any
 * part of the query (levenshtein_automata's prefix sink), else on the whole word.
 */
function milliTypos(
  query: string,
  candidate: string,
  max: number,
  prefix: boolean,
): number {
  const q = [...query];
  const t = [...candidate];
  const differs = q[0] !== t[0];
  if (differs && max < 2) return Infinity;
  const budget = differs ? 1 : max;
  const n = q.length;
  const sink = (row: number[]): boolean =>
    prefix && row[n]! <= budget && row[n]! <= Math.min(...row);
  let prevPrev: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let distance = sink(prev) ? prev[n]! : Infinity;
  for (let k = 1; k <= t.length && distance === Infinity; k++) {
    const row = [k];
    for (let j = 1; j <= n; j++) {
      let value = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (q[j - 1] === t[k - 1] ? 0 : 1),
      );
      if (k > 1 && j > 1 && q[j - 1] === t[k - 2] && q[j - 2] === t[k - 1])
        value = Math.min(value, prevPrev[j - 2]! + 1);
      row.push(value);
    }
    if (sink(row)) distance = row[n]!;
    prevPrev = prev;
    prev = row;
  }
  if (distance === Infinity) distance = prev[n]!;
  return distance <= budget ? distance + (differs ? 1 : 0) : Infinity;
}

describe("scanTypoDerivations", function () {
  it("scanTypoDerivations when a prefix completion drops query letters before a matching one then rejects it as milli's prefix automaton does", function () {
    const terms = ["executed", "executing", "execution"];

    const found = scan(terms, "executive", 2, true);

    expect([...found]).to.deep.equal([
      ["executing", 2],
      ["execution", 2],
    ]);
  });

  it("scanTypoDerivations when compared with a plain table per word then finds exactly the same words", function () {
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
            const typos = milliTypos(query, term, max, prefix);
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
