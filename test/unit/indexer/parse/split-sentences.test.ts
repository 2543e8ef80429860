import { expect } from "chai";
import {
  normalizeWhitespace,
  splitSentences,
} from "../../../../indexer/parse/split-sentences.js";

describe("splitSentences", () => {
  const keepsWhole: [string, string][] = [
    ["U.S.", "The U.S. Department of State issued a statement."],
    ["Mr.", "Mr. Smith met Ms. Jones and Dr. Brown today."],
    ["No. 1", "This is priority No. 1 for the government."],
    ["St. Petersburg", "The forum opened in St. Petersburg on Thursday."],
    ["initials", "Principal Deputy Assistant Secretary Alice G. Wells spoke."],
    ["decimals", "Trade reached $12.5 billion last year."],
    [
      "a colon",
      "Two viruses: first, the pandemic; second, the political virus.",
    ],
    ["a semicolon", "We agreed; they did not."],
  ];
  for (const [what, sentence] of keepsWhole) {
    it(`splitSentences when the sentence holds ${what} then it stays one sentence`, () => {
      expect(splitSentences(sentence)).to.deep.equal([sentence]);
    });
  }

  it("splitSentences when a period has no space after it ('since 2000.Those') then it splits there", () => {
    expect(
      splitSentences("It has grown since 2000.Those were hard years."),
    ).to.deep.equal(["It has grown since 2000.", "Those were hard years."]);
  });

  it("splitSentences when a paragraph opens with a list number then the number stays with its sentence", () => {
    expect(
      splitSentences("1. Ensure funding. 2. Report by May."),
    ).to.deep.equal(["1. Ensure funding.", "2. Report by May."]);
  });

  it("splitSentences when 'U.S.' ends a sentence before a common opener then it splits", () => {
    expect(
      splitSentences("We talked with the U.S. The talks went well."),
    ).to.deep.equal(["We talked with the U.S.", "The talks went well."]);
  });

  it("splitSentences when sentences end with ? and ! then each is its own sentence", () => {
    expect(splitSentences("Is it true? Yes! It is.")).to.deep.equal([
      "Is it true?",
      "Yes!",
      "It is.",
    ]);
  });

  it("splitSentences when the text has odd whitespace then sentences are normalised", () => {
    expect(
      splitSentences("  First\u00a0 one.\n\tSecond\u3000one. "),
    ).to.deep.equal(["First one.", "Second one."]);
  });

  it("splitSentences when the text is blank then there are no sentences", () => {
    expect(splitSentences(" \n ")).to.deep.equal([]);
  });

  it("normalizeWhitespace when text holds zero-width and no-break spaces then they collapse", () => {
    expect(normalizeWhitespace("Ru\u200bssia\u00a0 b ")).to.equal("Russia b");
  });
});
