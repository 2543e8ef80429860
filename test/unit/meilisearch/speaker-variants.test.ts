import { expect } from "chai";
import fc from "fast-check";
import {
  canonicalSpeaker,
  mergeVariantHits,
  speakersFromDistribution,
  speakerVariants,
  withSpeakerVariants,
} from "../../../src/engines/meilisearch/speaker-variants.js";
import { buildDocument } from "./builders.js";

describe("speakerVariants", () => {
  it("speakerVariants when the name has several words then indexes every word-suffix with the name", () => {
    expect(speakerVariants("Maria Vladimirovna Zakharova")).to.deep.equal([
      "Maria Vladimirovna Zakharova",
      "Vladimirovna Zakharova | Maria Vladimirovna Zakharova",
      "Zakharova | Maria Vladimirovna Zakharova",
    ]);
  });

  it("speakerVariants when the sentence is narration or a one-word speaker then gives none or the name", () => {
    expect(speakerVariants(null)).to.deep.equal([]);
    expect(speakerVariants("Reuters")).to.deep.equal(["Reuters"]);
  });

  it("withSpeakerVariants when a document is sent then adds speakerVariants and keeps every field", () => {
    const doc = buildDocument({ speaker: "Sergey Lavrov" });

    expect(withSpeakerVariants(doc)).to.deep.equal({
      ...doc,
      speakerVariants: ["Sergey Lavrov", "Lavrov | Sergey Lavrov"],
    });
  });
});

describe("canonicalSpeaker", () => {
  it("canonicalSpeaker when any name's variant is read back then gives that name", () => {
    const word = fc.string({
      unit: fc.constantFrom("a", "B", "|", "-", "é", "."),
      minLength: 1,
      maxLength: 4,
    });
    const name = fc
      .array(word, { minLength: 1, maxLength: 4 })
      .map((words) => words.join(" "));
    fc.assert(
      fc.property(name, (speaker) => {
        for (const variant of speakerVariants(speaker))
          expect(canonicalSpeaker(variant)).to.equal(speaker);
      }),
    );
  });

  it("canonicalSpeaker when a name contains a bar then still maps its variant back", () => {
    expect(speakerVariants("B | A B")).to.deep.equal(["B | A B | B | A B"]);
    expect(canonicalSpeaker("B | A B | B | A B")).to.equal("B | A B");
  });
});

describe("mergeVariantHits", () => {
  it("mergeVariantHits when several variants of one speaker match then counts its documents once", () => {
    const hits = [
      { value: "Sergey Sobyanin", count: 4 },
      { value: "Sobyanin | Sergey Sobyanin", count: 4 },
      { value: "Sergey Lavrov", count: 9 },
    ];

    expect(mergeVariantHits(hits)).to.deep.equal([
      { value: "Sergey Lavrov", count: 9 },
      { value: "Sergey Sobyanin", count: 4 },
    ]);
  });

  it("mergeVariantHits when counts tie then orders by name", () => {
    const hits = [
      { value: "Lavrov | Sergey Lavrov", count: 2 },
      { value: "Lavrova | Anna Lavrova", count: 2 },
    ];

    expect(mergeVariantHits(hits).map((s) => s.value)).to.deep.equal([
      "Anna Lavrova",
      "Sergey Lavrov",
    ]);
  });
});

describe("speakersFromDistribution", () => {
  it("speakersFromDistribution when counts are given then sorts by count descending", () => {
    expect(
      speakersFromDistribution({
        Journalist: 3,
        "Wang Yi": 13,
        "Sergey Lavrov": 5,
      }),
    ).to.deep.equal([
      { value: "Wang Yi", count: 13 },
      { value: "Sergey Lavrov", count: 5 },
      { value: "Journalist", count: 3 },
    ]);
    expect(speakersFromDistribution(undefined)).to.deep.equal([]);
  });
});
