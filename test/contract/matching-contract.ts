import { expect } from "chai";
import { buildDocument } from "../builders.js";
import {
  type ContractContext,
  idsOf,
  orderedIdsOf,
} from "./search-engine-contract.js";

/**
 * Matching: Meilisearch's default typo rules, prefix on the last word only,
 * every word required, synonyms, tokenising. A query word that is not last is
 * followed by another word, so only the rule under test can make it match.
 */
export function describeMatchingContract(ctx: ContractContext): void {
  describe("matching", function () {
    let index = "";
    const docs = {
      vote: buildDocument({ id: "m-vote", text: "The vote passed quickly." }),
      trade: buildDocument({
        id: "m-trade",
        text: "Their trade talks resumed.",
      }),
      economic: buildDocument({
        id: "m-economic",
        text: "Economic growth slowed.",
      }),
      agreement: buildDocument({
        id: "m-agreement",
        text: "The agreement signed today.",
      }),
      number: buildDocument({
        id: "m-number",
        text: "The 12345 delegates arrived.",
      }),
      multilateralism: buildDocument({
        id: "m-multi",
        text: "We safeguard multilateralism together.",
      }),
      chinaRussia: buildDocument({
        id: "m-cr",
        text: "China and Russia agreed.",
      }),
      chinaIndia: buildDocument({
        id: "m-ci",
        text: "China and India agreed.",
      }),
      unFull: buildDocument({
        id: "m-un-full",
        text: "The United Nations Charter stands.",
      }),
      unShort: buildDocument({
        id: "m-un-short",
        text: "The UN Charter stands.",
      }),
      unity: buildDocument({
        id: "m-unity",
        text: "The unity charter stands.",
      }),
      accents: buildDocument({ id: "m-cafe", text: "Café diplomacy works." }),
      hyphen: buildDocument({
        id: "m-hyphen",
        text: "China-Russia relations improved.",
      }),
      apostrophe: buildDocument({
        id: "m-apostrophe",
        text: "China's position remained firm.",
      }),
      speaker: buildDocument({
        id: "m-speaker",
        text: "Relations are at their best.",
        speaker: "Sergey Lavrov",
      }),
    };

    before(async function () {
      index = await ctx.createIndex(Object.values(docs));
    });

    const expectMatch = async (q: string, id: string, matches: boolean) => {
      const result = await ctx.search(index, q);
      if (matches) expect(idsOf(result), q).to.include(id);
      else expect(idsOf(result), q).not.to.include(id);
    };

    it("search when a 4-letter word has one typo then it does not match", async function () {
      await expectMatch("vote passed", docs.vote.id, true);
      await expectMatch("vite passed", docs.vote.id, false);
    });

    it("search when a 5-letter word has one typo then it matches, two typos then not", async function () {
      await expectMatch("trafe talks", docs.trade.id, true);
      await expectMatch("trxfe talks", docs.trade.id, false);
    });

    it("search when an 8-letter word has two typos then it does not match", async function () {
      await expectMatch("ecxnomic growth", docs.economic.id, true);
      await expectMatch("ecxnomxc growth", docs.economic.id, false);
    });

    it("search when a 9-letter word has two typos then it matches, three then not", async function () {
      await expectMatch("agrxemxnt signed", docs.agreement.id, true);
      await expectMatch("agrxxmxnt signed", docs.agreement.id, false);
    });

    it("search when the first letter is wrong then it counts as two typos", async function () {
      await expectMatch("frade talks", docs.trade.id, false);
      await expectMatch("xgreement signed", docs.agreement.id, true);
      await expectMatch("xgrexment signed", docs.agreement.id, false);
    });

    it("search when two letters are swapped then it counts as one typo", async function () {
      await expectMatch("trdae talks", docs.trade.id, true);
    });

    it("search when a number differs by one digit then it does not match", async function () {
      await expectMatch("12345 delegates", docs.number.id, true);
      await expectMatch("12346 delegates", docs.number.id, false);
    });

    it("search when the last word is a prefix then it matches, elsewhere not", async function () {
      await expectMatch("multilat", docs.multilateralism.id, true);
      await expectMatch("safeguard multilat", docs.multilateralism.id, true);
      await expectMatch("multilat together", docs.multilateralism.id, false);
    });

    it("search when the last word is a prefix with a typo then it matches", async function () {
      await expectMatch("safeguard multilatr", docs.multilateralism.id, true);
    });

    it("search when several words are given then every word must match", async function () {
      const result = await ctx.search(index, "china russia agreed");
      expect(idsOf(result)).to.deep.equal([docs.chinaRussia.id]);
    });

    it("search when a word is in the speaker then it matches with the text words", async function () {
      await expectMatch("lavrov relations", docs.speaker.id, true);
    });

    it("search when the query is an abbreviation then its synonym phrase matches", async function () {
      const result = await ctx.search(index, "UN charter");
      expect(idsOf(result)).to.deep.equal(
        [docs.unFull.id, docs.unShort.id].sort(),
      );
    });

    it("search when the query is a multi-word name then its abbreviation matches", async function () {
      const result = await ctx.search(index, "United Nations charter");
      expect(idsOf(result)).to.deep.equal(
        [docs.unFull.id, docs.unShort.id].sort(),
      );
    });

    it("search when case and accents differ then the word still matches", async function () {
      await expectMatch("CAFE diplomacy", docs.accents.id, true);
    });

    it("search when words are joined by a hyphen or an apostrophe then each part matches", async function () {
      await expectMatch("russia relations", docs.hyphen.id, true);
      await expectMatch("china position", docs.apostrophe.id, true);
    });

    it("search when nothing matches then the result is empty with a zero total", async function () {
      const result = await ctx.search(index, "zzzqqq xxyyzz");
      expect(result.hits).to.deep.equal([]);
      expect(result.total).to.equal(0);
    });

    it("search when a typo-free hit and a typo hit exist then the typo-free one ranks first", async function () {
      const ranked = await ctx.createIndex([
        buildDocument({ id: "r-typo", text: "Their trafe talks resumed." }),
        buildDocument({ id: "r-exact", text: "Their trade talks resumed." }),
      ]);
      const result = await ctx.search(ranked, "trade talks");
      expect(orderedIdsOf(result)).to.deep.equal(["r-exact", "r-typo"]);
    });
  });
}
