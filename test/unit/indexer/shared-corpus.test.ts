import { expect } from "chai";
import { existsSync } from "node:fs";
import path from "node:path";
import { sentenceDocumentSchema } from "../../../src/search/sentence-document.js";
import { loadReleaseFile } from "../../../indexer/documents/load-releases.js";
import { listReleaseFiles } from "../../../indexer/input/read-inputs.js";
import { seedDocuments } from "../../seed.js";
import { SHARED_DIR } from "./indexer-test-helpers.js";

const SAMPLE_EVERY = 25;
const NOT_SPEAKERS = new Set([
  "Note",
  "Second",
  "First",
  "Question",
  "Answer",
  "The",
  "Contact",
]);

describe("indexer on ../shared (skipped when absent)", function () {
  this.timeout(60_000);

  before(function () {
    if (!existsSync(path.join(SHARED_DIR, "corpus"))) {
      process.stderr.write(`  skipping: no corpus at ${SHARED_DIR}\n`);
      this.skip();
    }
  });

  it("loadReleaseFile when given the seed in ../shared/releases then it gives the documents of samples/'s copy", async () => {
    const result = await loadReleaseFile(
      path.join(SHARED_DIR, "releases", "2021-07-15-wang-yi-meets-lavrov.txt"),
    );

    expect(result.errors).to.deep.equal([]);
    expect(result.releases[0]?.documents).to.deep.equal(await seedDocuments());
  });

  it("loadReleaseFile when given a sample of every corpus format then every file loads into valid documents with plausible speakers", async () => {
    const { files } = await listReleaseFiles([path.join(SHARED_DIR, "corpus")]);
    const sample = files.filter((_f, i) => i % SAMPLE_EVERY === 0);

    for (const file of sample) {
      const result = await loadReleaseFile(file);
      expect(result.errors, file).to.deep.equal([]);
      for (const doc of result.releases.flatMap((r) => r.documents)) {
        expect(sentenceDocumentSchema.safeParse(doc).success, doc.id).to.equal(
          true,
        );
        expect(doc.text, doc.id).not.to.equal("");
        if (doc.speaker !== null)
          expect(NOT_SPEAKERS.has(doc.speaker), doc.speaker).to.equal(false);
      }
    }
    expect(sample.length).to.be.greaterThan(200);
  });
});
