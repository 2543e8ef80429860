import type { SearchResponse } from "../api/response-schemas.js";
import { describeError, type UserMessage } from "./error-messages.js";
import type { ResultNavigation } from "./keyboard-nav.js";
import type { Notice } from "./notice.js";
import type { PageElements } from "./page-elements.js";
import { countFilters, isBlankSearch, type SearchState } from "./page-state.js";
import type { HitActions } from "./result-item.js";
import { clearResults, renderResults } from "./results-view.js";
import type { SpeakerFacet } from "./speaker-facet.js";

export interface ResultsPanelParts {
  readonly hitActions: HitActions;
  readonly navigation: ResultNavigation;
  readonly facet: SpeakerFacet;
  readonly notice: Notice;
  /** Runs the current search again (the error notice's button). */
  readonly retry: () => void;
}

/** The right-hand side of the page: welcome, results, pager, and their states. */
export interface ResultsPanel {
  setLoading(loading: boolean): void;
  /** Shows a search answer: the welcome screen, the hits, or "nothing found". */
  showAnswer(search: SearchState, response: SearchResponse): void;
  /** Shows why a search failed; returns what it told the user. */
  showFailure(error: unknown): UserMessage;
  /** After the next answer, move focus to the results (paging). */
  focusResultsNext(): void;
}

/**
 * @param elements - the page's elements
 * @param parts - the pieces the panel drives
 */
export function createResultsPanel(
  elements: PageElements,
  parts: ResultsPanelParts,
): ResultsPanel {
  let focusResults = false;

  function showNothingFound(search: SearchState): void {
    const filtered = countFilters(search) > 0;
    parts.notice.show(
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

  return {
    setLoading(loading) {
      elements.searchView.classList.toggle("is-loading", loading);
      elements.list.setAttribute("aria-busy", String(loading));
    },
    showAnswer(search, response) {
      const blank = isBlankSearch(search);
      parts.facet.update(response.facets["speaker"] ?? {}, search.speakers);
      parts.notice.hide();
      elements.welcome.hidden = !blank;
      elements.sortField.hidden = blank;
      if (blank) {
        clearResults(elements);
        elements.count.textContent = "";
        return;
      }
      renderResults(elements, response, search, parts.hitActions);
      parts.navigation.reset();
      if (response.totalHits === 0) showNothingFound(search);
      if (focusResults) {
        focusResults = false;
        elements.resultsHeading.focus();
      }
    },
    showFailure(error) {
      clearResults(elements);
      elements.welcome.hidden = true;
      elements.count.textContent = "";
      const message = describeError(error);
      parts.notice.show("error", message, {
        label: "Try again",
        run: parts.retry,
      });
      return message;
    },
    focusResultsNext() {
      focusResults = true;
    },
  };
}
