import { expect } from "chai";
import { AppError } from "../../../src/errors/app-error.js";
import { serializeError } from "../../../src/logging/serialize-error.js";

describe("serializeError", () => {
  it("serializeError when an AppError has a cause chain then gives short cause lines and no stack", () => {
    const socket = Object.assign(
      new Error("connect ECONNREFUSED 10.0.0.7:7700"),
      {
        code: "ECONNREFUSED",
      },
    );
    const err = new AppError("engine_unavailable", "unreachable", {
      cause: new TypeError("fetch failed", { cause: socket }),
    });

    expect(serializeError(err)).to.deep.equal({
      type: "AppError",
      code: "engine_unavailable",
      message: "unreachable",
      causes: [
        "TypeError: fetch failed",
        "Error: connect ECONNREFUSED 10.0.0.7:7700 (ECONNREFUSED)",
      ],
    });
  });

  it("serializeError when the error is internal or foreign then keeps the stack of the original error", () => {
    const original = new RangeError("index out of range");
    const internal = new AppError("internal", "Unexpected error", {
      cause: original,
    });

    expect(serializeError(internal).stack).to.equal(original.stack);
    expect(serializeError(original).stack).to.equal(original.stack);
  });

  it("serializeError when a message carries a URL with a token then redacts it", () => {
    const err = new Error(
      "GET http://indexer:8081/v1/admin/reindex?token=abc failed",
    );

    expect(serializeError(err).message).to.equal(
      "GET http://indexer:8081/v1/admin/reindex?token=[redacted] failed",
    );
  });

  it("serializeError when causes loop then stops", () => {
    const a = new Error("a");
    const b = new Error("b", { cause: a });
    (a as { cause?: unknown }).cause = b;

    expect(serializeError(a).causes).to.deep.equal(["Error: b"]);
  });
});
