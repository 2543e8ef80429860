import type { SearchClient } from "../client/search-client.js";
import { toggleContext } from "./context-panel.js";
import { writeHistory, type HistoryMode } from "./history-sync.js";
import { installResultNavigation } from "./keyboard-nav.js";
import { latestOnly } from "./latest-only.js";
import { createNotice } from "./notice.js";
import type { PageElements } from "./page-elements.js";
import {
  readPageState,
  sameSearch,
  toApiParams,
  toRelativeUrl,
  type PageState,
  type SearchState,
} from "./page-state.js";
import { createReleasePage } from "./release-page.js";
import type { HitActions } from "./result-item.js";
import { createResultsPanel } from "./results-panel.js";
import { createSpeakerFacet } from "./speaker-facet.js";
import { syncControls } from "./sync-controls.js";

/** What the page controller offers to the event wiring in main.ts. */
export interface SearchPage {
  readonly state: () => PageState;
  /** Changes the search (leaving any release view) and runs it after `delayMs`. */
  change(
    patch: Partial<SearchState>,
    mode: HistoryMode,
    delayMs?: number,
  ): void;
  /** Shows a page state (from the URL, a link or Back); `mode` null leaves history alone. */
  navigate(next: PageState, mode: HistoryMode | null, delayMs?: number): void;
  /** Runs the current search now if its answer is not on screen. */
  flush(): void;
  /** After the next answer, move focus to the results (paging). */
  focusResultsNext(): void;
  /** Leaves the release view: Back when it was opened from the results, else a new entry. */
  backToResults(): void;
}

/**
 * The page controller: one state, mirrored in the URL, rendered as search
 * results or as a whole release.
 *
 * @param elements - the page's elements
 * @param client - the API client
 */
export function createSearchPage(
  elements: PageElements,
  client: SearchClient,
): SearchPage {
  let state = readPageState(new URL(location.href));
  let shown: SearchState | null = null;
  let retryAt = 0;
  let returnTo: { hitId: string; scrollY: number } | null = null;

  const releasePage = createReleasePage(elements, client);
  const facet = createSpeakerFacet(
    {
      filter: elements.speakerFilter,
      list: elements.speakerList,
      empty: elements.speakerEmpty,
      more: elements.speakerMore,
    },
    client,
    (speakers) => page.change({ speakers, page: 1 }, "push"),
  );
  const navigation = installResultNavigation(
    elements.list,
    elements.q,
    (article) =>
      article.querySelector<HTMLButtonElement>(".context-toggle")?.click(),
  );

  const hitActions: HitActions = {
    releaseHref: (hit) =>
      toRelativeUrl({
        search: state.search,
        release: hit.release.id,
        sentence: hit.id,
      }),
    openRelease: (hit) => {
      returnTo = { hitId: hit.id, scrollY: window.scrollY };
      page.navigate(
        { search: state.search, release: hit.release.id, sentence: hit.id },
        "push",
      );
    },
    toggleContext: (article, hit) =>
      void toggleContext(article, hit, {
        client,
        releaseHref: hitActions.releaseHref(hit),
        openRelease: () => hitActions.openRelease(hit),
      }),
  };

  const panel = createResultsPanel(elements, {
    hitActions,
    navigation,
    facet,
    notice: createNotice(elements.notice),
    retry: () => search.now(),
  });

  const search = latestOnly(
    async (signal) => {
      const asked = state.search;
      panel.setLoading(true);
      const response = await client.search(toApiParams(asked), { signal });
      panel.setLoading(false);
      if (response.totalHits > 0 && asked.page > response.totalPages) {
        page.change({ page: response.totalPages }, "replace");
        return;
      }
      shown = asked;
      panel.showAnswer(asked, response);
    },
    (error) => {
      panel.setLoading(false);
      shown = null;
      const message = panel.showFailure(error);
      retryAt = Date.now() + (message.retryAfterSeconds ?? 0) * 1_000;
    },
  );

  function render(delayMs: number): void {
    syncControls(elements, state.search);
    if (state.release !== null) {
      search.cancel();
      panel.setLoading(false);
      elements.searchView.hidden = true;
      elements.releaseView.hidden = false;
      elements.backLink.href = toRelativeUrl({
        ...state,
        release: null,
        sentence: null,
      });
      releasePage.show(state.release, state.sentence);
      return;
    }
    releasePage.cancel();
    const wasHidden = elements.searchView.hidden;
    elements.searchView.hidden = false;
    elements.releaseView.hidden = true;
    if (shown !== null && sameSearch(shown, state.search)) {
      search.cancel();
      panel.setLoading(false);
      if (wasHidden) restoreScroll();
    } else {
      // While rate-limited, typing waits for the limit to lift instead of asking in vain.
      const wait = Math.max(delayMs, retryAt - Date.now());
      if (wait > 0) search.schedule(wait);
      else search.now();
    }
  }

  /** Back from a release: the results where they were, the opened hit focused. */
  function restoreScroll(): void {
    if (returnTo === null) return;
    window.scrollTo(0, returnTo.scrollY);
    const hitId = returnTo.hitId;
    const article = [
      ...elements.list.querySelectorAll<HTMLElement>("article.hit"),
    ].find((a) => a.dataset["hitId"] === hitId);
    if (article !== undefined) navigation.focusHit(article);
    returnTo = null;
  }

  const page: SearchPage = {
    state: () => state,
    change(patch, mode, delayMs = 0) {
      page.navigate(
        {
          search: { ...state.search, ...patch },
          release: null,
          sentence: null,
        },
        mode,
        delayMs,
      );
    },
    navigate(next, mode, delayMs = 0) {
      state = next;
      if (mode !== null) writeHistory(state, mode);
      render(delayMs);
    },
    flush() {
      if (
        state.release === null &&
        (shown === null || !sameSearch(shown, state.search))
      )
        search.now();
    },
    focusResultsNext: () => panel.focusResultsNext(),
    backToResults() {
      if (returnTo !== null) history.back();
      else page.navigate({ ...state, release: null, sentence: null }, "push");
    },
  };
  return page;
}
