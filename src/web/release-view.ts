import type { ApiDocument, ReleaseResponse } from "../api/response-schemas.js";
import { h } from "./dom.js";
import { formatDate, plural } from "./format.js";

/** Consecutive sentences grouped by paragraph, so text keeps the release's paragraph breaks. */
export function groupParagraphs<T extends { readonly paragraph: number }>(
  sentences: readonly T[],
): T[][] {
  const groups: T[][] = [];
  for (const sentence of sentences) {
    const last = groups.at(-1);
    if (last?.[0]?.paragraph === sentence.paragraph) last.push(sentence);
    else groups.push([sentence]);
  }
  return groups;
}

/** A speaker label where the turn changes, so transcripts read like transcripts. */
function turnLabel(
  paragraph: readonly ApiDocument[],
  previousSpeaker: string | null,
): HTMLElement | null {
  const speaker = paragraph[0]?.speaker ?? null;
  if (speaker === null || speaker === previousSpeaker) return null;
  const role = paragraph[0]?.speakerRole ?? null;
  return h("p", { className: "turn" }, [
    h("span", { className: "speaker-name", text: speaker }),
    role !== null && h("span", { className: "speaker-role", text: role }),
  ]);
}

/**
 * Renders a whole release (`/v1/releases/{id}`) with one sentence marked.
 *
 * @param release - the release and its sentences in order
 * @param target - the id of the sentence to mark, if any
 * @returns the release's elements, and the marked sentence's element when found
 */
export function renderRelease(
  release: ReleaseResponse,
  target: string | null,
): { nodes: HTMLElement[]; targetElement: HTMLElement | null } {
  let targetElement: HTMLElement | null = null;
  const meta = [
    formatDate(release.date),
    release.location,
    plural(release.sentences.length, "sentence"),
  ].filter((part): part is string => part !== null && part !== "");

  const body: HTMLElement[] = [];
  let previousSpeaker: string | null = null;
  for (const paragraph of groupParagraphs(release.sentences)) {
    const label = turnLabel(paragraph, previousSpeaker);
    if (label !== null) body.push(label);
    previousSpeaker = paragraph[0]?.speaker ?? null;
    const children = paragraph.flatMap((sentence, i) => {
      const span = h("span", {
        className: "release-sentence",
        text: sentence.text,
        attrs: { "data-sentence-id": sentence.id },
      });
      if (sentence.id === target) {
        span.classList.add("is-target");
        span.tabIndex = -1;
        targetElement = span;
      }
      return i === 0 ? [span] : [" ", span];
    });
    body.push(h("p", { className: "release-paragraph" }, children));
  }

  const header = h("header", { className: "release-header" }, [
    release.category !== null &&
      h("p", { className: "release-category", text: release.category }),
    h("h2", {
      className: "release-title",
      text: release.title,
      attrs: { id: "release-title", tabindex: "-1" },
    }),
    h("p", { className: "release-meta", text: meta.join(" · ") }),
  ]);
  return {
    nodes: [header, h("div", { className: "release-text" }, body)],
    targetElement,
  };
}
