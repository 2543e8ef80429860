import { expect } from "chai";
import { findIntroductions } from "../../../../indexer/names/find-introductions.js";
import { buildReleaseText, documentsOf } from "../indexer-test-helpers.js";

function mentionsOf(paragraphs: readonly string[]): string[][] {
  return documentsOf(
    buildReleaseText({
      title: "Meeting with Roscosmos Head Igor Komarov",
      paragraphs,
    }),
    "2016-09-30-meeting.txt",
  ).map((d) => d.mentions);
}

describe("mentions", () => {
  it("findIntroductions when an institution's name ends a title run then no fragment of it becomes a person", () => {
    const names = findIntroductions(
      "Vladimir Putin met Igor Komarov, Head of the State Corporation for Space Activities Roscosmos. Minister of Natural Resources and Environmental Protection Sergei Donskoi spoke.",
    ).map((i) => i.name);

    expect(names).not.to.include("Activities Roscosmos");
    expect(names).not.to.include("Environmental Protection");
    expect(names).to.include("Sergei Donskoi");
  });

  it("findIntroductions when a sentence opens with 'If' or 'When' then it is not part of the name", () => {
    const names = findIntroductions(
      "If Denis Matsuyev said so, it is true.",
    ).map((i) => i.name);

    expect(names.some((n) => n.startsWith("If"))).to.equal(false);
  });

  it("findIntroductions when a person is introduced by apposition with a title then the name is introduced", () => {
    expect(
      findIntroductions(
        "Vladimir Putin met with Igor Komarov, Head of Roscosmos.",
      ).map((i) => i.name),
    ).to.include("Igor Komarov");
  });

  it("buildDocuments when a person was introduced by title and name then 'Mr Surname' later mentions the full name", () => {
    const mentions = mentionsOf([
      "Vladimir Putin met with Roscosmos Head Igor Komarov.",
      "Mr Komarov spoke about launches.",
    ]);

    expect(mentions[1]).to.include("Igor Komarov");
  });

  it("buildDocuments when recurring organisations are named then they are mentions under one canonical name", () => {
    const mentions = mentionsOf([
      "Roscosmos and the Government will report to the Central Bank and the Interior Ministry. Aeroflot and Promsvyazbank agreed.",
    ]);

    expect(mentions[0]).to.include.members([
      "Roscosmos",
      "Government of Russia",
      "Central Bank of Russia",
      "Ministry of Internal Affairs",
    ]);
    expect(mentions[1]).to.include.members(["Aeroflot", "Promsvyazbank"]);
  });
});
