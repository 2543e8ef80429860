import { expect } from "chai";
import {
  findAliasedName,
  findKnownPerson,
  findOutlet,
} from "../../../../indexer/names/gazetteer.js";
import {
  isTransposition,
  variantKey,
} from "../../../../indexer/names/name-variants.js";
import { createPeopleRegistry } from "../../../../indexer/names/release-people.js";
import {
  buildReleaseText,
  documentsOf,
  speakerLines,
} from "../indexer-test-helpers.js";

describe("one person, one name", () => {
  it("variantKey when two spellings are transliterations of one name then the keys agree", () => {
    for (const [a, b] of [
      ["Kirill Dmitriyev", "Kirill Dmitriev"],
      ["Sergei Ignatyev", "Sergey Ignatiev"],
      ["Kseniya Golovanova", "Ksenia Golovanova"],
      ["Sergei Dyomin", "Sergei Demin"],
      ["Dmitry Shchugorev", "Dmitry Schugorev"],
      ["Rustam Falyakhov", "Rustam Falyahov"],
      ["Sauli Niinistö", "Sauli Niinisto"],
      ["Yevgeny Kuyvashev", "Yevgeny Kuivashev"],
      ["Valentina Matviyenko", "Valentina Matvienko"],
    ] as const)
      expect(variantKey(a), `${a} / ${b}`).to.equal(variantKey(b));
  });

  it("createPeopleRegistry when two real people have near-identical names then they are never merged", () => {
    for (const [a, b] of [
      ["Igor Yusufov", "Igor Yusupov"],
      ["Sergei Pershin", "Sergei Parshin"],
      ["Eldar Neverov", "Ildar Neverov"],
      ["Lyu Jian", "Liu Jian"],
      ["Mikhail Fradkov", "Petr Fradkov"],
      ["Alexander Zhukov", "Alexander Zharov"],
      ["Dmitry Peskov", "Dmitry Petrov"],
      ["Viktor Ivanov", "Vladimir Ivanov"],
      ["Sergei Mironov", "Sergei Smirnov"],
    ] as const) {
      const people = createPeopleRegistry();
      const first = people.add(a, null);

      expect(people.add(b, null), `${a} / ${b}`).not.to.equal(first);
      expect(people.resolve(b)?.name, `${a} / ${b}`).to.equal(b);
    }
  });

  it("createPeopleRegistry when a middle name or initial is added or a typing slip swaps two letters then it is one person", () => {
    const people = createPeopleRegistry();
    const bush = people.add("George W. Bush", null);
    const frank = people.add("Sergei Frank", null);

    expect(people.resolve("George Bush")).to.equal(bush);
    expect(people.add("Sergie Frank", null)).to.equal(frank);
    expect(isTransposition("Sergei Parshin", "Sergei Pershin")).to.equal(false);
    expect(isTransposition("Oleg Ivno", "Oleg Ivon")).to.equal(false);
  });

  it("findAliasedName when a reviewed typo is in config/name-aliases.json then it gives the canonical name", () => {
    expect(findAliasedName("Tatayana Golikova")).to.equal("Tatyana Golikova");
    expect(findAliasedName("Vladimir Putting")).to.equal("Vladimir Putin");
    expect(findAliasedName("Tatyana Golikova")).to.equal(undefined);
  });

  it("findKnownPerson when a well-known person is misspelt, transliterated or in the alias table then it gives the gazetteer's name", () => {
    expect(findKnownPerson("Angela Markel")).to.equal("Angela Merkel");
    expect(findKnownPerson("Sergei Lavrov")).to.equal("Sergey Lavrov");
    expect(findKnownPerson("Vladimri Putin")).to.equal("Vladimir Putin");
    expect(findKnownPerson("Vladimir Pitin")).to.equal(undefined);
  });

  it("createPeopleRegistry when a release spells one person two ways then both resolve to the first spelling", () => {
    const people = createPeopleRegistry();
    const first = people.add("Rashid Nurgaliyev", "Interior Minister");

    expect(people.add("Rashid Nurgaliev", null)).to.equal(first);
    expect(people.resolve("Rashid Nurgaliev")).to.equal(first);
    expect(people.add("Igor Yusupov", null)).not.to.equal(
      people.add("Igor Yusufov", null),
    );
  });

  it("attributeSpeakers when transcript labels spell a speaker two ways then the turns carry one name", () => {
    const lines = speakerLines(
      documentsOf(
        buildReleaseText({
          title: "Meeting with Deputy Prime Minister Tatyana Golikova",
          paragraphs: [
            "Vladimir Putin: Good afternoon.",
            "Deputy Prime Minister Tatyana Golikova: Good afternoon.",
            "Tatayana Golikova: We have started.",
            "Vladimir Putting: Good.",
          ],
        }),
        "2019-05-08-meeting.txt",
      ),
    );

    expect(lines).to.deep.equal([
      "Vladimir Putin: Good afternoon.",
      "Tatyana Golikova: Good afternoon.",
      "Tatyana Golikova: We have started.",
      "Vladimir Putin: Good.",
    ]);
  });

  it("findOutlet when an outlet is labelled several ways then it has one canonical name", () => {
    expect(findOutlet("Tass News Agency")).to.equal("TASS");
    expect(findOutlet("TASS News Agency")).to.equal("TASS");
    expect(findOutlet("Yonhap News")).to.equal("Yonhap News Agency");
    expect(findOutlet("Yonhap News Agency")).to.equal("Yonhap News Agency");
    expect(findOutlet("The Global Times")).to.equal("Global Times");
    expect(findOutlet("PTI")).to.equal("Press Trust of India");
  });
});
