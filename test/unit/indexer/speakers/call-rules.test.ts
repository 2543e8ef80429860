import { expect } from "chai";
import {
  buildReleaseText,
  documentsOf,
  speakerLines,
} from "../indexer-test-helpers.js";

/** Telephone conversations, round 3 part 2 (issue 10): each rule on its own. */
describe("telephone conversations: verbs, sides and titles", () => {
  const call = (paragraphs: readonly string[]): string[] =>
    speakerLines(
      documentsOf(
        buildReleaseText({
          title:
            "President Vladimir Putin spoke by telephone with Israeli Prime Minister Ehud Barak",
          paragraphs,
        }),
        "2000-10-24-test.txt",
      ),
    );

  it("reportingVerbs when 'Mr Putin reaffirmed Russia’s readiness …' then it is his words", () => {
    expect(
      call(["Mr Putin reaffirmed Russia’s readiness to continue working."]),
    ).to.deep.equal([
      "Vladimir Putin: Mr Putin reaffirmed Russia’s readiness to continue working.",
    ]);
  });

  it("contentVerbs when 'Mr Barak explained Israel’s view of the crisis.' names a topic only then it is narration, and 'He spoke out in favour of …' is his", () => {
    expect(
      call([
        "Mr Barak explained Israel’s view of the crisis. He spoke out in favour of a settlement.",
      ]),
    ).to.deep.equal([
      "-: Mr Barak explained Israel’s view of the crisis.",
      "Ehud Barak: He spoke out in favour of a settlement.",
    ]);
  });

  it("TELEPHONE_TITLE when the title says 'spoke by telephone' then 'The Russian side said …' is the President's", () => {
    expect(
      call(["The Russian side said it would carry on supporting dialogue."]),
    ).to.deep.equal([
      "Vladimir Putin: The Russian side said it would carry on supporting dialogue.",
    ]);
  });

  it("SETTING when 'During the conversation the President of Russia wished …' then the President is the subject; 'has called for' reports; 'It was noted' keeps the paragraph's speaker", () => {
    expect(
      call([
        "During the conversation the President of Russia wished him a happy birthday.",
        "Vladimir Putin has called for launching efforts. He pointed out the importance of security.",
        "Mr Putin expressed support for the initiatives. It was noted during the conversation that Russia is prepared to act.",
      ]),
    ).to.deep.equal([
      "Vladimir Putin: During the conversation the President of Russia wished him a happy birthday.",
      "Vladimir Putin: Vladimir Putin has called for launching efforts.",
      "Vladimir Putin: He pointed out the importance of security.",
      "Vladimir Putin: Mr Putin expressed support for the initiatives.",
      "Vladimir Putin: It was noted during the conversation that Russia is prepared to act.",
    ]);
  });

  it("contentVerbs when 'Stephen Harper shared his vision for the agenda' names a topic only then it is narration; 'shared his view that …' is his", () => {
    expect(
      call([
        "During the conversation, Ehud Barak shared his vision for the agenda of the summit.",
        "Ehud Barak shared his views that the crisis could be settled.",
      ]),
    ).to.deep.equal([
      "-: During the conversation, Ehud Barak shared his vision for the agenda of the summit.",
      "Ehud Barak: Ehud Barak shared his views that the crisis could be settled.",
    ]);
  });
});
