import { expect } from "chai";
import { createMentionExtractor } from "../../../../indexer/mentions/extract-mentions.js";

describe("extractMentions", () => {
  it("createMentionExtractor when a sentence uses gazetteer aliases then mentions are canonical and unique", () => {
    const find = createMentionExtractor([]);

    expect(
      find("The UN, the WHO and the U.S. met the DPRK at the UN."),
    ).to.deep.equal([
      "United Nations",
      "World Health Organization",
      "United States",
      "North Korea",
    ]);
  });

  it("createMentionExtractor when a longer name contains a shorter one then the longer wins", () => {
    expect(
      createMentionExtractor([])("Members of the UN Security Council met."),
    ).to.deep.equal(["United Nations Security Council"]);
  });

  it("createMentionExtractor when the release defines an acronym then later sentences map it to the long form", () => {
    const find = createMentionExtractor([]);

    expect(
      find("He joined the International Chamber of Commerce (ICC) in 2001."),
    ).to.deep.equal(["International Chamber of Commerce"]);
    expect(find("The ICC welcomed it.")).to.deep.equal([
      "International Chamber of Commerce",
    ]);
  });

  it("createMentionExtractor when 'Shanghai Cooperation Organization (SCO)' is defined then SCO maps to it", () => {
    const find = createMentionExtractor([]);
    find("The establishment of the Shanghai Cooperation Organization (SCO).");

    expect(find("Push the SCO forward.")).to.deep.equal([
      "Shanghai Cooperation Organization",
    ]);
  });

  it("createMentionExtractor when the release introduced a person then a later surname maps to the full name", () => {
    const find = createMentionExtractor([
      { name: "Vladimir Rushailo", role: "Interior Minister" },
    ]);

    expect(find("Mr Rushailo reported to Mr Putin.")).to.deep.equal([
      "Vladimir Rushailo",
      "Vladimir Putin",
    ]);
  });

  it("createMentionExtractor when two people share a surname then the bare surname is not guessed", () => {
    const find = createMentionExtractor([
      { name: "Sergei Ivanov", role: null },
      { name: "Viktor Ivanov", role: null },
    ]);

    expect(find("Mr Ivanov spoke; Sergei Ivanov agreed.")).to.deep.equal([
      "Sergei Ivanov",
    ]);
  });

  it("createMentionExtractor when words are lower case ('who', 'us') then they are not acronyms", () => {
    expect(createMentionExtractor([])("Tell us who came.")).to.deep.equal([]);
  });
});
