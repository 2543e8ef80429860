/**
 * Keyboard use of the results: ↓/↑ or j/k move between hits (one tab stop
 * for the whole list), Home/End jump, Enter shows a hit's context, Escape
 * returns to the search box, and "/" anywhere focuses the search box.
 */
export interface ResultNavigation {
  /** Call after new results are rendered: the first hit becomes the tab stop. */
  reset(): void;
  /** Moves focus to a hit (and makes it the tab stop). */
  focusHit(article: HTMLElement): void;
}

const NEXT_KEYS = new Set(["ArrowDown", "j"]);
const PREVIOUS_KEYS = new Set(["ArrowUp", "k"]);

const NON_TEXT_INPUTS = new Set([
  "checkbox",
  "radio",
  "button",
  "submit",
  "reset",
]);

/** True where "/" is something the user types, not a shortcut. */
function isTextField(target: EventTarget | null): boolean {
  return (
    (target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type)) ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/**
 * @param list - the results list (its `article.hit` elements are navigated)
 * @param searchInput - the search box
 * @param onEnter - what Enter on a focused hit does
 */
export function installResultNavigation(
  list: HTMLElement,
  searchInput: HTMLInputElement,
  onEnter: (article: HTMLElement) => void,
): ResultNavigation {
  const hits = () => [...list.querySelectorAll<HTMLElement>("article.hit")];

  function focusHit(article: HTMLElement): void {
    for (const hit of hits()) hit.tabIndex = hit === article ? 0 : -1;
    article.focus();
    article.scrollIntoView({ block: "nearest" });
  }

  list.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const all = hits();
    const current = all.findIndex((hit) => hit.contains(event.target as Node));
    const currentHit = all[current];
    if (currentHit === undefined) return;
    const onHit = event.target === currentHit;
    let next: HTMLElement | undefined;
    if (NEXT_KEYS.has(event.key)) next = all[current + 1];
    else if (PREVIOUS_KEYS.has(event.key)) {
      if (current === 0) {
        event.preventDefault();
        searchInput.focus();
        return;
      }
      next = all[current - 1];
    } else if (event.key === "Home") next = all[0];
    else if (event.key === "End") next = all.at(-1);
    else if (event.key === "Escape") {
      event.preventDefault();
      searchInput.focus();
      return;
    } else if (event.key === "Enter" && onHit) {
      event.preventDefault();
      onEnter(currentHit);
      return;
    }
    if (next === undefined) return;
    event.preventDefault();
    focusHit(next);
  });

  list.addEventListener("focusin", (event) => {
    const article = (event.target as Element).closest("article.hit");
    if (article instanceof HTMLElement)
      for (const hit of hits()) hit.tabIndex = hit === article ? 0 : -1;
  });

  searchInput.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown") return;
    const first = hits()[0];
    if (first === undefined) return;
    event.preventDefault();
    focusHit(first);
  });

  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || isTextField(event.target)) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    searchInput.focus();
    searchInput.select();
  });

  return {
    reset() {
      const first = hits()[0];
      if (first !== undefined) first.tabIndex = 0;
    },
    focusHit,
  };
}
