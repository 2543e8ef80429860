import { expect } from "chai";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { INDEX_SETTINGS } from "../../../config/index-settings.js";
import { openEmbeddedEngine } from "../../../src/engines/embedded/embedded-engine.js";
import { buildDocument, buildQuery } from "../../builders.js";

describe("embedded engine snapshots", function () {
  let dataDir = "";
  const warnings: string[] = [];
  const logger = { warn: (_obj: object, msg: string) => warnings.push(msg) };
  const open = () =>
    openEmbeddedEngine({ dataDir, logger, snapshotDelayMs: 10 });

  beforeEach(async function () {
    dataDir = await mkdtemp(join(tmpdir(), "embedded-snapshots-"));
    warnings.length = 0;
  });

  afterEach(async function () {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("open when a closed engine wrote its indexes then reloads documents and settings", async function () {
    const first = await open();
    await first.ensureIndex("releases", INDEX_SETTINGS);
    await first.upsert("releases", [
      buildDocument({ id: "p-1", text: "Multilateralism endures." }),
    ]);
    await first.close();

    const second = await open();
    const result = await second.search(
      "releases",
      buildQuery({ q: "multilateralism" }),
    );
    expect(result.hits.map((hit) => hit.id)).to.deep.equal(["p-1"]);
    expect(await second.getSettings("releases")).to.deep.equal(
      structuredClone(INDEX_SETTINGS),
    );
    await second.close();
  });

  it("open when a killed process left temporary and orphan files then removes them and keeps the data", async function () {
    const first = await open();
    await first.ensureIndex("releases", INDEX_SETTINGS);
    await first.upsert("releases", [buildDocument({ id: "k-1" })]);
    await first.close();
    await writeFile(join(dataDir, "index-orphan.ndjson"), "partial");
    await writeFile(join(dataDir, "index-half.ndjson.tmp-123-abc"), "partial");
    await writeFile(join(dataDir, "manifest.json.tmp-123-abc"), "{");

    const second = await open();
    expect(await second.countDocuments("releases")).to.equal(1);
    const files = await readdir(dataDir);
    expect(
      files.filter((file) => file.includes("tmp") || file.includes("orphan")),
    ).to.deep.equal([]);
    await second.close();
  });

  it("open when a swap and a deletion happened then disk matches memory", async function () {
    const first = await open();
    await first.ensureIndex("live", INDEX_SETTINGS);
    await first.upsert("live", [buildDocument({ id: "old-1" })]);
    await first.ensureIndex("temp", INDEX_SETTINGS);
    await first.upsert("temp", [
      buildDocument({ id: "new-1" }),
      buildDocument({ id: "new-2" }),
    ]);
    await first.close();
    const second = await open();
    await second.swap("live", "temp");
    await second.deleteIndex("temp");
    await second.close();

    const third = await open();
    expect(await third.listIndexes("")).to.deep.equal(["live"]);
    expect(await third.countDocuments("live")).to.equal(2);
    await third.close();
  });

  it("open when a snapshot is unreadable then skips that index with a warning", async function () {
    const first = await open();
    await first.ensureIndex("releases", INDEX_SETTINGS);
    await first.close();
    const [snapshot] = (await readdir(dataDir)).filter((file) =>
      file.startsWith("index-"),
    );
    await writeFile(join(dataDir, snapshot!), "not json\n");

    const second = await open();
    expect(await second.countDocuments("releases")).to.equal(null);
    expect(warnings).to.have.length(1);
    await second.close();
  });

  it("close when writes are pending then flushes them before resolving", async function () {
    const engine = await openEmbeddedEngine({
      dataDir,
      logger,
      snapshotDelayMs: 60_000,
    });
    await engine.ensureIndex("releases", INDEX_SETTINGS);
    await engine.upsert("releases", [buildDocument()]);
    await engine.close();
    const reopened = await open();
    expect(await reopened.countDocuments("releases")).to.equal(1);
    await reopened.close();
  });
});
