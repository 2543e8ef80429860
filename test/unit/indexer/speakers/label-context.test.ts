import { expect } from "chai";
import {
  buildReleaseText,
  documentsOf,
  speakerLines,
} from "../indexer-test-helpers.js";

const MFA_BREADCRUMB =
  "Home > Press and Media Service > Spokesperson's Remarks";

describe("speaker labels in the wrong context", () => {
  it("attributeSpeakers when an MFA item that is not a press conference has Q: and A: then A: is the spokesperson its opening names", () => {
    const lines = speakerLines(
      documentsOf(
        buildReleaseText({
          breadcrumb: MFA_BREADCRUMB,
          title:
            "Foreign Ministry Spokesperson Answers a Question on the Meeting",
          paragraphs: [
            "Foreign Ministry Spokesperson Hua Chunying answered a question on August 5, 2019.",
            "Q: What is China's comment?",
            "A: China firmly opposes it.",
          ],
        }),
        "2019-08-05-spokesperson-answers.txt",
      ),
    );

    expect(lines).to.deep.equal([
      "-: Foreign Ministry Spokesperson Hua Chunying answered a question on August 5, 2019.",
      "Journalist: What is China's comment?",
      "Hua Chunying: China firmly opposes it.",
    ]);
  });

  it("attributeSpeakers when a turn quotes a question in quotation marks then the quote is not a new turn", () => {
    const lines = speakerLines(
      documentsOf(
        buildReleaseText({
          title: "Meeting with Government members",
          paragraphs: [
            "Vladimir Putin: People wrote to me.",
            "“Question: why are prices rising?” This is what they ask.",
          ],
        }),
        "2018-02-07-meeting.txt",
      ),
    );

    expect(lines.map((l) => l.split(":")[0])).to.deep.equal([
      "Vladimir Putin",
      "Vladimir Putin",
      "Vladimir Putin",
    ]);
  });

  it("attributeSpeakers when a caption has a colon then it is narration, not a speaker", () => {
    const lines = speakerLines(
      documentsOf(
        buildReleaseText({
          title: "International forum Russia – Country of Sports",
          paragraphs: [
            "Vladimir Putin took part in the forum in Ulyanovsk.",
            "Speech at the plenary session Physical Education and Sports: the Foundation of a Healthy Nation.",
          ],
        }),
        "2018-10-10-forum.txt",
      ),
    );

    expect(lines[1]?.startsWith("-: Speech at the plenary session")).to.equal(
      true,
    );
  });

  it("buildDocuments when a stage direction stands alone or inside a turn then it is no one's sentence", () => {
    const lines = speakerLines(
      documentsOf(
        buildReleaseText({
          title: "Meeting with Government members",
          paragraphs: [
            "Vladimir Putin: Good afternoon. (Laughter.) Let us start.",
            "(Applause.)",
            "Dmitry Medvedev: Thank you (re-translated).",
          ],
        }),
        "2018-02-07-meeting.txt",
      ),
    );

    expect(lines).to.deep.equal([
      "Vladimir Putin: Good afternoon.",
      "Vladimir Putin: Let us start.",
      "Dmitry Medvedev: Thank you.",
    ]);
  });
});
