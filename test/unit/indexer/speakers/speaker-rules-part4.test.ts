import { expect } from "chai";
import { readLabelShape } from "../../../../indexer/speakers/speaker-labels.js";
import {
  buildReleaseText,
  documentsOf,
  speakerLines,
} from "../indexer-test-helpers.js";

/** Issue 10, round 3 part 4: the classes behind the dev misses left by part 3. */
function speakers(title: string, paragraphs: readonly string[]): string[] {
  return speakerLines(
    documentsOf(buildReleaseText({ title, paragraphs }), "2017-03-13-test.txt"),
  );
}

describe("speaker rules, round 3 part 4", () => {
  it("readLabelShape when a title label runs past 16 words then it is still a person's label", () => {
    expect(
      readLabelShape(
        "Plenipotentiary Presidential Envoy to the Volga District and Chairman of the State Commission for Chemical Disarmament Mikhail Babich",
      ),
    ).to.deep.include({ kind: "person", name: "Mikhail Babich" });
    expect(
      readLabelShape(
        "Member of the Russian Academy of Sciences, Secretary of the Global Issues and International Relations Department of the Russian Academy of Sciences, Alexander Dynkin",
      ),
    ).to.deep.include({ kind: "person", name: "Alexander Dynkin" });
  });

  it("readLabelShape when a long sentence before a colon names someone then it is not a label", () => {
    expect(
      readLabelShape(
        "Vladimir Putin sent his greetings to the participants in the international research conference Human Rights Protection in the Eurasian Space",
      ),
    ).to.equal(undefined);
    expect(
      readLabelShape(
        "In his turn, Mr Putin told Mr Blair about a seminar, The World, Security and International Law",
      ),
    ).to.equal(undefined);
  });

  it("attribution when a long title label opens a turn then the turn is that person's, not the previous speaker's", () => {
    expect(
      speakers("Meeting with Mikhail Babich", [
        "President of Russia Vladimir Putin: Mr Babich, I would like to hear your assessment.",
        "Plenipotentiary Presidential Envoy to the Volga District and Chairman of the State Commission for Chemical Disarmament Mikhail Babich: Mr President, the work is nearly done.",
        "We are at the final stage.",
      ]),
    ).to.deep.equal([
      "Vladimir Putin: Mr Babich, I would like to hear your assessment.",
      "Mikhail Babich: Mr President, the work is nearly done.",
      "Mikhail Babich: We are at the final stage.",
    ]);
  });
});
