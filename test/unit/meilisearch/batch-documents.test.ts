import { expect } from "chai";
import fc from "fast-check";
import { batchDocuments } from "../../../src/engines/meilisearch/batch-documents.js";

describe("batchDocuments", () => {
  it("batchDocuments when there are no documents then returns no batch", () => {
    expect(batchDocuments([], 10, 1000)).to.deep.equal([]);
  });

  it("batchDocuments when the count bound is reached first then splits by count", () => {
    const docs = [{ id: "a" }, { id: "b" }, { id: "c" }];

    const batches = batchDocuments(docs, 2, 10_000);

    expect(batches.map((b) => b.payload)).to.deep.equal([
      '[{"id":"a"},{"id":"b"}]',
      '[{"id":"c"}]',
    ]);
    expect(batches.map((b) => b.count)).to.deep.equal([2, 1]);
  });

  it("batchDocuments when the byte bound is reached first then splits by serialised size", () => {
    const docs = [{ t: "é".repeat(10) }, { t: "é".repeat(10) }];
    const oneBody = Buffer.byteLength(JSON.stringify([docs[0]]));

    const batches = batchDocuments(docs, 100, oneBody + 5);

    expect(batches).to.have.length(2);
    expect(batches[0]!.bytes).to.equal(oneBody);
  });

  it("batchDocuments when one document exceeds the byte bound then sends it alone", () => {
    const batches = batchDocuments(
      [{ id: "a" }, { t: "x".repeat(100) }, { id: "b" }],
      100,
      50,
    );

    expect(batches.map((b) => b.count)).to.deep.equal([1, 1, 1]);
  });

  it("batchDocuments when any documents are batched then keeps them in order within both bounds", () => {
    const doc = fc.record({
      id: fc.string(),
      text: fc.string({ unit: "grapheme", maxLength: 40 }),
    });
    fc.assert(
      fc.property(
        fc.array(doc, { maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 2, max: 400 }),
        (docs, maxCount, maxBytes) => {
          const batches = batchDocuments(docs, maxCount, maxBytes);

          const parsed = batches.flatMap(
            (b) => JSON.parse(b.payload) as unknown[],
          );
          expect(parsed).to.deep.equal(docs);
          for (const batch of batches) {
            expect(batch.bytes).to.equal(Buffer.byteLength(batch.payload));
            expect(batch.count).to.be.within(1, maxCount);
            if (batch.count > 1) expect(batch.bytes).to.be.at.most(maxBytes);
          }
        },
      ),
    );
  });
});
