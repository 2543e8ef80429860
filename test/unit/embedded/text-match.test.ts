import { expect } from "chai";
import { INDEX_SETTINGS } from "../../../config/index-settings.js";
import {
  normalizedWords,
  rawPrefixLength,
  tokenizeWords,
  typoBudget,
  typoDistance,
} from "../../../src/engines/embedded/text-match.js";

const rules = INDEX_SETTINGS.typoTolerance;

describe("text-match", function () {
  describe("tokenizeWords", function () {
    it("tokenizeWords when words are joined by hyphens and apostrophes then splits them", function () {
      expect(normalizedWords("China-Russia's ties")).to.deep.equal([
        "china",
        "russia",
        "s",
        "ties",
      ]);
    });

    it("tokenizeWords when words carry case and accents then folds them", function () {
      expect(normalizedWords("Café NAÏVE Ŵôřlḑ Œuvre")).to.deep.equal([
        "cafe",
        "naive",
        "world",
        "oeuvre",
      ]);
    });

    it("tokenizeWords when the text holds markup then keeps only the words with their offsets", function () {
      const text = "a <script>alert(1)</script>";
      const tokens = tokenizeWords(text);
      expect(tokens.map((t) => text.slice(t.start, t.end))).to.deep.equal([
        "a",
        "script",
        "alert",
        "1",
        "script",
      ]);
    });

    it("tokenizeWords when the text is Chinese then each character is a word", function () {
      expect(normalizedWords("中国 and 俄罗斯")).to.deep.equal([
        "中",
        "国",
        "and",
        "俄",
        "罗",
        "斯",
      ]);
    });

    it("tokenizeWords when a decimal number is given then splits at the point", function () {
      expect(normalizedWords("32.3 percent")).to.deep.equal([
        "32",
        "3",
        "percent",
      ]);
    });
  });

  describe("typoBudget", function () {
    const cases: [string, number][] = [
      ["vote", 0],
      ["trade", 1],
      ["economic", 1],
      ["agreement", 2],
      ["12345", 0],
      ["2021x", 1],
    ];
    for (const [word, budget] of cases) {
      it(`typoBudget when the word is "${word}" then allows ${budget}`, function () {
        expect(typoBudget(word, rules)).to.equal(budget);
      });
    }

    it("typoBudget when typo tolerance is disabled then allows none", function () {
      expect(typoBudget("agreement", { ...rules, enabled: false })).to.equal(0);
    });
  });

  describe("typoDistance", function () {
    it("typoDistance when two letters are swapped then counts one typo", function () {
      expect(typoDistance("trdae", "trade", 1, false)).to.equal(1);
    });

    it("typoDistance when the first letter differs then counts two typos", function () {
      expect(typoDistance("frade", "trade", 1, false)).to.equal(Infinity);
      expect(typoDistance("xgreement", "agreement", 2, false)).to.equal(2);
    });

    it("typoDistance when matching as a prefix then uses the closest prefix of the candidate", function () {
      expect(typoDistance("lavrof", "lavrov", 1, true)).to.equal(1);
      expect(typoDistance("multi", "multilateralism", 0, true)).to.equal(0);
      expect(typoDistance("multi", "multilateralism", 0, false)).to.equal(
        Infinity,
      );
    });
  });

  describe("rawPrefixLength", function () {
    it("rawPrefixLength when the word has decomposed accents then keeps them with their letter", function () {
      const raw = "Westfa\u0301lia";
      expect(raw.slice(0, rawPrefixLength(raw, 7))).to.equal("Westfa\u0301l");
    });
  });
});
