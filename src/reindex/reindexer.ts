import type { ReindexJobResponse } from "../api/response-schemas.js";

/** What the admin routes need from whoever runs reindex jobs (in process or remotely). */
export interface Reindexer {
  /** Starts a full reindex, or queues it behind the running one. */
  start(trigger: string): Promise<ReindexJobResponse>;
  /** The job's state, or undefined when no job has that id. */
  get(jobId: string): Promise<ReindexJobResponse | undefined>;
}
