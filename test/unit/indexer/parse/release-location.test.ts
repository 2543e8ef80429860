import { expect } from "chai";
import {
  LOCATION_RULES,
  findLocation,
} from "../../../../indexer/parse/release-location.js";

function rule(start: string): (typeof LOCATION_RULES)[number] {
  const found = LOCATION_RULES.find((r) => r.name.startsWith(start));
  if (found === undefined) throw new Error(`no rule ${start}`);
  return found;
}

describe("release location", () => {
  it("LOCATION_RULES when listed then no-location kinds come first, then the first sentence, then the rest of the lede, then a speaker's 'here in X'", () => {
    expect(
      LOCATION_RULES.map((r) => r.name.split(" ").slice(0, 3).join(" ")),
    ).to.deep.equal([
      "a telephone conversation,",
      "the lede's first",
      "a later sentence",
      "the rest of",
      "a speaker says",
    ]);
  });

  describe("no-location rule", () => {
    const noLocation = rule("a telephone conversation");

    it("when the title is a telephone conversation, message, greetings, article or MFA press conference then the location is null", () => {
      for (const title of [
        "Telephone conversation with President of Iran Hassan Rouhani",
        "Message to President of Chile Sebastian Pinera",
        "Greetings to 18th Moscow Easter Festival",
        "Article by Vladimir Putin published in Le Figaro",
        "Meeting with Government members via videoconference",
        "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on May 11, 2018",
      ])
        expect(
          noLocation.find("They talked in Moscow.", title),
          title,
        ).to.equal(null);
    });

    it("when the lede says the talk was by telephone then the location is null", () => {
      expect(
        noLocation.find(
          "Vladimir Putin had a telephone conversation with Angela Merkel.",
          "Talks",
        ),
      ).to.equal(null);
    });

    it("when the release is a meeting then the rule does not decide", () => {
      expect(noLocation.find("They met in Moscow.", "Meeting with X")).to.equal(
        undefined,
      );
    });
  });

  describe("first-sentence rule", () => {
    const firstSentence = rule("the lede's first");

    it("when the first sentence says 'in City' then it is that city", () => {
      expect(
        firstSentence.find("Wang Yi met with Sergey Lavrov in Tashkent.", ""),
      ).to.equal("Tashkent");
      expect(
        firstSentence.find("The talks were held in St Petersburg, Russia.", ""),
      ).to.equal("St Petersburg");
    });

    it("when the first sentence names a venue then it is the venue's city from config", () => {
      expect(
        firstSentence.find(
          "Vladimir Putin met with Igor Dodon in the Kremlin.",
          "",
        ),
      ).to.equal("Moscow");
      expect(
        firstSentence.find("The meeting took place at Bocharov Ruchei.", ""),
      ).to.equal("Sochi");
      expect(
        firstSentence.find("Vladimir Putin met with him in Novo-Ogaryovo.", ""),
      ).to.equal("Novo-Ogaryovo");
    });

    it("when the place is a country, a region or a topic then it is not a location", () => {
      for (const lede of [
        "Putin spoke about the situation in Russia.",
        "He discussed the memory of those who fell in the Great Patriotic War.",
        "They discussed cooperation in Africa.",
        "The Governor reported on the situation in the Moscow Region.",
        "He spoke about investment in Chechnya.",
        "They met in Entrepreneurial Activity.",
      ])
        expect(firstSentence.find(lede, ""), lede).to.equal(undefined);
    });
  });

  it("later-sentence rule when a later sentence says where the meeting was held then it is that city", () => {
    expect(
      rule("a later sentence").find(
        "Vladimir Putin met with Shavkat Mirziyoyev. The meeting was held in Sochi ahead of the summit.",
        "",
      ),
    ).to.equal("Sochi");
    expect(
      rule("a later sentence").find(
        "Putin met him. They talked about Sochi.",
        "",
      ),
    ).to.equal(undefined);
  });

  it("venue rule when only a later sentence names a venue then it is the venue's city", () => {
    expect(
      rule("the rest of").find(
        "They met. Later, a concert was given at the State Kremlin Palace.",
        "",
      ),
    ).to.equal("Moscow");
  });

  it("venue rule when the venue is a residence ('at his Novo-Ogaryovo residence', 'at the presidential residence of Bocharov Ruchei') then it is the venue's city", () => {
    const venue = rule("the rest of");

    expect(
      venue.find(
        "Vladimir Putin met with Henry Kissinger at his Novo-Ogaryovo residence outside Moscow.",
        "",
      ),
    ).to.equal("Novo-Ogaryovo");
    expect(
      venue.find(
        "They met. The talks continued at the presidential residence of Bocharov Ruchei.",
        "",
      ),
    ).to.equal("Sochi");
  });

  it("speaker rule when a later paragraph says 'here in X' then it is that city or the venue's city, and only the place right after 'here'", () => {
    const here = rule("a speaker says");

    expect(
      here.find("They met.", "", [
        "Vladimir Putin: Good afternoon.",
        "I am glad to welcome you here, in the Kremlin.",
      ]),
    ).to.equal("Moscow");
    expect(
      here.find("They met.", "", [
        "It is a pleasure to meet here in Sochi, as we did in Minsk.",
      ]),
    ).to.equal("Sochi");
    expect(
      here.find("They met.", "", [
        "We are here, and in Minsk they are waiting.",
        "Here in Russia we think so.",
      ]),
    ).to.equal(undefined);
  });

  it("findLocation when the lede names a place then a later 'here in X' does not override it", () => {
    expect(
      findLocation("The talks took place in Tashkent.", "Talks", [
        "I am glad to be here in Moscow again.",
      ]),
    ).to.equal("Tashkent");
  });

  it("findLocation when no rule decides then the location is null", () => {
    expect(
      findLocation(
        "Vladimir Putin had a working meeting with the Governor.",
        "Working meeting",
      ),
    ).to.equal(null);
  });
});
