import type { PageElements } from "./page-elements.js";
import { countFilters, type SearchState } from "./page-state.js";

/**
 * Makes the form controls, the filter badge and the document title show a
 * search state (after Back, a shared link or a reload).
 *
 * @param elements - the page's elements
 * @param search - the state to show
 */
export function syncControls(
  elements: PageElements,
  search: SearchState,
): void {
  // Rewriting an unchanged value would move the caret while typing.
  if (elements.q.value !== search.q) elements.q.value = search.q;
  elements.sort.value = search.sort;
  elements.from.value = search.from;
  elements.to.value = search.to;
  elements.from.max = search.to;
  elements.to.min = search.from === "" ? "1990-01-01" : search.from;
  const filters = countFilters(search);
  elements.filtersActive.textContent = filters === 0 ? "" : `(${filters} on)`;
  elements.clearFilters.disabled = filters === 0;
  for (const box of elements.speakerList.querySelectorAll("input"))
    box.checked = search.speakers.includes(box.value);
  const q = search.q.trim();
  document.title = q === "" ? "Release search" : `“${q}” — Release search`;
}
