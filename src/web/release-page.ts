import type { SearchClient } from "../client/search-client.js";
import { h } from "./dom.js";
import { describeError } from "./error-messages.js";
import { latestOnly } from "./latest-only.js";
import type { PageElements } from "./page-elements.js";
import { renderRelease } from "./release-view.js";

export interface ReleasePage {
  /** Loads and shows a release, scrolled to (and focusing) one sentence. */
  show(releaseId: string, sentenceId: string | null): void;
  /** Stops a load in flight (the user went back to the results). */
  cancel(): void;
}

/**
 * The whole-release view (`?release=<id>#<sentenceId>`).
 *
 * @param elements - the page's elements
 * @param client - the API client
 */
export function createReleasePage(
  elements: PageElements,
  client: SearchClient,
): ReleasePage {
  let wanted: { releaseId: string; sentenceId: string | null } | null = null;

  const load = latestOnly(
    async (signal) => {
      if (wanted === null) return;
      const { releaseId, sentenceId } = wanted;
      elements.releaseBody.replaceChildren(
        h("p", { className: "release-loading", text: "Loading the release…" }),
      );
      const release = await client.release(releaseId, { signal });
      const { nodes, targetElement } = renderRelease(release, sentenceId);
      elements.releaseBody.replaceChildren(...nodes);
      document.title = `${release.title} — Release search`;
      if (targetElement !== null) {
        targetElement.scrollIntoView({ block: "center" });
        targetElement.focus({ preventScroll: true });
      } else {
        window.scrollTo(0, 0);
        document.getElementById("release-title")?.focus();
      }
    },
    (error) => {
      const message = describeError(error);
      elements.releaseBody.replaceChildren(
        h("div", { className: "notice is-error", attrs: { role: "alert" } }, [
          h("p", { className: "notice-title", text: message.title }),
          h("p", { className: "notice-detail", text: message.detail }),
        ]),
      );
    },
  );

  return {
    show(releaseId, sentenceId) {
      wanted = { releaseId, sentenceId };
      load.now();
    },
    cancel() {
      wanted = null;
      load.cancel();
    },
  };
}
