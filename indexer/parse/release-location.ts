import { isKnownNonPerson } from "../names/gazetteer.js";

const PLACE_WORD = "\\p{Lu}[\\p{L}’'-]*";
/** "… in Tashkent." / "… in St Petersburg, …" / "In Novo-Ogaryovo, …" */
const IN_PLACE = new RegExp(
  `(?:^|\\s)[Ii]n\\s+(?:the\\s+)?(${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,2})(?=[.,;]|\\s+on\\s|\\s+from\\s|$)`,
  "u",
);
const NOT_PLACES = new Set([
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
  "Addition",
  "Particular",
  "General",
  "Brief",
  "Short",
  "Conclusion",
  "Response",
  "Turn",
  "Fact",
  "Principle",
  "Total",
  "Russian",
  "English",
  "Chinese",
  "Addition",
  "Future",
  "Person",
  "Writing",
  "Advance",
  "Practice",
]);

/**
 * Where the event of a release happened, when its lede's first sentence says so
 * ("… met with Russian Foreign Minister Sergey Lavrov in Tashkent.").
 *
 * @param lede - the first body paragraph
 */
export function findLocation(lede: string): string | null {
  const firstSentence = lede.split(/(?<=[.!?])\s/, 1)[0] ?? "";
  const match = IN_PLACE.exec(firstSentence);
  const place = match?.[1];
  if (place === undefined) return null;
  const first = place.split(/\s/, 1)[0] ?? "";
  if (NOT_PLACES.has(first)) return null;
  if (
    isKnownNonPerson(place) &&
    !/^\p{Lu}[\p{Ll}’'-]+(?:\s\p{Lu}[\p{Ll}’'-]+)*$/u.test(place)
  ) {
    return null;
  }
  return place;
}
