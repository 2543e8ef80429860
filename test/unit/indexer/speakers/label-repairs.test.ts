import { expect } from "chai";
import {
  readLabelCandidate,
  readLabelShape,
  unshout,
} from "../../../../indexer/speakers/speaker-labels.js";
import {
  buildReleaseText,
  documentsOf,
  speakerLines,
} from "../indexer-test-helpers.js";

function transcript(paragraphs: readonly string[]): string[] {
  return speakerLines(
    documentsOf(
      buildReleaseText({
        title: "Direct Line with Vladimir Putin",
        paragraphs,
      }),
      "2016-04-14-direct-line.txt",
    ),
  );
}

describe("speaker labels that were missed or mangled", () => {
  it("readLabelShape when a label is 'Name, description' then the name is the speaker and the description the role", () => {
    expect(
      readLabelShape("Valeriya Korableva, reporter at Channel One"),
    ).to.deep.equal({
      kind: "person",
      name: "Valeriya Korableva",
      role: "reporter at Channel One",
      weak: false,
    });
    expect(
      readLabelShape("Sergei Agafonov, Editor in Chief of Ogonyok magazine"),
    ).to.include({ name: "Sergei Agafonov" });
  });

  it("readLabelShape when 'Name, …' is a sentence or a place then it is not a label", () => {
    expect(readLabelShape("Mr Putin, we have a question")).to.equal(undefined);
    expect(readLabelShape("Verkhnyaya Salda, Sverdlovsk Region")).to.equal(
      undefined,
    );
  });

  it("readLabelShape when a very long title holds a number or an organisation then the name is still the last words", () => {
    expect(
      readLabelShape(
        "Commander of the 58th Army of the Southern Military District Andrey Gurulyov",
      ),
    ).to.include({ name: "Andrey Gurulyov" });
    expect(
      readLabelShape(
        "Host of the Volunteer of Russia 2018 award ceremony Dmitry Guberniyev",
      ),
    ).to.include({ name: "Dmitry Guberniyev" });
    expect(
      readLabelShape("The 17th International Conference Global World"),
    ).to.equal(undefined);
  });

  it("readLabelCandidate when the label holds an organisation's acronym in parentheses then the note goes and the name stays", () => {
    const candidate = readLabelCandidate(
      "President of the Union of European Football Associations (UEFA) Alexander Čeferin: Thank you.",
    );

    expect(candidate?.label).to.equal(
      "President of the Union of European Football Associations Alexander Čeferin",
    );
    expect(readLabelShape(candidate?.label ?? "")).to.include({
      name: "Alexander Čeferin",
    });
  });

  it("unshout when a label has a case typo (names in capitals) then names get their usual case and acronyms stay", () => {
    expect(unshout("Vladimir PUTIN")).to.equal("Vladimir Putin");
    expect(unshout("President OF RUSSIA DMITRY MEDVEDEV")).to.equal(
      "President of Russia Dmitry Medvedev",
    );
    expect(unshout("CEO of CIFAL Gilles Remy")).to.equal(
      "CEO of CIFAL Gilles Remy",
    );
    expect(unshout("Yevgeny Rozhkov, reporter at VGTRK")).to.equal(
      "Yevgeny Rozhkov, reporter at VGTRK",
    );
  });

  it("attributeSpeakers when a 'Name, description:' label follows another turn then it starts a new turn and leaves no label in the text", () => {
    const lines = transcript([
      "Vladimir Putin: Good afternoon.",
      "Valeriya Korableva, reporter at Channel One: Here is a question.",
      "Tatyana Remezova, reporter at VGTRK: And another one.",
      "Vladimir Putin: Thank you.",
    ]);

    expect(lines).to.deep.equal([
      "Vladimir Putin: Good afternoon.",
      "Valeriya Korableva: Here is a question.",
      "Tatyana Remezova: And another one.",
      "Vladimir Putin: Thank you.",
    ]);
  });

  it("attributeSpeakers when a label is in capitals then the turn is that person's under the usual spelling", () => {
    const lines = transcript([
      "Vladimir Putin: Good afternoon.",
      "Security Council Secretary NIKOLAI PATRUSHEV: Good afternoon.",
      "Vladimir PUTIN: Thank you.",
    ]);

    expect(lines).to.deep.equal([
      "Vladimir Putin: Good afternoon.",
      "Nikolai Patrushev: Good afternoon.",
      "Vladimir Putin: Thank you.",
    ]);
  });
});
