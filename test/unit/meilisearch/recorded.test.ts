import { expect } from "chai";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  extractFixtures,
  fixtureText,
  readRecording,
  RECORDINGS_DIR,
} from "../../fixtures/meilisearch-recorded/extract.js";

const FIXTURES = fileURLToPath(
  new URL("../../fixtures/meilisearch-recorded/", import.meta.url),
);

describe("recorded Meilisearch fixtures", () => {
  it("the committed fixtures when the recordings are present then equal a fresh extraction (npm run fixtures:meili)", function () {
    if (!existsSync(RECORDINGS_DIR)) {
      process.stderr.write(`  skipping: no recordings at ${RECORDINGS_DIR}\n`);
      this.skip();
    }

    const fresh = extractFixtures(readRecording);

    for (const [group, exchanges] of Object.entries(fresh)) {
      expect(
        readFileSync(join(FIXTURES, `${group}.json`), "utf8"),
        `${group}.json differs from the recordings: run npm run fixtures:meili`,
      ).to.equal(fixtureText(exchanges));
    }
  });
});
