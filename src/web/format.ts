/** Display formats: dates, counts and plurals in British English, as the releases are written. */

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const numberFormat = new Intl.NumberFormat("en-GB");

/**
 * "15 July 2021" for "2021-07-15"; the input itself when it is not a date.
 *
 * @param isoDate - a `YYYY-MM-DD` date
 */
export function formatDate(isoDate: string): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(time) ? isoDate : dateFormat.format(time);
}

/** "1,234". */
export function formatCount(count: number): string {
  return numberFormat.format(count);
}

/**
 * "1 sentence", "2 sentences".
 *
 * @param count - how many
 * @param singular - the noun for one
 * @param plural - the noun for several (default: singular + "s")
 */
export function plural(
  count: number,
  singular: string,
  plural = `${singular}s`,
): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}
