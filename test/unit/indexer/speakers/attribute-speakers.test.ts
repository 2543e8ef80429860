import { expect } from "chai";
import { ATTRIBUTION_RULES } from "../../../../indexer/speakers/attribution-rules.js";
import {
  buildReleaseText,
  documentsOf,
  speakerLines,
} from "../indexer-test-helpers.js";

const MFA_BREADCRUMB =
  "Home > Press and Media Service > Spokesperson's Remarks > Regular Press Conference";
const MFA_TITLE =
  "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on April 3, 2019";

function pressConference(paragraphs: readonly string[]): string[] {
  return speakerLines(
    documentsOf(
      buildReleaseText({
        breadcrumb: MFA_BREADCRUMB,
        title: MFA_TITLE,
        paragraphs,
      }),
    ),
  );
}

function kremlin(
  paragraphs: readonly string[],
  title = "Meeting with Government members",
): string[] {
  return speakerLines(
    documentsOf(
      buildReleaseText({ title, paragraphs }),
      "2018-02-07-meeting.txt",
    ),
  );
}

describe("attributeSpeakers", () => {
  it("ATTRIBUTION_RULES when listed then every rule has a readable name", () => {
    expect(ATTRIBUTION_RULES.length).to.be.greaterThan(5);
    for (const rule of ATTRIBUTION_RULES)
      expect(rule.name).to.match(/^[a-z(']/);
  });

  describe("press conferences", () => {
    it("attributeSpeakers when a press conference opens without a label then the announcement is the spokesperson's", () => {
      const lines = pressConference([
        "At the invitation of Premier Li Keqiang, Prime Minister Charlot Salwai will visit China.",
      ]);

      expect(lines).to.deep.equal([
        "Geng Shuang: At the invitation of Premier Li Keqiang, Prime Minister Charlot Salwai will visit China.",
      ]);
    });

    it("attributeSpeakers when turns are Q:, A:, Follow-up: and Journalist: then questions are the Journalist's and answers the spokesperson's", () => {
      const lines = pressConference([
        "Q: Can you confirm?",
        "A: I can.",
        "Follow-up: Why?",
        "A: Because.",
        "Journalist: Thanks.",
      ]);

      expect(lines).to.deep.equal([
        "Journalist: Can you confirm?",
        "Geng Shuang: I can.",
        "Journalist: Why?",
        "Geng Shuang: Because.",
        "Journalist: Thanks.",
      ]);
    });

    it("attributeSpeakers when the spokesperson answers then the role is the title's", () => {
      const docs = documentsOf(
        buildReleaseText({
          title: MFA_TITLE,
          paragraphs: ["Q: Any comment?", "A: None."],
        }),
      );

      expect(docs[1]).to.deep.include({
        speaker: "Geng Shuang",
        speakerRole: "Foreign Ministry Spokesperson",
      });
    });

    it("attributeSpeakers when outlets ask (Reuters:, CCTV:, The Paper:, an unknown outlet) then the outlet is the speaker", () => {
      const lines = pressConference([
        "Reuters: Is it true?",
        "Geng Shuang: Yes.",
        "The Paper: And then?",
        "Hubei Media Group: What next?",
        "Geng Shuang: We will see.",
      ]);

      expect(lines).to.deep.equal([
        "Reuters: Is it true?",
        "Geng Shuang: Yes.",
        "The Paper: And then?",
        "Hubei Media Group: What next?",
        "Geng Shuang: We will see.",
      ]);
    });

    it("attributeSpeakers when an answer runs over unlabelled paragraphs then they continue the answer", () => {
      const lines = pressConference([
        "Q: Why?",
        "A: First reason.",
        "Second reason, as State Councilor Wang Yi said.",
      ]);

      expect(lines.slice(1)).to.deep.equal([
        "Geng Shuang: First reason.",
        "Geng Shuang: Second reason, as State Councilor Wang Yi said.",
      ]);
    });

    it("attributeSpeakers when 'The following question was raised after the press conference:' then it is narration and the next turn is labelled", () => {
      const lines = pressConference([
        "A: Done.",
        "The following question was raised after the press conference:",
        "Q: One more?",
        "A: Sure.",
      ]);

      expect(lines).to.deep.equal([
        "Geng Shuang: Done.",
        "-: The following question was raised after the press conference:",
        "Journalist: One more?",
        "Geng Shuang: Sure.",
      ]);
    });

    it("attributeSpeakers when a separator follows the answers then later unlabelled paragraphs are announcements again", () => {
      const lines = pressConference([
        "Q: Why?",
        "A: Because.",
        "***",
        "The account is opened on Weibo.",
      ]);

      expect(lines[2]).to.equal("Geng Shuang: The account is opened on Weibo.");
    });

    it("attributeSpeakers when text merely contains a colon then it is not a speaker label", () => {
      const lines = pressConference([
        "A: We should do two things.",
        "Second, we should: stay calm.",
        "Note: this is important.",
        "Our position is very clear: no.",
      ]);

      expect(lines).to.deep.equal([
        "Geng Shuang: We should do two things.",
        "Geng Shuang: Second, we should: stay calm.",
        "Geng Shuang: Note: this is important.",
        "Geng Shuang: Our position is very clear: no.",
      ]);
    });
  });

  describe("transcripts", () => {
    it("attributeSpeakers when a long label later shortens then both are one speaker with the long label's role", () => {
      const docs = documentsOf(
        buildReleaseText({
          title: "Meeting on the Universiade",
          paragraphs: [
            "President of Russia Vladimir Putin: Good afternoon.",
            "Minister of Sport Pavel Kolobkov: Thank you.",
            "Vladimir Putin: Go on.",
          ],
        }),
        "2018-02-07-meeting.txt",
      );

      expect(docs.map((d) => [d.speaker, d.speakerRole])).to.deep.equal([
        ["Vladimir Putin", "President of Russia"],
        ["Pavel Kolobkov", "Minister of Sport"],
        ["Vladimir Putin", "President of Russia"],
      ]);
    });

    it("attributeSpeakers when labels are Question:, Question (retranslated):, Remark: and Reply: then they are Journalist and Participant", () => {
      const lines = kremlin([
        "Question: Why?",
        "Vladimir Putin: Because.",
        "Question (retranslated): Really?",
        "Remark: Quite possible.",
        "Reply: Yes.",
      ]);

      expect(lines).to.deep.equal([
        "Journalist: Why?",
        "Vladimir Putin: Because.",
        "Journalist: Really?",
        "Participant: Quite possible.",
        "Participant: Yes.",
      ]);
    });

    it("attributeSpeakers when a named interviewer and a governor speak then each label is its person", () => {
      const lines = kremlin([
        "Megyn Kelly: President Putin, a question.",
        "President of Russia Vladimir Putin: An answer.",
        "Acting Governor of the Krasnoyarsk Territory Alexander Uss: Thank you.",
        "Alexander Uss: Contracts on multipurpose centres.",
      ]);

      expect(lines).to.deep.equal([
        "Megyn Kelly: President Putin, a question.",
        "Vladimir Putin: An answer.",
        "Alexander Uss: Thank you.",
        "Alexander Uss: Contracts on multipurpose centres.",
      ]);
    });

    it("attributeSpeakers when a label lost its space ('VladimirPutin:') then it is the same speaker", () => {
      expect(
        kremlin([
          "Vladimir Putin: One.",
          "Dmitry Peskov: Two.",
          "VladimirPutin: Three.",
        ])[2],
      ).to.equal("Vladimir Putin: Three.");
    });

    it("attributeSpeakers when a stage direction or an aside sits in a turn then the turn continues after it", () => {
      const lines = kremlin([
        "Vladimir Putin: One.",
        "(Applause.)",
        "(Pavel Kolobkov further spoke about some organisational and financial matters.)",
        "Two.",
      ]);

      expect(lines).to.deep.equal([
        "Vladimir Putin: One.",
        "-: (Pavel Kolobkov further spoke about some organisational and financial matters.)",
        "Vladimir Putin: Two.",
      ]);
    });

    it("attributeSpeakers when '* * *' separates the readout from the transcript then the readout before it is narration", () => {
      const lines = kremlin([
        "Vladimir Putin held a meeting.",
        "* * *",
        "Vladimir Putin: Hello.",
        "Dmitry Medvedev: Hello.",
        "* * *",
        "The meeting ended.",
      ]);

      expect(lines).to.deep.equal([
        "-: Vladimir Putin held a meeting.",
        "Vladimir Putin: Hello.",
        "Dmitry Medvedev: Hello.",
        "-: The meeting ended.",
      ]);
    });

    it("attributeSpeakers when a sentence of text starts like a label then it stays in the turn", () => {
      const lines = kremlin([
        "Vladimir Putin: Hello.",
        "Dmitry Peskov: Hi.",
        "We have analysed international practice: it works.",
      ]);

      expect(lines[2]).to.equal(
        "Dmitry Peskov: We have analysed international practice: it works.",
      );
    });
  });

  describe("readouts", () => {
    it("attributeSpeakers when 'X said, …' opens a paragraph then the paragraph from there is X's, under the full name", () => {
      const lines = speakerLines(
        documentsOf(
          buildReleaseText({
            title: "Wang Yi Meets with Russian Foreign Minister Sergey Lavrov",
            paragraphs: [
              "On July 15, 2021, State Councilor and Foreign Minister Wang Yi met with Russian Foreign Minister Sergey Lavrov in Tashkent.",
              "Lavrov said, relations are good. As the joint statement pointed out, they are not an alliance.",
            ],
          }),
        ),
      );

      expect(lines).to.deep.equal([
        "-: On July 15, 2021, State Councilor and Foreign Minister Wang Yi met with Russian Foreign Minister Sergey Lavrov in Tashkent.",
        "Sergey Lavrov: Lavrov said, relations are good.",
        "Sergey Lavrov: As the joint statement pointed out, they are not an alliance.",
      ]);
    });

    it("attributeSpeakers when the reporting sentence comes later in a paragraph then earlier sentences are narration", () => {
      const lines = kremlin(
        [
          "The talks lasted an hour. Mr Shoigu noted that the drills went well. They will continue.",
        ],
        "Meeting with Defence Minister Sergei Shoigu",
      );

      expect(lines).to.deep.equal([
        "-: The talks lasted an hour.",
        "Sergei Shoigu: Mr Shoigu noted that the drills went well.",
        "Sergei Shoigu: They will continue.",
      ]);
    });

    it("attributeSpeakers when a Kremlin readout says 'The President noted' then the speaker is Vladimir Putin", () => {
      const lines = kremlin([
        "Vladimir Putin met with the Governor.",
        "The President noted that roads matter.",
      ]);

      expect(lines[1]).to.equal(
        "Vladimir Putin: The President noted that roads matter.",
      );
    });

    it("attributeSpeakers when 'He said' follows reported speech then it is the same speaker", () => {
      const lines = kremlin(
        [
          "Mr Shoigu said the drills went well.",
          "He added that they will continue.",
        ],
        "Meeting with Defence Minister Sergei Shoigu",
      );

      expect(lines).to.deep.equal([
        "Sergei Shoigu: Mr Shoigu said the drills went well.",
        "Sergei Shoigu: He added that they will continue.",
      ]);
    });

    it("attributeSpeakers when 'the minister said' closes a sentence then the one minister introduced is the speaker", () => {
      const lines = kremlin(
        ["Weapons were confiscated in the region, the minister said."],
        "Vladimir Putin met with Interior Minister Vladimir Rushailo",
      );

      expect(lines).to.deep.equal([
        "Vladimir Rushailo: Weapons were confiscated in the region, the minister said.",
      ]);
    });

    it("attributeSpeakers when two people are the subject then the sentence is narration", () => {
      const lines = kremlin(
        ["Mr Putin and Mr Berlusconi expressed concern over the conflict."],
        "Vladimir Putin met with Prime Minister of Italy Silvio Berlusconi",
      );

      expect(lines).to.deep.equal([
        "-: Mr Putin and Mr Berlusconi expressed concern over the conflict.",
      ]);
    });

    it("attributeSpeakers when people are only mentioned then nobody speaks", () => {
      const lines = kremlin([
        "Vladimir Putin met with Prime Minister of Japan Shinzo Abe.",
        "The leaders discussed trade with Xi Jinping in mind.",
      ]);

      expect(lines.every((l) => l.startsWith("-: "))).to.equal(true);
    });

    it("attributeSpeakers when 'The message reads, in part:' introduces a message then the message is its author's", () => {
      const lines = kremlin(
        [
          "The message reads, in part:",
          "“Russia has always valued cooperation.”",
        ],
        "Vladimir Putin sent a message to Syrian President Bashar Assad",
      );

      expect(lines).to.deep.equal([
        "-: The message reads, in part:",
        "Vladimir Putin: “Russia has always valued cooperation.”",
      ]);
    });

    it("attributeSpeakers when a quotation follows 'X said:' then the quotation is X's until the quotes stop", () => {
      const lines = kremlin([
        "Vladimir Putin met students.",
        "The President said:",
        "“Study hard.”",
        "The students thanked him.",
      ]);

      expect(lines).to.deep.equal([
        "-: Vladimir Putin met students.",
        "Vladimir Putin: The President said:",
        "Vladimir Putin: “Study hard.”",
        "-: The students thanked him.",
      ]);
    });

    it("attributeSpeakers when the title says 'Article by X' then the article is X's", () => {
      const lines = kremlin(
        ["Russia and Germany have long ties."],
        "Article by Vladimir Putin published in Handelsblatt",
      );

      expect(lines).to.deep.equal([
        "Vladimir Putin: Russia and Germany have long ties.",
      ]);
    });
  });
});
