import { expect } from "chai";
import {
  INDEX_SETTINGS,
  type IndexSettings,
} from "../../../../config/index-settings.js";
import { diffSettings } from "../../../../indexer/jobs/settings-drift.js";

function withChanges(changes: Partial<IndexSettings>): IndexSettings {
  return { ...INDEX_SETTINGS, ...changes };
}

describe("diffSettings", () => {
  it("diffSettings when lists, numbers and synonyms drift then lists one readable line each", () => {
    const live = withChanges({
      primaryKey: "uid",
      searchableAttributes: ["speaker", "text", "mentions"],
      filterableAttributes: INDEX_SETTINGS.filterableAttributes
        .filter((a) => a !== "speakerVariants")
        .concat("genre"),
      typoTolerance: {
        ...INDEX_SETTINGS.typoTolerance,
        disableOnNumbers: false,
      },
      synonyms: {
        ...INDEX_SETTINGS.synonyms,
        UN: ["United Nations", "U.N."],
        extra: ["x"],
      },
      pagination: { maxTotalHits: 1000 },
    });

    expect(diffSettings(live, INDEX_SETTINGS)).to.deep.equal([
      'primaryKey: live "uid", wanted "id"',
      'searchableAttributes: live ["speaker", "text", "mentions"], wanted ["text", "speaker", "mentions"]',
      'filterableAttributes: missing ["speakerVariants"]; unexpected ["genre"]',
      "typoTolerance.disableOnNumbers: live false, wanted true",
      'synonyms["UN"]: unexpected ["U.N."]',
      'synonyms["extra"]: unexpected',
      "pagination.maxTotalHits: live 1000, wanted 10000",
    ]);
  });

  it("diffSettings when only the order of a set differs then reports nothing", () => {
    const live = withChanges({
      sortableAttributes: ["position", "releaseId", "timestamp"],
    });

    expect(diffSettings(live, INDEX_SETTINGS)).to.deep.equal([]);
  });

  it("diffSettings when a synonym or a facet order is missing then says so", () => {
    const { UN: _dropped, ...synonyms } = INDEX_SETTINGS.synonyms;
    const live = withChanges({
      synonyms,
      faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "alpha" } },
    });

    expect(diffSettings(live, INDEX_SETTINGS)).to.deep.equal([
      'synonyms["UN"]: missing',
      `faceting.maxValuesPerFacet: live 100, wanted ${String(INDEX_SETTINGS.faceting.maxValuesPerFacet)}`,
      'faceting.sortFacetValuesBy["*"]: live "alpha", wanted "count"',
    ]);
  });
});
