/**
 * Remembers a pure function of a string, for names and phrases that repeat across releases.
 *
 * @remarks Emptied when `capacity` keys are held, so memory stays bounded on any corpus; on
 * these hot paths that is cheaper than least-recently-used bookkeeping on every hit.
 */
export function cappedMemo<V>(
  compute: (key: string) => V,
  capacity: number,
): (key: string) => V {
  const values = new Map<string, V>();
  return (key) => {
    const cached = values.get(key);
    if (cached !== undefined || values.has(key)) return cached as V;
    if (values.size >= capacity) values.clear();
    const value = compute(key);
    values.set(key, value);
    return value;
  };
}
