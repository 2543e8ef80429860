import { instantMeiliSearch } from "@meilisearch/instant-meilisearch";
import instantsearch from "instantsearch.js";
import {
  clearRefinements,
  configure,
  currentRefinements,
  hits,
  pagination,
  refinementList,
  searchBox,
  stats,
} from "instantsearch.js/es/widgets";
import { dateRange, labelDates } from "./date-range.js";

interface SentenceHit extends Record<string, unknown> {
  readonly text: string;
  readonly speaker: string | null;
  readonly date: string;
  readonly releaseTitle: string;
}

const app = document.querySelector<HTMLElement>("#app");
const { searchClient } = instantMeiliSearch(
  new URL("/v1/instantsearch", window.location.href).href,
  "",
  { finitePagination: true, primaryKey: "id" },
);

const search = instantsearch({
  indexName: app?.dataset["index"] ?? "releases",
  searchClient,
  routing: true,
  future: { preserveSharedStateOnUnmount: true },
});

search.addWidgets([
  configure({ hitsPerPage: 10 }),
  searchBox({
    container: "#searchbox",
    placeholder: "Search sentences (typos welcome)",
  }),
  stats({ container: "#stats" }),
  refinementList({
    container: "#speakers",
    attribute: "speaker",
    searchable: true,
    searchablePlaceholder: "Find a speaker",
    limit: 8,
    showMore: true,
  }),
  dateRange({ container: "#dates", attribute: "timestamp" }),
  currentRefinements({ container: "#current", transformItems: labelDates }),
  clearRefinements({ container: "#clear" }),
  hits<SentenceHit>({
    container: "#hits",
    templates: {
      item: (hit, { html, components }) =>
        html`<p class="hit-text">
            ${components.Highlight({ hit, attribute: "text" })}
          </p>
          <p class="hit-meta">
            <span class="hit-speaker">${hit.speaker ?? "Narration"}</span
            >${" · "}${hit.date}${" · "}${hit.releaseTitle}
          </p>`,
    },
  }),
  pagination({ container: "#pagination" }),
]);

search.start();
