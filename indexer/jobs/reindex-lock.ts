import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import lockfile from "proper-lockfile";
import { AppError } from "../../src/errors/app-error.js";

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
 * @param onCompromised - called if another process took the lock over while held
 */
export function createFileLock(
  dir: string,
  name: string,
  waitMs = 10 * 60_000,
  onCompromised: (err: Error) => void = () => undefined,
): CrossProcessLock {
  const file = path.join(dir, `${name}.reindex`);
  const retryMs = Math.min(1_000, Math.max(25, Math.round(waitMs / 20)));
  return {
    async acquire() {
      await mkdir(dir, { recursive: true });
      await writeFile(file, "", { flag: "a" });
      try {
        const release = await lockfile.lock(file, {
          stale: 30_000,
          // Another process took the lock over (we were stalled past `stale`): report, do not crash.
          onCompromised,
          update: 10_000,
          retries: {
            retries: Math.ceil(waitMs / retryMs),
            minTimeout: retryMs,
            maxTimeout: retryMs,
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
