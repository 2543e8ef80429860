import { expect } from "chai";
import {
  buildReleaseText,
  documentsOf,
  speakerLines,
} from "../indexer-test-helpers.js";

function message(paragraphs: readonly string[]): string[] {
  return speakerLines(
    documentsOf(
      buildReleaseText({
        title: "Greetings to the Moscow International Film Festival",
        paragraphs: [
          "Vladimir Putin sent greetings to participants and guests at the festival.",
          ...paragraphs,
        ],
      }),
      "2017-06-22-greetings.txt",
    ),
  ).slice(1);
}

describe("message quotations (attribution rules)", () => {
  it("attributeSpeakers when 'The President said, in particular, in his message:' introduces it then the introduction is narration and the quotation the author's", () => {
    expect(
      message([
        "The President said, in particular, in his message:",
        "“This is our country’s oldest film festival.”",
      ]),
    ).to.deep.equal([
      "-: The President said, in particular, in his message:",
      "Vladimir Putin: “This is our country’s oldest film festival.”",
    ]);
  });

  it("attributeSpeakers when the publisher's text follows the closing quotation mark then it is narration", () => {
    expect(
      message([
        "The President's message reads, in part:",
        "“It remains true to our historic traditions”.",
        "The festival opens today. Russia is represented by three films.",
        "Vladimir Putin also signed an executive order awarding the director.",
      ]),
    ).to.deep.equal([
      "-: The President's message reads, in part:",
      "Vladimir Putin: “It remains true to our historic traditions”.",
      "-: The festival opens today.",
      "-: Russia is represented by three films.",
      "-: Vladimir Putin also signed an executive order awarding the director.",
    ]);
  });

  it("attributeSpeakers when a quotation runs over paragraphs that do not reopen it then they are the author's until it closes", () => {
    expect(
      message([
        "The message reads, in part:",
        "“You enjoy deserved authority.",
        "It would be hard to overestimate your contribution.",
        "I am sure that our talks will help.”",
        "The festival opens today.",
      ]),
    ).to.deep.equal([
      "-: The message reads, in part:",
      "Vladimir Putin: “You enjoy deserved authority.",
      "Vladimir Putin: It would be hard to overestimate your contribution.",
      "Vladimir Putin: I am sure that our talks will help.”",
      "-: The festival opens today.",
    ]);
  });

  it("attributeSpeakers when each paragraph reopens the quotation or a stray “ closes it then the message runs to that mark", () => {
    expect(
      message([
        "The message reads, in part:",
        "“We are committed to dialogue.”",
        "“The main danger comes from terrorism.“",
        "The festival is marked in Russia in October.",
      ]),
    ).to.deep.equal([
      "-: The message reads, in part:",
      "Vladimir Putin: “We are committed to dialogue.”",
      "Vladimir Putin: “The main danger comes from terrorism.“",
      "-: The festival is marked in Russia in October.",
    ]);
  });

  it("attributeSpeakers when a message is not quoted then its author's turn runs on", () => {
    expect(
      message(["The message reads:", "Dear friends, I welcome you."]),
    ).to.deep.equal([
      "-: The message reads:",
      "Vladimir Putin: Dear friends, I welcome you.",
    ]);
  });

  it("attributeSpeakers when 'Mr Putin’s message to US President George Bush said:' then the message is its author's, not its addressee's", () => {
    expect(
      message([
        "Mr Putin’s message to US President George Bush said, in part:",
        "“Russian-US relations are true partnership.”",
        "The message to Chinese President Jiang Zemin said, in part:",
        "“I look forward to our dialogue.”",
      ]),
    ).to.deep.equal([
      "-: Mr Putin’s message to US President George Bush said, in part:",
      "Vladimir Putin: “Russian-US relations are true partnership.”",
      "-: The message to Chinese President Jiang Zemin said, in part:",
      "Vladimir Putin: “I look forward to our dialogue.”",
    ]);
  });

  it("attributeSpeakers when the author introduces more of the message after it closed ('President Putin also addressed warm words to …:') then the new quotation is the author's", () => {
    expect(
      message([
        "The message reads, in part:",
        "“Please accept my congratulations.”",
        "President Putin also addressed warm words to those gathered in Germany:",
        "“It is gratifying to see the holiday celebrated in Germany.”",
        "The festival opens today.",
      ]),
    ).to.deep.equal([
      "-: The message reads, in part:",
      "Vladimir Putin: “Please accept my congratulations.”",
      "-: President Putin also addressed warm words to those gathered in Germany:",
      "Vladimir Putin: “It is gratifying to see the holiday celebrated in Germany.”",
      "-: The festival opens today.",
    ]);
  });

  it("attributeSpeakers when the author's reported words ('Mr Putin also stressed that …') sit between two quoted parts then the next quotation is his again, but not after the publisher's note", () => {
    expect(
      message([
        "The message says, in part:",
        "“Terrorism is one of the principal dangers.”",
        "Mr Putin also stressed that Russia valued the dialogue of civilisations.",
        "“Thank you for the invitation to visit your country.”",
        "The festival opens today.",
        "“Every year it gathers thousands of guests.”",
      ]),
    ).to.deep.equal([
      "-: The message says, in part:",
      "Vladimir Putin: “Terrorism is one of the principal dangers.”",
      "Vladimir Putin: Mr Putin also stressed that Russia valued the dialogue of civilisations.",
      "Vladimir Putin: “Thank you for the invitation to visit your country.”",
      "-: The festival opens today.",
      "-: “Every year it gathers thousands of guests.”",
    ]);
  });
});
