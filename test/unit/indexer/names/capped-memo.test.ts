import { expect } from "chai";
import { cappedMemo } from "../../../../indexer/names/capped-memo.js";

describe("cappedMemo", () => {
  it("cappedMemo when a key repeats then the function runs once for it, undefined answers included", () => {
    const calls: string[] = [];
    const memo = cappedMemo((key: string) => {
      calls.push(key);
      return key === "none" ? undefined : key.length;
    }, 10);

    expect([
      memo("abc"),
      memo("abc"),
      memo("none"),
      memo("none"),
    ]).to.deep.equal([3, 3, undefined, undefined]);
    expect(calls).to.deep.equal(["abc", "none"]);
  });

  it("cappedMemo when it holds as many keys as its capacity then a new key empties it first", () => {
    const calls: string[] = [];
    const memo = cappedMemo((key: string) => {
      calls.push(key);
      return key;
    }, 2);
    memo("a");
    memo("b");
    memo("c");
    memo("b");
    memo("c");

    expect(calls).to.deep.equal(["a", "b", "c", "b"]);
  });
});
