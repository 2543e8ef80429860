/**
 * Runs an async task at most once at a time, debounced, and aborts the
 * previous run whenever a new one is asked for, so stale answers never land.
 */
export interface LatestOnly {
  /** Aborts the run in flight and starts a new one after `delayMs`. */
  schedule(delayMs: number): void;
  /** Aborts the run in flight and starts a new one now. */
  now(): void;
  /** Aborts the run in flight and any pending one. */
  cancel(): void;
}

/**
 * @param task - the work; it must honour `signal` (pass it to fetch)
 * @param onError - called with failures of the latest run only (not aborts)
 */
export function latestOnly(
  task: (signal: AbortSignal) => Promise<void>,
  onError: (error: unknown) => void,
): LatestOnly {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;

  function cancel(): void {
    clearTimeout(timer);
    timer = undefined;
    controller?.abort();
    controller = undefined;
  }

  function start(): void {
    cancel();
    const current = new AbortController();
    controller = current;
    task(current.signal).catch((error: unknown) => {
      if (!current.signal.aborted) onError(error);
    });
  }

  return {
    schedule(delayMs) {
      cancel();
      timer = setTimeout(start, delayMs);
    },
    now: start,
    cancel,
  };
}
