import { expect } from "chai";
import { findQuotedSource } from "../../../../indexer/speakers/quoted-sources.js";
import { speakerLinesOf } from "../indexer-test-helpers.js";

/** Round 3, part 3 (issue 10): each rule on its own, on the shapes the whole corpus shows. */
const speakers = (
  title: string,
  paragraphs: readonly string[],
  source = "2017-06-16-test.txt",
): string[] => speakerLinesOf(title, paragraphs, source);

describe("quoted sources, call counterparts, verb objects and family names", () => {
  it("findQuotedSource when a quotation closes with its source named then the subject phrase is returned; otherwise undefined", () => {
    expect(
      findQuotedSource(
        "“I hope for decisions”, Mr Putin said in a telegram to the U.S. President.",
      ),
    ).to.equal("Mr Putin");
    expect(
      findQuotedSource(
        "Our ties grow,” the Russian President stressed in his message of condolences.",
      ),
    ).to.equal("the Russian President");
    expect(
      findQuotedSource(
        "Russia shares the grief,” the President’s message reads.",
      ),
    ).to.equal("the President’s message");
    expect(
      findQuotedSource(
        "“We will win,” the Russian President’s telegram reads.",
      ),
    ).to.equal("the Russian President’s telegram");
    expect(
      findQuotedSource("Mr Putin said in his message that ties grow."),
    ).to.equal(undefined);
    expect(findQuotedSource("The message reads:")).to.equal(undefined);
  });

  it("a quotation closed by '“…,” the Russian President wrote in his message.' is his from its opening mark", () => {
    expect(
      speakers("Congratulations to President of France", [
        "Vladimir Putin sent a message of congratulations to President of France Emmanuel Macron.",
        "“Relations between Russia and France date back centuries. Such events show mutual respect,” the Russian President wrote in his message.",
      ]).slice(1),
    ).to.deep.equal([
      "Vladimir Putin: “Relations between Russia and France date back centuries.",
      "Vladimir Putin: Such events show mutual respect,” the Russian President wrote in his message.",
    ]);
  });

  it("'“…,” the Russian President’s message reads.' resolves the possessive author", () => {
    expect(
      speakers("Congratulations to President of Kyrgyzstan", [
        "Vladimir Putin sent a message of congratulations to President of Kyrgyzstan Almazbek Atambayev.",
        "“Our countries have developed a fruitful dialogue,” the Russian President’s message reads.",
      ]).slice(1),
    ).to.deep.equal([
      "Vladimir Putin: “Our countries have developed a fruitful dialogue,” the Russian President’s message reads.",
    ]);
  });

  it("'described X as Y' is an assessment (the subject's words); 'described X' alone is a topic", () => {
    expect(
      speakers(
        "President Vladimir Putin met with Belgian Prime Minister Guy Verhofstadt",
        [
          "Mr Putin described the negotiations as productive, interesting and substantive. Trade grew by 10 percent.",
          "Mr Putin described the situation in the North Caucasus. Trade grew by 10 percent.",
          "He described the process as well as the results. Trade grew by 10 percent.",
        ],
        "2001-10-02-test.txt",
      ),
    ).to.deep.equal([
      "Vladimir Putin: Mr Putin described the negotiations as productive, interesting and substantive.",
      "Vladimir Putin: Trade grew by 10 percent.",
      "-: Mr Putin described the situation in the North Caucasus.",
      "-: Trade grew by 10 percent.",
      "-: He described the process as well as the results.",
      "-: Trade grew by 10 percent.",
    ]);
  });

  it("'welcomed <something>' reports the subject's words; 'welcomed <people>' is a welcome in person", () => {
    expect(
      speakers(
        "President Vladimir Putin met with UNESCO Director-General Koichiro Matsuura",
        [
          "Mr Putin welcomed Mr Matsuura’s steps to reform UNESCO.",
          "The President welcomed the decrease of licensed activities.",
          "President Putin warmly welcomed war veterans from Russia and Moldova.",
          "Vladimir Putin welcomed French author Maurice Druon.",
          "The President welcomed the participants.",
        ],
        "2000-10-30-test.txt",
      ),
    ).to.deep.equal([
      "Vladimir Putin: Mr Putin welcomed Mr Matsuura’s steps to reform UNESCO.",
      "Vladimir Putin: The President welcomed the decrease of licensed activities.",
      "-: President Putin warmly welcomed war veterans from Russia and Moldova.",
      "-: Vladimir Putin welcomed French author Maurice Druon.",
      "-: The President welcomed the participants.",
    ]);
  });

  it("a capitalised joint subject ('The Presidents agreed …') ends the speaker's words as the lower-case one does", () => {
    expect(
      speakers(
        "President Vladimir Putin addressed a news conference",
        [
          "Mr Putin said that trade dominated the agenda. The Presidents agreed to give orders to their governments.",
        ],
        "2001-08-02-test.txt",
      ),
    ).to.deep.equal([
      "Vladimir Putin: Mr Putin said that trade dominated the agenda.",
      "-: The Presidents agreed to give orders to their governments.",
    ]);
  });

  it("findCounterpart: in a two-party call, 'The Spanish King', 'The Egyptian side', 'The Croatian leader' are the other party the title names", () => {
    expect(
      speakers(
        "Telephone conversation with President of Croatia Kolinda Grabar-Kitarovic",
        [
          "Vladimir Putin had a telephone conversation with President of Croatia Kolinda Grabar-Kitarovic.",
          "The Croatian leader congratulated Vladimir Putin on winning the election.",
          "The Egyptian side praised the initiative.",
          "The Acting President praised the initiative.",
        ],
        "2018-03-22-test.txt",
      ).slice(1),
    ).to.deep.equal([
      "Kolinda Grabar-Kitarovic: The Croatian leader congratulated Vladimir Putin on winning the election.",
      "Kolinda Grabar-Kitarovic: The Egyptian side praised the initiative.",
      "Vladimir Putin: The Acting President praised the initiative.",
    ]);
  });

  it("findCounterpart: outside a call, or with two guests in the title, 'The Croatian leader' stays unresolved", () => {
    expect(
      speakers(
        "Meeting with President of Croatia Kolinda Grabar-Kitarovic",
        [
          "The Croatian leader congratulated Vladimir Putin on winning the election.",
        ],
        "2018-03-22-test.txt",
      ),
    ).to.deep.equal([
      "-: The Croatian leader congratulated Vladimir Putin on winning the election.",
    ]);
  });

  it("'extended' and 'related' are speech acts only with a speech noun as object ('extended warm birthday wishes', 'related his heartfelt congratulations')", () => {
    expect(
      speakers(
        "Telephone conversation with President of Abkhazia Raul Khadjimba",
        [
          "Vladimir Putin had a telephone conversation with President of Abkhazia Raul Khadjimba.",
          "The President of Abkhazia related his heartfelt congratulations to Vladimir Putin.",
          "During the conversation, Vladimir Putin also extended warm birthday wishes to Raul Khadjimba.",
          "Vladimir Putin extended the agreement on fishing.",
          "Issues related to the border were discussed.",
        ],
        "2018-03-24-test.txt",
      ).slice(1),
    ).to.deep.equal([
      "Raul Khadjimba: The President of Abkhazia related his heartfelt congratulations to Vladimir Putin.",
      "Vladimir Putin: During the conversation, Vladimir Putin also extended warm birthday wishes to Raul Khadjimba.",
      "-: Vladimir Putin extended the agreement on fishing.",
      "-: Issues related to the border were discussed.",
    ]);
  });

  it("a message quoted after 'The message reads:' with no author named anywhere is the release's principal (the President)", () => {
    expect(
      speakers(
        "Telephone conversation with President of Azerbaijan Ilham Aliyev",
        [
          "The two leaders touched on current issues.",
          "Earlier, the Russian President sent a message of congratulations to the President of Azerbaijan.",
          "The message reads, in part:",
          "“Under your leadership, Azerbaijan is moving confidently.",
          "I look forward to continuing our joint work.”",
        ],
        "2019-12-24-test.txt",
      ).slice(2),
    ).to.deep.equal([
      "-: The message reads, in part:",
      "Vladimir Putin: “Under your leadership, Azerbaijan is moving confidently.",
      "Vladimir Putin: I look forward to continuing our joint work.”",
    ]);
  });

  it("'Mr Hu said …' is the person whose family name comes first (Hu Jintao), when nobody has it as a surname", () => {
    expect(
      speakers(
        "President Putin met with Chinese Vice President Hu Jintao",
        [
          "Mr Hu said that the Assembly had approved the Treaty. The Duma is next.",
          "Mr Jintao said that trade grew.",
        ],
        "2001-10-27-test.txt",
      ),
    ).to.deep.equal([
      "Hu Jintao: Mr Hu said that the Assembly had approved the Treaty.",
      "Hu Jintao: The Duma is next.",
      "Hu Jintao: Mr Jintao said that trade grew.",
    ]);
  });

  it("'spoke for / in favour of / against X' is advocacy (words); 'spoke for 20 minutes' is not", () => {
    expect(
      speakers(
        "President Vladimir Putin visited Novosibirsk State Technical University",
        [
          "The President spoke for the creation of the continuing education system. Universities play a big role.",
          "Mr Putin spoke in favour of direct contacts between companies.",
          "During the discussion, Mr Putin spoke against limitations of language study.",
          "Mr Putin spoke for 20 minutes.",
          "He spoke for about half an hour.",
        ],
        "2000-11-17-test.txt",
      ),
    ).to.deep.equal([
      "Vladimir Putin: The President spoke for the creation of the continuing education system.",
      "Vladimir Putin: Universities play a big role.",
      "Vladimir Putin: Mr Putin spoke in favour of direct contacts between companies.",
      "Vladimir Putin: During the discussion, Mr Putin spoke against limitations of language study.",
      "-: Mr Putin spoke for 20 minutes.",
      "-: He spoke for about half an hour.",
    ]);
  });
});
