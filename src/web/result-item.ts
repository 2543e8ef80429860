import type { SearchHitResponse } from "../api/response-schemas.js";
import { copyCitationButton } from "./copy-citation.js";
import { h, isPlainClick } from "./dom.js";
import { formatDate } from "./format.js";

export interface HitActions {
  /** The shareable URL of the whole release, scrolled to this sentence. */
  releaseHref(hit: SearchHitResponse): string;
  /** Opens the release inside the page. */
  openRelease(hit: SearchHitResponse): void;
  /** Shows or hides the sentences around the hit. */
  toggleContext(article: HTMLElement, hit: SearchHitResponse): void;
}

/** "Wang Yi · State Councilor and Foreign Minister", or "Narration" for the publisher's own words. */
function renderSpeaker(hit: SearchHitResponse): HTMLElement {
  if (hit.speaker === null) {
    return h("p", { className: "hit-speaker is-narration" }, [
      h("span", {
        className: "speaker-name",
        text: "Narration",
        attrs: { title: "The publisher's own words, not a quote" },
      }),
    ]);
  }
  return h("p", { className: "hit-speaker" }, [
    h("span", { className: "speaker-name", text: hit.speaker }),
    hit.speakerRole !== null &&
      h("span", { className: "speaker-role", text: hit.speakerRole }),
  ]);
}

function renderRelease(
  hit: SearchHitResponse,
  actions: HitActions,
): HTMLElement {
  const link = h("a", {
    className: "release-link",
    text: hit.release.title,
    attrs: { href: actions.releaseHref(hit) },
  });
  link.addEventListener("click", (event) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    actions.openRelease(hit);
  });
  const meta = [formatDate(hit.release.date), hit.release.location]
    .filter((part): part is string => part !== null && part !== "")
    .join(" · ");
  return h("p", { className: "hit-release" }, [
    link,
    h("span", { className: "release-meta", text: meta }),
  ]);
}

/**
 * One result: the sentence with its `<mark>`ed words (from the API's escaped
 * `highlight.html`, the only HTML the page ever parses), who said it, and where.
 *
 * @param hit - a hit of `/v1/search`
 * @param index - its 0-based place on the page (names the context panel)
 * @param actions - what its links and buttons do
 */
export function renderHit(
  hit: SearchHitResponse,
  index: number,
  actions: HitActions,
): HTMLLIElement {
  const text = h("blockquote", { className: "hit-text" });
  text.innerHTML = hit.highlight.html;
  const panelId = `context-${index}`;
  const toggle = h("button", {
    className: "hit-action context-toggle",
    text: "Show context",
    attrs: {
      type: "button",
      "aria-expanded": "false",
      "aria-controls": panelId,
    },
  });
  const article = h(
    "article",
    { className: "hit", attrs: { tabindex: "-1", "data-hit-id": hit.id } },
    [
      text,
      renderSpeaker(hit),
      renderRelease(hit, actions),
      h("div", { className: "hit-actions" }, [toggle, copyCitationButton(hit)]),
      h("div", {
        className: "context",
        attrs: { id: panelId, hidden: "" },
      }),
    ],
  );
  toggle.addEventListener("click", () => {
    actions.toggleContext(article, hit);
  });
  return h("li", { className: "hit-item" }, [article]);
}
