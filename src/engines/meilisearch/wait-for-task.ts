import { setTimeout as sleep } from "node:timers/promises";
import {
  taskFailedError,
  taskTimeoutError,
  type TaskSummary,
} from "./translate-error.js";

const MAX_POLL_INTERVAL_MS = 1_000;

export interface TaskWaitOptions {
  /** Fetches a task (`GET /tasks/{uid}`), throwing `AppError`s. */
  readonly getTask: (taskUid: number, action: string) => Promise<TaskSummary>;
  /** Longest wait for one task. */
  readonly timeoutMs: number;
  /** First pause between polls; it doubles up to 1 s. */
  readonly firstPollMs: number;
}

/**
 * Polls a task until it leaves `enqueued`/`processing`.
 *
 * @remarks
 * Polled here rather than with the client's `waitForTask`, which leaves its timer
 * running when a poll fails (holding the process open for the whole timeout) and
 * sends its polls without the request timeout.
 *
 * @throws AppError `engine_timeout` naming the task and its last status when the
 *   wait runs out (the task is not canceled and may still finish)
 */
export async function waitForTask(
  taskUid: number,
  action: string,
  options: TaskWaitOptions,
): Promise<TaskSummary> {
  const deadline = performance.now() + options.timeoutMs;
  for (
    let pause = options.firstPollMs;
    ;
    pause = Math.min(pause * 2, MAX_POLL_INTERVAL_MS)
  ) {
    const task = await options.getTask(taskUid, action);
    if (task.status !== "enqueued" && task.status !== "processing") return task;
    const remaining = deadline - performance.now();
    if (remaining <= 0) throw taskTimeoutError(task, options.timeoutMs, action);
    await sleep(Math.min(pause, remaining));
  }
}

/**
 * Checks how a task ended.
 *
 * @param tolerated - an error code that counts as done (`index_already_exists`)
 * @throws AppError `internal` naming the task, with Meilisearch's message and code,
 *   when it ended `failed` or `canceled`
 */
export function checkTaskSucceeded(
  task: TaskSummary,
  action: string,
  tolerated?: string,
): void {
  const toleratedFailure =
    tolerated !== undefined && task.error?.code === tolerated;
  if (task.status !== "succeeded" && !toleratedFailure)
    throw taskFailedError(task, action);
}
