import http from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import { expect } from "chai";
import { scaled } from "./robustness-harness.js";
import { HEAVY_SEARCH, spawnApiToShutDown } from "./spawned-process.js";
const CLIENTS = 8;
const SIGNAL_AFTER_MS = 1_500;

interface Attempt {
  readonly keepAlive: boolean;
  /** When the request was fully written to the socket; unset if it never was. */
  readonly sentAt: number | undefined;
  readonly status?: number;
  readonly complete?: boolean;
  readonly connectionClose?: boolean;
  readonly error?: string;
}

function send(url: string, agent: http.Agent | false): Promise<Attempt> {
  const keepAlive = agent !== false;
  return new Promise((resolve) => {
    let sentAt: number | undefined;
    const req = http.get(
      url,
      {
        agent,
        headers: keepAlive ? {} : { connection: "close" },
        timeout: 15_000,
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("error", (err: NodeJS.ErrnoException) =>
          resolve({ keepAlive, sentAt, error: err.code ?? err.message }),
        );
        res.on("end", () => {
          let complete = true;
          try {
            JSON.parse(text);
          } catch {
            complete = false;
          }
          resolve({
            keepAlive,
            sentAt,
            status: res.statusCode ?? 0,
            complete,
            connectionClose: res.headers.connection === "close",
          });
        });
      },
    );
    req.on("finish", () => (sentAt = Date.now()));
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", (err: NodeJS.ErrnoException) =>
      resolve({ keepAlive, sentAt, error: err.code ?? err.message }),
    );
  });
}

/** One client sending requests back to back until the server stops answering. */
async function client(
  url: string,
  keepAlive: boolean,
  stopped: () => boolean,
): Promise<Attempt[]> {
  const agent = keepAlive
    ? new http.Agent({ keepAlive: true, maxSockets: 1 })
    : false;
  const attempts: Attempt[] = [];
  while (!stopped()) {
    const attempt = await send(url, agent);
    attempts.push(attempt);
    if (attempt.error !== undefined) break;
  }
  if (agent !== false) agent.destroy();
  return attempts;
}

async function trial(): Promise<{
  clients: Attempt[][];
  signalAt: number;
}> {
  const api = await spawnApiToShutDown();
  try {
    let exited = false;
    void api.exited.then(() => (exited = true));
    const clients = Array.from({ length: CLIENTS }, (_, i) =>
      client(`${api.url}${HEAVY_SEARCH}`, i % 2 === 0, () => exited),
    );
    await delay(SIGNAL_AFTER_MS);
    const signalAt = Date.now();
    api.child.kill("SIGTERM");
    const attempts = await Promise.all(clients);
    expect(await api.exited).to.deep.equal({ code: 0, signal: null });
    return { clients: attempts, signalAt };
  } finally {
    if (api.child.exitCode === null) api.child.kill("SIGKILL");
  }
}

describe("SIGTERM while keep-alive and closing clients send requests in a loop", function () {
  this.timeout(120_000);

  it("SIGTERM when clients keep sending then every request sent before the signal gets a complete answer, and keep-alive clients are told to close", async () => {
    const lost: string[] = [];
    let answered = 0;
    const notTold: string[] = [];
    for (let i = 0; i < scaled(3, 7); i += 1) {
      const { clients, signalAt } = await trial();
      const attempts = clients.flat();
      const before = attempts.filter(
        (a) => a.sentAt !== undefined && a.sentAt < signalAt,
      );
      for (const a of before) {
        if (a.status !== 200 || a.complete !== true)
          lost.push(
            `trial ${i + 1}: ${a.keepAlive ? "keep-alive" : "closing"} client, sent ${signalAt - (a.sentAt ?? 0)} ms before the signal: ${a.error ?? `${a.status} complete=${a.complete}`}`,
          );
      }
      answered += before.length;
      for (const [c, sent] of clients.entries()) {
        const last = sent.filter((a) => a.status !== undefined).at(-1);
        if (last?.keepAlive === true && last.connectionClose !== true)
          notTold.push(`trial ${i + 1}, client ${c}`);
      }
    }

    expect(answered).to.be.greaterThan(0);
    expect(lost, lost.join("\n")).to.deep.equal([]);
    expect(
      notTold,
      "keep-alive clients whose last answer kept the connection open",
    ).to.deep.equal([]);
  });
});
