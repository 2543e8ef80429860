import { AppError } from "../errors/app-error.js";

/**
 * Rejects with `engine_timeout` when `work` takes longer than `ms`, so that a slow
 * or hung engine becomes a 503 rather than a hanging request. The work itself is
 * not cancelled; its late result is ignored.
 */
export async function withTimeout<T>(
  work: Promise<T>,
  ms: number,
  what: string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(
        new AppError(
          "engine_timeout",
          `The search engine did not answer ${what} within ${ms} ms`,
        ),
      );
    }, ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
