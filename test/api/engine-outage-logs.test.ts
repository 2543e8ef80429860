import { expect } from "chai";
import { AppError } from "../../src/errors/app-error.js";
import { withReads } from "../fault-engines.js";
import { request, seedDocuments, startTestApi } from "./api-harness.js";

type Line = Record<string, any>;

async function apiFailingWith(fault: () => Promise<never>, logs: Line[]) {
  return startTestApi({
    documents: await seedDocuments(),
    env: { RATE_LIMIT_MAX: "100000" },
    wrapEngine: (engine) => withReads(engine, fault),
    logs,
  });
}

const refused = () => {
  const socket = Object.assign(
    new Error("connect ECONNREFUSED 127.0.0.1:7700"),
    { code: "ECONNREFUSED" },
  );
  const fetchFailed = new TypeError("fetch failed", { cause: socket });
  return Promise.reject(
    new AppError("engine_unavailable", "Meilisearch is unreachable", {
      cause: fetchFailed,
    }),
  );
};

describe("logs during an engine outage", () => {
  it("searches when the engine is down then log one warn line with the short cause chain and no stack, repeats collapsed", async () => {
    const logs: Line[] = [];
    const api = await apiFailingWith(refused, logs);
    try {
      for (let i = 0; i < 30; i += 1)
        expect(
          (await request(`${api.url}/v1/search?q=x&page=${i + 1}`)).status,
        ).to.equal(503);
    } finally {
      await api.close();
    }

    const failures = logs.filter((l) => l["res"]?.statusCode === 503);
    expect(failures).to.have.length(1);
    const [line] = failures as [Line];
    expect(line["level"]).to.equal(40);
    expect(line["err"]).to.deep.equal({
      type: "AppError",
      code: "engine_unavailable",
      message: "Meilisearch is unreachable",
      causes: [
        "TypeError: fetch failed",
        "Error: connect ECONNREFUSED 127.0.0.1:7700 (ECONNREFUSED)",
      ],
    });
    expect(JSON.stringify(logs)).to.not.contain("stack");
    expect(logs.filter((l) => l["level"] >= 50)).to.deep.equal([]);
  });

  it("InstantSearch multi-searches when the engine is down then log as /v1/search does: one warn line, repeats collapsed", async () => {
    const logs: Line[] = [];
    const api = await apiFailingWith(refused, logs);
    try {
      for (let i = 0; i < 10; i += 1) {
        const answer = await fetch(`${api.url}/v1/instantsearch/multi-search`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            queries: [{ indexUid: "releases", q: "x", page: i + 1 }],
          }),
        });
        expect(answer.status).to.equal(503);
        expect(await answer.json()).to.include({
          code: "search_engine_unavailable",
        });
      }
    } finally {
      await api.close();
    }

    const failures = logs.filter((l) => l["res"]?.statusCode === 503);
    expect(failures).to.have.length(1);
    expect(failures[0]).to.include({ level: 40 });
    expect(failures[0]?.["err"]).to.include({ code: "engine_unavailable" });
    expect(logs.filter((l) => l["level"] >= 50)).to.deep.equal([]);
  });

  it("a request when the error is unexpected then logs one error line with the stack", async () => {
    const logs: Line[] = [];
    const api = await apiFailingWith(
      () => Promise.reject(new TypeError("cannot read properties of x")),
      logs,
    );
    try {
      expect((await request(`${api.url}/v1/search?q=x`)).status).to.equal(500);
    } finally {
      await api.close();
    }

    const requestLines = logs.filter((l) => l["req"] !== undefined);
    expect(requestLines).to.have.length(1);
    expect(requestLines[0]?.["level"]).to.equal(50);
    expect(requestLines[0]?.["err"].stack).to.match(
      /TypeError: cannot read properties of x\n\s+at /,
    );
  });

  it("a client error when logged then is one info line with its code and no stack", async () => {
    const logs: Line[] = [];
    const api = await apiFailingWith(refused, logs);
    try {
      await request(`${api.url}/v1/search?page=0`);
    } finally {
      await api.close();
    }

    const requestLines = logs.filter((l) => l["req"] !== undefined);
    expect(requestLines).to.have.length(1);
    expect(requestLines[0]).to.include({ level: 30 });
    expect(requestLines[0]?.["err"]).to.include({ code: "invalid_request" });
    expect(JSON.stringify(requestLines)).to.not.contain("stack");
  });
});
