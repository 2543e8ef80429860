import { principalAt } from "../names/gazetteer.js";
import { findIntroductions } from "../names/find-introductions.js";
import { splitRoleAndName } from "../names/person-names.js";
import type { PeopleRegistry } from "../names/release-people.js";
import type { ParsedParagraph } from "../parse/parse-release.js";
import type { Speaker } from "./attribution-context.js";

/**
 * Who holds the roles a release's attribution relies on: the press conference's spokesperson,
 * the spokesperson an MFA item names, the author of an article or message, "the President",
 * and the person the lede opens with.
 */

const SPOKESPERSON_TITLE =
  /^(.+?)['’]s\s+(?:Regular\s+Press\s+Conference|Press\s+Conference|Remarks|Daily\s+Briefing|Regular\s+Briefing|Briefing)/u;
export function findSpokesperson(
  title: string,
  people: PeopleRegistry,
): Speaker | undefined {
  const phrase = SPOKESPERSON_TITLE.exec(title)?.[1];
  const split =
    phrase === undefined ? undefined : splitRoleAndName(phrase.split(" "));
  if (split === undefined || !split.name.includes(" ")) return undefined;
  const person = people.add(split.name, split.role);
  return { name: person.name, role: person.role };
}

const NAMED_SPOKESPERSON =
  /\bSpokesperson\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){1,2})/u;

/** The spokesperson an MFA item names in its title or opening ("Foreign Ministry Spokesperson Hua Chunying answered …"). */
export function findNamedSpokesperson(
  title: string,
  paragraphs: readonly ParsedParagraph[],
  people: PeopleRegistry,
): Speaker | undefined {
  const opening = paragraphs.find((p) => p.kind === "text")?.text ?? "";
  const phrase =
    NAMED_SPOKESPERSON.exec(title)?.[1] ??
    NAMED_SPOKESPERSON.exec(opening.slice(0, 300))?.[1];
  const split =
    phrase === undefined ? undefined : splitRoleAndName(phrase.split(" "));
  if (split === undefined || !split.name.includes(" ")) return undefined;
  const person = people.add(split.name, "Spokesperson");
  return { name: person.name, role: person.role };
}

const AUTHORED_TITLE =
  /^(?:Article|Message|Address|Letter|Statement|Greetings|Op-ed|Opinion article|Speech)\s+(?:by|from)\s+(.+?)(?:\s+(?:to|at|in|on|published|for)\s|[:,.]|$)/i;

export function findAuthor(
  title: string,
  people: PeopleRegistry,
): Speaker | undefined {
  const phrase = AUTHORED_TITLE.exec(title)?.[1];
  const split =
    phrase === undefined ? undefined : splitRoleAndName(phrase.split(" "));
  const person = split === undefined ? undefined : people.resolve(split.name);
  return person === undefined
    ? undefined
    : { name: person.name, role: split?.role ?? person.role };
}

/** Who "the President" is: the head of state on the release's date (a person of the release when the title or text names him). */
export function findPrincipal(
  title: string,
  date: string,
  paragraphs: readonly ParsedParagraph[],
  people: PeopleRegistry,
): Speaker | undefined {
  const principal = principalAt(date);
  if (principal === undefined) return undefined;
  const surname = principal.name.split(" ").pop() ?? principal.name;
  // "Vladimir Putin met with … Ella Pamfilova" in the title, then only "The President promised …" in the text.
  const named =
    title.includes(surname) ||
    paragraphs.some((p) => p.kind === "text" && p.text.includes(surname));
  // "Working meeting with Healthcare Minister Veronika Skvortsova": the President is not named but still speaks.
  if (!named) return { name: principal.name, role: principal.role };
  const person = people.add(principal.name, null);
  return { name: person.name, role: person.role ?? principal.role };
}

/** The person the lede, or else the title, opens with. */
export function findLeadSubject(
  title: string,
  paragraphs: readonly ParsedParagraph[],
  people: PeopleRegistry,
  principal: Speaker | undefined,
): Speaker | undefined {
  const lede = paragraphs.find((p) => p.kind === "text")?.text;
  return (
    (lede === undefined
      ? undefined
      : findOpeningPerson(lede, people, principal)) ??
    findOpeningPerson(title, people, principal)
  );
}

function findOpeningPerson(
  lede: string,
  people: PeopleRegistry,
  principal: Speaker | undefined,
): Speaker | undefined {
  if (/^The President\b/.test(lede)) return principal;
  if (principal !== undefined && opensWithPrincipal(lede, principal.name)) {
    // The release's own entry keeps the role it gave him, as other openings do.
    const person = people.resolve(principal.name);
    return person === undefined
      ? principal
      : { name: person.name, role: person.role };
  }
  const first = findIntroductions(lede.slice(0, 200))[0];
  if (first === undefined) return undefined;
  const opening =
    first.role === null ? first.name : `${first.role} ${first.name}`;
  if (!lede.startsWith(opening)) return undefined;
  const person = people.resolve(first.name);
  return person === undefined
    ? undefined
    : { name: person.name, role: person.role };
}

const DATE_CLAUSE = /^On \p{Lu}\p{Ll}+ \d{1,2}(?:, \d{4})?, /u;

/** "Vladimir Putin greeted …", "President Putin sent a letter …": names the finder of introductions may not report. */
function opensWithPrincipal(text: string, name: string): boolean {
  const surname = name.slice(name.lastIndexOf(" ") + 1);
  // "On December 21, 2001, Vladimir Putin sent a message …": the date clause first.
  const lede = text.replace(DATE_CLAUSE, "");
  return (
    lede.startsWith(`${name} `) ||
    lede.startsWith(`President ${surname} `) ||
    lede.startsWith(`President ${name} `)
  );
}
