import { once } from "node:events";
import type { Writable } from "node:stream";

/** Writes lines to a stream, waiting for `drain` when the stream's buffer is full. */
export interface LineWriter {
  /** Writes the lines; resolves once the stream accepts more. False once the reader has gone (EPIPE). */
  write(lines: readonly string[]): Promise<boolean>;
}

/** What the stream's listeners have seen; they change it while `write` awaits. */
class StreamState {
  closed = false;
  failure: Error | undefined = undefined;

  check(): boolean {
    if (this.failure !== undefined) throw this.failure;
    return !this.closed;
  }
}

/**
 * Creates a writer with backpressure for a stream such as `process.stdout`.
 *
 * @remarks A closed pipe (`| head`) raises EPIPE: the writer then reports `false`
 * instead of throwing, so the caller can stop early and exit cleanly. Other stream
 * errors are thrown from the next `write`.
 */
export function createLineWriter(stream: Writable): LineWriter {
  const state = new StreamState();
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED") {
      state.closed = true;
    } else {
      state.failure = err;
    }
  });
  stream.on("close", () => {
    state.closed = true;
  });

  const waitForDrain = async (): Promise<void> => {
    const stop = new AbortController();
    try {
      await Promise.race([
        once(stream, "drain", { signal: stop.signal }),
        once(stream, "close", { signal: stop.signal }),
      ]);
    } catch {
      // The stream failed while we waited; the error listener has recorded why.
    } finally {
      stop.abort();
    }
  };

  return {
    async write(lines) {
      if (!state.check()) return false;
      if (lines.length === 0) return true;
      if (!stream.write(`${lines.join("\n")}\n`)) await waitForDrain();
      return state.check();
    },
  };
}
