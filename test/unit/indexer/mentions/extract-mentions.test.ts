import { expect } from "chai";
import { createMentionExtractor } from "../../../../indexer/mentions/extract-mentions.js";
import {
  TOKEN_CLASS,
  createTokenTrie,
  insertPhrase,
  isTokenCode,
  matchAt,
  matchTextAt,
  tokenize,
} from "../../../../indexer/mentions/token-trie.js";

describe("extractMentions", () => {
  it("createMentionExtractor when a sentence uses gazetteer aliases then mentions are canonical and unique", () => {
    const find = createMentionExtractor([]);

    expect(
      find("The UN, the WHO and the U.S. met the DPRK at the UN."),
    ).to.deep.equal([
      "United Nations",
      "World Health Organization",
      "United States",
      "Democratic People's Republic of Korea",
    ]);
  });

  it("createMentionExtractor when a longer name contains a shorter one then the longer wins", () => {
    expect(
      createMentionExtractor([])("Members of the UN Security Council met."),
    ).to.deep.equal(["United Nations Security Council"]);
  });

  it("createMentionExtractor when the release defines an acronym then later sentences map it to the long form", () => {
    const find = createMentionExtractor([]);

    expect(
      find("He joined the International Chamber of Commerce (ICC) in 2001."),
    ).to.deep.equal(["International Chamber of Commerce"]);
    expect(find("The ICC welcomed it.")).to.deep.equal([
      "International Chamber of Commerce",
    ]);
  });

  it("createMentionExtractor when 'Shanghai Cooperation Organization (SCO)' is defined then SCO maps to it", () => {
    const find = createMentionExtractor([]);
    find("The establishment of the Shanghai Cooperation Organization (SCO).");

    expect(find("Push the SCO forward.")).to.deep.equal([
      "Shanghai Cooperation Organisation",
    ]);
  });

  it("createMentionExtractor when the release introduced a person then a later surname maps to the full name", () => {
    const find = createMentionExtractor([
      { name: "Vladimir Rushailo", role: "Interior Minister" },
    ]);

    expect(find("Mr Rushailo reported to Mr Putin.")).to.deep.equal([
      "Vladimir Rushailo",
      "Vladimir Putin",
    ]);
  });

  it("createMentionExtractor when two people share a surname then the bare surname is not guessed", () => {
    const find = createMentionExtractor([
      { name: "Sergei Ivanov", role: null },
      { name: "Viktor Ivanov", role: null },
    ]);

    expect(find("Mr Ivanov spoke; Sergei Ivanov agreed.")).to.deep.equal([
      "Sergei Ivanov",
    ]);
  });

  it("createMentionExtractor when words are lower case ('who', 'us') then they are not acronyms", () => {
    expect(createMentionExtractor([])("Tell us who came.")).to.deep.equal([]);
  });
});

describe("extractMentions lower-case starts", () => {
  it("createMentionExtractor when a gazetteer alias starts with a lower-case word then only that whole word starts it", () => {
    const find = createMentionExtractor([]);

    expect(find("Trade with mainland China grew.")).to.deep.equal(["China"]);
    expect(find("He asked the Government to act.")).to.deep.equal([
      "Government of Russia",
    ]);
    expect(
      find("Breathe Government air; other Government plans."),
    ).to.deep.equal([]);
  });
});

describe("token-trie", () => {
  it("isTokenCode when every UTF-16 code unit is tested then it agrees with the token pattern", () => {
    const pattern = new RegExp(`[${TOKEN_CLASS}]`);
    const disagreeing: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      if (pattern.test(String.fromCharCode(code)) !== isTokenCode(code))
        disagreeing.push(code);
    }

    expect(disagreeing).to.deep.equal([]);
  });

  it("matchTextAt when both tries know a phrase then the longer wins, the first on a tie", () => {
    const first = createTokenTrie();
    const second = createTokenTrie();
    insertPhrase(first, "Security Council", "own");
    insertPhrase(second, "Security Council", "known");
    insertPhrase(second, "Security Council Resolution", "longer");
    const text = "the Security Council Resolution and the Security Council met";

    expect(matchTextAt(first, second, text, 4, 12)).to.deep.equal({
      value: "longer",
      end: 31,
    });
    expect(matchTextAt(first, second, text, 40, 48)).to.deep.equal({
      value: "own",
      end: 56,
    });
  });

  it("matchTextAt when started at every word of a text then it finds what matchAt finds on the word list", () => {
    const first = createTokenTrie();
    const second = createTokenTrie();
    for (const phrase of ["Sergey Lavrov", "Lavrov", "U.S.", "Moscow"])
      insertPhrase(first, phrase, `own ${phrase}`);
    for (const phrase of ["U.S. Department of State", "Moscow", "the Kremlin"])
      insertPhrase(second, phrase, `known ${phrase}`);
    const text =
      "Sergey Lavrov met the U.S. Department of State team in Moscow; Lavrov left the Kremlin, U.S. officials said.";
    const tokens = tokenize(text);
    const starts = [...text.matchAll(new RegExp(`[${TOKEN_CLASS}]+`, "g"))];

    starts.forEach((word, i) => {
      const own = matchAt(first, tokens, i);
      const known = matchAt(second, tokens, i);
      const best =
        own !== undefined && (known === undefined || own.length >= known.length)
          ? own
          : known;
      const found = matchTextAt(
        first,
        second,
        text,
        word.index,
        word.index + word[0].length,
      );
      const expected =
        best === undefined
          ? undefined
          : {
              value: best.value,
              end:
                (starts[i + best.length - 1]?.index ?? 0) +
                (starts[i + best.length - 1]?.[0].length ?? 0),
            };

      expect(found, word[0]).to.deep.equal(expected);
    });
  });
});
