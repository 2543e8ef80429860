/**
 * Facet and filter values stored per document ordinal as small integers, so
 * that filters and facet counts scan typed arrays instead of objects.
 */

/** Distinct values of one attribute, each with a stable small id. */
export class ValueDictionary {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  idOf(value: string): number | undefined {
    return this.ids.get(value);
  }

  /** The id of `value`, adding it when new. */
  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  /** The stored instance of an equal string, so documents share one copy. */
  canonical(value: string): string {
    return this.values[this.intern(value)] ?? value;
  }
}

/** One value (or none, -1) per ordinal. */
export class SingleValueColumn {
  readonly dictionary = new ValueDictionary();
  ids = new Int32Array(1024).fill(-1);

  set<T extends string | null>(ordinal: number, value: T): T {
    this.ids = growInt32(this.ids, ordinal + 1, -1);
    if (value === null) {
      this.ids[ordinal] = -1;
      return value;
    }
    const id = this.dictionary.intern(value);
    this.ids[ordinal] = id;
    return (this.dictionary.values[id] ?? value) as T;
  }

  clear(ordinal: number): void {
    if (ordinal < this.ids.length) this.ids[ordinal] = -1;
  }
}

const NO_VALUES = new Int32Array(0);
const NO_STRINGS: readonly string[] = Object.freeze([]);

/** Several distinct values per ordinal (for `mentions`). */
export class MultiValueColumn {
  readonly dictionary = new ValueDictionary();
  readonly ids: (Int32Array | undefined)[] = [];

  /**
   * Stores the values of `ordinal`; returns them frozen, with shared string
   * instances. Most sentences mention nothing: they share one empty array.
   */
  set(ordinal: number, values: readonly string[]): readonly string[] {
    if (values.length === 0) {
      this.ids[ordinal] = NO_VALUES;
      return NO_STRINGS;
    }
    const unique = [...new Set(values)];
    this.ids[ordinal] = Int32Array.from(unique, (value) =>
      this.dictionary.intern(value),
    );
    // Pushed, not mapped: a frozen Array#map result gets a hidden class of its own.
    const canonical: string[] = [];
    for (const value of values)
      canonical.push(this.dictionary.canonical(value));
    return Object.freeze(canonical);
  }

  clear(ordinal: number): void {
    this.ids[ordinal] = undefined;
  }
}

/** `array` itself when long enough, else a copy with room for `length` (doubling). */
export function growInt32(
  array: Int32Array<ArrayBuffer>,
  length: number,
  fill = 0,
): Int32Array<ArrayBuffer> {
  if (length <= array.length) return array;
  const grown = new Int32Array(Math.max(length, array.length * 2)).fill(fill);
  grown.set(array);
  return grown;
}

/** Like {@link growInt32}, for float columns. */
export function growFloat64(
  array: Float64Array<ArrayBuffer>,
  length: number,
): Float64Array<ArrayBuffer> {
  if (length <= array.length) return array;
  const grown = new Float64Array(Math.max(length, array.length * 2));
  grown.set(array);
  return grown;
}

/** Like {@link growInt32}, for bitsets (`bits` is a count of ordinals). */
export function growBits(
  array: Uint32Array<ArrayBuffer>,
  bits: number,
): Uint32Array<ArrayBuffer> {
  const words = Math.ceil(bits / 32);
  if (words <= array.length) return array;
  const grown = new Uint32Array(Math.max(words, array.length * 2));
  grown.set(array);
  return grown;
}
