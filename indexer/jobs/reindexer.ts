/**
 * A reindex job as the runner tracks it. The admin routes send it as is: the
 * API's `ReindexJob` schema is checked against this type where it is sent.
 */
export interface ReindexJob {
  readonly jobId: string;
  readonly status: "queued" | "running" | "succeeded" | "failed";
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  /** Documents in the index after the job. */
  readonly documents: number | null;
  readonly error: string | null;
  /** What started the job: admin, schedule, watch, startup. */
  readonly trigger: string;
  readonly mode: "full" | "incremental" | null;
  readonly summary: {
    readonly added: number;
    readonly updated: number;
    readonly deleted: number;
    readonly unchanged: number;
    readonly failedFiles: number;
    readonly durationMs: number;
  } | null;
}

/** What the admin routes need from whoever runs reindex jobs (in process or remotely). */
export interface Reindexer {
  /** Starts a full reindex, or queues it behind the running one. */
  start(trigger: string): Promise<ReindexJob>;
  /** The job's state, or undefined when no job has that id. */
  get(jobId: string): Promise<ReindexJob | undefined>;
}
