/** Decides which occurrences of a repeated event are logged. */
export interface RepeatCollapser {
  /**
   * True for the first occurrence of `key` in a window (log it); false for the
   * repeats, which are counted and reported once when the window ends.
   */
  admit(key: string): boolean;
}

/** Beyond this many distinct keys in one window, everything is logged. */
const MAX_KEYS = 1_000;

/**
 * Collapses repeats of the same event (an engine outage failing every
 * request): the first occurrence is logged, the next ones within `windowMs`
 * only counted, and `onRepeats(key, count)` reports the count when the window
 * closes. The next occurrence after that opens a new window.
 */
export function createRepeatCollapser(options: {
  windowMs: number;
  onRepeats: (key: string, count: number) => void;
}): RepeatCollapser {
  const open = new Map<string, { count: number }>();
  return {
    admit(key) {
      const window = open.get(key);
      if (window !== undefined) {
        window.count += 1;
        return false;
      }
      if (open.size >= MAX_KEYS) return true;
      const opened = { count: 0 };
      open.set(key, opened);
      setTimeout(() => {
        open.delete(key);
        if (opened.count > 0) options.onRepeats(key, opened.count);
      }, options.windowMs).unref();
      return true;
    },
  };
}
