import { expect } from "chai";
import { splitSentences } from "../../../../indexer/parse/split-sentences.js";

describe("splitSentences and 'Co.'", () => {
  it("splitSentences when 'Co.' ends a sentence and 'We' opens the next then they are two sentences", () => {
    expect(
      splitSentences(
        "We signed 21 contracts with OneWeb Co. We have also made headway.",
      ),
    ).to.deep.equal([
      "We signed 21 contracts with OneWeb Co.",
      "We have also made headway.",
    ]);
  });

  it("splitSentences when 'Co.' is followed by the rest of a company name then it stays one sentence", () => {
    expect(splitSentences("They met Nergis Co. Ltd managers.")).to.deep.equal([
      "They met Nergis Co. Ltd managers.",
    ]);
  });
});
