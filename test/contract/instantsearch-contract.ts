import { expect } from "chai";
import {
  request,
  seedDocuments,
  startTestApi,
  type TestApi,
} from "../api/api-harness.js";
import type { ContractContext } from "./search-engine-contract.js";

interface Selection {
  readonly q: string;
  readonly speakers: readonly string[];
  readonly from?: string;
  readonly to?: string;
  readonly sort?: "date:desc" | "date:asc";
  readonly page?: number;
}

const SELECTIONS: readonly Selection[] = [
  { q: "", speakers: [] },
  { q: "russia", speakers: [] },
  { q: "multilaterlism", speakers: [] },
  { q: "cooperation", speakers: ["Wang Yi", "Sergey Lavrov"] },
  { q: "", speakers: ["Sergey Lavrov"], from: "2021-07-15", to: "2021-07-15" },
  { q: "", speakers: [], sort: "date:desc", page: 2 },
  { q: "lavrov", speakers: ["Wang Yi"], from: "2021-07-16" },
];

/** The quoted filter instant-meilisearch writes for a refinementList. */
const speakerFilter = (speakers: readonly string[]) =>
  speakers.map((s) => `"speaker"="${s.replace(/[\\"]/g, "\\$&")}"`);

function dateFilters(s: Selection): string[] {
  const ts = (d: string) => Date.parse(`${d}T00:00:00Z`) / 1000;
  return [
    ...(s.from === undefined ? [] : [`"timestamp">=${ts(s.from)}`]),
    ...(s.to === undefined ? [] : [`"timestamp"<=${ts(s.to)}`]),
  ];
}

/**
 * What InstantSearch sends for a selection with a disjunctive speaker facet:
 * the hits query with every filter, plus (when speakers are refined) a query
 * without the speaker filter that counts speakers.
 */
function instantSearchQueries(index: string, s: Selection): unknown[] {
  const base = {
    indexUid: index,
    q: s.q,
    attributesToHighlight: ["*"],
    highlightPreTag: "__ais-highlight__",
    highlightPostTag: "__/ais-highlight__",
    ...(s.sort === undefined && {}),
    ...(s.sort !== undefined && {
      sort: [s.sort === "date:desc" ? "timestamp:desc" : "timestamp:asc"],
    }),
  };
  const refined = s.speakers.length > 0 ? [speakerFilter(s.speakers)] : [];
  const main = {
    ...base,
    facets: ["speaker"],
    filter: [...dateFilters(s), ...refined],
    hitsPerPage: 20,
    page: s.page ?? 1,
  };
  const counts = {
    ...base,
    facets: ["speaker"],
    filter: dateFilters(s),
    hitsPerPage: 0,
    page: 1,
  };
  return s.speakers.length > 0 ? [main, counts] : [main];
}

/**
 * `/v1/instantsearch/multi-search` answers InstantSearch's queries with the same
 * hits, totals and (disjunctive) speaker counts as `/v1/search` for the same
 * selection, on whichever engine runs the contract.
 */
export function describeInstantsearchContract(ctx: ContractContext): void {
  describe("InstantSearch endpoint against /v1/search", function () {
    let api: TestApi | undefined;
    let index = "";

    before(async function () {
      index = await ctx.createIndex(await seedDocuments());
      api = await startTestApi({
        engine: ctx.engine(),
        env: { INDEX_NAME: index },
      });
    });
    after(async () => api?.close());

    for (const selection of SELECTIONS) {
      it(`multi-search when InstantSearch asks for ${JSON.stringify(selection)} then matches /v1/search`, async () => {
        const query = new URLSearchParams({
          q: selection.q,
          hitsPerPage: "20",
          page: String(selection.page ?? 1),
          ...(selection.from !== undefined && { from: selection.from }),
          ...(selection.to !== undefined && { to: selection.to }),
          ...(selection.sort !== undefined && { sort: selection.sort }),
        });
        for (const s of selection.speakers) query.append("speaker", s);
        const expected = (await request(`${api!.url}/v1/search?${query}`)).body;

        const answer = await request(
          `${api!.url}/v1/instantsearch/multi-search`,
          {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({
              queries: instantSearchQueries(index, selection),
            }),
          },
        );

        expect(answer.status).to.equal(200);
        const [main, counts = main] = answer.body.results;
        expect(main.totalHits).to.equal(expected.totalHits);
        expect(main.totalPages).to.equal(expected.totalPages);
        expect(main.hits.map((h: { id: string }) => h.id)).to.deep.equal(
          expected.hits.map((h: { id: string }) => h.id),
        );
        // `/v1/search` also lists selected speakers with no hits (count 0); Meilisearch does not.
        expect(counts.facetDistribution.speaker).to.deep.equal(
          Object.fromEntries(
            Object.entries(
              expected.facets.speaker as Record<string, number>,
            ).filter(([, count]) => count > 0),
          ),
        );
      });
    }
  });
}
