import {
  copyFile,
  mkdtemp,
  readFile,
  rm,
  unlink,
  writeFile,
} from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import { loadConfig } from "../../../../config/config.js";
import {
  startIndexing,
  type Indexing,
} from "../../../../indexer/jobs/start-indexing.js";
import type { WatchSummary } from "../../../../indexer/jobs/watch-releases.js";
import {
  openEmbeddedEngine,
  type EmbeddedEngine,
} from "../../../../src/engines/embedded/embedded-engine.js";
import { buildQuery } from "../../../builders.js";
import { SEED_FILE } from "../../../api/api-harness.js";

describe("watch mode", function () {
  this.timeout(30_000);
  let dir: string;
  let engine: EmbeddedEngine;
  let indexing: Indexing;
  const batches: WatchSummary[] = [];
  let waiters: ((s: WatchSummary) => void)[] = [];

  const nextBatch = () =>
    new Promise<WatchSummary>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error("no watch batch within 10 s")),
        10_000,
      );
      waiters.push((summary) => {
        clearTimeout(timer);
        resolve(summary);
      });
    });
  const count = async () => engine.countDocuments("releases");
  const total = async (q: string) =>
    (await engine.search("releases", buildQuery({ q }))).total;

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "watch-releases-"));
    await copyFile(SEED_FILE, path.join(dir, "seed.txt"));
    const config = loadConfig({
      RELEASES_DIR: dir,
      WATCH_DEBOUNCE_MS: "150",
      DATA_DIR: path.join(dir, ".data"),
    });
    engine = await openEmbeddedEngine();
    indexing = startIndexing({
      config,
      engine,
      log: () => undefined,
      watch: true,
      onWatchBatch: (summary) => {
        batches.push(summary);
        const current = waiters;
        waiters = [];
        for (const w of current) w(summary);
      },
    });
    await indexing.initial;
    await indexing.watcher?.ready;
  });
  after(async () => {
    await indexing.close();
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  });

  const seedText = () => readFile(SEED_FILE, "utf8");
  const otherRelease = async (replace: [string, string][] = []) => {
    let text = (await seedText()).replace(
      "Wang Yi Meets with Russian Foreign Minister",
      "Wang Yi Talks with Russian Foreign Minister",
    );
    for (const [from, to] of replace) text = text.replace(from, to);
    return text;
  };

  it("watch when a file is added then its release becomes searchable", async () => {
    const batch = nextBatch();
    await writeFile(path.join(dir, "other.txt"), await otherRelease());

    expect(await batch).to.include({ upserted: 1, deleted: 0, failedFiles: 0 });
    expect(await count()).to.equal(38);
  });

  it("watch when a file changes then only that release's documents are replaced", async () => {
    const batch = nextBatch();
    await writeFile(
      path.join(dir, "other.txt"),
      await otherRelease([
        ["Beijing 2022 Winter Olympic Games", "Harbin 2025 Asian Winter Games"],
      ]),
    );

    expect(await batch).to.include({ upserted: 1, unchanged: 0 });
    expect(await count()).to.equal(38);
    expect(await total("Harbin")).to.equal(1);
    expect(await total("Olympic")).to.equal(1);
  });

  it("watch when a file becomes unreadable then its indexed release is kept", async () => {
    const batch = nextBatch();
    await writeFile(
      path.join(dir, "other.txt"),
      Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x02, 0x00]),
    );

    expect(await batch).to.include({ failedFiles: 1, upserted: 0, deleted: 0 });
    expect(await total("Harbin")).to.equal(1);
  });

  it("watch when a file is removed then its release is deleted", async () => {
    const batch = nextBatch();
    await unlink(path.join(dir, "other.txt"));

    expect(await batch).to.include({ deleted: 1 });
    expect(await count()).to.equal(19);
    expect(await total("Harbin")).to.equal(0);
  });

  it("watch when a file is written many times quickly then applies one debounced batch", async () => {
    const before = batches.length;
    const batch = nextBatch();
    for (let i = 0; i < 5; i += 1)
      await writeFile(
        path.join(dir, "burst.txt"),
        await otherRelease([["Tashkent.", `Tashkent (${i}).`]]),
      );

    expect(await batch).to.include({ files: 1, upserted: 1 });
    expect(batches.length).to.equal(before + 1);
    expect(await count()).to.equal(38);
  });
});
