import { expect } from "chai";
import { speakerLinesOf } from "../indexer-test-helpers.js";

/** Round 3, part 2 (issue 10): each rule on its own, on the shapes the whole corpus shows. */
const speakers = (
  title: string,
  paragraphs: readonly string[],
  source = "2019-06-29-test.txt",
): string[] => speakerLinesOf(title, paragraphs, source);

describe("message authors, readout subjects and groups", () => {
  it("findLeadSubject when the lede opens with the President's name ('Vladimir Putin greeted …') then a quoted telegram is his", () => {
    expect(
      speakers("Shipbuilder’s Day greetings", [
        "Vladimir Putin greeted shipbuilding workers on Shipbuilder’s Day.",
        "The telegram reads, in part:",
        "“Our country is rightly proud of its status.",
        "I am sure that you will resolve the tasks in hand.”",
      ]).slice(1),
    ).to.deep.equal([
      "-: The telegram reads, in part:",
      "Vladimir Putin: “Our country is rightly proud of its status.",
      "Vladimir Putin: I am sure that you will resolve the tasks in hand.”",
    ]);
  });

  it("findLeadSubject when only the title names him ('President Putin sent a letter to …') then the letter's quotation is his", () => {
    expect(
      speakers(
        "President Putin sent a letter to Yasser Arafat, Chairman of the PLO executive committee",
        [
          "The letter said, in part:",
          "“The Middle East situation remains difficult.”",
        ],
        "2001-11-29-test.txt",
      ),
    ).to.deep.equal([
      "-: The letter said, in part:",
      "Vladimir Putin: “The Middle East situation remains difficult.”",
    ]);
  });

  it("findReportedSubject when the verb comes before its subject at the end ('“…,” emphasised the Russian President.') then the sentence is his", () => {
    expect(
      speakers("Condolences to King Felipe VI of Spain", [
        "Vladimir Putin expressed his condolences to King Felipe VI of Spain.",
        "The talks ended. Intellectual property must be protected, stressed Mr Putin.",
        "The decree takes effect today, said the directive.",
      ]).slice(1),
    ).to.deep.equal([
      "-: The talks ended.",
      "Vladimir Putin: Intellectual property must be protected, stressed Mr Putin.",
      "-: The decree takes effect today, said the directive.",
    ]);
  });

  it("fillOpenedQuotations when an attribution closes a quotation opened sentences earlier then the quotation is the speaker's from its opening mark", () => {
    expect(
      speakers("Condolences to King Felipe VI of Spain", [
        "Vladimir Putin expressed his condolences to King Felipe VI of Spain.",
        "He arrived. “We denounce this crime. This attack shows the need to pool efforts,” emphasised the Russian President.",
        "“The talks went well.” The attack shows the need to act, Vladimir Putin said.",
      ]).slice(1),
    ).to.deep.equal([
      "-: He arrived.",
      "Vladimir Putin: “We denounce this crime.",
      "Vladimir Putin: This attack shows the need to pool efforts,” emphasised the Russian President.",
      "-: “The talks went well.”",
      "Vladimir Putin: The attack shows the need to act, Vladimir Putin said.",
    ]);
  });

  it("findLeadSubject when the title opens with a date clause ('On December 21, 2001, Vladimir Putin sent a message …') then 'The message read, in particular, that …' is his", () => {
    expect(
      speakers(
        "On December 21, 2001, Vladimir Putin sent a message congratulating Askar Akayev",
        [
          "The message read, in particular, that this step should help strengthen friendship.",
          "He also thanked the Kyrgyz Parliament for its positive role.",
        ],
        "2001-12-24-test.txt",
      ),
    ).to.deep.equal([
      "Vladimir Putin: The message read, in particular, that this step should help strengthen friendship.",
      "Vladimir Putin: He also thanked the Kyrgyz Parliament for its positive role.",
    ]);
  });

  it("findReportedSubject when 'In his message, Mr Putin made a special mention of …' has no reporting verb then it is his words", () => {
    expect(
      speakers("Vladimir Putin sent a message to Askar Akayev", [
        "Vladimir Putin sent a message to Askar Akayev.",
        "The ceremony took place in Bishkek. In his message, Mr Putin made a special mention of the President’s contribution.",
      ]).slice(1),
    ).to.deep.equal([
      "-: The ceremony took place in Bishkek.",
      "Vladimir Putin: In his message, Mr Putin made a special mention of the President’s contribution.",
    ]);
  });

  it("QUOTE_INTRO when 'In the message to X, Vladimir Putin wrote, in part:' introduces a quotation then the introduction is narration and the quotation his", () => {
    expect(
      speakers("Vladimir Putin sent his congratulations to Canada", [
        "In the message to the Canadian Prime Minister, Vladimir Putin wrote, in part:",
        "“I would like to express satisfaction with our relations.”",
        "The Prime Minister will visit in the autumn.",
      ]),
    ).to.deep.equal([
      "-: In the message to the Canadian Prime Minister, Vladimir Putin wrote, in part:",
      "Vladimir Putin: “I would like to express satisfaction with our relations.”",
      "-: The Prime Minister will visit in the autumn.",
    ]);
  });

  it("speechActVerbs when 'Vladimir Putin extended his birthday greetings to …' then that sentence only is his", () => {
    expect(
      speakers("Meeting with Valentina Tereshkova", [
        "Vladimir Putin extended his birthday greetings to Valentina Tereshkova. They discussed the space programme.",
      ]),
    ).to.deep.equal([
      "Vladimir Putin: Vladimir Putin extended his birthday greetings to Valentina Tereshkova.",
      "-: They discussed the space programme.",
    ]);
  });

  it("DECLARED_ACT when 'the President has declared 2018 the Year of Volunteers' then it is an act, not words", () => {
    expect(
      speakers("Executive order on holding Year of Volunteers in Russia", [
        "In order to promote volunteer activities, the President has declared 2018 the Year of Volunteers.",
      ]),
    ).to.deep.equal([
      "-: In order to promote volunteer activities, the President has declared 2018 the Year of Volunteers.",
    ]);
  });

  describe("readouts", () => {
    const readout = (paragraphs: readonly string[]): string[] =>
      speakers(
        "Acting President Vladimir Putin visited the Chelyabinsk Region",
        paragraphs,
        "2000-03-31-test.txt",
      );

    it("COORDINATED_SUBJECT when 'The Acting President highly rated … and said that …' then the sentence and the quotation after it are his", () => {
      expect(
        readout([
          "The Acting President highly rated the results of the operation and said that the map was a confirmation. “Have a look at the map”.",
        ]),
      ).to.deep.equal([
        "Vladimir Putin: The Acting President highly rated the results of the operation and said that the map was a confirmation.",
        "Vladimir Putin: “Have a look at the map”.",
      ]);
    });

    it("readSubjectClause when a setting opens the sentence without a comma ('Among the priority objectives Mr Putin singled out …') then the person after it is the subject", () => {
      expect(
        readout([
          "The board met in Snezhinsk. Among the priority objectives in that area Mr Putin singled out raising safety standards.",
        ]),
      ).to.deep.equal([
        "-: The board met in Snezhinsk.",
        "Vladimir Putin: Among the priority objectives in that area Mr Putin singled out raising safety standards.",
      ]);
    });

    it("ON_TOPIC when 'Touching upon X, the President tied …' then it is his words, but 'Speaking about X, Y informed the President about …' stays a topic", () => {
      expect(
        readout([
          "Touching upon Russian-Lithuanian relations, the President directly tied them with the Kaliningrad problem.",
          "Speaking about the elections, the President informed the Governor about the preparations.",
        ]),
      ).to.deep.equal([
        "Vladimir Putin: Touching upon Russian-Lithuanian relations, the President directly tied them with the Kaliningrad problem.",
        "-: Speaking about the elections, the President informed the Governor about the preparations.",
      ]);
    });
  });

  it("COORDINATED_OVER_LIST when 'Vladimir Putin sent his greetings to A, B and C and congratulated them …' then the congratulation is his", () => {
    expect(
      speakers("Greetings to the Second Regional Social Innovation Forum", [
        "Vladimir Putin sent his greetings to the participants, guests and organisers of the Forum and congratulated them on Social Workers’ Day.",
        "Vladimir Putin sent his greetings to the participants, guests and organisers of the Forum.",
      ]),
    ).to.deep.equal([
      "Vladimir Putin: Vladimir Putin sent his greetings to the participants, guests and organisers of the Forum and congratulated them on Social Workers’ Day.",
      "-: Vladimir Putin sent his greetings to the participants, guests and organisers of the Forum.",
    ]);
  });

  it("PEOPLE_GROUP when 'The participants also discussed …' follows a minister's words then it ends them", () => {
    expect(
      speakers("Meeting with Government members", [
        "Minister of Finance Anton Siluanov said the tax amnesty law works. The participants also discussed the Russian Seasons project.",
      ]),
    ).to.deep.equal([
      "Anton Siluanov: Minister of Finance Anton Siluanov said the tax amnesty law works.",
      "-: The participants also discussed the Russian Seasons project.",
    ]);
  });

  it("findTitleGuest when the title is 'Meeting with head of A Just Russia political party Sergei Mironov' then 'The leader of A Just Russia also spoke about …' is his", () => {
    expect(
      speakers(
        "Meeting with head of A Just Russia political party Sergei Mironov",
        [
          "Sergei Mironov updated the President on the party’s activities.",
          "The leader of A Just Russia also spoke about the preparation of the draft law.",
        ],
      ),
    ).to.deep.equal([
      "-: Sergei Mironov updated the President on the party’s activities.",
      "Sergei Mironov: The leader of A Just Russia also spoke about the preparation of the draft law.",
    ]);
  });
});
