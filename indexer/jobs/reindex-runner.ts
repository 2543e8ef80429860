import { randomBytes } from "node:crypto";
import type { ReindexJob, Reindexer } from "./reindexer.js";
import {
  reindex,
  type IndexTarget,
  type LoadedInput,
  type ReindexSummary,
} from "./index-releases.js";
import type { CrossProcessLock } from "./reindex-lock.js";

/** Jobs remembered for `GET /v1/admin/reindex/{jobId}`. */
export const REMEMBERED_JOBS = 100;

export interface ReindexRunnerOptions {
  readonly target: IndexTarget;
  /** Reads the releases to index (the whole releases folder). */
  readonly loadAll: () => Promise<LoadedInput>;
  /** Held around every job, so reindexes of several processes never overlap. */
  readonly lock?: CrossProcessLock;
  readonly onJobFinished?: (job: ReindexJob) => void;
}

export interface ReindexRunner extends Reindexer {
  /** Runs work in the same queue, under the same lock, as jobs (watch batches use it). */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Queues a job and waits for its end. */
  runNow(trigger: string, options: { full: boolean }): Promise<ReindexJob>;
  /** Resolves once every queued and running job has ended. */
  idle(): Promise<void>;
}

interface Job {
  view: ReindexJob;
  done: Promise<void>;
}

/**
 * Runs reindex jobs one at a time, in order. A job asked for while a job of the
 * same mode is still queued joins that one rather than piling up; otherwise it
 * waits (status `queued`) behind the running one. Each job logs a summary.
 */
export function createReindexRunner(
  options: ReindexRunnerOptions,
): ReindexRunner {
  const { target } = options;
  const jobs = new Map<string, Job>();
  let tail: Promise<unknown> = Promise.resolve();
  let queued: Job | undefined;

  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = tail.then(async () => {
      const release = await options.lock?.acquire();
      try {
        return await work();
      } finally {
        await release?.();
      }
    });
    tail = run.catch(() => undefined);
    return run;
  }

  function enqueue(trigger: string, full: boolean): Job {
    const mode = full ? "full" : "incremental";
    if (queued?.view.mode === mode) return queued;
    const job: Job = { view: newView(trigger, mode), done: Promise.resolve() };
    job.done = exclusive(async () => {
      if (queued === job) queued = undefined;
      job.view = {
        ...job.view,
        status: "running",
        startedAt: new Date().toISOString(),
      };
      try {
        finish(
          job,
          await reindex(target, await options.loadAll(), { full }),
          null,
        );
      } catch (err) {
        finish(job, null, err);
      }
    });
    queued = job;
    jobs.set(job.view.jobId, job);
    for (const id of jobs.keys()) {
      if (jobs.size <= REMEMBERED_JOBS) break;
      jobs.delete(id);
    }
    return job;
  }

  function finish(
    job: Job,
    summary: ReindexSummary | null,
    err: unknown,
  ): void {
    const error =
      err === null
        ? null
        : err instanceof Error
          ? err.message
          : JSON.stringify(err);
    job.view = {
      ...job.view,
      status: error === null ? "succeeded" : "failed",
      finishedAt: new Date().toISOString(),
      documents: summary?.documents ?? null,
      error,
      mode: summary?.mode ?? job.view.mode,
      summary:
        summary === null
          ? null
          : {
              added: summary.added,
              updated: summary.updated,
              deleted: summary.deleted,
              unchanged: summary.unchanged,
              failedFiles: summary.failedFiles,
              durationMs: summary.durationMs,
            },
    };
    target.log(error === null ? "reindex finished" : "reindex failed", {
      jobId: job.view.jobId,
      trigger: job.view.trigger,
      mode: job.view.mode,
      documents: job.view.documents,
      ...job.view.summary,
      ...(error !== null && { error }),
    });
    options.onJobFinished?.(job.view);
  }

  return {
    exclusive,
    start: (trigger) => Promise.resolve(enqueue(trigger, true).view),
    get: (jobId) => Promise.resolve(jobs.get(jobId)?.view),
    async runNow(trigger, { full }) {
      const job = enqueue(trigger, full);
      await job.done;
      return job.view;
    },
    async idle() {
      await tail;
    },
  };
}

function newView(trigger: string, mode: "full" | "incremental"): ReindexJob {
  return {
    jobId: `job_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`,
    status: "queued",
    startedAt: null,
    finishedAt: null,
    documents: null,
    error: null,
    trigger,
    mode,
    summary: null,
  };
}
