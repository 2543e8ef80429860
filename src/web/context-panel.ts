import type {
  ApiDocument,
  SearchHitResponse,
} from "../api/response-schemas.js";
import type { SearchClient } from "../client/search-client.js";
import { h, isPlainClick } from "./dom.js";
import { describeError } from "./error-messages.js";
import { groupParagraphs } from "./release-view.js";

export interface ContextOptions {
  readonly client: SearchClient;
  readonly releaseHref: string;
  readonly openRelease: () => void;
}

type ContextSentence = Pick<ApiDocument, "id" | "paragraph" | "text">;

function renderSentences(
  hit: SearchHitResponse,
  before: readonly ApiDocument[],
  after: readonly ApiDocument[],
): HTMLElement[] {
  return groupParagraphs<ContextSentence>([...before, hit, ...after]).map(
    (group) =>
      h(
        "p",
        { className: "context-paragraph" },
        group.flatMap((document, i) => {
          const span = h("span");
          if (document.id === hit.id) {
            span.className = "context-hit";
            span.innerHTML = hit.highlight.html;
          } else {
            span.textContent = document.text;
          }
          return i === 0 ? [span] : [" ", span];
        }),
      ),
  );
}

/**
 * Shows or hides the sentences around a hit (from `/v1/sentences/{id}`),
 * loading them the first time.
 *
 * @param article - the hit's element (holds the toggle and the panel)
 * @param hit - the hit
 * @param options - the API client and how to open the whole release
 */
export async function toggleContext(
  article: HTMLElement,
  hit: SearchHitResponse,
  options: ContextOptions,
): Promise<void> {
  const toggle = article.querySelector(".context-toggle");
  const panel = article.querySelector(".context");
  if (!(toggle instanceof HTMLButtonElement) || !(panel instanceof HTMLElement))
    return;
  const opening = toggle.getAttribute("aria-expanded") !== "true";
  toggle.setAttribute("aria-expanded", String(opening));
  toggle.textContent = opening ? "Hide context" : "Show context";
  panel.hidden = !opening;
  if (!opening || panel.dataset["loaded"] === "true") return;

  panel.replaceChildren(
    h("p", { className: "context-loading", text: "Loading context…" }),
  );
  try {
    const { context } = await options.client.sentence(hit.id);
    const link = h("a", {
      className: "context-link",
      text: "Read the whole release",
      attrs: { href: options.releaseHref },
    });
    link.addEventListener("click", (event) => {
      if (!isPlainClick(event)) return;
      event.preventDefault();
      options.openRelease();
    });
    panel.replaceChildren(
      ...renderSentences(hit, context.before, context.after),
      h("p", { className: "context-more" }, [
        link,
        h("span", { text: " →", attrs: { "aria-hidden": "true" } }),
      ]),
    );
    panel.dataset["loaded"] = "true";
  } catch (error) {
    const message = describeError(error);
    panel.replaceChildren(
      h("p", {
        className: "context-error",
        text: `${message.title}. ${message.detail}`,
      }),
    );
  }
}
