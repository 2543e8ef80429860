const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December)";

/** "July 15, 2021" and "15 July 2021". */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`);
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`);
/** The lede gives the event date only when it opens with it: "On July 15, 2021 local time, …". */
const LEDE_OPENING = /^On\s+/;
const FILE_DATE = /(?:^|[\\/])(\d{4})-(\d{2})-(\d{2})(?=[-_.])/;

/**
 * The date of a release: from a lede that opens with a full date, else from a full date in
 * the title, else from a `YYYY-MM-DD-` file name prefix.
 *
 * @returns `YYYY-MM-DD`, or undefined when none of the three gives a valid date
 */
export function findReleaseDate(
  lede: string,
  title: string,
  source: string,
): string | undefined {
  const fromLede = LEDE_OPENING.test(lede)
    ? readDate(lede.slice(0, 40))
    : undefined;
  return fromLede ?? readDate(title) ?? readFileDate(source);
}

function readDate(text: string): string | undefined {
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy !== null) return toIsoDate(mdy[3], mdy[1], mdy[2]);
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy !== null) return toIsoDate(dmy[3], dmy[2], dmy[1]);
  return undefined;
}

function readFileDate(source: string): string | undefined {
  const match = FILE_DATE.exec(source);
  if (match === null) return undefined;
  return validDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

function toIsoDate(
  year: string | undefined,
  monthName: string | undefined,
  day: string | undefined,
): string | undefined {
  const month = MONTHS.indexOf((monthName ?? "").toLowerCase()) + 1;
  return validDate(Number(year), month, Number(day));
}

/** `YYYY-MM-DD` when the parts make a real calendar date. */
export function validDate(
  year: number,
  month: number,
  day: number,
): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    !Number.isInteger(year) ||
    year < 1000 ||
    year > 9999 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}
