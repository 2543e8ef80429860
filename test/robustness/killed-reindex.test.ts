import { existsSync, readdirSync, readFileSync, watch } from "node:fs";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import { INDEX_SETTINGS } from "../../config/index-settings.js";
import { openEmbeddedEngine } from "../../src/engines/embedded/embedded-engine.js";
import { buildDocument } from "../builders.js";
import { fetchRaw } from "./raw-http.js";
import {
  SAMPLES_DIR,
  SHARED_CORPUS,
  SOAK,
  makeReleasesDir,
  scaled,
} from "./robustness-harness.js";
import {
  spawnApi,
  spawnBuilt,
  type SpawnedProcess,
} from "./spawned-process.js";

const LIVE = "releases";

interface DiskState {
  readonly entries: readonly string[];
  readonly manifest: string;
}

/** Where in a full rebuild the indexer is killed, recognised from DATA_DIR alone. */
const KILL_POINTS: Record<string, (state: DiskState) => boolean> = {
  "while the new index is built in memory (lock taken)": (s) =>
    s.entries.some((e) => e.endsWith(".reindex.lock")),
  "while a snapshot temp file is being written": (s) =>
    s.entries.some((e) => e.startsWith("index-") && e.includes(".tmp-")),
  "while the manifest names the temp index": (s) =>
    s.manifest.includes(`${LIVE}__tmp_`),
};

function diskState(dataDir: string): DiskState {
  const read = <T>(work: () => T, fallback: T): T => {
    try {
      return work();
    } catch {
      return fallback;
    }
  };
  return {
    entries: read(() => readdirSync(dataDir), []),
    manifest: read(
      () => readFileSync(path.join(dataDir, "manifest.json"), "utf8"),
      "",
    ),
  };
}

/**
 * SIGKILLs the process as soon as DATA_DIR shows `point` (checked synchronously
 * on every change inotify reports, and every few ms); false when it exited first.
 */
function killWhen(
  indexer: SpawnedProcess,
  dataDir: string,
  point: (state: DiskState) => boolean,
): Promise<boolean> {
  return new Promise((resolve) => {
    let done = false;
    const check = () => {
      if (done || !point(diskState(dataDir))) return;
      indexer.child.kill("SIGKILL");
      stop(true);
    };
    const watcher = watch(dataDir, check);
    const timer = setInterval(check, 2);
    const stop = (killed: boolean) => {
      if (done) return;
      done = true;
      watcher.close();
      clearInterval(timer);
      resolve(killed);
    };
    void indexer.exited.then(() => {
      stop(false);
    });
  });
}

/** Live documents and temp indexes of DATA_DIR, as a restarted engine loads them. */
async function reopen(dataDir: string) {
  const engine = await openEmbeddedEngine({ dataDir });
  try {
    return {
      live: await engine.countDocuments(LIVE),
      temps: await engine.listIndexes(`${LIVE}__tmp_`),
      leftoverFiles: (await readdir(dataDir)).filter((e) =>
        e.includes(".tmp-"),
      ),
    };
  } finally {
    await engine.close();
  }
}

/**
 * The killed indexer's lock goes stale only after proper-lockfile's 30 s; the
 * soak run waits for that, `npm test` removes it as an operator would.
 */
async function takeOverLock(dataDir: string): Promise<void> {
  for (const entry of await readdir(dataDir))
    if (entry.endsWith(".reindex.lock"))
      await rm(path.join(dataDir, entry), { recursive: true, force: true });
}

function runIndexer(dataDir: string, args: readonly string[]): SpawnedProcess {
  return spawnBuilt("dist/indexer/main.js", args, {
    DATA_DIR: dataDir,
    LOG_LEVEL: "info",
    WATCH_RELEASES: "false",
  });
}

describe("killed reindex (embedded engine snapshots)", function () {
  this.timeout(120_000);
  let work: string;
  let baseline: string;
  let newReleases: string;
  let oldCount: number;
  let newCount: number;

  before(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), "robustness-kill-"));
    baseline = path.join(work, "baseline");
    // Soak runs rebuild from the shared corpus when this machine has it (6,395 Kremlin releases).
    const corpus = path.join(SHARED_CORPUS, "kremlin-en");
    newReleases =
      SOAK && existsSync(corpus) ? corpus : path.join(work, "new-releases");
    if (newReleases !== corpus)
      await makeReleasesDir(newReleases, scaled(1, 6));
    const initial = runIndexer(baseline, ["--full", SAMPLES_DIR]);
    expect((await initial.exited).code, initial.output()).to.equal(0);
    oldCount = (await reopen(baseline)).live ?? 0;
    const probe = path.join(work, "probe");
    await cp(baseline, probe, { recursive: true });
    const full = runIndexer(probe, ["--full", newReleases]);
    expect((await full.exited).code, full.output()).to.equal(0);
    newCount = (await reopen(probe)).live ?? 0;
    expect(newCount).to.be.greaterThan(oldCount);
  });
  after(async () => rm(work, { recursive: true, force: true }));

  it("API restart when DATA_DIR holds a temp index left by a killed reindex then it serves the live index and its startup sync deletes the temp index", async () => {
    const dataDir = path.join(work, "api-restart");
    await cp(baseline, dataDir, { recursive: true });
    const leftover = await openEmbeddedEngine({ dataDir });
    await leftover.ensureIndex(`${LIVE}__tmp_killed`, INDEX_SETTINGS);
    await leftover.upsert(`${LIVE}__tmp_killed`, [
      buildDocument({ id: "half-built" }),
    ]);
    await leftover.close();

    const api = await spawnApi({
      DATA_DIR: dataDir,
      RELEASES_DIR: SAMPLES_DIR,
      WATCH_RELEASES: "false",
    });
    const ready = await fetchRaw(`${api.url}/readyz`);
    await api.waitForLine(/reindex finished/);
    api.child.kill("SIGTERM");
    const exit = await api.exited;
    const afterRestart = await reopen(dataDir);

    expect(ready.status).to.equal(200);
    expect(JSON.parse(ready.text)).to.include({ documents: oldCount });
    expect(exit.code).to.equal(0);
    expect(afterRestart.live).to.equal(oldCount);
    expect(afterRestart.temps).to.deep.equal([]);
  });

  for (const [name, point] of Object.entries(KILL_POINTS)) {
    it(`full reindex when SIGKILLed ${name} then a restart serves the old or the new index whole, and the next run leaves no temp index or file`, async () => {
      const dataDir = path.join(work, name.replace(/\W+/g, "-"));
      // The later points last a few ms: when the run got past one before the kill, try again.
      let killed = false;
      for (let attempt = 0; attempt < 3 && !killed; attempt += 1) {
        await rm(dataDir, { recursive: true, force: true });
        await cp(baseline, dataDir, { recursive: true });
        const indexer = runIndexer(dataDir, ["--full", newReleases]);
        killed = await killWhen(indexer, dataDir, point);
        await indexer.exited;
      }
      const afterKill = await reopen(dataDir);
      if (!SOAK) await takeOverLock(dataDir);
      const rerun = runIndexer(dataDir, [SAMPLES_DIR]);
      const rerunExit = await rerun.exited;
      const afterRerun = await reopen(dataDir);

      expect(killed, `the indexer finished before "${name}"`).to.equal(true);
      expect(afterKill.live, "live documents after the kill").to.be.oneOf([
        oldCount,
        newCount,
      ]);
      expect(afterKill.leftoverFiles).to.deep.equal([]);
      expect(rerunExit.code, rerun.output()).to.equal(0);
      expect(afterRerun.live).to.equal(oldCount);
      expect(afterRerun.temps).to.deep.equal([]);
      expect(afterRerun.leftoverFiles).to.deep.equal([]);
    });
  }
});
