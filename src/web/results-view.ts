import type { SearchResponse } from "../api/response-schemas.js";
import { formatCount, plural } from "./format.js";
import type { SearchState } from "./page-state.js";
import { renderHit, type HitActions } from "./result-item.js";

export interface ResultsElements {
  readonly count: HTMLElement;
  readonly list: HTMLOListElement;
  readonly pager: HTMLElement;
  readonly pagerStatus: HTMLElement;
  readonly previous: HTMLButtonElement;
  readonly next: HTMLButtonElement;
}

/**
 * The sentence announced in the live region: "19 sentences match “treaty”".
 *
 * @param response - the search answer
 * @param search - what was asked
 */
export function describeCount(
  response: SearchResponse,
  search: SearchState,
): string {
  const q = search.q.trim();
  const total = response.totalHitsIsEstimate
    ? `More than ${formatCount(response.totalHits)} sentences`
    : plural(response.totalHits, "sentence");
  if (response.totalHits === 0)
    return q === ""
      ? "No sentences match these filters"
      : `No sentences match “${q}”`;
  if (q === "") return total;
  return `${total} ${response.totalHits === 1 && !response.totalHitsIsEstimate ? "matches" : "match"} “${q}”`;
}

/**
 * Renders the hits, the count and the pager of a search answer.
 *
 * @param elements - where they go
 * @param response - the search answer
 * @param search - what was asked
 * @param actions - what each hit's links and buttons do
 */
export function renderResults(
  elements: ResultsElements,
  response: SearchResponse,
  search: SearchState,
  actions: HitActions,
): void {
  elements.count.textContent = describeCount(response, search);
  const offset = (response.page - 1) * response.hitsPerPage;
  elements.list.start = offset + 1;
  elements.list.replaceChildren(
    ...response.hits.map((hit, i) => renderHit(hit, offset + i, actions)),
  );
  const pages = response.totalPages;
  elements.pager.hidden = pages <= 1;
  elements.previous.disabled = response.page <= 1;
  elements.next.disabled = response.page >= pages;
  elements.pagerStatus.replaceChildren(
    `Page ${formatCount(response.page)} of ${formatCount(pages)}`,
  );
}

/** Empties the results (welcome screen, errors). */
export function clearResults(elements: ResultsElements): void {
  elements.list.replaceChildren();
  elements.pager.hidden = true;
}
