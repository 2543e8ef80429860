import { expect } from "chai";
import {
  mkdir,
  mkdtemp,
  open,
  readFile,
  rm,
  writeFile,
} from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import {
  loadReleaseFile,
  loadReleases,
} from "../../../../indexer/documents/load-releases.js";
import {
  listReleaseFiles,
  MAX_INPUT_BYTES,
} from "../../../../indexer/input/read-inputs.js";
import {
  buildReleaseText,
  documentsOfFixture,
  fixturePath,
} from "../indexer-test-helpers.js";

describe("loadReleases", () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "load-releases-"));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function file(name: string, content: string | Buffer): Promise<string> {
    const target = path.join(dir, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
    return target;
  }

  async function errorOf(target: string): Promise<string> {
    const result = await loadReleaseFile(target);
    expect(result.releases).to.deep.equal([]);
    expect(result.errors).to.have.length(1);
    expect(result.errors[0]?.source).to.equal(target);
    return result.errors[0]?.message ?? "";
  }

  it("loadReleaseFile when the file is empty then the error says so", async () => {
    expect(await errorOf(await file("2020-01-01-empty.txt", ""))).to.equal(
      "empty file",
    );
  });

  it("loadReleaseFile when the file holds only whitespace then the error says it is empty", async () => {
    expect(
      await errorOf(await file("2020-01-01-blank.txt", " \n\n \n")),
    ).to.match(/empty file/);
  });

  it("loadReleaseFile when the file is not valid UTF-8 then the error says so", async () => {
    const bytes = Buffer.from([
      0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0xff, 0xfe, 0xc3, 0x28,
    ]);

    expect(await errorOf(await file("2020-01-01-latin1.txt", bytes))).to.match(
      /not valid UTF-8/,
    );
  });

  it("loadReleaseFile when the file is binary (NUL bytes) then the error says so", async () => {
    const bytes = Buffer.from("Title\n\nText\u0000\u0001\u0002 more", "utf8");

    expect(await errorOf(await file("2020-01-01-binary.txt", bytes))).to.match(
      /binary/,
    );
  });

  it("loadReleaseFile when the file has no title line then the error says so", async () => {
    expect(
      await errorOf(await file("2020-01-01-no-title.txt", "Home > News\n")),
    ).to.equal("no title line");
  });

  it("loadReleaseFile when the file has a title but no text then the error says so", async () => {
    expect(
      await errorOf(await file("2020-01-01-title-only.txt", "Just a title\n")),
    ).to.equal("no text after the title");
  });

  it("loadReleaseFile when the file is 50 MB then it is rejected by size without being read", async () => {
    const target = path.join(dir, "2020-01-01-huge.txt");
    const handle = await open(target, "w");
    await handle.truncate(50 * 1024 * 1024);
    await handle.close();

    const message = await errorOf(target);

    expect(message).to.match(/^file too large: 50\.0 MB \(limit 10\.0 MB\)$/);
    expect(MAX_INPUT_BYTES).to.equal(10 * 1024 * 1024);
  });

  it("loadReleaseFile when the file does not exist then the error says so", async () => {
    expect(await errorOf(path.join(dir, "2020-01-01-missing.txt"))).to.equal(
      "no such file or directory",
    );
  });

  it("loadReleaseFile when an NDJSON file mixes good and bad lines then good lines load and each bad line is one error with its number", async () => {
    const good = {
      title: "From a crawler",
      date: "2020-03-04",
      body: "One.\n\nTwo. Three.",
      category: "News",
      url: "https://example.org/1",
    };
    const lines = [
      JSON.stringify(good),
      "{not json",
      JSON.stringify({ date: "2020-03-04", body: "x" }),
      JSON.stringify({ title: "T", date: "2020-03-04" }),
      "",
      JSON.stringify({ title: "T", date: "2020-02-30", body: "x" }),
      "[1, 2]",
    ];
    const target = await file("feed.ndjson", lines.join("\n"));

    const result = await loadReleaseFile(target);

    expect(result.releases).to.have.length(1);
    expect(result.releases[0]?.source).to.equal(`${target}:1`);
    expect(
      result.releases[0]?.documents.map((d) => [
        d.paragraph,
        d.sentence,
        d.text,
        d.category,
      ]),
    ).to.deep.equal([
      [0, 0, "One.", "News"],
      [1, 0, "Two.", "News"],
      [1, 1, "Three.", "News"],
    ]);
    expect(result.errors.map((e) => [e.line, e.message])).to.deep.equal([
      [2, result.errors[0]?.message],
      [3, 'invalid record: lacks "title"'],
      [4, 'invalid record: lacks "body"'],
      [6, 'invalid record: "date": date must be a real YYYY-MM-DD date'],
      [7, "invalid record: not a JSON object"],
    ]);
    expect(result.errors[0]?.message).to.match(/^not valid JSON/);
  });

  it("listReleaseFiles when given directories then it finds .txt and .ndjson files recursively, sorted, and reports bad paths", async () => {
    await file("b/2020-01-02-b.txt", buildReleaseText());
    await file("a/deep/2020-01-01-a.txt", buildReleaseText());
    await file("a/feed.ndjson", "");
    await file("a/notes.md", "# not a release");
    const other = await file("other.md", "x");

    const { files, errors } = await listReleaseFiles([
      dir,
      other,
      path.join(dir, "missing"),
    ]);

    expect(files.map((f) => path.relative(dir, f))).to.deep.equal([
      path.join("a", "deep", "2020-01-01-a.txt"),
      path.join("a", "feed.ndjson"),
      path.join("b", "2020-01-02-b.txt"),
    ]);
    expect(errors.map((e) => e.message)).to.deep.equal([
      "not a .txt or .ndjson file",
      "no such file or directory",
    ]);
  });

  it("loadReleases when two files give the same release id then the later one gets a suffix from its file name and a warning", async () => {
    const text = buildReleaseText({
      title: "Regular Press Conference on April 29, 2019",
    });
    await file("2019-04-29-conference.txt", text);
    await file("2019-04-29-conference-2.txt", text);

    const result = await loadReleases([dir]);

    const ids = result.releases.map((r) => r.releaseId);
    expect(new Set(ids).size).to.equal(2);
    expect(ids[1]).to.equal(`${ids[0] ?? ""}-2019-04-29-conference-2`);
    const second = ids[1] ?? "?";
    expect(
      result.releases[1]?.documents.every(
        (d) => d.releaseId === second && d.id.startsWith(`${second}-`),
      ),
    ).to.equal(true);
    expect(result.warnings?.map((w) => w.source)).to.deep.equal([
      path.join(dir, "2019-04-29-conference-2.txt"),
    ]);
  });

  it("loadReleases when one file is bad then the others still load and the counts add up", async () => {
    await file("2020-01-01-empty.txt", "");
    await file(
      "2021-07-15-seed.txt",
      await readFile(fixturePath("2021-07-15-mfa-readout-seed.txt")),
    );
    const seen: string[] = [];

    const result = await loadReleases([dir], {
      onFile: (f) => seen.push(path.basename(f)),
    });

    expect(result.files).to.equal(2);
    expect(result.releases).to.have.length(1);
    expect(result.releases[0]?.documents).to.deep.equal(
      documentsOfFixture("2021-07-15-mfa-readout-seed.txt"),
    );
    expect(result.errors.map((e) => path.basename(e.source))).to.deep.equal([
      "2020-01-01-empty.txt",
    ]);
    expect(seen).to.deep.equal(["2020-01-01-empty.txt", "2021-07-15-seed.txt"]);
  });
});
