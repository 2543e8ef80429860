import { expect } from "chai";
import fc from "fast-check";
import {
  HIGHLIGHT_POST_TAG as POST,
  HIGHLIGHT_PRE_TAG as PRE,
  parseHighlight,
} from "../../../src/engines/meilisearch/parse-highlight.js";

const joined = (segments: readonly { text: string }[]) =>
  segments.map((s) => s.text).join("");

describe("parseHighlight", () => {
  it("parseHighlight when one word is tagged then returns it as the matched segment", () => {
    const text = "China safeguards true multilateralism.";

    const segments = parseHighlight(
      `China safeguards true ${PRE}multilateralism${POST}.`,
      text,
    );

    expect(segments).to.deep.equal([
      { text: "China safeguards true ", match: false },
      { text: "multilateralism", match: true },
      { text: ".", match: false },
    ]);
  });

  it("parseHighlight when tags open the sentence and repeat then keeps every match in order", () => {
    const text = "UN and UN";

    const segments = parseHighlight(
      `${PRE}UN${POST} and ${PRE}UN${POST}`,
      text,
    );

    expect(segments).to.deep.equal([
      { text: "UN", match: true },
      { text: " and ", match: false },
      { text: "UN", match: true },
    ]);
  });

  it("parseHighlight when the sentence holds markup then returns it as text, unescaped", () => {
    const text = "He said <script>alert(1)</script> & left.";

    const segments = parseHighlight(
      `He ${PRE}said${POST} <script>alert(1)</script> & left.`,
      text,
    );

    expect(joined(segments)).to.equal(text);
    expect(segments[1]).to.deep.equal({ text: "said", match: true });
  });

  it("parseHighlight when the de-tagged value differs from text then falls back to one unmatched segment", () => {
    const text = "The full sentence.";

    expect(parseHighlight(`…${PRE}full${POST} sentence`, text)).to.deep.equal([
      { text, match: false },
    ]);
    expect(parseHighlight(undefined, text)).to.deep.equal([
      { text, match: false },
    ]);
    expect(parseHighlight(42, text)).to.deep.equal([{ text, match: false }]);
  });

  it("parseHighlight when tags are unbalanced then falls back to one unmatched segment", () => {
    const text = "a b";

    for (const formatted of [
      `${PRE}a b`,
      `a${POST} b`,
      `${PRE}a ${PRE}b${POST}`,
      `${PRE}a${POST}${POST} b`,
    ]) {
      expect(parseHighlight(formatted, text)).to.deep.equal([
        { text, match: false },
      ]);
    }
  });

  it("parseHighlight when the sentence itself contains a sentinel then does not trust the tags", () => {
    const text = `odd ${PRE} character`;

    expect(
      parseHighlight(`${PRE}odd${POST} ${PRE} character`, text),
    ).to.deep.equal([{ text, match: false }]);
  });

  it("parseHighlight when any words are tagged then the segments rebuild the sentence exactly", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.string({ unit: "grapheme", minLength: 1 }), fc.boolean()),
        ),
        (pieces) => {
          const clean = pieces.map(
            ([t, m]) => [t.replace(/[\uE000\uE001]/g, "x"), m] as const,
          );
          const text = clean.map(([t]) => t).join("");
          const formatted = clean
            .map(([t, m]) => (m ? `${PRE}${t}${POST}` : t))
            .join("");

          const segments = parseHighlight(formatted, text);

          expect(joined(segments)).to.equal(text);
          expect(
            segments
              .filter((s) => s.match)
              .map((s) => s.text)
              .join(""),
          ).to.equal(
            clean
              .filter(([, m]) => m)
              .map(([t]) => t)
              .join(""),
          );
        },
      ),
    );
  });
});
