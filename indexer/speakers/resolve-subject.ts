import type { AttributionContext, Speaker } from "./attribution-context.js";
import { splitRoleAndName } from "../names/person-names.js";

const PRINCIPAL_PHRASE =
  /^(?:the\s+)?(?:Russian\s+)?(?:(?:Acting\s+)?President(?: of Russia| of the Russian Federation)?|head of state|Head of State|Russian leader)$/i;
/** "The message", "The President’s telegram": the words of the message's author. */
export const MESSAGE_PHRASE =
  /^(?:the\s+)?(?:President[’']s\s+)?(?:congratulatory\s+)?(?:message|telegram|letter|greetings?|address|congratulations|condolences|appeal)(?:\s+of\s+\w+)?$/i;
const PRONOUN = /^(?:He|She)$/;
const THE_TITLE = /^the\s+((?:\p{L}+\s)?\p{L}+)$/iu;
const HONORIFIC = /^(?:Mr|Ms|Mrs|Dr|Mr\.|Ms\.|Mrs\.|Dr\.)$/;

/** Who "Wang Yi", "Lavrov", "The President", "He" or "the minister" is in this release. */
export function resolveSubject(
  subject: string,
  context: AttributionContext,
  state: { readonly reported: Speaker | undefined },
): Speaker | undefined {
  if (PRONOUN.test(subject)) return state.reported;
  if (PRINCIPAL_PHRASE.test(subject)) return context.principal;
  if (MESSAGE_PHRASE.test(subject)) return context.leadSubject;
  const title = THE_TITLE.exec(subject)?.[1]?.toLowerCase();
  if (title !== undefined) return findByTitle(title, context);
  const words = subject.split(" ").filter((w) => !HONORIFIC.test(w));
  const split = splitRoleAndName(words);
  if (split === undefined) return undefined;
  // "Mr Putin and Mr Berlusconi expressed …" is joint narration, nobody's words.
  const joint = split.role
    ?.split(" ")
    .some((w) => context.people.resolve(w) !== undefined);
  if (joint === true) return undefined;
  const person = context.people.resolve(split.name);
  return person === undefined
    ? undefined
    : { name: person.name, role: person.role };
}

function findByTitle(
  title: string,
  context: AttributionContext,
): Speaker | undefined {
  // "the minister" is rarely the principal, whose titles may also end in "Minister".
  const matches = context.people
    .all()
    .filter((p) => p.role?.toLowerCase().endsWith(title) === true)
    .filter(
      (p, _i, all) => all.length === 1 || p.name !== context.principal?.name,
    );
  const only = matches.length === 1 ? matches[0] : undefined;
  return only === undefined ? undefined : { name: only.name, role: only.role };
}
