import { createSearchClient } from "../client/search-client.js";
import { endTypingBurst } from "./history-sync.js";
import { findPageElements } from "./page-elements.js";
import type { SearchSort } from "../contract/api-contract.js";
import { EMPTY_SEARCH, readPageState } from "./page-state.js";
import { createSearchPage } from "./search-page.js";
import { isPlainClick } from "./dom.js";

/** Search-as-you-type waits this long after the last keystroke. */
const TYPING_DEBOUNCE_MS = 150;

const elements = findPageElements();
const page = createSearchPage(elements, createSearchClient(location.origin));

elements.q.addEventListener("input", () => {
  page.change({ q: elements.q.value, page: 1 }, "typing", TYPING_DEBOUNCE_MS);
});
elements.q.addEventListener("blur", endTypingBurst);
elements.form.addEventListener("submit", (event) => {
  event.preventDefault();
  endTypingBurst();
  page.flush();
});

elements.sort.addEventListener("change", () => {
  page.change({ sort: elements.sort.value as SearchSort, page: 1 }, "push");
});
elements.from.addEventListener("change", () => {
  page.change({ from: elements.from.value, page: 1 }, "push");
});
elements.to.addEventListener("change", () => {
  page.change({ to: elements.to.value, page: 1 }, "push");
});
elements.clearFilters.addEventListener("click", () => {
  elements.speakerFilter.value = "";
  elements.speakerFilter.dispatchEvent(new Event("input"));
  page.change({ speakers: [], from: "", to: "", page: 1 }, "push");
});

elements.previous.addEventListener("click", () => {
  page.focusResultsNext();
  page.change({ page: Math.max(1, page.state().search.page - 1) }, "push");
});
elements.next.addEventListener("click", () => {
  page.focusResultsNext();
  page.change({ page: page.state().search.page + 1 }, "push");
});

elements.examples.addEventListener("click", (event) => {
  const button = (event.target as Element).closest("button[data-query]");
  if (!(button instanceof HTMLButtonElement)) return;
  const q = button.dataset["query"] ?? "";
  elements.q.value = q;
  page.change({ q, page: 1 }, "push");
  elements.q.focus();
});

elements.filtersToggle.addEventListener("click", () => {
  const open = elements.filtersToggle.getAttribute("aria-expanded") !== "true";
  elements.filtersToggle.setAttribute("aria-expanded", String(open));
  elements.filtersPanel.classList.toggle("is-open", open);
});

elements.homeLink.addEventListener("click", (event) => {
  if (!isPlainClick(event)) return;
  event.preventDefault();
  page.navigate(
    { search: EMPTY_SEARCH, release: null, sentence: null },
    "push",
  );
  elements.q.focus();
});
elements.backLink.addEventListener("click", (event) => {
  if (!isPlainClick(event)) return;
  event.preventDefault();
  page.backToResults();
});

window.addEventListener("popstate", () => {
  page.navigate(readPageState(new URL(location.href)), null);
});

page.navigate(page.state(), "replace");
