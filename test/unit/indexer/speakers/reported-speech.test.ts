import { expect } from "chai";
import {
  SUBJECT_RULES,
  findReportedSubject,
} from "../../../../indexer/speakers/reported-speech.js";
import {
  buildReleaseText,
  documentsOf,
  speakerLines,
} from "../indexer-test-helpers.js";

function rule(name: string): (typeof SUBJECT_RULES)[number] {
  const found = SUBJECT_RULES.find((r) => r.name.startsWith(name));
  if (found === undefined) throw new Error(`no rule ${name}`);
  return found;
}

function readout(title: string, paragraphs: readonly string[]): string[] {
  return speakerLines(
    documentsOf(
      buildReleaseText({ title, paragraphs }),
      "2016-02-09-working-meeting.txt",
    ),
  );
}

describe("reported speech", () => {
  describe("subject rules, each on its own", () => {
    it("SUBJECT_RULES when listed then they are named and ordered: 'According to', 'named by X' and 'In X’s opinion' before verbs", () => {
      expect(SUBJECT_RULES.map((r) => r.name.slice(0, 14))).to.deep.equal([
        "'According to ",
        "'The tasks nam",
        "'In X’s opinio",
        "'X said …' (X ",
        "'…, X said.' (",
        "'“…,” emphasis",
        "'In his messag",
        "'Touching upon",
      ]);
    });

    it("'According to X' rule when a sentence opens with it then X is the subject, with Mr or a title", () => {
      const find = rule("'According to").find;

      expect(find("According to Mr Frank, export would grow.")).to.equal(
        "Mr Frank",
      );
      expect(
        find("According to the Governor Andrei Bocharov, 8 plants opened."),
      ).to.equal("the Governor Andrei Bocharov");
      expect(find("According to him, the issue remains.")).to.equal("He");
      expect(find("According to statistics, prices fell.")).to.equal(undefined);
    });

    it("'In X’s opinion' rule when a sentence opens with it then X is the subject", () => {
      const find = rule("'In X’s opinion").find;

      expect(find("In Mr Putin’s opinion, one should be patient.")).to.equal(
        "Mr Putin",
      );
      expect(find("In the President's view, this is wrong.")).to.equal(
        "the President",
      );
      expect(find("In the past, prices fell.")).to.equal(undefined);
    });

    it("verb rule when the verb is one of the added reporting verbs then the subject before it is found", () => {
      const find = rule("'X said …'").find;

      for (const verb of [
        "promised",
        "thanked",
        "asked",
        "requested",
        "proposed",
        "raised",
        "spoke about",
        "acknowledged",
        "admitted",
        "ordered",
        "instructed",
        "congratulated",
      ])
        expect(find(`The Governor ${verb} the matter.`), verb).to.equal(
          "The Governor",
        );
      expect(find("Mr Netanyahu warmly congratulated Mr Putin.")).to.equal(
        "Mr Netanyahu",
      );
    });

    it("verb rule when briefed, informed, updated, told or reported only give a topic then there is no subject", () => {
      const find = rule("'X said …'").find;

      expect(
        find("The Minister also briefed the President on the port."),
      ).to.equal(undefined);
      expect(
        find("Mr Kozak informed Vladimir Putin about the plans."),
      ).to.equal(undefined);
      expect(
        find("The Governor informed the President that 8 plants were built."),
      ).to.equal("The Governor");
      expect(
        find(
          "Mr Ivanov briefed the President on his trip and said it went well.",
        ),
      ).to.equal("Mr Ivanov");
    });

    it("verb rule when 'When asked …' opens the sentence then the subject of the later verb is found", () => {
      expect(
        findReportedSubject(
          "When asked about the case, the President said it was for the court.",
        ),
      ).to.equal("the President");
    });

    it("trailing verb rule when the reporting verb ends the sentence then the subject before it is found", () => {
      expect(
        rule("'…, X said.'").find(
          "We must create favourable conditions, the President stressed.",
        ),
      ).to.equal("the President");
    });
  });

  describe("in readouts", () => {
    const bocharov =
      "Working meeting with Volgograd Region Governor Andrei Bocharov";

    it("attributeSpeakers when 'According to the Governor X, …' opens a paragraph then the paragraph is X's", () => {
      const lines = readout(bocharov, [
        "Vladimir Putin had a working meeting with Volgograd Region Governor Andrei Bocharov.",
        "According to the Governor Andrei Bocharov, 8 new facilities were created. Investment has grown.",
      ]);

      expect(lines.slice(1)).to.deep.equal([
        "Andrei Bocharov: According to the Governor Andrei Bocharov, 8 new facilities were created.",
        "Andrei Bocharov: Investment has grown.",
      ]);
    });

    it("attributeSpeakers when 'According to Mr Surname' then the speaker is the person with that surname", () => {
      const lines = readout(
        "Vladimir Putin had a meeting with Russian Transport Minister Sergei Frank",
        [
          "At the meeting Mr Putin and Mr Frank discussed transport corridors. According to Mr Frank, transit would be a new product.",
        ],
      );

      expect(lines).to.deep.equal([
        "-: At the meeting Mr Putin and Mr Frank discussed transport corridors.",
        "Sergei Frank: According to Mr Frank, transit would be a new product.",
      ]);
    });

    it("attributeSpeakers when a title-only subject ('The head of the region', 'The Governor') speaks then it is the person introduced in that role", () => {
      const lines = readout(bocharov, [
        "Vladimir Putin had a working meeting with Volgograd Region Governor Andrei Bocharov.",
        "The head of the region noted that wages grew.",
        "The Governor promised to finish the bridge.",
      ]);

      expect(lines.slice(1)).to.deep.equal([
        "Andrei Bocharov: The head of the region noted that wages grew.",
        "Andrei Bocharov: The Governor promised to finish the bridge.",
      ]);
    });

    it("attributeSpeakers when 'The President promised …' in a Kremlin readout then it is Vladimir Putin", () => {
      const lines = readout(bocharov, [
        "Vladimir Putin had a working meeting with Volgograd Region Governor Andrei Bocharov.",
        "The President promised support.",
      ]);

      expect(lines[1]).to.equal(
        "Vladimir Putin: The President promised support.",
      );
    });

    it("attributeSpeakers when 'The Governor briefed the President on X.' then it is narration, and so is the rest of the paragraph", () => {
      const lines = readout(bocharov, [
        "Vladimir Putin had a working meeting with Volgograd Region Governor Andrei Bocharov. The Governor also briefed the President on the preparations. Special attention was paid to roads.",
      ]);

      expect(lines.map((l) => l.slice(0, 2))).to.deep.equal(["-:", "-:", "-:"]);
    });
  });
});
