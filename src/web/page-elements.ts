import { byId } from "./dom.js";

/**
 * The elements of index.html the scripts drive, found once at start-up.
 * Throws if the page and the scripts disagree.
 */
export function findPageElements() {
  return {
    form: byId("search-form", HTMLFormElement),
    q: byId("q", HTMLInputElement),
    homeLink: byId("home-link", HTMLAnchorElement),
    searchView: byId("search-view", HTMLElement),
    filtersToggle: byId("filters-toggle", HTMLButtonElement),
    filtersActive: byId("filters-active", HTMLElement),
    filtersPanel: byId("filters-panel", HTMLElement),
    speakerFilter: byId("speaker-filter", HTMLInputElement),
    speakerList: byId("speaker-list", HTMLUListElement),
    speakerEmpty: byId("speaker-empty", HTMLElement),
    speakerMore: byId("speaker-more", HTMLButtonElement),
    from: byId("from", HTMLInputElement),
    to: byId("to", HTMLInputElement),
    clearFilters: byId("clear-filters", HTMLButtonElement),
    resultsHeading: byId("results-heading", HTMLElement),
    count: byId("result-count", HTMLElement),
    sort: byId("sort", HTMLSelectElement),
    sortField: byId("sort-field", HTMLElement),
    notice: byId("notice", HTMLElement),
    welcome: byId("welcome", HTMLElement),
    examples: byId("examples", HTMLUListElement),
    list: byId("results", HTMLOListElement),
    pager: byId("pager", HTMLElement),
    pagerStatus: byId("pager-status", HTMLElement),
    previous: byId("prev-page", HTMLButtonElement),
    next: byId("next-page", HTMLButtonElement),
    releaseView: byId("release-view", HTMLElement),
    releaseBody: byId("release-body", HTMLElement),
    backLink: byId("back-link", HTMLAnchorElement),
  };
}

export type PageElements = ReturnType<typeof findPageElements>;
