import { expect } from "chai";
import fc from "fast-check";
import {
  escapeHtml,
  renderHighlight,
} from "../../../src/search/render-highlight.js";

describe("renderHighlight", () => {
  it("renderHighlight when segments mark a word then escapes everything and wraps the match", () => {
    const text = `He said <script>alert("x")</script> & left`;
    const segments = [
      { text: "He said <script>alert(", match: false },
      { text: '"x"', match: true },
      { text: ")</script> & left", match: false },
    ];

    const { html } = renderHighlight(text, segments);

    expect(html).to.equal(
      "He said &lt;script&gt;alert(<mark>&quot;x&quot;</mark>)&lt;/script&gt; &amp; left",
    );
  });

  it("renderHighlight when segments do not rebuild the text then falls back to the plain escaped text", () => {
    const result = renderHighlight("<b>real</b>", [
      { text: "<b>forged</b>", match: true },
    ]);

    expect(result).to.deep.equal({
      html: "&lt;b&gt;real&lt;/b&gt;",
      segments: [{ text: "<b>real</b>", match: false }],
    });
  });

  it("renderHighlight when the engine marked part of a word then marks the whole word", () => {
    const text = "safeguard true multilateralism.";
    const segments = [
      { text: "safeguard true ", match: false },
      { text: "multilat", match: true },
      { text: "eralism.", match: false },
    ];

    expect(renderHighlight(text, segments)).to.deep.equal({
      html: "safeguard true <mark>multilateralism</mark>.",
      segments: [
        { text: "safeguard true ", match: false },
        { text: "multilateralism", match: true },
        { text: ".", match: false },
      ],
    });
  });

  it("renderHighlight when a phrase is marked then keeps it one mark and stops at punctuation", () => {
    const text = "the UN Security Council, today";
    const segments = [
      { text: "the ", match: false },
      { text: "UN Security Council", match: true },
      { text: ", today", match: false },
    ];

    expect(renderHighlight(text, segments).html).to.equal(
      "the <mark>UN Security Council</mark>, today",
    );
  });

  it("renderHighlight when segments are missing then returns one unmatched segment", () => {
    expect(renderHighlight("plain", undefined).segments).to.deep.equal([
      { text: "plain", match: false },
    ]);
  });

  it("renderHighlight for any text and any split then segments rebuild the text and html has no raw markup", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.boolean()), { maxLength: 8 }),
        (parts) => {
          const text = parts.map(([t]) => t).join("");
          const { html, segments } = renderHighlight(
            text,
            parts.map(([t, match]) => ({ text: t, match })),
          );
          expect(segments.map((s) => s.text).join("")).to.equal(text);
          const withoutMarks = html
            .replaceAll("<mark>", "")
            .replaceAll("</mark>", "");
          expect(withoutMarks).to.not.match(/[<>"']/);
          expect(withoutMarks).to.equal(escapeHtml(text));
        },
      ),
    );
  });
});
