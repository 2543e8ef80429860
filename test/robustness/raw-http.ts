import http from "node:http";
import net from "node:net";

export interface RawResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/**
 * fetch with a deadline: a request that does not complete in `timeoutMs` fails
 * the test as a hang rather than stalling it until mocha's timeout.
 */
export async function fetchRaw(
  url: string,
  init: RequestInit = {},
  timeoutMs = 5_000,
): Promise<RawResponse> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, { ...init, signal });
    return {
      status: response.status,
      headers: response.headers,
      text: await response.text(),
    };
  } catch (err) {
    if (signal.aborted)
      throw new Error(
        `${init.method ?? "GET"} ${url.slice(0, 200)} hung for ${timeoutMs} ms`,
        { cause: err },
      );
    throw err;
  }
}

/**
 * A request through node:http with exactly the given headers (fetch adds
 * `cache-control: no-cache` to conditional requests, and refuses GET bodies),
 * failing as a hang after `timeoutMs`.
 */
export function httpRaw(
  url: string,
  init: {
    method?: string;
    headers?: Readonly<Record<string, string>>;
    body?: string | Uint8Array;
  } = {},
  timeoutMs = 5_000,
): Promise<RawResponse> {
  const method = init.method ?? "GET";
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method, headers: init.headers, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined)
              headers.set(
                name,
                Array.isArray(value) ? value.join(", ") : value,
              );
          }
          resolve({
            status: res.statusCode ?? 0,
            headers,
            text: Buffer.concat(chunks).toString("utf8"),
          });
        });
      },
    );
    req.on("timeout", () => {
      req.destroy(
        new Error(`${method} ${url.slice(0, 200)} hung for ${timeoutMs} ms`),
      );
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

/**
 * Writes `request` as is on a fresh TCP connection (no HTTP client in between,
 * so nothing fixes or intercepts it) and resolves with everything the server
 * sent once it closes the connection; fails as a hang after `timeoutMs`.
 */
export function sendOverTcp(
  baseUrl: string,
  request: string,
  timeoutMs = 5_000,
): Promise<string> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(request);
    });
    let reply = "";
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      reject(
        new Error(
          `no close within ${timeoutMs} ms; got ${reply.slice(0, 200)}`,
        ),
      );
    });
    socket.on("data", (chunk: Buffer) => (reply += chunk.toString("latin1")));
    socket.on("error", (err: NodeJS.ErrnoException) => {
      // A server refusing a request it will not read (431) may reset the
      // connection while we still write: what it answered is the reply.
      if (err.code === "ECONNRESET" || err.code === "EPIPE") resolve(reply);
      else reject(err);
    });
    socket.on("close", () => {
      resolve(reply);
    });
  });
}
