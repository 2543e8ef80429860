import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import lockfile from "proper-lockfile";
import { AppError } from "../src/errors/app-error.js";

/** A lock that several processes (the watcher, a one-off CLI run, the API) respect. */
export interface CrossProcessLock {
  /** Waits for the lock, then resolves with its release function. */
  acquire(): Promise<() => Promise<void>>;
}

/**
 * A lock file in `dir` (proper-lockfile: an atomic mkdir, refreshed while held, and
 * taken over when stale, so a killed holder does not block reindexing forever).
 *
 * @param waitMs - how long a second reindex waits before failing with a clear error
 */
export function createFileLock(
  dir: string,
  name: string,
  waitMs = 10 * 60_000,
): CrossProcessLock {
  const file = path.join(dir, `${name}.reindex`);
  return {
    async acquire() {
      await mkdir(dir, { recursive: true });
      await writeFile(file, "", { flag: "a" });
      try {
        const release = await lockfile.lock(file, {
          stale: 30_000,
          update: 10_000,
          retries: {
            retries: Math.ceil(waitMs / 2_000),
            minTimeout: 2_000,
            maxTimeout: 2_000,
            factor: 1,
          },
        });
        return release;
      } catch (err) {
        throw new AppError(
          "conflict",
          `Another reindex holds the lock ${file}.lock and did not finish within ${Math.round(waitMs / 1000)} s`,
          { cause: err },
        );
      }
    },
  };
}
