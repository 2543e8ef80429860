import { expect } from "chai";
import { DOCUMENT_ID_PATTERN } from "../../../../src/contract/api-contract.js";
import { sentenceDocumentSchema } from "../../../../src/search/sentence-document.js";
import { documentsOfFixture, speakerLines } from "../indexer-test-helpers.js";

function countBy(values: readonly (string | null)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values)
    counts[value ?? "null"] = (counts[value ?? "null"] ?? 0) + 1;
  return counts;
}

describe("buildDocuments", () => {
  describe("the seed (MFA readout)", () => {
    const docs = documentsOfFixture("2021-07-15-mfa-readout-seed.txt");

    it("buildDocuments when given the seed then it makes 19 documents: 13 Wang Yi, 5 Sergey Lavrov, 1 narration", () => {
      expect(docs).to.have.length(19);
      expect(countBy(docs.map((d) => d.speaker))).to.deep.equal({
        null: 1,
        "Wang Yi": 13,
        "Sergey Lavrov": 5,
      });
    });

    it("buildDocuments when given the seed then paragraphs have 1, 2, 4, 2, 5, 5 sentences", () => {
      const perParagraph = [0, 1, 2, 3, 4, 5].map(
        (p) => docs.filter((d) => d.paragraph === p).length,
      );

      expect(perParagraph).to.deep.equal([1, 2, 4, 2, 5, 5]);
    });

    it("buildDocuments when given the seed then date, timestamp, location, category and title come from the release", () => {
      expect(docs[0]).to.deep.include({
        date: "2021-07-15",
        timestamp: 1626307200,
        location: "Tashkent",
        category: "Important News of China",
        releaseTitle:
          "Wang Yi Meets with Russian Foreign Minister Sergey Lavrov",
      });
    });

    it("buildDocuments when given the seed then roles are the titles the lede gives", () => {
      expect(docs.find((d) => d.speaker === "Wang Yi")?.speakerRole).to.equal(
        "State Councilor and Foreign Minister",
      );
      expect(
        docs.find((d) => d.speaker === "Sergey Lavrov")?.speakerRole,
      ).to.equal("Russian Foreign Minister");
    });

    it("buildDocuments when given the seed then 'As the joint statement … pointed out' is Lavrov's", () => {
      const sentence = docs.find((d) =>
        d.text.startsWith("As the joint statement"),
      );

      expect(sentence?.speaker).to.equal("Sergey Lavrov");
    });

    it("buildDocuments when given the seed then the SCO sentence mentions the Shanghai Cooperation Organization", () => {
      const sentence = docs.find((d) => d.text.includes("(SCO)"));

      expect(sentence?.mentions).to.include(
        "Shanghai Cooperation Organization",
      );
    });

    it("buildDocuments when given the seed then every document is valid and ids are unique", () => {
      for (const doc of docs)
        expect(sentenceDocumentSchema.safeParse(doc).success).to.equal(true);
      expect(new Set(docs.map((d) => d.id)).size).to.equal(docs.length);
      expect(docs.map((d) => d.position)).to.deep.equal([...docs.keys()]);
      expect(new Set(docs.map((d) => d.releaseHash)).size).to.equal(1);
    });
  });

  it("buildDocuments when given an older MFA press conference then Q/Follow-up are Journalist and A the spokesperson, trailer dropped", () => {
    const lines = speakerLines(
      documentsOfFixture("2018-05-17-mfa-qa-press-conference.txt"),
    );
    const speakers = new Set(lines.map((l) => l.slice(0, l.indexOf(":"))));

    expect([...speakers]).to.have.members(["Journalist", "Lu Kang"]);
    expect(lines.some((l) => /suggest to a friend/i.test(l))).to.equal(false);
  });

  it("buildDocuments when given announcements and a separator then both are the spokesperson's and *** is dropped", () => {
    const docs = documentsOfFixture(
      "2019-05-20-mfa-announcements-and-separator.txt",
    );

    expect(docs[0]?.speaker).to.equal("Lu Kang");
    expect(docs.at(-1)).to.deep.include({
      speaker: "Lu Kang",
      text: "You are most welcome to follow it for more updates.",
    });
    expect(docs.some((d) => d.text === "***")).to.equal(false);
  });

  it("buildDocuments when given the newer MFA style then outlets ask and Zhao Lijian answers", () => {
    const speakers = documentsOfFixture("2020-04-14-mfa-outlet-labels.txt").map(
      (d) => d.speaker,
    );

    expect([...new Set(speakers)]).to.deep.equal([
      "RIA Novosti",
      "Zhao Lijian",
      "CCTV",
    ]);
  });

  it("buildDocuments when given a Kremlin readout then reported speech is the minister's and the rest narration", () => {
    const docs = documentsOfFixture("2000-02-01-kremlin-readout.txt");

    expect(docs[0]).to.deep.include({
      speaker: "Vladimir Rushailo",
      speakerRole: "Interior Minister",
    });
    expect(
      docs.find((d) => d.text.startsWith("He also spoke about"))?.speaker,
    ).to.equal(null);
    expect(docs[0]?.mentions).to.include("Vladimir Rushailo");
  });

  it("buildDocuments when given a Kremlin transcript then long and short labels, minister, governor and Remark resolve", () => {
    const docs = documentsOfFixture("2018-02-07-kremlin-transcript.txt");
    const turns = docs
      .filter((d) => d.sentence === 0)
      .map((d) => `${d.speaker ?? "-"} (${d.speakerRole ?? "-"})`);

    expect(turns).to.include.members([
      "Vladimir Putin (President of Russia)",
      "Pavel Kolobkov (Minister of Sport)",
      "Alexander Uss (Acting Governor of the Krasnoyarsk Territory)",
      "Participant (-)",
    ]);
    expect(
      docs.find((d) => d.text === "Now, please, Mr Kolobkov, over to you.")
        ?.speaker,
    ).to.equal("Vladimir Putin");
    expect(
      docs.find((d) => d.text.startsWith("(Pavel Kolobkov further"))?.speaker,
    ).to.equal(null);
  });

  it("buildDocuments when given a Kremlin news conference then Question: is the Journalist's", () => {
    const speakers = documentsOfFixture("2018-03-18-kremlin-questions.txt").map(
      (d) => d.speaker,
    );

    expect([...new Set(speakers)]).to.deep.equal([
      null,
      "Vladimir Putin",
      "Journalist",
    ]);
  });

  it("buildDocuments when given an interview then the named interviewer is a speaker", () => {
    const speakers = new Set(
      documentsOfFixture("2017-06-05-kremlin-interview.txt").map(
        (d) => d.speaker,
      ),
    );

    expect([...speakers]).to.deep.equal([
      null,
      "Megyn Kelly",
      "Vladimir Putin",
    ]);
  });

  it("buildDocuments when the same fixture is built twice then ids and hashes are identical", () => {
    const first = documentsOfFixture("2018-02-07-kremlin-transcript.txt");
    const second = documentsOfFixture("2018-02-07-kremlin-transcript.txt");

    expect(second).to.deep.equal(first);
    for (const doc of first) expect(doc.id).to.match(DOCUMENT_ID_PATTERN);
  });
});
