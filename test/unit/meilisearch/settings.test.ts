import { expect } from "chai";
import { INDEX_SETTINGS } from "../../../config/index-settings.js";
import { diffSettings } from "../../../indexer/jobs/settings-drift.js";
import {
  fromMeilisearchSettings,
  toMeilisearchSettings,
} from "../../../src/engines/meilisearch/index-settings-mapping.js";
import { AppError } from "../../../src/errors/app-error.js";
import { recorded } from "./recorded.js";

// What the indexer sent (PATCH) and what Meilisearch answered when read back (GET),
// recorded against a real Meilisearch (recorded.ts).
const sent = recorded.tasks.updateSettings.request;
const live = recorded.indexes.getSettings.response;

describe("toMeilisearchSettings", () => {
  it("toMeilisearchSettings when given our settings then sends every setting except the primary key", () => {
    const body = toMeilisearchSettings(INDEX_SETTINGS);

    expect(body).not.to.have.property("primaryKey");
    expect(body.searchableAttributes).to.deep.equal([
      "text",
      "speaker",
      "mentions",
    ]);
    expect(body.filterableAttributes).to.include.members([
      "speaker",
      "releaseId",
      "timestamp",
      "speakerVariants",
    ]);
    expect(body.sortableAttributes).to.deep.equal([
      "timestamp",
      "releaseId",
      "position",
    ]);
    expect(body.typoTolerance).to.deep.equal({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnNumbers: true,
    });
    expect(body.synonyms["UN"]).to.deep.equal(["United Nations"]);
    expect(body.faceting.maxValuesPerFacet).to.equal(
      INDEX_SETTINGS.faceting.maxValuesPerFacet,
    );
    expect(body.pagination).to.deep.equal({
      maxTotalHits: INDEX_SETTINGS.pagination.maxTotalHits,
    });
  });
});

describe("fromMeilisearchSettings", () => {
  it("fromMeilisearchSettings when reading back the settings the indexer sent then finds no difference", () => {
    const read = fromMeilisearchSettings("id", live);

    expect(
      diffSettings(read, fromMeilisearchSettings("id", sent)),
    ).to.deep.equal([]);
    // Meilisearch answers sortable attributes and synonyms sorted: read as sets.
    expect(live.sortableAttributes).not.to.deep.equal(sent.sortableAttributes);
    expect(toMeilisearchSettings(read).searchableAttributes).to.deep.equal(
      sent.searchableAttributes,
    );
  });

  it("fromMeilisearchSettings when a filterable attribute is granular then shows it as JSON", () => {
    const granular = {
      attributePatterns: ["speaker"],
      features: { facetSearch: false },
    };
    const read = fromMeilisearchSettings("id", {
      ...live,
      filterableAttributes: [granular],
    });

    expect(read.filterableAttributes).to.deep.equal([JSON.stringify(granular)]);
  });

  it("fromMeilisearchSettings when the answer is not a settings object then throws internal", () => {
    expect(() => fromMeilisearchSettings("id", { rankingRules: "words" }))
      .to.throw(AppError)
      .with.property("code", "internal");
  });
});
