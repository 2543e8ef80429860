import { z } from "zod";
import locationsData from "../../config/locations.json" with { type: "json" };

const locationsSchema = z.object({
  cities: z.array(z.string().min(1)),
  venues: z.record(z.string(), z.string().min(1)),
  noLocationTitles: z.array(z.string().min(1)),
});

const locations = locationsSchema.parse(locationsData);
const CITIES = new Set(locations.cities);
const VENUES = new Map(Object.entries(locations.venues));
const NO_LOCATION = locations.noLocationTitles.map((p) => new RegExp(p, "i"));

const PLACE_WORD = "\\p{Lu}[\\p{L}’'.-]*";
/**
 * "in Tashkent", "at the Kremlin", "In Novo-Ogaryovo", "in the Kremlin’s St George Hall", "at his
 * Novo-Ogaryovo residence", "at the presidential residence of Bocharov Ruchei": up to four
 * capitalised words.
 */
const IN_OR_AT_PLACE = new RegExp(
  `(?:^|\\s)(?:[Ii]n|[Aa]t)\\s+(?:(?:the|his|her)\\s+)?(?:(?:presidential|country|official)\\s+residences?\\s+(?:of|in|at)\\s+)?(${PLACE_WORD}(?:\\s+(?:of\\s+(?:the\\s+)?)?${PLACE_WORD}){0,3})`,
  "gu",
);
const FIRST_SENTENCE = /(?<=[.!?])\s/;
const EVENT_PLACE =
  /\b(?:took place|take place|was held|were held|is held|are held|trip to|visit to)\b/;
const TRIP_TO = /\s(?:trip|visit) to\s/;
/** "here in Sochi", "here, in the Kremlin": a speaker saying where the event is. */
const HERE_IN = /\b[Hh]ere,?\s+(?=[Ii]n\s)/g;
/** How many paragraphs after the lede a speaker's "here in X" is looked for in. */
const HERE_PARAGRAPHS = 12;
const CLAUSE_END = /[,;:!?]|\.(?:\s|$)/;

/** One way to tell where a release's event took place; tried in order, the first answer wins. */
export interface LocationRule {
  readonly name: string;
  /**
   * A place (or null: the release has none); undefined when the rule does not decide.
   * `body` is the text of the paragraphs after the lede.
   */
  readonly find: (
    lede: string,
    title: string,
    body?: readonly string[],
  ) => string | null | undefined;
}

export const LOCATION_RULES: readonly LocationRule[] = [
  {
    name: "a telephone conversation, video conference, message, greetings, article or MFA press conference has no location",
    find: (lede, title) =>
      NO_LOCATION.some((p) => p.test(title)) ||
      /\b(?:telephone conversation|by (?:tele)?phone|via video ?(?:link|conference)|videoconference)\b/i.test(
        lede.split(FIRST_SENTENCE, 1)[0] ?? "",
      )
        ? null
        : undefined,
  },
  {
    name: "the lede's first sentence names a city or a venue ('in Tashkent', 'in the Kremlin' → Moscow)",
    find: (lede) => findPlace(lede.split(FIRST_SENTENCE, 1)[0] ?? ""),
  },
  {
    name: "a later sentence of the lede says where it took place ('The meeting was held in Sochi', '… as part of his trip to St Petersburg')",
    find: (lede) =>
      lede
        .split(FIRST_SENTENCE)
        .slice(1)
        .filter((sentence) => EVENT_PLACE.test(sentence))
        .map((sentence) => findPlace(sentence.replace(TRIP_TO, " in ")))
        .find((place) => place !== undefined),
  },
  {
    name: "the rest of the lede names a venue ('… at Novo-Ogaryovo')",
    find: (lede) => findPlace(lede, true),
  },
  {
    name: "a speaker says where they are ('welcome you here in Sochi', 'here, in the Kremlin') in the first paragraphs after the lede",
    find: (_lede, _title, body = []) =>
      body
        .slice(0, HERE_PARAGRAPHS)
        .map(findHereIn)
        .find((place) => place !== undefined),
  },
];

function findHereIn(text: string): string | undefined {
  for (const here of text.matchAll(HERE_IN)) {
    // Only the "in X" right after "here", up to the next punctuation.
    const rest = text.slice(here.index + here[0].length);
    const place = findPlace(rest.split(CLAUSE_END, 1)[0] ?? "");
    if (place !== undefined) return place;
  }
  return undefined;
}

/**
 * Where the event of a release happened: a city from `config/locations.json`, or the city
 * of a named venue there; null when the text does not say, and always for telephone
 * conversations, video conferences, messages and articles. Never a country, region or topic.
 *
 * @param lede - the first body paragraph
 * @param title - the release title
 * @param body - the text of the paragraphs after the lede
 */
export function findLocation(
  lede: string,
  title = "",
  body: readonly string[] = [],
): string | null {
  for (const rule of LOCATION_RULES) {
    const place = rule.find(lede, title, body);
    if (place !== undefined) return place;
  }
  return null;
}

/** The first known city or venue after "in"/"at"; with `venuesOnly`, cities are skipped. */
function findPlace(text: string, venuesOnly = false): string | undefined {
  for (const match of text.matchAll(IN_OR_AT_PLACE)) {
    const words = (match[1] ?? "").split(" ");
    // "in Moscow Region": the longest known name from the first word, never a part of a longer name.
    for (let n = words.length; n >= 1; n -= 1) {
      const phrase = words
        .slice(0, n)
        .join(" ")
        .replace(/[.,;:]+$/, "")
        .replace(/[’']s$/, "");
      const venue = VENUES.get(phrase);
      if (venue !== undefined) return venue;
      if (!venuesOnly && CITIES.has(phrase) && !isLongerPlace(words, n))
        return phrase;
    }
  }
  return undefined;
}

/** "Moscow Region", "Irkutsk Region": a city's name followed by a region word is not the city. */
function isLongerPlace(words: readonly string[], n: number): boolean {
  return /^(?:Region|Regions|Territory|Oblast|Republic|Province|District|Krai)\b/.test(
    words[n] ?? "",
  );
}
