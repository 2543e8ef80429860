import { expect } from "chai";
import fc from "fast-check";
import { DOCUMENT_ID_PATTERN } from "../../../src/contract/api-contract.js";
import { buildReleaseText, documentsOf } from "./indexer-test-helpers.js";

const word = fc.constantFrom(
  "Russia",
  "China",
  "the",
  "talks",
  "Mr.",
  "U.S.",
  "President",
  "Putin",
  "said",
  "that",
  "No.",
  "1",
  "$12.5",
  "billion",
  "Wang",
  "Yi",
  "(SCO)",
  "Q:",
  "A:",
  "Reuters:",
  "cooperation",
  "«new»",
  "—",
  "2000.Those",
);
const sentence = fc
  .tuple(
    fc.array(word, { minLength: 1, maxLength: 12 }),
    fc.constantFrom(".", "?", "!", ":", ";"),
  )
  .map(([words, end]) => `${words.join(" ")}${end}`);
const paragraph = fc
  .array(sentence, { minLength: 1, maxLength: 5 })
  .map((s) => s.join(" "));
const release = fc.record({
  title: fc
    .array(word, { minLength: 1, maxLength: 10 })
    .map((w) => `Title ${w.join(" ")}`),
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 6 }),
});

const squash = (text: string): string => text.replace(/\s+/g, "");

describe("indexer pipeline properties", () => {
  it("buildDocuments when given any release then ids are unique and valid ids", () => {
    fc.assert(
      fc.property(release, (r) => {
        const docs = documentsOf(buildReleaseText(r));
        const ids = docs.map((d) => d.id);
        expect(new Set(ids).size).to.equal(ids.length);
        for (const id of ids) expect(id).to.match(DOCUMENT_ID_PATTERN);
        for (const doc of docs)
          expect(doc.releaseId).to.match(DOCUMENT_ID_PATTERN);
      }),
    );
  });

  it("buildDocuments when given the same release twice then the output is identical", () => {
    fc.assert(
      fc.property(release, (r) => {
        const text = buildReleaseText(r);
        expect(documentsOf(text)).to.deep.equal(documentsOf(text));
      }),
    );
  });

  it("buildDocuments when given any paragraph then its sentences rebuild it, modulo whitespace and a speaker label", () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        const docs = documentsOf(buildReleaseText({ paragraphs: [text] }));
        const rebuilt = squash(docs.map((d) => d.text).join(" "));
        expect(squash(text).endsWith(rebuilt)).to.equal(true);
        expect(rebuilt.length).to.be.greaterThan(0);
      }),
    );
  });

  it("buildDocuments when a release's documents change then its hash changes, and only then", () => {
    fc.assert(
      fc.property(release, paragraph, (r, extra) => {
        const before = documentsOf(buildReleaseText(r));
        const after = documentsOf(
          buildReleaseText({ ...r, paragraphs: [...r.paragraphs, extra] }),
        );
        // A paragraph holding only a label ("Putin:") adds no sentence and no change.
        const sameDocuments =
          JSON.stringify(before.map(({ releaseHash: _b, ...d }) => d)) ===
          JSON.stringify(after.map(({ releaseHash: _a, ...d }) => d));
        expect(after[0]?.releaseHash === before[0]?.releaseHash).to.equal(
          sameDocuments,
        );
      }),
    );
  });
});
