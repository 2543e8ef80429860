import { expect } from "chai";
import {
  placeSentences,
  readBodyBlocks,
  sentenceAt,
} from "../../../bench/speaker-gold/align-gold.js";

describe("speaker gold alignment", () => {
  it("readBodyBlocks when the file has a breadcrumb and title block then block 0 is the first body block", () => {
    const text =
      "Home > News\nTitle line\n\nFirst  block\nwraps here.\n\n\nSecond.\n";

    expect(readBodyBlocks(text)).to.deep.equal([
      "First block wraps here.",
      "Second.",
    ]);
  });

  it("placeSentences when the indexer dropped a stage direction inside a sentence then a prefix still places it", () => {
    const blocks = ["Vladimir Putin: Good (Laughter.) idea. Next one."];

    const placed = placeSentences(blocks, ["Good idea.", "Next one."]);

    expect(placed).to.deep.equal([
      { block: 0, offset: 16 },
      { block: 0, offset: 39 },
    ]);
  });

  it("placeSentences when a sentence repeats then each copy is placed after the previous sentence", () => {
    const blocks = ["Thank you.", "Question: Why? Thank you."];

    const placed = placeSentences(blocks, ["Thank you.", "Why?", "Thank you."]);

    expect(placed.map((p) => p?.block)).to.deep.equal([0, 1, 1]);
    expect(placed[2]?.offset).to.equal(15);
  });

  it("placeSentences when a sentence is not in the text then it is undefined and later ones still place", () => {
    const placed = placeSentences(
      ["One. Two."],
      ["Missing words here.", "Two."],
    );

    expect(placed).to.deep.equal([undefined, { block: 0, offset: 5 }]);
  });

  it("sentenceAt when a gold start falls inside an indexer sentence then it is that sentence", () => {
    const placed = [
      { index: 4, offset: 0 },
      { index: 5, offset: 30 },
    ];

    expect(sentenceAt(placed, 12, 2)).to.equal(4);
    expect(sentenceAt(placed, 30, 2)).to.equal(5);
    expect(sentenceAt(placed, 99, 2)).to.equal(5);
  });

  it("sentenceAt when the block has no indexer sentence at or before the start then it is undefined", () => {
    expect(sentenceAt([], 0, 2)).to.equal(undefined);
    expect(sentenceAt([{ index: 1, offset: 10 }], 3, 2)).to.equal(undefined);
    expect(sentenceAt([{ index: 1, offset: 10 }], 9, 2)).to.equal(1);
  });
});
