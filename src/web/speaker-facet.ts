import type { SearchClient } from "../client/search-client.js";
import { h } from "./dom.js";
import { formatCount } from "./format.js";
import { latestOnly } from "./latest-only.js";

export interface SpeakerFacetElements {
  readonly filter: HTMLInputElement;
  readonly list: HTMLUListElement;
  readonly empty: HTMLElement;
  readonly more: HTMLButtonElement;
}

export interface SpeakerFacet {
  /** New disjunctive counts from a search answer, and the speakers now selected. */
  update(
    counts: Readonly<Record<string, number>>,
    selected: readonly string[],
  ): void;
}

/** Speakers shown before "Show more"; checked ones are always shown. */
const COLLAPSED_SIZE = 8;
const FILTER_DEBOUNCE_MS = 150;

/**
 * The speaker checkboxes: counts from the search's facet, multi-select, and a
 * filter box that asks `/v1/speakers?q=` so a long list stays usable.
 *
 * @param elements - the list, its filter box, its "show all" button and empty note
 * @param client - the API client
 * @param onChange - called with the new selection when a box is (un)checked
 */
export function createSpeakerFacet(
  elements: SpeakerFacetElements,
  client: SearchClient,
  onChange: (selected: string[]) => void,
): SpeakerFacet {
  let counts: Readonly<Record<string, number>> = {};
  let selected: readonly string[] = [];
  let matches: readonly string[] | null = null;
  let expanded = false;

  /** By count, in a stable order, so checking a box never moves it. */
  function visibleNames(): { names: string[]; hiddenCount: number } {
    if (matches !== null) return { names: [...matches], hiddenCount: 0 };
    const chosen = new Set(selected);
    const ranked = [...new Set([...Object.keys(counts), ...selected])].sort(
      (a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b),
    );
    const names = ranked.filter(
      (name, i) => expanded || i < COLLAPSED_SIZE || chosen.has(name),
    );
    return { names, hiddenCount: ranked.length - names.length };
  }

  function renderItem(name: string): HTMLLIElement {
    const count = counts[name];
    const box = h("input", { attrs: { type: "checkbox", value: name } });
    box.checked = selected.includes(name);
    return h("li", { className: "facet-item" }, [
      h("label", { className: "facet-label" }, [
        box,
        h("span", { className: "facet-name", text: name }),
        count !== undefined &&
          h(
            "span",
            {
              className: count === 0 ? "facet-count is-zero" : "facet-count",
            },
            [
              formatCount(count),
              h("span", { className: "visually-hidden", text: " sentences" }),
            ],
          ),
      ]),
    ]);
  }

  function render(): void {
    const focused =
      document.activeElement instanceof HTMLInputElement &&
      elements.list.contains(document.activeElement)
        ? document.activeElement.value
        : null;
    const { names, hiddenCount } = visibleNames();
    elements.list.replaceChildren(...names.map(renderItem));
    const query = elements.filter.value.trim();
    elements.empty.hidden = names.length > 0;
    elements.empty.textContent =
      matches !== null
        ? `No speaker matches “${query}”.`
        : "No quoted speakers for this search.";
    elements.more.hidden = matches !== null || (hiddenCount === 0 && !expanded);
    elements.more.textContent = expanded
      ? "Show fewer speakers"
      : `Show ${formatCount(hiddenCount)} more ${hiddenCount === 1 ? "speaker" : "speakers"}`;
    elements.more.setAttribute("aria-expanded", String(expanded));
    if (focused !== null) {
      for (const box of elements.list.querySelectorAll("input"))
        if (box.value === focused) box.focus();
    }
  }

  const lookup = latestOnly(
    async (signal) => {
      const query = elements.filter.value.trim();
      const { speakers } = await client.speakers(query, { signal });
      matches = speakers.map((s) => s.name);
      render();
    },
    () => {
      matches = [];
      render();
      elements.empty.textContent = "Speakers cannot be looked up right now.";
    },
  );

  elements.filter.addEventListener("input", () => {
    if (elements.filter.value.trim() === "") {
      lookup.cancel();
      matches = null;
      render();
    } else {
      lookup.schedule(FILTER_DEBOUNCE_MS);
    }
  });
  elements.more.addEventListener("click", () => {
    expanded = !expanded;
    render();
  });
  elements.list.addEventListener("change", (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement)) return;
    const next = box.checked
      ? [...selected.filter((s) => s !== box.value), box.value]
      : selected.filter((s) => s !== box.value);
    selected = next;
    onChange(next);
  });

  return {
    update(nextCounts, nextSelected) {
      counts = nextCounts;
      selected = nextSelected;
      render();
    },
  };
}
