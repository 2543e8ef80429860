import { expect } from "chai";
import { splitRoleAndName } from "../../../../indexer/names/person-names.js";
import { readLabelShape } from "../../../../indexer/speakers/speaker-labels.js";
import { speakerLinesOf } from "../indexer-test-helpers.js";

/** Issue 10: "A colon in a title or a caption is not a speaker" (round 3, part 2). */
const speakers = (
  title: string,
  paragraphs: readonly string[],
  source = "2018-05-18-test.txt",
): string[] => speakerLinesOf(title, paragraphs, source);

describe("titles, captions and lists are not speakers", () => {
  it("splitRoleAndName when an Arabic name holds 'bin' and 'Al' then the whole name is kept", () => {
    expect(
      splitRoleAndName("Emir of Qatar Tamim bin Hamad Al Thani".split(" ")),
    ).to.deep.equal({
      role: "Emir of Qatar",
      name: "Tamim bin Hamad Al Thani",
    });
    expect(
      splitRoleAndName(
        "President of Austria Alexander Van der Bellen".split(" "),
      ),
    ).to.deep.equal({
      role: "President of Austria",
      name: "Alexander Van der Bellen",
    });
  });

  it("readLabelShape when the label ends 'of <place>' then the person is the name before it", () => {
    expect(
      readLabelShape("Crown Prince Mohammed Al Nahyan of Abu Dhabi"),
    ).to.deep.include({
      kind: "person",
      role: "Crown Prince of Abu Dhabi",
      name: "Mohammed Al Nahyan",
    });
  });

  it("readLabelShape when a title names nobody ('Winner of the Prize for Young Scientists') then it is role only, an unnamed participant in a transcript", () => {
    expect(
      readLabelShape(
        "Winner of the Presidential Prize in Science and Innovation for Young Scientists",
      ),
    ).to.deep.include({ kind: "person", roleOnly: true });
    expect(
      speakers("Meeting of the Council for Science and Education", [
        "President of Russia Vladimir Putin: Good afternoon, colleagues.",
        "Vladimir Putin: Please go ahead.",
        "Winner of the Presidential Prize in Science and Innovation for Young Scientists: Thank you very much.",
      ]),
    ).to.deep.equal([
      "Vladimir Putin: Good afternoon, colleagues.",
      "Vladimir Putin: Please go ahead.",
      "Participant: Thank you very much.",
    ]);
  });

  it("findListItems when three paragraphs or more in a row read 'Title: Name.' then they are a list, not turns; a single 'Moderator: Name.' stays a turn", () => {
    expect(
      speakers(
        "Vladimir Putin signed executive orders on new Government members",
        [
          "The following appointments have been made:",
          "Minister of Sport: Pavel Kolobkov.",
          "Minister for the Development of the Russian Far East: Alexander Kozlov.",
          "Minister for Civil Defence, Emergencies and Natural Disaster Relief: Yevgeny Zinichev.",
        ],
      ),
    ).to.deep.equal([
      "-: The following appointments have been made:",
      "-: Minister of Sport: Pavel Kolobkov.",
      "-: Minister for the Development of the Russian Far East: Alexander Kozlov.",
      "-: Minister for Civil Defence, Emergencies and Natural Disaster Relief: Yevgeny Zinichev.",
    ]);
    expect(
      speakers("Meeting of the Valdai International Discussion Club", [
        "Fyodor Lukyanov: Thank you. Sabine Fischer, please.",
        "Fyodor Lukyanov: Sabine Fischer.",
        "Sabine Fischer: Thank you.",
      ]),
    ).to.deep.equal([
      "Fyodor Lukyanov: Thank you.",
      "Fyodor Lukyanov: Sabine Fischer, please.",
      "Fyodor Lukyanov: Sabine Fischer.",
      "Sabine Fischer: Thank you.",
    ]);
  });
});
