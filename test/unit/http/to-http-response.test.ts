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

  for (const [errCode, status, code] of [
    ["Z_DATA_ERROR", 400, "invalid_request"],
    ["Z_BUF_ERROR", 400, "invalid_request"],
    ["ERR__ERROR_FORMAT_PADDING_1", 400, "invalid_request"],
    ["HPE_HEADER_OVERFLOW", 431, "headers_too_large"],
    ["ERR_HTTP_REQUEST_TIMEOUT", 408, "request_timeout"],
    ["HPE_INVALID_CHUNK_SIZE", 400, "invalid_request"],
    ["HPE_UNEXPECTED_CONTENT_LENGTH", 400, "invalid_request"],
    ["HPE_INVALID_TRANSFER_ENCODING", 400, "invalid_request"],
    ["HPE_INVALID_METHOD", 400, "invalid_request"],
  ] as const) {
    it(`toHttpResponse when the body decoder or Node's HTTP parser reports ${errCode} then answers ${status} ${code}`, () => {
      const err = Object.assign(new Error("raw message"), {
        code: errCode,
        ...(errCode.startsWith("HPE_") || errCode.startsWith("ERR_HTTP")
          ? {}
          : { status: 400, expose: true }),
      });

      const response = toHttpResponse(err);

      expect(response.status).to.equal(status);
      expect(response.body.error.code).to.equal(code);
      expect(response.body.error.message).to.not.contain("raw message");
    });
  }

  it("toHttpResponse when an error has a zlib-like code but no 400 status then stays internal", () => {
    const err = Object.assign(new Error("x"), { code: "Z_DATA_ERROR" });

    expect(toHttpResponse(err).status).to.equal(500);
  });
});
