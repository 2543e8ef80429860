/**
 * Keeps the `limit` smallest (key, ordinal) pairs seen, for paging without
 * sorting every hit: O(n log limit).
 */
export class TopK {
  private readonly keys: number[] = [];
  private readonly ordinals: number[] = [];

  constructor(private readonly limit: number) {}

  /** Offers a candidate; ties on `key` go to the smaller ordinal. */
  offer(key: number, ordinal: number): void {
    if (this.limit <= 0) return;
    if (this.keys.length < this.limit) {
      this.keys.push(key);
      this.ordinals.push(ordinal);
      this.siftUp(this.keys.length - 1);
    } else if (this.before(key, ordinal, 0)) {
      this.keys[0] = key;
      this.ordinals[0] = ordinal;
      this.siftDown(0);
    }
  }

  /** The kept ordinals, best first. */
  sorted(): number[] {
    const pairs = this.keys.map((key, i) => [key, this.ordinals[i] ?? 0]);
    pairs.sort(([ka = 0, oa = 0], [kb = 0, ob = 0]) => ka - kb || oa - ob);
    return pairs.map(([, ordinal = 0]) => ordinal);
  }

  /** True when (key, ordinal) ranks before the entry at `i`. */
  private before(key: number, ordinal: number, i: number): boolean {
    const other = this.keys[i] ?? Infinity;
    return key < other || (key === other && ordinal < (this.ordinals[i] ?? 0));
  }

  private entryBefore(a: number, b: number): boolean {
    return this.before(this.keys[a] ?? Infinity, this.ordinals[a] ?? 0, b);
  }

  // A max-heap on (key, ordinal): the root is the worst entry kept.
  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.entryBefore(parent, i)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const n = this.keys.length;
    for (;;) {
      let worst = i;
      const left = 2 * i + 1;
      const right = left + 1;
      if (left < n && this.entryBefore(worst, left)) worst = left;
      if (right < n && this.entryBefore(worst, right)) worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(a: number, b: number): void {
    const key = this.keys[a] ?? 0;
    const ordinal = this.ordinals[a] ?? 0;
    this.keys[a] = this.keys[b] ?? 0;
    this.ordinals[a] = this.ordinals[b] ?? 0;
    this.keys[b] = key;
    this.ordinals[b] = ordinal;
  }
}
