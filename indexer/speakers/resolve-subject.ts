import type { AttributionContext, Speaker } from "./attribution-context.js";
import { TITLE_PHRASES } from "../names/lexicon.js";
import { splitRoleAndName } from "../names/person-names.js";

const PRINCIPAL_PHRASE =
  /^(?:the\s+)?(?:Russian\s+)?(?:(?:Acting\s+)?President(?: of Russia| of the Russian Federation)?|head of state|head of the Russian state|Russian leader)$/i;
/** "The Spanish King", "the Egyptian side", "The Turkish leader": the other party of a call. */
const FOREIGN_PARTY =
  /^[Tt]he\s+(?!Russian\b)\p{Lu}\p{Ll}+(?:an|ish|ese|i|ic|ch|ek|av|kh|ik|yz|ss|ai)\s+(?:side|party|[Ll]eader|President|King|Queen|Prime Minister|Chancellor|Emir|Crown Prince|Sultan|Premier)$/u;
const RUSSIAN_SIDE = /^(?:Russia|the Russian side|the Russian party)$/i;
/** The nouns a written message goes by ("the message", "his greetings", "condolences"), as an alternation. */
export const MESSAGE_NOUNS =
  "message|telegram|letter|greetings?|address|congratulations|condolences|appeal";
/** "The message", "The President’s telegram": the words of the message's author. */
export const MESSAGE_PHRASE = new RegExp(
  `^(?:the\\s+)?(?:President[’']s\\s+)?(?:congratulatory\\s+)?(?:${MESSAGE_NOUNS})(?:\\s+of\\s+\\w+)?$`,
  "i",
);
/** "He said …" and "…, he said." */
/** "the Russian President’s message": the words of the person named before it. */
const POSSESSIVE_MESSAGE =
  /^(.+?)[’']s\s+(?:congratulatory\s+)?(?:message|telegram|letter|greetings|address)$/u;
const PRONOUN = /^(?:[Hh]e|[Ss]he)$/;
const THE_TITLE = /^the\s+((?:[\p{L}-]+\s)?[\p{L}-]+)$/iu;
/** "the head of the region", "the region’s head": a title phrase of up to five words. */
const THE_PHRASE = /^the\s+([\p{L}’'\s]{2,60})$/iu;
/** "the head of the Central Bank": a body's head, whatever the release titled them. */
const HEAD_OF = /^(?:head|chief|leader)\s+of\s+(?:the\s+)?(.+)$/;
const HEAD_ROLE =
  /^(?:acting\s+)?(?:chairman|chairwoman|chair|head|director|director general|general director|chief|president|ceo|leader)\s+of\s/;
/** "Mr Jiang and Mr Putin expressed …": two people, nobody's words (whether or not both are known). */
const HONORIFIC_PAIR =
  /^(?:Mr|Ms|Mrs|Dr)\.?\s+(?:\S+\s+){0,2}?and\s+(?:Mr|Ms|Mrs|Dr)\.?\s+\S+(?:\s\S+)?$/;
const HONORIFIC = /^(?:Mr|Ms|Mrs|Dr|Mr\.|Ms\.|Mrs\.|Dr\.)$/;

/** Who "Wang Yi", "Lavrov", "The President", "He" or "the minister" is in this release. */
export function resolveSubject(
  subject: string,
  context: AttributionContext,
  state: { readonly reported: Speaker | undefined },
): Speaker | undefined {
  if (PRONOUN.test(subject)) return state.reported;
  if (PRINCIPAL_PHRASE.test(subject)) return context.principal;
  // A call has one person on each side: "Russia reiterated its willingness …" is the President's words.
  if (RUSSIAN_SIDE.test(subject)) return context.side;
  if (context.counterpart !== undefined && FOREIGN_PARTY.test(subject))
    return context.counterpart;
  if (MESSAGE_PHRASE.test(subject)) return context.leadSubject;
  const author = POSSESSIVE_MESSAGE.exec(subject)?.[1];
  if (author !== undefined) return resolveSubject(author, context, state);
  const phrase = THE_PHRASE.exec(subject)?.[1]?.toLowerCase();
  const aliased = phrase === undefined ? undefined : TITLE_PHRASES.get(phrase);
  if (aliased !== undefined) return findByTitle(aliased, context);
  const body = phrase === undefined ? undefined : HEAD_OF.exec(phrase)?.[1];
  const head = body === undefined ? undefined : findHeadOf(body, context);
  if (head !== undefined) return head;
  const title = THE_TITLE.exec(subject)?.[1]?.toLowerCase();
  if (title !== undefined) return findByTitle(title, context);
  // "The Speaker of the Federation Council": a whole title the release gave someone.
  const titled =
    phrase === undefined ? undefined : findByTitle(phrase, context);
  if (titled !== undefined) return titled;
  if (HONORIFIC_PAIR.test(subject)) return undefined;
  const words = subject.split(" ").filter((w) => !HONORIFIC.test(w));
  const split = splitRoleAndName(words);
  if (split === undefined) return undefined;
  // "Mr Putin and Mr Berlusconi expressed …" is joint narration, nobody's words.
  const joint = split.role
    ?.split(" ")
    .some((w) => context.people.resolve(w) !== undefined);
  if (joint === true) return undefined;
  const person =
    context.people.resolve(split.name) ??
    (words.length < subject.split(" ").length
      ? findByFamilyName(split.name, context)
      : undefined);
  return person === undefined
    ? undefined
    : { name: person.name, role: person.role };
}

/** "Mr Hu" for Hu Jintao: a family name written first, when no one has it as a surname. */
function findByFamilyName(
  name: string,
  context: AttributionContext,
): Speaker | undefined {
  if (name.includes(" ")) return undefined;
  const holders = context.people
    .all()
    .filter(
      (p) => p.name.split(" ").length > 1 && p.name.startsWith(`${name} `),
    );
  const only = holders.length === 1 ? holders[0] : undefined;
  return only === undefined ? undefined : { name: only.name, role: only.role };
}

/** "Prosecutor-General" and "Prosecutor General" are one title. */
function dehyphen(text: string): string {
  return text.toLowerCase().replace(/-/g, " ");
}

function findByTitle(
  title: string,
  context: AttributionContext,
): Speaker | undefined {
  const roles = context.people
    .all()
    .map((p) => ({ person: p, role: ` ${dehyphen(p.role ?? "")}` }));
  title = dehyphen(title);
  // A role that ends with the title ("Volgograd Region Governor") first, then one holding it as words.
  for (const holds of [
    (role: string) => role.endsWith(` ${title}`),
    (role: string) => role.includes(` ${title} `) || role.endsWith(` ${title}`),
  ]) {
    const matches = roles
      .filter((r) => holds(r.role))
      .map((r) => r.person)
      // "the minister" is rarely the principal, whose titles may also end in "Minister".
      .filter(
        (p, _i, all) => all.length === 1 || p.name !== context.principal?.name,
      );
    const only = matches.length === 1 ? matches[0] : undefined;
    if (only !== undefined) return { name: only.name, role: only.role };
    if (matches.length > 1) return undefined;
  }
  return undefined;
}

/** The one person whose role heads the body ("Chairman of the Central Bank of Russia" for "central bank"). */
function findHeadOf(
  body: string,
  context: AttributionContext,
): Speaker | undefined {
  const words = ` ${dehyphen(body)}`;
  const heads = context.people.all().filter((p) => {
    const role = dehyphen(p.role ?? "");
    return HEAD_ROLE.test(role) && ` ${role} `.includes(`${words} `);
  });
  const only = heads.length === 1 ? heads[0] : undefined;
  return only === undefined ? undefined : { name: only.name, role: only.role };
}
