import type { SearchParamsInput } from "../api/request-schemas.js";
import type { SearchResponse } from "../api/response-schemas.js";
import type { SearchClient } from "../client/search-client.js";
import { toggleContext } from "./context-panel.js";
import { describeError } from "./error-messages.js";
import { writeHistory, type HistoryMode } from "./history-sync.js";
import { installResultNavigation } from "./keyboard-nav.js";
import { latestOnly } from "./latest-only.js";
import { createNotice } from "./notice.js";
import type { PageElements } from "./page-elements.js";
import {
  countFilters,
  isBlankSearch,
  readPageState,
  sameSearch,
  toRelativeUrl,
  type PageState,
  type SearchState,
} from "./page-state.js";
import { createReleasePage } from "./release-page.js";
import type { HitActions } from "./result-item.js";
import { clearResults, renderResults } from "./results-view.js";
import { createSpeakerFacet } from "./speaker-facet.js";

const HITS_PER_PAGE = 20;

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

function toParams(search: SearchState): SearchParamsInput {
  return {
    q: search.q,
    speaker: [...search.speakers],
    ...(search.from !== "" && { from: search.from }),
    ...(search.to !== "" && { to: search.to }),
    sort: search.sort,
    page: search.page,
    // The welcome screen only needs the speaker counts.
    hitsPerPage: isBlankSearch(search) ? 1 : HITS_PER_PAGE,
    facets: ["speaker"],
  };
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
  let focusResults = false;
  let retryAt = 0;
  let returnTo: { hitId: string; scrollY: number } | null = null;

  const notice = createNotice(elements.notice);
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

  function setLoading(loading: boolean): void {
    elements.searchView.classList.toggle("is-loading", loading);
    elements.list.setAttribute("aria-busy", String(loading));
  }

  function showResponse(search: SearchState, response: SearchResponse): void {
    shown = search;
    facet.update(response.facets["speaker"] ?? {}, search.speakers);
    notice.hide();
    elements.welcome.hidden = !isBlankSearch(search);
    elements.sortField.hidden = isBlankSearch(search);
    if (isBlankSearch(search)) {
      clearResults(elements);
      elements.count.textContent = "";
      return;
    }
    if (response.totalHits > 0 && search.page > response.totalPages) {
      page.change({ page: response.totalPages }, "replace");
      return;
    }
    renderResults(elements, response, search, hitActions);
    navigation.reset();
    if (response.totalHits === 0) {
      const filtered = countFilters(search) > 0;
      notice.show(
        "info",
        {
          title: "Nothing found",
          detail: filtered
            ? "Check the spelling, try other words, or widen the filters."
            : "Check the spelling, or try fewer or other words.",
        },
        filtered
          ? { label: "Clear filters", run: () => elements.clearFilters.click() }
          : undefined,
      );
    }
    if (focusResults) {
      focusResults = false;
      elements.resultsHeading.focus();
    }
  }

  const search = latestOnly(
    async (signal) => {
      const asked = state.search;
      setLoading(true);
      const response = await client.search(toParams(asked), { signal });
      setLoading(false);
      showResponse(asked, response);
    },
    (error) => {
      setLoading(false);
      shown = null;
      clearResults(elements);
      elements.welcome.hidden = true;
      elements.count.textContent = "";
      const message = describeError(error);
      retryAt = Date.now() + (message.retryAfterSeconds ?? 0) * 1_000;
      notice.show("error", message, {
        label: "Try again",
        run: () => search.now(),
      });
    },
  );

  function syncControls(): void {
    const s = state.search;
    if (elements.q.value !== s.q) elements.q.value = s.q;
    elements.sort.value = s.sort;
    elements.from.value = s.from;
    elements.to.value = s.to;
    elements.from.max = s.to;
    elements.to.min = s.from === "" ? "1990-01-01" : s.from;
    const filters = countFilters(s);
    elements.filtersActive.textContent = filters === 0 ? "" : `(${filters} on)`;
    elements.clearFilters.disabled = filters === 0;
    for (const box of elements.speakerList.querySelectorAll("input"))
      box.checked = s.speakers.includes(box.value);
    document.title =
      s.q.trim() === "" ? "Release search" : `“${s.q.trim()}” — Release search`;
  }

  function render(delayMs: number): void {
    syncControls();
    if (state.release !== null) {
      search.cancel();
      setLoading(false);
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
      setLoading(false);
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
    focusResultsNext() {
      focusResults = true;
    },
    backToResults() {
      if (returnTo !== null) history.back();
      else page.navigate({ ...state, release: null, sentence: null }, "push");
    },
  };
  return page;
}
