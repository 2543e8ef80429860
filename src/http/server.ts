import { once } from "node:events";
import {
  createServer,
  STATUS_CODES,
  type Server,
  type ServerResponse,
} from "node:http";
import type { Duplex } from "node:stream";
import type { Express } from "express";
import { trackConnections } from "./graceful-close.js";
import { toHttpResponse } from "./to-http-response.js";

export interface ServerOptions {
  readonly host: string;
  readonly port: number;
  /** Longest time for a whole request (slow bodies are cut off). */
  readonly requestTimeoutMs: number;
  /** Longest time to receive the headers (slowloris). */
  readonly headersTimeoutMs: number;
}

export interface RunningServer {
  readonly server: Server;
  /** The base URL clients use, e.g. http://127.0.0.1:3000. */
  readonly url: string;
  /**
   * Answers every request already sent with `Connection: close`, stops
   * accepting connections once those requests reached Node, lets in-flight
   * requests finish, and after `graceMs` closes whatever is left.
   */
  close(graceMs: number): Promise<void>;
}

/** Listens with the app; the only function that opens a port. */
export async function startServer(
  app: Express,
  options: ServerOptions,
): Promise<RunningServer> {
  const server = createServer(
    {
      requestTimeout: options.requestTimeoutMs,
      headersTimeout: options.headersTimeoutMs,
      // Node checks both timeouts only this often (30 s by default), so a slow
      // client would otherwise hold its connection up to 30 s past them.
      connectionsCheckingInterval: Math.min(1_000, options.headersTimeoutMs),
    },
    app,
  );
  // A deeper accept queue than Node's 511, so bursts of new connections wait
  // rather than being reset (the kernel still caps it at net.core.somaxconn).
  server.listen({ port: options.port, host: options.host, backlog: 4_096 });
  server.keepAliveTimeout = 5_000;
  server.on("clientError", answerClientError);
  await once(server, "listening");
  const connections = trackConnections(server);

  const address = server.address();
  const port =
    typeof address === "object" && address !== null
      ? address.port
      : options.port;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  const shownHost = host === "0.0.0.0" || host === "[::]" ? "localhost" : host;

  return {
    server,
    url: `http://${shownHost}:${port}`,
    close: (graceMs) => connections.close(graceMs),
  };
}

/**
 * Errors Node's HTTP parser raises before Express sees a request (431 headers
 * too large, 400 malformed request or chunk, 408 slow headers) answered in the
 * API's JSON error shape, when the socket can still take an answer.
 */
function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  const pending = (socket as { _httpMessage?: ServerResponse | null })
    ._httpMessage;
  if (err.code === "ECONNRESET" || !socket.writable || pending?.headersSent) {
    socket.destroy();
    return;
  }
  const { status, body } = toHttpResponse(err);
  const json = JSON.stringify(body);
  // The parser keeps what it read; an answer to HEAD has no body.
  const raw = (err as { rawPacket?: Buffer }).rawPacket;
  const head = raw?.subarray(0, 5).toString("latin1") === "HEAD ";
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ""}\r\n` +
      "Content-Type: application/json; charset=utf-8\r\n" +
      `Content-Length: ${Buffer.byteLength(json)}\r\n` +
      "Connection: close\r\n\r\n" +
      (head ? "" : json),
  );
  // A client that neither reads nor closes is not kept waiting for.
  setTimeout(() => socket.destroy(), 1_000).unref();
}
