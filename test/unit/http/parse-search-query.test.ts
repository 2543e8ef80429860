import { expect } from "chai";
import { AppError } from "../../../src/errors/app-error.js";
import {
  parseSearchBody,
  parseSearchQuery,
} from "../../../src/http/parse-search-query.js";

function invalidFields(run: () => unknown): string[] {
  try {
    run();
  } catch (err) {
    expect(err).to.be.instanceOf(AppError);
    const details = (err as AppError).details as {
      properties?: Record<string, unknown>;
      errors: string[];
    };
    return [
      ...Object.keys(details.properties ?? {}),
      ...(details.errors.length > 0 ? ["(root)"] : []),
    ];
  }
  throw new Error("expected an invalid_request error");
}

describe("parseSearchQuery", () => {
  it("parseSearchQuery when the query string is empty then applies every default", () => {
    expect(parseSearchQuery({})).to.deep.equal({
      q: "",
      speaker: [],
      release: [],
      sort: "relevance",
      page: 1,
      hitsPerPage: 20,
      facets: ["speaker"],
    });
  });

  it("parseSearchQuery when speaker is repeated and facets are comma-separated then returns arrays", () => {
    const params = parseSearchQuery({
      q: "multilateralism",
      speaker: ["Wang Yi", "Sergey Lavrov"],
      release: "r1",
      facets: "speaker, mentions",
      page: "2",
      hitsPerPage: "50",
      from: "2021-01-01",
      to: "2021-12-31",
      sort: "date:desc",
    });

    expect(params).to.deep.include({
      speaker: ["Wang Yi", "Sergey Lavrov"],
      release: ["r1"],
      facets: ["speaker", "mentions"],
      page: 2,
      hitsPerPage: 50,
      sort: "date:desc",
    });
  });

  it("parseSearchQuery when facets is empty then returns no facet", () => {
    expect(parseSearchQuery({ facets: "" }).facets).to.deep.equal([]);
  });

  it("parseSearchQuery when values are out of range then names each bad field", () => {
    const fields = invalidFields(() =>
      parseSearchQuery({
        q: "x".repeat(513),
        page: "0",
        hitsPerPage: "101",
        sort: "price",
        facets: "colour",
      }),
    );

    expect(fields).to.include.members([
      "q",
      "page",
      "hitsPerPage",
      "sort",
      "facets",
    ]);
  });

  it("parseSearchQuery when q has 512 astral characters then accepts it (characters, not UTF-16 units)", () => {
    expect(parseSearchQuery({ q: "😀".repeat(512) }).q).to.have.length(1024);
  });

  it("parseSearchQuery when page is not a number then rejects page", () => {
    expect(
      invalidFields(() => parseSearchQuery({ page: "two" })),
    ).to.deep.equal(["page"]);
    expect(
      invalidFields(() => parseSearchQuery({ page: "1.5" })),
    ).to.deep.equal(["page"]);
  });

  it("parseSearchQuery when a date is malformed or from is after to then names the date field", () => {
    expect(
      invalidFields(() => parseSearchQuery({ from: "2021-13-01" })),
    ).to.deep.equal(["from"]);
    expect(
      invalidFields(() =>
        parseSearchQuery({ from: "2021-02-01", to: "2021-01-01" }),
      ),
    ).to.deep.equal(["from"]);
  });

  it("parseSearchQuery when a parameter is unknown or a scalar is repeated then rejects it", () => {
    expect(
      invalidFields(() => parseSearchQuery({ hitPerPage: "5" })),
    ).to.deep.equal(["(root)"]);
    expect(
      invalidFields(() => parseSearchQuery({ q: ["a", "b"] })),
    ).to.deep.equal(["q"]);
  });

  it("parseSearchQuery when a filter has more than 100 values then rejects it", () => {
    const many = Array.from({ length: 101 }, (_, i) => `s${i}`);

    expect(
      invalidFields(() => parseSearchQuery({ speaker: many })),
    ).to.deep.equal(["speaker"]);
  });
});

describe("parseSearchBody", () => {
  it("parseSearchBody when the body is missing then applies defaults", () => {
    expect(parseSearchBody(undefined).hitsPerPage).to.equal(20);
  });

  it("parseSearchBody when repeatable parameters are not arrays then rejects them", () => {
    expect(
      invalidFields(() => parseSearchBody({ speaker: "Wang Yi" })),
    ).to.deep.equal(["speaker"]);
  });

  it("parseSearchBody when the body is not an object then reports the body itself", () => {
    expect(invalidFields(() => parseSearchBody([1, 2]))).to.deep.equal([
      "(root)",
    ]);
  });
});
