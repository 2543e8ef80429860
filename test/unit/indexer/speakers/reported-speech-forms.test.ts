import { expect } from "chai";
import {
  SUBJECT_RULES,
  findReportedSubject,
  isSpeechAct,
} from "../../../../indexer/speakers/reported-speech.js";
import { speakerLinesOf } from "../indexer-test-helpers.js";

/** Round 3 of issue 10: the forms of reported speech readouts and calls still missed. */

const readout = (
  title: string,
  paragraphs: readonly string[],
  source = "2005-06-10-readout.txt",
): string[] => speakerLinesOf(title, paragraphs, source);

describe("reported speech: passives, trailing attributions, titles and sides", () => {
  describe("subject rules, each on its own", () => {
    it("'named by X' rule when a passive reporting participle sits in the subject then X is the subject", () => {
      const find = SUBJECT_RULES.find((r) =>
        r.name.startsWith("'The tasks named by X"),
      )?.find;
      if (find === undefined) throw new Error("no 'named by' rule");

      expect(
        find(
          "Other priority tasks named by Mr Rudenya include developing agriculture.",
        ),
      ).to.equal("Mr Rudenya");
      expect(
        find("The measures proposed by the Governor were approved in May."),
      ).to.equal(undefined);
      expect(
        find("Subjects mentioned by the Governor include new roads."),
      ).to.equal("the Governor");
      expect(find("The tasks set by the plan include roads.")).to.equal(
        undefined,
      );
    });

    it("verb rule when the first reporting verb is a passive then the subject of a later verb is found", () => {
      expect(
        findReportedSubject(
          "Russia’s position on Iraq is supported by most member states, President Vladimir Putin said in an interview.",
        ),
      ).to.equal("President Vladimir Putin");
      // Alone, the passive keeps its old reading (an impersonal subject, narration downstream).
      expect(
        findReportedSubject("It was stressed that talks matter."),
      ).to.equal("It was");
    });

    it("verb rule when 'states' or 'notes' is a noun ('member states, …') then it is not a verb", () => {
      expect(
        findReportedSubject(
          "The UN member states, the minister said, were ready.",
        ),
      ).to.equal("the minister");
      expect(
        findReportedSubject("The letter notes, in part, that ties grow."),
      ).to.equal("The letter");
      expect(
        findReportedSubject("The Constitution states that it is so."),
      ).to.equal("The Constitution");
    });

    it("verb rule when the verb follows ', but' then the subject is the sentence's opening person", () => {
      expect(
        findReportedSubject(
          "The acting president accepted the invitation with gratitude, but said that his visit was possible later.",
        ),
      ).to.equal("The acting president");
    });

    it("verb rule when 'replied' names no content ('replied to 47 questions') then it reports no speech", () => {
      expect(
        findReportedSubject("The Russian President replied to 47 questions."),
      ).to.equal(undefined);
      expect(
        findReportedSubject("He replied that the visit was possible."),
      ).to.equal("He");
    });

    it("verb rule when an irregular past ('sent', 'met', 'gave') comes before 'and <reporting verb>' then the subject is the sentence's", () => {
      expect(
        findReportedSubject(
          "The Russian President sent his condolences to the families and offered his sympathy.",
        ),
      ).to.equal("The Russian President");
      expect(
        findReportedSubject(
          "Vladimir Putin met with Anton Alikhanov and announced his decision.",
        ),
      ).to.equal("Vladimir Putin");
    });

    it("trailing rule when the attribution is '…, Mr Putin told the meeting.' or '…, he said.' then that is the subject", () => {
      expect(
        findReportedSubject(
          "Russia will strive to build relations of equality, Mr Putin told the meeting.",
        ),
      ).to.equal("Mr Putin");
      expect(
        findReportedSubject(
          "Unity would help society, Mr Putin told journalists after the meeting.",
        ),
      ).to.equal("Mr Putin");
      expect(
        findReportedSubject("Operators must remain where they are, he said."),
      ).to.equal("he");
    });

    it("trailing rule when the verb phrase is the longest it reads ('told the participants after' and 30 letters) or spaces precede the stop then that is the subject", () => {
      expect(
        findReportedSubject(
          "The federal programme for the development of the region's transport links will be extended until 2030, Mr Putin told the participants after the opening session in Sochi.",
        ),
      ).to.equal("Mr Putin");
      expect(
        findReportedSubject(
          "The federal programme for the development of the region's transport links will be extended until 2030, the Governor said  \u201d",
        ),
      ).to.equal("the Governor");
    });

    it("speech acts when 'greeted' greets an audience then it is a speech act; in person ('at the entrance', 'with a salute') it is none", () => {
      expect(
        isSpeechAct("Vladimir Putin greeted veterans on their holiday."),
      ).to.equal(true);
      expect(
        findReportedSubject(
          "Mr Berlusconi greeted his guest at the plane ladder.",
        ),
      ).to.equal(undefined);
      expect(
        findReportedSubject(
          "The guardsmen greeted the President with a salute.",
        ),
      ).to.equal(undefined);
    });
    it("speech acts when condolences are conveyed or offered, or an invitation extended, then they are speech acts; conveying a message is sending", () => {
      for (const sentence of [
        "Mr Putin conveyed his condolences to the relatives.",
        "The President of Russia offered his sincere condolences.",
        "Mr Aznar extended an invitation to Mr Putin to come to Spain.",
        "The Russian President passed on words of sympathy to the families.",
      ])
        expect(isSpeechAct(sentence), sentence).to.equal(true);
      expect(
        findReportedSubject(
          "Vladimir Putin conveyed a reply message for Junichiro Koizumi.",
        ),
      ).to.equal(undefined);
    });
  });

  describe("readouts, end to end", () => {
    it("attributeSpeakers when 'He' follows a sentence that named someone then it is that person, not the last speaker of an earlier paragraph", () => {
      expect(
        readout(
          "President Vladimir Putin held a meeting with the Cabinet members",
          [
            "Agricultural Minister Alexei Gordeyev said that Russia would have enough grain.",
            "President Putin called attention to the grain difficulties of partners. He said Russia would help Moldova.",
          ],
        ),
      ).to.deep.equal([
        "Alexei Gordeyev: Agricultural Minister Alexei Gordeyev said that Russia would have enough grain.",
        "-: President Putin called attention to the grain difficulties of partners.",
        "Vladimir Putin: He said Russia would help Moldova.",
      ]);
    });

    it("attributeSpeakers when only the title names the President then 'The President promised …' is his", () => {
      expect(
        readout("Vladimir Putin met with Ella Pamfilova", [
          "At the meeting they talked about bills on civil society.",
          "The President promised to discuss amendments to the bill.",
        ]),
      ).to.deep.equal([
        "-: At the meeting they talked about bills on civil society.",
        "Vladimir Putin: The President promised to discuss amendments to the bill.",
      ]);
    });

    it("attributeSpeakers when nothing names the President ('Working meeting with Healthcare Minister …') then 'The President stressed …' is still the head of state's", () => {
      expect(
        readout(
          "Working meeting with Healthcare Minister Veronika Skvortsova",
          ["The President stressed that the centres must be near."],
          "2013-04-04-working-meeting.txt",
        ),
      ).to.deep.equal([
        "Vladimir Putin: The President stressed that the centres must be near.",
      ]);
    });

    it("attributeSpeakers when 'the head of the Central Bank' speaks then it is the person the release titled its chairman", () => {
      expect(
        readout(
          "President Vladimir Putin met Chairman of the Central Bank of Russia Sergei Ignatyev",
          [
            "The head of the Central Bank said that 827 banks joined the system. Another 260 banks want to join.",
          ],
        ),
      ).to.deep.equal([
        "Sergei Ignatyev: The head of the Central Bank said that 827 banks joined the system.",
        "Sergei Ignatyev: Another 260 banks want to join.",
      ]);
    });

    it("attributeSpeakers when '…, Mr Putin told the meeting.' is followed by 'He stressed …' then both are his, and '…, he said.' too", () => {
      expect(
        readout(
          "Acting President Vladimir Putin chaired a Security Council meeting",
          [
            "Mr Putin opened the meeting on foreign policy. Russia will build relations of equality, Mr Putin told the meeting. He stressed that policy would remain unchanged.",
            "The acting president demanded effective work. Operators must remain where they are, he said.",
          ],
          "1999-12-31-meeting.txt",
        ),
      ).to.deep.equal([
        "-: Mr Putin opened the meeting on foreign policy.",
        "Vladimir Putin: Russia will build relations of equality, Mr Putin told the meeting.",
        "Vladimir Putin: He stressed that policy would remain unchanged.",
        "-: The acting president demanded effective work.",
        "Vladimir Putin: Operators must remain where they are, he said.",
      ]);
    });

    it("attributeSpeakers when 'He thought …' follows the President's words then it is his", () => {
      expect(
        readout("President Vladimir Putin chaired a Defence Ministry meeting", [
          "President Putin said it was necessary to respond swiftly.",
          "He thought it had been right to start regular meetings.",
        ]),
      ).to.deep.equal([
        "Vladimir Putin: President Putin said it was necessary to respond swiftly.",
        "Vladimir Putin: He thought it had been right to start regular meetings.",
      ]);
    });

    it("attributeSpeakers when the tasks are 'named by Mr Rudenya' then that sentence is his, the ones before it narration", () => {
      expect(
        readout(
          "Working meeting with Acting Governor of Tver Region Igor Rudenya",
          [
            "Mr Rudenya briefed Vladimir Putin on the region’s situation.",
            "The main task is to raise wages. Other priority tasks named by Mr Rudenya include developing agriculture.",
          ],
        ),
      ).to.deep.equal([
        "-: Mr Rudenya briefed Vladimir Putin on the region’s situation.",
        "-: The main task is to raise wages.",
        "Igor Rudenya: Other priority tasks named by Mr Rudenya include developing agriculture.",
      ]);
    });

    it("attributeSpeakers when 'The Russian leader greeted delegates …' then that sentence only is his", () => {
      expect(
        readout("President Vladimir Putin met with Grigory Yavlinsky", [
          "The Russian leader greeted delegates of the Yabloko congress. The congress opens on Saturday.",
        ]),
      ).to.deep.equal([
        "Vladimir Putin: The Russian leader greeted delegates of the Yabloko congress.",
        "-: The congress opens on Saturday.",
      ]);
    });
  });

  it("attributeSpeakers when 'Mr Jiang and Mr Putin expressed …' then the pair is nobody's words, but '… and Mr Putin said' is his", () => {
    expect(
      readout("President Vladimir Putin spoke by telephone with Jiang Zemin", [
        "Mr Jiang and Mr Putin expressed mutual determination to develop cooperation.",
        "Russia and India began working together in the 1970s and Mr Putin said it was time to go further.",
      ]),
    ).to.deep.equal([
      "-: Mr Jiang and Mr Putin expressed mutual determination to develop cooperation.",
      "Vladimir Putin: Russia and India began working together in the 1970s and Mr Putin said it was time to go further.",
    ]);
  });

  describe("telephone conversations", () => {
    const CALL = "Telephone conversation with French President Emmanuel Macron";
    const LEDE =
      "Vladimir Putin and President of the French Republic Emmanuel Macron had a telephone conversation.";

    it("attributeSpeakers when 'Russia reiterated …' in the President's telephone conversation then it is his words", () => {
      expect(
        readout(
          CALL,
          [
            LEDE,
            "The incident was also touched on. Russia focused on the nature of the charges and reiterated its willingness to investigate.",
          ],
          "2018-03-19-telephone-conversation.txt",
        ).slice(1),
      ).to.deep.equal([
        "-: The incident was also touched on.",
        "Vladimir Putin: Russia focused on the nature of the charges and reiterated its willingness to investigate.",
      ]);
    });

    it("attributeSpeakers when 'Russia reiterated …' outside a telephone conversation then it stays narration", () => {
      expect(
        readout(
          "Meeting with French President Emmanuel Macron",
          [
            LEDE,
            "Russia focused on the nature of the charges and reiterated its willingness to investigate.",
          ],
          "2018-03-19-meeting.txt",
        ).slice(1),
      ).to.deep.equal([
        "-: Russia focused on the nature of the charges and reiterated its willingness to investigate.",
      ]);
    });
  });
});
