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
    expect(readLabelCandidate(`${"x".repeat(230)}: text`)).to.equal(undefined);
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

  describe("a description before a full name is not part of the name", () => {
    for (const [label, role, name] of [
      // An occupation or title word opening the label.
      ["Writer Eduard Bagirov", "Writer", "Eduard Bagirov"],
      ["Archpriest Alexander Tkachenko", "Archpriest", "Alexander Tkachenko"],
      ["Paramedic Natalya Osipova", "Paramedic", "Natalya Osipova"],
      // A title and an occupation.
      [
        "Chief Physician Alexei Slobodyanik",
        "Chief Physician",
        "Alexei Slobodyanik",
      ],
      // A place, then a comma.
      ["Lipetsk, Yevgeny Zaitsev", "Lipetsk", "Yevgeny Zaitsev"],
      ["Vladivostok, Yulia Matveyeva", "Vladivostok", "Yulia Matveyeva"],
      // The tail of an organisation's name, before a full name the corpus knows.
      [
        "Chairman of the Board of the State Company Russian Highways Vyacheslav Petushenko",
        "Chairman of the Board of the State Company Russian Highways",
        "Vyacheslav Petushenko",
      ],
      [
        "President of the Alliance Group and President of Russian Platinum Musa Bazhayev",
        "President of the Alliance Group and President of Russian Platinum",
        "Musa Bazhayev",
      ],
      // A middle initial: the first name before it belongs to the name.
      [
        "Director-General of the International Renewable Energy Agency Adnan Z. Amin",
        "Director-General of the International Renewable Energy Agency",
        "Adnan Z. Amin",
      ],
    ] as const)
      it(`readLabelShape when the label is '${label}' then the name is '${name}'`, () => {
        expect(readLabelShape(label)).to.deep.include({ role, name });
      });

    it("readLabelShape when three name words follow a title or a country and only the three are known then all three are the name", () => {
      expect(
        readLabelShape("OPEC Secretary General Mohammed Sanusi Barkindo"),
      ).to.deep.include({ name: "Mohammed Sanusi Barkindo" });
      expect(
        readLabelShape("President of Turkey Recep Tayyip Erdogan"),
      ).to.deep.include({ name: "Recep Tayyip Erdogan" });
      expect(readLabelShape("US President George W. Bush")).to.deep.include({
        name: "George W. Bush",
      });
    });
  });

  it("readLabelShape when a one-word name follows a clerical title ('Metropolitan Korniliy') then the title stays in the name", () => {
    expect(readLabelShape("Metropolitan Korniliy")).to.deep.include({
      role: null,
      name: "Metropolitan Korniliy",
    });
    expect(
      readLabelShape("Patriarch of Moscow and All Russia Patriarch Kirill"),
    ).to.deep.include({
      role: "Patriarch of Moscow and All Russia",
      name: "Patriarch Kirill",
    });
    expect(readLabelShape("Governor Bocharov")).to.deep.include({
      role: "Governor",
      name: "Bocharov",
    });
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
