import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { expect } from "chai";
import { INDEX_SETTINGS } from "../../../../config/index-settings.js";
import type { LoadedInput } from "../../../../indexer/jobs/index-releases.js";
import { createFileLock } from "../../../../indexer/jobs/reindex-lock.js";
import { createReindexRunner } from "../../../../indexer/jobs/reindex-runner.js";
import { createEmbeddedEngine } from "../../../../src/engines/embedded/embedded-engine.js";
import { buildDocument } from "../../../builders.js";

/** A load that takes `ms` and records how many loads run at once. */
function slowLoad(
  ms: number,
  gauge: { now: number; max: number },
): () => Promise<LoadedInput> {
  return async () => {
    gauge.now += 1;
    gauge.max = Math.max(gauge.max, gauge.now);
    await delay(ms);
    gauge.now -= 1;
    const doc = buildDocument({ id: "r-0", releaseId: "r", releaseHash: "h" });
    return {
      releases: [
        {
          source: "r.txt",
          releaseId: "r",
          releaseHash: "h",
          title: "R",
          documents: [doc],
        },
      ],
      errors: [],
    };
  };
}

const target = () => ({
  engine: createEmbeddedEngine(),
  indexName: "releases",
  settings: INDEX_SETTINGS,
  log: () => undefined,
});

describe("createReindexRunner", () => {
  it("runner when jobs are asked for while one runs then runs one at a time and joins the queued one", async () => {
    const gauge = { now: 0, max: 0 };
    const runner = createReindexRunner({
      target: target(),
      loadAll: slowLoad(60, gauge),
    });

    const first = await runner.start("admin");
    await delay(20);
    const second = await runner.start("admin");
    const third = await runner.start("schedule");
    await runner.idle();

    expect(first.status).to.equal("queued");
    expect((await runner.get(first.jobId))?.status).to.not.equal("queued");
    expect(third.jobId).to.equal(second.jobId);
    expect(third.jobId).to.not.equal(first.jobId);
    expect(gauge.max).to.equal(1);
    expect((await runner.get(first.jobId))?.status).to.equal("succeeded");
    expect((await runner.get(second.jobId))?.status).to.equal("succeeded");
  });

  it("runner when a job fails then reports failed with the reason, and later jobs still run", async () => {
    let calls = 0;
    const runner = createReindexRunner({
      target: target(),
      loadAll: async () => {
        calls += 1;
        if (calls === 1) throw new Error("releases folder is not mounted");
        return slowLoad(0, { now: 0, max: 0 })();
      },
    });

    const failed = await runner.runNow("admin", { full: true });
    const next = await runner.runNow("admin", { full: true });

    expect(failed).to.include({
      status: "failed",
      error: "releases folder is not mounted",
      documents: null,
    });
    expect(next).to.include({ status: "succeeded", documents: 1 });
    expect(next.summary).to.include({ added: 1, failedFiles: 0 });
  });

  it("runners of two processes when they share a lock file then never run at the same time", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "reindex-lock-"));
    try {
      const gauge = { now: 0, max: 0 };
      const runners = [1, 2].map(() =>
        createReindexRunner({
          target: target(),
          loadAll: slowLoad(80, gauge),
          lock: createFileLock(dir, "test"),
        }),
      );

      await Promise.all(runners.map((r) => r.runNow("admin", { full: true })));

      expect(gauge.max).to.equal(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("lock when another holder keeps it past the wait then fails with a clear conflict", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "reindex-lock-"));
    try {
      const release = await createFileLock(dir, "busy").acquire();
      let failure: unknown;
      await createFileLock(dir, "busy", 100)
        .acquire()
        .catch((err: unknown) => {
          failure = err;
        });
      await release();

      expect(String(failure)).to.match(/Another reindex holds the lock/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
