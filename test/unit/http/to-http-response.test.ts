import { expect } from "chai";
import { AppError } from "../../../src/errors/app-error.js";
import { toHttpResponse } from "../../../src/http/to-http-response.js";

describe("toHttpResponse", () => {
  it("toHttpResponse when an invalid_request error has details then keeps message and details with 400", () => {
    const err = new AppError(
      "invalid_request",
      "Invalid query parameters: page",
      { details: { page: 1 } },
    );

    expect(toHttpResponse(err)).to.deep.equal({
      status: 400,
      body: {
        error: {
          code: "invalid_request",
          message: "Invalid query parameters: page",
          details: { page: 1 },
        },
      },
    });
  });

  it("toHttpResponse when the engine timed out then answers 503 engine_unavailable", () => {
    const { status, body } = toHttpResponse(
      new AppError("engine_timeout", "took 3000 ms"),
    );

    expect(status).to.equal(503);
    expect(body.error.code).to.equal("engine_unavailable");
  });

  it("toHttpResponse when an unknown error is thrown then hides its message behind a 500", () => {
    const { status, body } = toHttpResponse(
      new Error("SELECT * FROM secrets failed at /srv/app.js:12"),
    );

    expect(status).to.equal(500);
    expect(body.error.code).to.equal("internal");
    expect(body.error.message).to.not.contain("secrets");
    expect(body.error).to.not.have.property("details");
  });

  it("toHttpResponse when an internal AppError carries details then drops them", () => {
    const { body } = toHttpResponse(
      new AppError("internal", "task 12 failed: disk full", {
        details: { task: 12 },
      }),
    );

    expect(body.error.message).to.not.contain("disk");
    expect(body.error).to.not.have.property("details");
  });

  for (const [type, status, code] of [
    ["entity.parse.failed", 400, "invalid_request"],
    ["entity.too.large", 413, "payload_too_large"],
    ["encoding.unsupported", 415, "unsupported_media_type"],
  ] as const) {
    it(`toHttpResponse when body-parser reports ${type} then answers ${status} ${code}`, () => {
      const err = Object.assign(new Error("raw parser message"), {
        type,
        status,
      });

      const response = toHttpResponse(err);

      expect(response.status).to.equal(status);
      expect(response.body.error.code).to.equal(code);
      expect(response.body.error.message).to.not.contain("raw parser message");
    });
  }
});
