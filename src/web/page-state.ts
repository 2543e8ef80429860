/** What the page shows, and its round trip through the URL (`?q=…&speaker=…#sentence`). */

import type { SearchParamsInput } from "../api/request-schemas.js";
import {
  DOCUMENT_ID_PATTERN,
  SEARCH_LIMITS,
  SEARCH_SORTS,
  type SearchSort,
} from "../contract/api-contract.js";

export interface SearchState {
  readonly q: string;
  readonly speakers: readonly string[];
  /** `YYYY-MM-DD` or "" for no bound. */
  readonly from: string;
  readonly to: string;
  readonly sort: SearchSort;
  readonly page: number;
}

export interface PageState {
  readonly search: SearchState;
  /** A release id when the whole release is shown instead of the results. */
  readonly release: string | null;
  /** The sentence to highlight in the release (the URL fragment). */
  readonly sentence: string | null;
}

export const EMPTY_SEARCH: SearchState = Object.freeze({
  q: "",
  speakers: [],
  from: "",
  to: "",
  sort: "relevance",
  page: 1,
});

// The API's own limits, so a hand-edited URL gives a sensible page, not a 400.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads the page state from a URL, dropping values the API would refuse.
 *
 * @param url - usually `new URL(location.href)`
 */
export function readPageState(url: URL): PageState {
  const params = url.searchParams;
  const sort = params.get("sort") ?? "relevance";
  const page = Number(params.get("page") ?? "1");
  const date = (name: string) => {
    const value = params.get(name) ?? "";
    return ISO_DATE.test(value) ? value : "";
  };
  const fragment = decodeURIComponent(url.hash.slice(1));
  const release = params.get("release");
  return {
    search: {
      q: [...(params.get("q") ?? "")]
        .slice(0, SEARCH_LIMITS.maxQueryLength)
        .join(""),
      speakers: [...new Set(params.getAll("speaker"))]
        .filter((s) => s.trim() !== "")
        .slice(0, SEARCH_LIMITS.maxValuesPerFilter),
      from: date("from"),
      to: date("to"),
      sort: (SEARCH_SORTS as readonly string[]).includes(sort)
        ? (sort as SearchSort)
        : "relevance",
      page:
        Number.isInteger(page) && page >= 1 && page <= SEARCH_LIMITS.maxPage
          ? page
          : 1,
    },
    release: release === null || release === "" ? null : release,
    sentence: DOCUMENT_ID_PATTERN.test(fragment) ? fragment : null,
  };
}

/**
 * The URL path and query (`/?…#…`) of a page state; defaults are left out so shared
 * links stay short.
 *
 * @param state - the state to write
 */
export function toRelativeUrl(state: PageState): string {
  const { search } = state;
  const params = new URLSearchParams();
  if (state.release !== null) params.set("release", state.release);
  if (search.q !== "") params.set("q", search.q);
  for (const speaker of search.speakers) params.append("speaker", speaker);
  if (search.from !== "") params.set("from", search.from);
  if (search.to !== "") params.set("to", search.to);
  if (search.sort !== "relevance") params.set("sort", search.sort);
  if (search.page !== 1) params.set("page", String(search.page));
  const query = params.toString();
  const hash =
    state.release !== null && state.sentence !== null
      ? `#${state.sentence}`
      : "";
  return `/${query === "" ? "" : `?${query}`}${hash}`;
}

/** True when the search has no query and no filter: the page shows its welcome hint. */
export function isBlankSearch(search: SearchState): boolean {
  return search.q.trim() === "" && countFilters(search) === 0;
}

/** How many filters (speakers, date bounds) are set. */
export function countFilters(search: SearchState): number {
  return (
    search.speakers.length +
    (search.from === "" ? 0 : 1) +
    (search.to === "" ? 0 : 1)
  );
}

/** True when both states ask the API for the same thing. */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return (
    a.q === b.q &&
    a.from === b.from &&
    a.to === b.to &&
    a.sort === b.sort &&
    a.page === b.page &&
    a.speakers.length === b.speakers.length &&
    a.speakers.every((s, i) => s === b.speakers[i])
  );
}

/**
 * The `/v1/search` parameters of a search state.
 *
 * @param search - what the page shows
 */
export function toApiParams(search: SearchState): SearchParamsInput {
  return {
    q: search.q,
    speaker: [...search.speakers],
    ...(search.from !== "" && { from: search.from }),
    ...(search.to !== "" && { to: search.to }),
    sort: search.sort,
    page: search.page,
    // The welcome screen only needs the speaker counts.
    hitsPerPage: isBlankSearch(search) ? 1 : SEARCH_LIMITS.defaultHitsPerPage,
    facets: ["speaker"],
  };
}
