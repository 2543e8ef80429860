import type { EmbeddedIndex } from "./embedded-index.js";
import type {
  IndexSnapshot,
  SnapshotLogger,
  SnapshotStore,
} from "./snapshot-store.js";

/**
 * Keeps the snapshots in step with the indexes: writes are debounced (one
 * snapshot per dirty index after `delayMs` of quiet), swaps and deletions go to
 * disk at once, and every disk operation runs one at a time, in call order.
 */
export class SnapshotWriter {
  private readonly dirty = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: SnapshotStore,
    private readonly indexOf: (name: string) => EmbeddedIndex | undefined,
    private readonly delayMs: number,
    private readonly logger?: SnapshotLogger,
  ) {}

  /** Schedules a snapshot of `name`. */
  markDirty(name: string): void {
    this.dirty.add(name);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush().catch((error: unknown) => {
        this.logger?.warn(
          { err: error },
          "index snapshot failed; will retry on the next write",
        );
      });
    }, this.delayMs);
    this.timer.unref();
  }

  /** Records a swap on disk; pending snapshots follow their data. */
  swap(a: string, b: string): Promise<void> {
    const aDirty = this.dirty.delete(a);
    const bDirty = this.dirty.delete(b);
    if (aDirty) this.dirty.add(b);
    if (bDirty) this.dirty.add(a);
    return this.enqueue(() => this.store.swap(a, b));
  }

  /** Deletes an index's snapshot. */
  remove(name: string): Promise<void> {
    this.dirty.delete(name);
    return this.enqueue(() => this.store.remove(name));
  }

  /** Writes every pending snapshot now. */
  flush(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    return this.enqueue(async () => {
      for (const name of [...this.dirty]) {
        const index = this.indexOf(name);
        this.dirty.delete(name);
        if (index === undefined) continue;
        const snapshot: IndexSnapshot = {
          settings: index.settings,
          documents: index.liveDocuments(),
        };
        try {
          await this.store.write(name, snapshot);
        } catch (error) {
          this.dirty.add(name);
          throw error;
        }
      }
    });
  }

  private enqueue(operation: () => Promise<void>): Promise<void> {
    const run = this.queue.then(operation);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
