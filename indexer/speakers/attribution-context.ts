import { findKnownPerson, findOutlet, nameKey } from "../names/gazetteer.js";
import { findIntroductions } from "../names/find-introductions.js";
import type { ParsedParagraph } from "../parse/parse-release.js";
import { hasTitleWord, splitRoleAndName } from "../names/person-names.js";
import type { PeopleRegistry } from "../names/release-people.js";
import {
  readLabelCandidate,
  readLabelShape,
  type LabelShape,
} from "./speaker-labels.js";
import {
  findAuthor,
  findCounterpart,
  findLeadSubject,
  findNamedSpokesperson,
  findPrincipal,
  findSpokesperson,
} from "./release-roles.js";
import { findPullQuoteSpeakers } from "./pull-quotes.js";

/** Who says a sentence: a canonical name and the title given with it. */
export interface Speaker {
  readonly name: string;
  readonly role: string | null;
}

/** What attribution knows about a release before it walks the paragraphs. */
export interface AttributionContext {
  readonly people: PeopleRegistry;
  /** The spokesperson a press conference's title names ("… Geng Shuang's Regular Press Conference …"). */
  readonly spokesperson: Speaker | undefined;
  /** Who "the President" is, when the release names them (Kremlin releases). */
  readonly principal: Speaker | undefined;
  /** Whose words "Russia" and "the Russian side" report: the President, in his telephone conversations. */
  readonly side: Speaker | undefined;
  /** Whose words "the Spanish King" and "the Egyptian side" report: the other party of a telephone conversation. */
  readonly counterpart: Speaker | undefined;
  /** The person the lede opens with ("Vladimir Putin sent a message …"). */
  readonly leadSubject: Speaker | undefined;
  /** The author of an article, message or address, named by the title ("Article by Vladimir Putin …"). */
  readonly author: Speaker | undefined;
  /** Speaker labels by paragraph index, with the text after the label. */
  readonly labels: ReadonlyMap<
    number,
    { readonly speaker: Speaker; readonly rest: string }
  >;
  /** The speaker of each publisher's pull-quote (pull-quotes.ts), by paragraph index. */
  readonly pullQuotes: ReadonlyMap<number, Speaker>;
}

const TITLE_CASE_LABEL =
  /^\p{Lu}[\p{L}.&'’-]*(?:\s(?:of|the|and|\p{Lu}[\p{L}.&'’-]*)){0,5}$/u;
const TELEPHONE_TITLE =
  /\b(?:tele)?phone (?:conversation|call|talks?)\b|\bspoke (?:by|over the) (?:tele)?phone\b|\btelephoned\b/i;
/** "Pavel Kolobkov.": a bare full name after a title's colon (not a patronymic address, "Vladimir Vladimirovich."). */
const LIST_ITEM =
  /^\p{Lu}[\p{Ll}’'-]+(?:\s\p{Lu}[\p{Ll}’'-]+){1,2}(?<!(?:vich|vna|ich))\.?$/u;
const MIN_LIST_ITEMS = 3;
const JOURNALIST: Speaker = { name: "Journalist", role: null };
const PARTICIPANT: Speaker = { name: "Participant", role: null };

interface PendingLabel {
  readonly index: number;
  readonly label: string;
  readonly rest: string;
  readonly shape: LabelShape | undefined;
}

/**
 * Learns who the release introduces (titles in the text, speaker labels, the press
 * conference's spokesperson) and validates speaker labels against that knowledge.
 *
 * @remarks
 * Label people are registered before people introduced in the text, so a label's title
 * ("President of Russia Vladimir Putin:") is the role later short labels ("Vladimir Putin:") carry.
 */
export function createAttributionContext(
  title: string,
  date: string,
  paragraphs: readonly ParsedParagraph[],
  people: PeopleRegistry,
): AttributionContext {
  const introductions = paragraphs.flatMap((p) =>
    p.kind === "text" ? findIntroductions(p.text) : [],
  );
  introductions.push(...findIntroductions(title), ...findTitleGuest(title));
  const introduced = new Set(introductions.map((i) => nameKey(i.name)));
  const spokesperson = findSpokesperson(title, people);
  // "A:" outside a press conference ("Spokesperson Hua Chunying Answers a Question …") is the spokesperson the item names.
  const answerer =
    spokesperson ?? findNamedSpokesperson(title, paragraphs, people);
  const pending = readPendingLabels(paragraphs);
  const transcriptLike =
    pending.filter(
      (l) =>
        l.shape !== undefined && !(l.shape.kind === "person" && l.shape.weak),
    ).length >= 2;
  const labelCounts = countBy(pending, (l) =>
    l.shape?.kind === "person" ? nameKey(l.shape.name) : "",
  );

  const labels = new Map<number, { speaker: Speaker; rest: string }>();
  for (const label of pending) {
    const speaker = resolveLabel(label, {
      people,
      spokesperson,
      answerer,
      isKnown: (name) =>
        introduced.has(nameKey(name)) || people.resolve(name) !== undefined,
      trusted: (name, weak) =>
        (!weak && transcriptLike) || (labelCounts.get(nameKey(name)) ?? 0) >= 2,
      repeated: (name) => (labelCounts.get(nameKey(name)) ?? 0) >= 2,
    });
    if (speaker !== undefined)
      labels.set(label.index, { speaker, rest: label.rest });
  }
  for (const intro of introductions) people.add(intro.name, intro.role);

  const principal = findPrincipal(title, date, paragraphs, people);
  const call = TELEPHONE_TITLE.test(title);
  return {
    people,
    spokesperson,
    principal,
    side: call ? principal : undefined,
    counterpart: call ? findCounterpart(title, people, principal) : undefined,
    leadSubject: findLeadSubject(title, paragraphs, people, principal),
    author: findAuthor(title, people),
    labels,
    pullQuotes: findPullQuoteSpeakers(paragraphs, labels),
  };
}

/** "Meeting with head of A Just Russia political party Sergei Mironov": the guest and the role the title gives him. */
const TITLE_GUEST =
  /^(?:Meeting|Working meeting|Talks|Telephone conversation) with ((?:head|chairman|leader|director|chief) of .+)$/iu;

function findTitleGuest(
  title: string,
): { role: string | null; name: string }[] {
  const phrase = TITLE_GUEST.exec(title)?.[1];
  const split =
    phrase === undefined ? undefined : splitRoleAndName(phrase.split(" "));
  return split?.role == null || !split.name.includes(" ") ? [] : [split];
}

function readPendingLabels(
  paragraphs: readonly ParsedParagraph[],
): PendingLabel[] {
  const pending: PendingLabel[] = [];
  const candidates = paragraphs.map((p) =>
    p.kind === "text" ? readLabelCandidate(p.text) : undefined,
  );
  const listed = findListItems(candidates);
  paragraphs.forEach((p, index) => {
    const candidate = candidates[index];
    if (p.kind !== "text" || candidate === undefined || listed.has(index))
      return;
    pending.push({
      index,
      ...candidate,
      shape: readLabelShape(candidate.label),
    });
  });
  return pending;
}

/**
 * "Minister of Sport: Pavel Kolobkov." in a run of three paragraphs or more: a list of
 * appointments, not turns (a moderator giving the floor, "Fyodor Lukyanov: Sabine Fischer.", is one line).
 */
function findListItems(
  candidates: readonly ({ readonly rest: string } | undefined)[],
): Set<number> {
  const items = new Set<number>();
  let run: number[] = [];
  candidates.forEach((c, index) => {
    if (c !== undefined && LIST_ITEM.test(c.rest)) {
      run.push(index);
      return;
    }
    if (run.length >= MIN_LIST_ITEMS) for (const i of run) items.add(i);
    run = [];
  });
  if (run.length >= MIN_LIST_ITEMS) for (const i of run) items.add(i);
  return items;
}

interface LabelKnowledge {
  readonly people: PeopleRegistry;
  readonly spokesperson: Speaker | undefined;
  readonly answerer: Speaker | undefined;
  readonly isKnown: (name: string) => boolean;
  readonly trusted: (name: string, weak: boolean) => boolean;
  readonly repeated: (name: string) => boolean;
}

function resolveLabel(
  label: PendingLabel,
  known: LabelKnowledge,
): Speaker | undefined {
  const { shape } = label;
  if (shape?.kind === "journalist") return JOURNALIST;
  if (shape?.kind === "participant") return PARTICIPANT;
  if (shape?.kind === "answer") return known.answerer;
  // "Winner of the Prize for Young Scientists:" in a transcript: someone unnamed speaks.
  if (shape?.kind === "person" && shape.roleOnly === true)
    return known.trusted(shape.name, shape.weak) ? PARTICIPANT : undefined;
  const outlet = findOutlet(label.label);
  if (outlet !== undefined) return { name: outlet, role: null };
  const pressConference = known.spokesperson !== undefined;
  if (shape?.kind === "person") {
    const multiWord = shape.name.includes(" ");
    const valid =
      known.isKnown(shape.name) ||
      findKnownPerson(shape.name) !== undefined ||
      (!pressConference &&
        multiWord &&
        known.trusted(shape.name, shape.weak)) ||
      (!pressConference && multiWord && shape.role === null && !shape.weak) ||
      (!pressConference &&
        !multiWord &&
        hasTitleWord(shape.role) &&
        known.repeated(shape.name));
    if (valid) {
      const person = known.people.add(
        known.people.resolve(shape.name)?.name ?? shape.name,
        shape.role,
      );
      return { name: person.name, role: shape.role ?? person.role };
    }
  }
  // Press conferences: any other short title-case label asking a question is a media outlet.
  if (
    pressConference &&
    label.rest.includes("?") &&
    TITLE_CASE_LABEL.test(label.label)
  ) {
    return { name: label.label, role: null };
  }
  return undefined;
}

function countBy<T>(
  items: readonly T[],
  key: (item: T) => string,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items)
    counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
