import { expect } from "chai";
import {
  SENTENCE_RULES,
  type ReadoutSentence,
} from "../../../../indexer/speakers/readout-sentences.js";
import { findReportedSubject } from "../../../../indexer/speakers/reported-speech.js";
import { findIntroductions } from "../../../../indexer/names/find-introductions.js";
import {
  buildReleaseText,
  documentsOf,
  speakerLines,
} from "../indexer-test-helpers.js";

const PUTIN = { name: "Vladimir Putin", role: "President" };
const CHRETIEN = { name: "Jean Chretien", role: "Prime Minister" };

function rule(name: string): (typeof SENTENCE_RULES)[number] {
  const found = SENTENCE_RULES.find((r) => r.name.startsWith(name));
  if (found === undefined) throw new Error(`no rule ${name}`);
  return found;
}

function sentence(overrides: Partial<ReadoutSentence>): ReadoutSentence {
  return {
    text: "",
    reported: undefined,
    subject: undefined,
    actor: undefined,
    pair: false,
    group: false,
    speechAct: false,
    ...overrides,
  };
}

function kremlin(title: string, paragraphs: readonly string[]): string[] {
  return speakerLines(
    documentsOf(
      buildReleaseText({ title, paragraphs }),
      "2003-04-04-readout.txt",
    ),
  );
}

describe("readout sentences", () => {
  describe("sentence rules, each on its own", () => {
    it("SENTENCE_RULES when listed then they are named and ordered: a person's verb, a group's verb, a pair, another actor", () => {
      expect(SENTENCE_RULES.map((r) => r.name.slice(0, 30))).to.deep.equal([
        "a reporting verb with a person",
        "a reporting verb with a group ",
        "two people acting together ('M",
        "people as a group acting ('The",
        "another person acting ('Mr Chr",
      ]);
    });

    it("person rule when the subject resolved to a person then that person speaks; otherwise it does not apply", () => {
      const { apply, then } = rule("a reporting verb with a person");

      expect(apply(sentence({ reported: PUTIN }), null)).to.equal(PUTIN);
      expect(then?.(sentence({ reported: PUTIN }), null)).to.equal(PUTIN);
      expect(
        then?.(sentence({ reported: PUTIN, speechAct: true }), CHRETIEN),
      ).to.equal(CHRETIEN);
      expect(apply(sentence({ subject: "Veterans" }), PUTIN)).to.equal(
        undefined,
      );
    });

    it("group rule when a plural subject reports ('Veterans', 'The sides', 'The two presidents', 'They') then narration", () => {
      const apply = rule("a reporting verb with a group").apply;

      for (const subject of [
        "Veterans",
        "The sides",
        "The two presidents",
        "Both leaders",
        "They",
      ])
        expect(apply(sentence({ subject }), PUTIN), subject).to.equal(null);
      for (const subject of ["Mr Davis", "The Governor", "Mr Frank", "He"])
        expect(apply(sentence({ subject }), PUTIN), subject).to.equal(
          undefined,
        );
    });

    it("pair rule when two people of the release open the sentence together then narration; otherwise it does not apply", () => {
      const apply = rule("two people acting together").apply;

      expect(apply(sentence({ pair: true }), CHRETIEN)).to.equal(null);
      expect(apply(sentence({}), CHRETIEN)).to.equal(undefined);
    });

    it("actor rule when another person opens the sentence then narration; the same person keeps the speaker", () => {
      const apply = rule("another person acting").apply;

      expect(apply(sentence({ actor: PUTIN }), CHRETIEN)).to.equal(null);
      expect(apply(sentence({ actor: PUTIN }), PUTIN)).to.equal(undefined);
      expect(apply(sentence({}), CHRETIEN)).to.equal(undefined);
    });
  });

  describe("whole readout paragraphs", () => {
    it("attributeSpeakers when 'Mr Kuchma and Mr Putin also discussed …' follows Kuchma's words then it is narration", () => {
      const lines = kremlin(
        "President Vladimir Putin spoke by telephone with Ukrainian President Leonid Kuchma",
        [
          "Mr Kuchma congratulated Mr Putin on Russia Day. Mr Kuchma and Mr Putin also discussed current issues of cooperation.",
        ],
      );

      expect(lines).to.deep.equal([
        "Leonid Kuchma: Mr Kuchma congratulated Mr Putin on Russia Day.",
        "-: Mr Kuchma and Mr Putin also discussed current issues of cooperation.",
      ]);
    });

    it("attributeSpeakers when another person acts after a congratulation then that sentence is narration", () => {
      const lines = kremlin(
        "President Vladimir Putin spoke by telephone with Canadian Prime Minister Jean Chretien",
        [
          "Mr Chretien congratulated Mr Putin on the success of the referendum. Mr Putin described the plans to secure a settlement.",
        ],
      );

      expect(lines).to.deep.equal([
        "Jean Chretien: Mr Chretien congratulated Mr Putin on the success of the referendum.",
        "-: Mr Putin described the plans to secure a settlement.",
      ]);
    });

    it("attributeSpeakers when 'X also discussed Y' precedes X's words then the topic sentence is X's; without X's words it is narration", () => {
      const spoken = kremlin(
        "President Vladimir Putin held a news conference",
        [
          "Mr Putin said he was satisfied with the talks.",
          "The head of state also discussed capital flight from Russia. We must create favourable conditions in Russia, the President stressed.",
        ],
      );
      const alone = kremlin("President Vladimir Putin held a news conference", [
        "Mr Putin said he was satisfied with the talks.",
        "The head of state also discussed capital flight from Russia. Issues of trade came next.",
      ]);

      expect(spoken.slice(1)).to.deep.equal([
        "Vladimir Putin: The head of state also discussed capital flight from Russia.",
        "Vladimir Putin: We must create favourable conditions in Russia, the President stressed.",
      ]);
      expect(alone.slice(1).every((l) => l.startsWith("-: "))).to.equal(true);
    });

    it("attributeSpeakers when 'He said' follows a narrated action then 'He' is the person the paragraph named", () => {
      const lines = kremlin(
        "President Vladimir Putin met with Prosecutor-General Vladimir Ustinov",
        [
          "President Putin gave instructions to let investigators on board. He said during the meeting that the instructions had been given.",
        ],
      );

      expect(lines[1]).to.equal(
        "Vladimir Putin: He said during the meeting that the instructions had been given.",
      );
    });

    it("attributeSpeakers when a group reports ('Veterans told him that …') after the President then it is narration", () => {
      const lines = kremlin("Vladimir Putin visited Poland", [
        "President Putin approached veterans and asked them about their lives. Veterans told him that they were following his visit.",
      ]);

      expect(lines).to.deep.equal([
        "Vladimir Putin: President Putin approached veterans and asked them about their lives.",
        "-: Veterans told him that they were following his visit.",
      ]);
    });

    it("attributeSpeakers when a whole title is the subject ('The Prosecutor-General said', 'The Speaker of the Federation Council congratulated') then its holder speaks", () => {
      const prosecutor = kremlin(
        "President Vladimir Putin met with Prosecutor-General Vladimir Ustinov",
        ["The Prosecutor-General said that the preparation was complete."],
      );
      const speaker = kremlin(
        "Acting President Vladimir Putin spoke by telephone with Speaker of the Federation Council Yegor Stroyev",
        [
          "The Speaker of the Federation Council sincerely congratulated Mr Putin on his victory.",
        ],
      );

      expect(prosecutor[0]).to.match(/^Vladimir Ustinov: /);
      expect(speaker[0]).to.match(/^Yegor Stroyev: /);
    });

    it("attributeSpeakers when a speech act ('X invited Y to visit') then only that sentence is X's", () => {
      const lines = kremlin(
        "Vladimir Putin had a telephone conversation with President of Poland Alexander Kwasniewski",
        [
          "Mr Kwasniewski invited Mr Putin to visit Warsaw. The invitation was accepted with thanks.",
          "Addressing the invited audience, President Putin stressed that modernisation would go on.",
        ],
      );

      expect(lines).to.deep.equal([
        "Aleksander Kwasniewski: Mr Kwasniewski invited Mr Putin to visit Warsaw.",
        "-: The invitation was accepted with thanks.",
        "Vladimir Putin: Addressing the invited audience, President Putin stressed that modernisation would go on.",
      ]);
    });

    it("attributeSpeakers when 'X supported …' then X speaks", () => {
      const lines = kremlin(
        "Vladimir Putin held a work meeting with Justice Minister Yury Chaika",
        ["Vladimir Putin supported Mr Chaika’s initiative."],
      );

      expect(lines).to.deep.equal([
        "Vladimir Putin: Vladimir Putin supported Mr Chaika’s initiative.",
      ]);
    });
  });

  it("attributeSpeakers when a label names a person the gazetteer knows by a longer name ('… Aung San Suu Kyi:') then the full name speaks", () => {
    const lines = kremlin(
      "Meeting with Myanmar’s State Counsellor Aung San Suu Kyi",
      [
        "Vladimir Putin: Madam State Counsellor, colleagues.",
        "State Counsellor of Myanmar Aung San Suu Kyi: We are also very glad to meet.",
      ],
    );

    expect(lines[1]).to.equal(
      "Aung San Suu Kyi: We are also very glad to meet.",
    );
  });

  it("findReportedSubject when an action and a reporting verb share the subject ('The President called X a specialist and stressed that') then the subject is the sentence's opening", () => {
    expect(
      findReportedSubject(
        "The President called Gennady Seleznev a good specialist and stressed that voters trusted him.",
      ),
    ).to.equal("The President");
    expect(
      findReportedSubject(
        "Mr Kucan pointed to the regular contacts and said that a meeting was held.",
      ),
    ).to.equal("Mr Kucan");
  });

  it("findIntroductions when a name is followed by a lower-case title ('Nikolai Koshman, deputy prime minister') then the name is introduced", () => {
    expect(
      findIntroductions(
        "Vladimir Putin met with Nikolai Koshman, deputy prime minister and envoy",
      ).map((i) => i.name),
    ).to.include("Nikolai Koshman");
    expect(
      findIntroductions("He met Nikolai Koshman, whose plan was approved").map(
        (i) => i.name,
      ),
    ).to.not.include("Nikolai Koshman");
  });
});
