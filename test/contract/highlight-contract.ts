import { expect } from "chai";
import type {
  HighlightSegment,
  SearchResult,
} from "../../src/search/search-engine.js";
import { buildDocument } from "../builders.js";
import { type ContractContext } from "./search-engine-contract.js";

const SCRIPT_TEXT = "Peace <script>alert(1)</script> & \"quotes\" 'too'.";

function segmentsOf(
  result: SearchResult,
  id: string,
): readonly HighlightSegment[] {
  const hit = result.hits.find((candidate) => candidate.id === id);
  expect(hit, `hit ${id}`).not.to.equal(undefined);
  expect(hit?.highlight, `highlight of ${id}`).not.to.equal(undefined);
  return hit?.highlight ?? [];
}

function matchedTexts(segments: readonly HighlightSegment[]): string[] {
  return segments
    .filter((segment) => segment.match)
    .map((segment) => segment.text);
}

/** Highlight segments: raw text that concatenates back to `text`, matched words marked. */
export function describeHighlightContract(ctx: ContractContext): void {
  describe("highlighting", function () {
    let index = "";
    before(async function () {
      index = await ctx.createIndex([
        buildDocument({
          id: "h-multi",
          text: "We firmly safeguard true multilateralism.",
        }),
        buildDocument({ id: "h-script", text: SCRIPT_TEXT }),
      ]);
    });

    it("search when highlight is asked then matched words are marked and segments rebuild the text", async function () {
      const result = await ctx.search(index, "safeguard multilateralism", {
        highlight: true,
      });
      const segments = segmentsOf(result, "h-multi");
      expect(segments.map((segment) => segment.text).join("")).to.equal(
        "We firmly safeguard true multilateralism.",
      );
      expect(matchedTexts(segments)).to.deep.equal([
        "safeguard",
        "multilateralism",
      ]);
    });

    it("search when the text holds markup then segments carry it raw and unescaped", async function () {
      const result = await ctx.search(index, "peace", { highlight: true });
      const segments = segmentsOf(result, "h-script");
      expect(segments.map((segment) => segment.text).join("")).to.equal(
        SCRIPT_TEXT,
      );
      expect(matchedTexts(segments)).to.deep.equal(["Peace"]);
      expect(
        segments.some((segment) => segment.text.includes("<script>")),
      ).to.equal(true);
    });

    it("search when the last word is a prefix then only the typed prefix is marked", async function () {
      const result = await ctx.search(index, "safeguard multilat", {
        highlight: true,
      });
      expect(matchedTexts(segmentsOf(result, "h-multi"))).to.deep.equal([
        "safeguard",
        "multilat",
      ]);
    });

    it("search when a word before the last has a typo then the whole word is marked", async function () {
      const result = await ctx.search(index, "safegaurd true", {
        highlight: true,
      });
      expect(matchedTexts(segmentsOf(result, "h-multi"))).to.deep.equal([
        "safeguard",
        "true",
      ]);
    });

    it("search when highlight is not asked then hits have no segments", async function () {
      const result = await ctx.search(index, "peace");
      expect(result.hits[0]?.highlight).to.equal(undefined);
    });
  });
}
