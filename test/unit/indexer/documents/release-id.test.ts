import { expect } from "chai";
import { DOCUMENT_ID_PATTERN } from "../../../../src/contract/api-contract.js";
import {
  createReleaseId,
  disambiguateReleaseId,
  slugify,
} from "../../../../indexer/documents/release-id.js";

describe("release ids", () => {
  it("createReleaseId when given date and title then it is date, readable slug and title hash", () => {
    const id = createReleaseId(
      "2021-07-15",
      "Wang Yi Meets with Russian Foreign Minister Sergey Lavrov",
    );

    expect(id).to.match(
      /^2021-07-15-wang-yi-meets-with-russian-foreign-minister-sergey-lavrov-[0-9a-f]{8}$/,
    );
    expect(id).to.match(DOCUMENT_ID_PATTERN);
  });

  it("createReleaseId when two titles share their first 60 characters then the ids differ", () => {
    const prefix =
      "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on ";

    expect(
      createReleaseId("2019-04-29", `${prefix}April 29, 2019`),
    ).not.to.equal(createReleaseId("2019-04-29", `${prefix}April 29 2019`));
  });

  it("createReleaseId when called twice with the same input then it is the same id", () => {
    expect(createReleaseId("2000-01-01", "Title")).to.equal(
      createReleaseId("2000-01-01", "Title"),
    );
  });

  it("slugify when the title has accents, apostrophes and symbols then only [a-z0-9-] remain", () => {
    expect(slugify("Niinistö’s visit: «Russia & Finland» — 2019!")).to.equal(
      "niinistos-visit-russia-finland-2019",
    );
  });

  it("disambiguateReleaseId when a source file is given then its name is appended as a valid id", () => {
    const id = disambiguateReleaseId(
      "2019-04-29-x-1234abcd",
      "corpus/fmprc-en/2019-04-29-geng-shuang-2.txt",
    );

    expect(id).to.equal("2019-04-29-x-1234abcd-2019-04-29-geng-shuang-2");
    expect(id).to.match(DOCUMENT_ID_PATTERN);
  });
});
