import { expect } from "chai";
import {
  checkSearchOnlyKey,
  judgeKeysProbe,
  judgeWriteProbe,
  type ProbeAnswer,
} from "../../../src/engines/meilisearch/key-probe.js";
import { AppError } from "../../../src/errors/app-error.js";

function requests(keys: ProbeAnswer, write: ProbeAnswer) {
  const calls: string[] = [];
  return {
    calls,
    probes: {
      search: () => {
        calls.push("search");
        return Promise.resolve();
      },
      listKeys: () => {
        calls.push("keys");
        return Promise.resolve(keys);
      },
      deleteProbe: () => {
        calls.push("write");
        return Promise.resolve(write);
      },
    },
  };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("expected a rejection");
}

describe("key probes", () => {
  it("judgeKeysProbe when GET /keys answers then 200 means may write and 401/403 may not", () => {
    expect(judgeKeysProbe({ status: 200 })).to.equal(true);
    expect(judgeKeysProbe({ status: 403, code: "invalid_api_key" })).to.equal(
      false,
    );
    expect(
      judgeKeysProbe({ status: 401, code: "missing_master_key" }),
    ).to.equal(false);
    expect(judgeKeysProbe({ status: 404 })).to.equal(undefined);
  });

  it("judgeWriteProbe when the write probe answers then 400 or 2xx mean may write and 401/403 may not", () => {
    expect(
      judgeWriteProbe({ status: 400, code: "invalid_document_filter" }),
    ).to.equal(true);
    expect(judgeWriteProbe({ status: 202 })).to.equal(true);
    expect(judgeWriteProbe({ status: 403, code: "invalid_api_key" })).to.equal(
      false,
    );
    expect(judgeWriteProbe({ status: 500 })).to.equal(undefined);
  });

  it("checkSearchOnlyKey when both probes are refused then accepts the key", async () => {
    const { probes, calls } = requests({ status: 403 }, { status: 403 });

    await checkSearchOnlyKey(probes, "releases");

    expect(calls).to.deep.equal(["search", "keys", "write"]);
  });

  it("checkSearchOnlyKey when the key may list keys then refuses it without sending the write probe", async () => {
    const { probes, calls } = requests({ status: 200 }, { status: 403 });

    const err = await rejection(checkSearchOnlyKey(probes, "releases"));

    expect(err.code).to.equal("invalid_request");
    expect(err.message).to.contain("GET /keys").and.contain("refuses to start");
    expect(calls).to.deep.equal(["search", "keys"]);
  });

  it("checkSearchOnlyKey when the write probe passes the permission check then refuses the key", async () => {
    const { probes } = requests(
      { status: 403 },
      { status: 400, code: "invalid_document_filter" },
    );

    const err = await rejection(checkSearchOnlyKey(probes, "releases"));

    expect(err.code).to.equal("invalid_request");
    expect(err.message)
      .to.contain("400 invalid_document_filter")
      .and.contain('"search"');
  });

  it("checkSearchOnlyKey when an answer tells nothing then refuses to guess", async () => {
    const { probes } = requests(
      { status: 403 },
      { status: 404, code: "not_found" },
    );

    const err = await rejection(checkSearchOnlyKey(probes, "releases"));

    expect(err.code).to.equal("internal");
    expect(err.message).to.contain("Cannot tell");
  });
});
