import { setTimeout as delay } from "node:timers/promises";
import { expect } from "chai";
import { createRepeatCollapser } from "../../../src/http/repeat-collapser.js";

describe("createRepeatCollapser", () => {
  it("repeats when the same key recurs within the window then only the first is admitted and the rest reported as one count", async () => {
    const reports: [string, number][] = [];
    const collapser = createRepeatCollapser({
      windowMs: 50,
      onRepeats: (key, count) => reports.push([key, count]),
    });

    const first = [1, 2, 3, 4].map(() => collapser.admit("down"));
    const other = collapser.admit("timeout");
    await delay(80);
    const afterWindow = collapser.admit("down");
    await delay(80);

    expect(first).to.deep.equal([true, false, false, false]);
    expect(other).to.equal(true);
    expect(afterWindow).to.equal(true);
    expect(reports).to.deep.equal([["down", 3]]);
  });
});
