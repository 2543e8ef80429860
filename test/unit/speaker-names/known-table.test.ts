import { expect } from "chai";
import { buildKnownTable } from "../../../bench/speaker-names/known-table.js";
import type { KnownSpeakersTable } from "../../../indexer/names/known-speakers.js";

const EMPTY: KnownSpeakersTable = {
  description: "test",
  rejected: [],
  speakers: {},
};

describe("building config/known-speakers.json", () => {
  it("buildKnownTable when spellings share a variant key then the most frequent is canonical, ties alphabetical", () => {
    const { table, merged } = buildKnownTable(
      new Map([
        ["Sergey Chemezov", 22],
        ["Sergei Chemezov", 298],
        ["Valery Gazzaev", 3],
        ["Valery Gazzayev", 3],
        ["Igor Yusufov", 2],
        ["Igor Yusupov", 1],
      ]),
      EMPTY,
    );

    expect(table.speakers).to.deep.equal({
      "Igor Yusufov": [],
      "Igor Yusupov": [],
      "Sergei Chemezov": ["Sergey Chemezov"],
      "Valery Gazzaev": ["Valery Gazzayev"],
    });
    expect(merged).to.have.length(2);
  });

  it("buildKnownTable when a group is already listed then its reviewed canonical stays, and unseen names are dropped", () => {
    const { table, added, dropped } = buildKnownTable(
      new Map([
        ["Kim Dae-Jung", 5],
        ["Kim Dae-jung", 1],
        ["Yulia Matveyeva", 7],
      ]),
      {
        ...EMPTY,
        speakers: { "Kim Dae-jung": ["Kim Dae-Jung"], "Ivan Gone": [] },
      },
    );

    expect(table.speakers).to.deep.equal({
      "Kim Dae-jung": ["Kim Dae-Jung"],
      "Yulia Matveyeva": [],
    });
    expect(added).to.deep.equal(["Yulia Matveyeva"]);
    expect(dropped).to.deep.equal(["Ivan Gone"]);
  });

  it("buildKnownTable when a speaker is rejected, a gazetteer person, an outlet, an initial or not a full name then it is not listed", () => {
    const { table } = buildKnownTable(
      new Map([
        ["Far East", 20],
        ["Sergei Lavrov", 5],
        ["Global Times", 9],
        ["A. Fursenko", 2],
        ["Al Thani", 4],
        ["Journalist", 100],
      ]),
      { ...EMPTY, rejected: ["Far East"] },
    );

    expect(table.speakers).to.deep.equal({});
  });
});
