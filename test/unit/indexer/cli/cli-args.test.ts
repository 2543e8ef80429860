import { expect } from "chai";
import { parseCliArgs, UsageError } from "../../../../indexer/cli/cli-args.js";

describe("indexer CLI arguments", () => {
  it("parseCliArgs when given --dry-run and paths then it picks the dry-run mode", () => {
    expect(parseCliArgs(["--dry-run", "a", "b"])).to.deep.equal({
      mode: "dry-run",
      paths: ["a", "b"],
    });
    expect(parseCliArgs(["-h"])).to.deep.equal({ mode: "help" });
  });

  it("parseCliArgs when an option is unknown or no path is given then it throws a UsageError", () => {
    expect(() => parseCliArgs(["--bogus", "x"])).to.throw(UsageError);
    expect(() => parseCliArgs(["--dry-run"])).to.throw(UsageError, "no PATH");
  });
});
