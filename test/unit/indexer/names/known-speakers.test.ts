import { expect } from "chai";
import knownData from "../../../../config/known-speakers.json" with { type: "json" };
import { isListable } from "../../../../bench/speaker-names/known-table.js";
import { findKnownPerson } from "../../../../indexer/names/gazetteer.js";
import {
  findKnownSpeaker,
  parseKnownSpeakers,
} from "../../../../indexer/names/known-speakers.js";
import { variantKey } from "../../../../indexer/names/name-variants.js";
import { createPeopleRegistry } from "../../../../indexer/names/release-people.js";
import {
  buildReleaseText,
  documentsOf,
  speakerLines,
} from "../indexer-test-helpers.js";

const TABLE = parseKnownSpeakers(knownData);

/** The name the registry gives a speaker, as in any release. */
const canonical = (name: string): string =>
  createPeopleRegistry().add(name, null).name;

describe("names the corpus knows (config/known-speakers.json)", () => {
  it("findKnownSpeaker when a speaker is spelt several ways across releases then every spelling gives the table's one", () => {
    for (const [spelling, name] of [
      ["Sergey Chemezov", "Sergei Chemezov"],
      ["Sergey Donskoy", "Sergei Donskoy"],
      ["Sauli Niinisto", "Sauli Niinistö"],
      ["Alexandar Vucic", "Aleksandar Vucic"],
      ["Artyom Oganov", "Artem Oganov"],
      ["Aleksandr Zhukov", "Alexander Zhukov"],
      ["Yunus-bek Yevkurov", "Yunus-Bek Yevkurov"],
      ["Valeria Korableva", "Valeriya Korableva"],
      ["Sergei Chemezov", "Sergei Chemezov"],
    ] as const)
      expect(findKnownSpeaker(spelling), spelling).to.equal(name);
    expect(findKnownSpeaker("Ivan Unknownov")).to.equal(undefined);
  });

  it("findKnownSpeaker when an initial and a surname fit exactly one known full name then it gives that name, else nothing", () => {
    expect(findKnownSpeaker("A. Fursenko")).to.equal("Andrei Fursenko");
    expect(findKnownSpeaker("S. Fursenko")).to.equal("Sergei Fursenko");
    expect(findKnownSpeaker("P. Sorokin")).to.equal("Pavel Sorokin");
    expect(findKnownSpeaker("V. Putin")).to.equal("Vladimir Putin");
    // Two known people: Alexei and Andrei Sokolov.
    expect(findKnownSpeaker("A. Sokolov")).to.equal(undefined);
    // Never across first initials: "Z. Amin" is not Adnan Z. Amin.
    expect(findKnownSpeaker("Z. Amin")).to.equal(undefined);
    expect(findKnownSpeaker("E. Choinozov")).to.equal(undefined);
  });

  it("the registry when near-identical names of two real people from the corpus are added then they stay two people", () => {
    for (const [a, b] of [
      ["Dmitry Peskov", "Dmitry Petrov"],
      ["Sergei Mironov", "Sergei Morozov"],
      ["Alexander Zharov", "Alexander Zhukov"],
      ["Eldar Neverov", "Ildar Neverov"],
      ["Igor Yusufov", "Igor Yusupov"],
      ["Sergei Pershin", "Sergei Parshin"],
      ["Oleg Korolev", "Oleg Kovalev"],
      ["Akhmat Kadyrov", "Ramzan Kadyrov"],
      ["Heidar Aliyev", "Ilham Aliyev"],
      ["Andrei Fursenko", "Sergei Fursenko"],
      ["Valeriya Korableva", "Viktoria Korablyova"],
      ["Alexei Mikhan", "Alexei Mukhin"],
      ["Dmitry Puchkov", "Vladimir Puchkov"],
      // Father and son: "George Bush" speakers are the son (2001-2002), but the father is
      // "George Bush senior" in 2003 and 2005 releases, so no alias joins them.
      ["George Bush", "George W. Bush"],
    ] as const) {
      expect(canonical(a), `${a} / ${b}`).to.equal(a);
      expect(canonical(b), `${a} / ${b}`).to.equal(b);
    }
  });

  it("the registry when a typo or a short form is in config/name-aliases.json then it gives the full canonical name", () => {
    expect(canonical("Fydor Lukyanov")).to.equal("Fyodor Lukyanov");
    expect(canonical("Anthony Blair")).to.equal("Tony Blair");
    expect(canonical("Mohammed Barkindo")).to.equal("Mohammed Sanusi Barkindo");
    expect(canonical("Vladimir Mutko")).to.equal("Vitaly Mutko");
  });

  it("attributeSpeakers when two releases spell a speaker two ways then both carry the table's spelling, in either order", () => {
    const release = (label: string, file: string): string[] =>
      speakerLines(
        documentsOf(
          buildReleaseText({
            title: "Meeting with Rostec CEO",
            paragraphs: [
              "Vladimir Putin: Good afternoon.",
              `${label}: Thank you.`,
            ],
          }),
          file,
        ),
      );
    const expected = [
      "Vladimir Putin: Good afternoon.",
      "Sergei Chemezov: Thank you.",
    ];

    for (const [a, b] of [
      ["Sergey Chemezov", "Sergei Chemezov"],
      ["Sergei Chemezov", "Sergey Chemezov"],
    ] as const) {
      expect(release(a, "2019-05-08-meeting.txt"), a).to.deep.equal(expected);
      expect(release(b, "2019-05-09-meeting.txt"), b).to.deep.equal(expected);
    }
  });

  it("createMentionExtractor when a release writes a person otherwise than the canonical name then the release's spelling is still found", () => {
    const docs = documentsOf(
      buildReleaseText({
        title: "Talks with President of Cuba Miguel Díaz-Canel",
        paragraphs: [
          "Vladimir Putin met with President of Cuba Miguel Díaz-Canel.",
          "Mr Díaz-Canel thanked Russia for its support.",
        ],
      }),
    );

    expect(docs.map((d) => d.mentions)).to.deep.equal([
      ["Vladimir Putin", "Cuba", "Miguel Diaz-Canel"],
      ["Miguel Diaz-Canel", "Russia"],
    ]);
  });

  it("config/known-speakers.json when read then it lists each person once, under a listable name, none rejected", () => {
    const keys = new Map<string, string>();
    const rejected = new Set(TABLE.rejected.map(variantKey));
    for (const [name, spellings] of Object.entries(TABLE.speakers)) {
      expect(isListable(name), name).to.equal(true);
      expect(findKnownPerson(name), name).to.equal(undefined);
      expect(rejected.has(variantKey(name)), name).to.equal(false);
      expect(spellings, name).not.to.include(name);
      const key = variantKey(name);
      expect(keys.get(key), `${name} / ${keys.get(key)}`).to.equal(undefined);
      keys.set(key, name);
    }
  });
});
