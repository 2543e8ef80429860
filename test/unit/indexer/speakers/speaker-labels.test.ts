import { expect } from "chai";
import {
  readLabelCandidate,
  readLabelShape,
} from "../../../../indexer/speakers/speaker-labels.js";

describe("speaker labels", () => {
  it("readLabelCandidate when a paragraph opens with 'Name (retranslated):' then the note is dropped", () => {
    expect(
      readLabelCandidate(
        "President of Turkey Recep Tayyip Erdogan (retranslated): Thank you.",
      ),
    ).to.deep.equal({
      label: "President of Turkey Recep Tayyip Erdogan",
      rest: "Thank you.",
    });
  });

  it("readLabelCandidate when the colon is far into the paragraph or has no space after it then there is no label", () => {
    expect(readLabelCandidate(`${"x".repeat(150)}: text`)).to.equal(undefined);
    expect(readLabelCandidate("At 10:30 we met.")).to.equal(undefined);
  });

  it("readLabelShape when a label names a person with a title then role and name are split", () => {
    expect(
      readLabelShape(
        "Minister of Natural Resources and Environment Sergey Donskoy",
      ),
    ).to.deep.equal({
      kind: "person",
      role: "Minister of Natural Resources and Environment",
      name: "Sergey Donskoy",
      weak: false,
    });
    expect(
      readLabelShape("Federal President of Austria Alexander Van der Bellen"),
    ).to.deep.include({ name: "Alexander Van der Bellen" });
    expect(
      readLabelShape("President of Syria Bashar al-Assad"),
    ).to.deep.include({ name: "Bashar al-Assad" });
    expect(readLabelShape("Ruling Prince of Monaco Albert II")).to.deep.include(
      { name: "Albert II" },
    );
  });

  it("readLabelShape when the label is generic then it names its kind", () => {
    expect(readLabelShape("Q")).to.deep.equal({ kind: "journalist" });
    expect(readLabelShape("Follow-up")).to.deep.equal({ kind: "journalist" });
    expect(readLabelShape("Journalist")).to.deep.equal({ kind: "journalist" });
    expect(readLabelShape("A")).to.deep.equal({ kind: "answer" });
    expect(readLabelShape("Remark")).to.deep.equal({ kind: "participant" });
  });

  const notLabels = [
    "Second, we should",
    "Note",
    "Our position is very clear",
    "The message reads, in part",
    "Lyudmila Safronova from Moscow is asking about prices, of course",
    "The 17th International Likhachov Scientific Conference Global World",
    "We occupy a stable second place. The first place belongs to the United States",
    "Russia and the United States",
  ];
  for (const label of notLabels) {
    it(`readLabelShape when the text is '${label}' then it is not a speaker label`, () => {
      expect(readLabelShape(label)).to.equal(undefined);
    });
  }
});
