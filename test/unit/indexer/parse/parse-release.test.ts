import { expect } from "chai";
import { AppError } from "../../../../src/errors/app-error.js";
import {
  parseRelease,
  type ParsedParagraph,
} from "../../../../indexer/parse/parse-release.js";
import { buildReleaseText } from "../indexer-test-helpers.js";

const SOURCE = "fixtures/2018-05-17-some-release.txt";

function texts(paragraphs: readonly ParsedParagraph[]): string[] {
  return paragraphs.map((p) => ("text" in p ? p.text : `<${p.kind}>`));
}

describe("parseRelease", () => {
  it("parseRelease when a breadcrumb with no-break spaces precedes the title then its last part is the category", () => {
    const text = buildReleaseText({
      breadcrumb: "Home\u00a0>\u00a0Important News of China",
      title: "Wang Yi Meets Lavrov",
    });

    const release = parseRelease(text, { source: SOURCE });

    expect(release.category).to.equal("Important News of China");
    expect(release.title).to.equal("Wang Yi Meets Lavrov");
  });

  it("parseRelease when there is no breadcrumb then the first line is the title and category is null", () => {
    const release = parseRelease(
      buildReleaseText({ title: "Meeting with Sergei Shoigu" }),
      { source: SOURCE },
    );

    expect(release.title).to.equal("Meeting with Sergei Shoigu");
    expect(release.category).to.equal(null);
  });

  for (const trailer of [
    "Suggest to a friend",
    "Suggest To A Friend:",
    "SUGGEST TO A FRIEND :",
  ]) {
    it(`parseRelease when the trailer is '${trailer}' then it is not a paragraph`, () => {
      const release = parseRelease(
        buildReleaseText({ paragraphs: ["Text."], trailer }),
        { source: SOURCE },
      );

      expect(texts(release.paragraphs)).to.deep.equal(["Text."]);
    });
  }

  for (const separator of ["***", "* * *", "※※※※※※", "＊＊＊"]) {
    it(`parseRelease when a paragraph is '${separator}' then it is a separator`, () => {
      const release = parseRelease(
        buildReleaseText({ paragraphs: ["One.", separator, "Two."] }),
        { source: SOURCE },
      );

      expect(texts(release.paragraphs)).to.deep.equal([
        "One.",
        "<separator>",
        "Two.",
      ]);
    });
  }

  it("parseRelease when paragraphs hold omission marks and stage directions then they are dropped", () => {
    const paragraphs = [
      "<…>",
      "‹…>",
      "(Applause.)",
      "We will win. (Laughter.) <…> Thank you.",
      "(Video plays.)",
    ];

    const release = parseRelease(buildReleaseText({ paragraphs }), {
      source: SOURCE,
    });

    expect(texts(release.paragraphs)).to.deep.equal([
      "<stage>",
      "<stage>",
      "<stage>",
      "We will win. Thank you.",
      "<stage>",
    ]);
  });

  it("parseRelease when a long paragraph is in parentheses then it is an aside, not a stage direction", () => {
    const aside =
      "(Pavel Kolobkov further spoke about some organisational and financial matters.)";

    const release = parseRelease(buildReleaseText({ paragraphs: [aside] }), {
      source: SOURCE,
    });

    expect(release.paragraphs).to.deep.equal([{ kind: "aside", text: aside }]);
  });

  it("parseRelease when the lede opens with a date then that date wins over the title and file name", () => {
    const text = buildReleaseText({
      title: "Wang Yi Meets with Sergey Lavrov on May 14, 2018",
      paragraphs: [
        "On July 15, 2021 local time, Wang Yi met with Sergey Lavrov in Tashkent.",
      ],
    });

    const release = parseRelease(text, { source: SOURCE });

    expect(release.date).to.equal("2021-07-15");
    expect(release.location).to.equal("Tashkent");
  });

  it("parseRelease when only the title has a full date then the date comes from the title", () => {
    const text = buildReleaseText({
      title:
        "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 14, 2018",
    });

    expect(parseRelease(text, { source: "x/no-date-here.txt" }).date).to.equal(
      "2018-05-14",
    );
  });

  it("parseRelease when the title's date has no year then the file name gives the date", () => {
    const text = buildReleaseText({
      title: "Regular Press Conference on September 10",
    });

    expect(
      parseRelease(text, { source: "x/2018-09-10-geng-shuang.txt" }).date,
    ).to.equal("2018-09-10");
  });

  it("parseRelease when no date can be found then it throws invalid_request", () => {
    const parse = (): unknown =>
      parseRelease(buildReleaseText(), { source: "x/undated.txt" });

    expect(parse).to.throw(AppError, "no date");
  });

  it("parseRelease when the text has no title line then it throws invalid_request", () => {
    expect(() => parseRelease("Home > News\n", { source: SOURCE })).to.throw(
      AppError,
      "no title",
    );
    expect(() => parseRelease("***\n\nText.\n", { source: SOURCE })).to.throw(
      AppError,
      "no title",
    );
  });

  it("parseRelease when hints give title, date and category then the text is all body", () => {
    const release = parseRelease("First paragraph.\n\nSecond paragraph.", {
      source: "feed.ndjson",
      title: "From a crawler",
      date: "2020-01-02",
      category: "News",
    });

    expect(release).to.deep.include({
      title: "From a crawler",
      date: "2020-01-02",
      category: "News",
    });
    expect(texts(release.paragraphs)).to.deep.equal([
      "First paragraph.",
      "Second paragraph.",
    ]);
  });

  it("parseRelease when a paragraph spans several lines then they join with single spaces", () => {
    const release = parseRelease("Title\n\nOne line\nand  another.\r\n", {
      source: SOURCE,
    });

    expect(texts(release.paragraphs)).to.deep.equal(["One line and another."]);
  });

  it("parseRelease when the lede does not say where then location is null", () => {
    const text = buildReleaseText({
      paragraphs: ["In addition, the President signed the law."],
    });

    expect(parseRelease(text, { source: SOURCE }).location).to.equal(null);
  });

  it("parseRelease when the title is a press conference or greetings and the lede names a city then location is null", () => {
    for (const title of [
      "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on July 4, 2018",
      "Greetings to 13th International Judo Tournament for Police and Army",
    ]) {
      const text = buildReleaseText({
        title,
        paragraphs: ["The tournament is currently underway in Moscow."],
      });

      expect(parseRelease(text, { source: SOURCE }).location, title).to.equal(
        null,
      );
    }
  });
});
