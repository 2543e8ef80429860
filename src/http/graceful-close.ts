import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { Server as NetServer, type Socket } from "node:net";

/**
 * Event-loop turns (each with a poll for I/O, at least 5 ms apart) between
 * SIGTERM and closing the listener: 5 lost requests under CPU contention, 20
 * (about 100 ms) did not.
 */
const DRAIN_TURNS = 20;

interface Connection {
  /** Requests received whose answer has not closed yet (pipelined ones included). */
  pending: number;
  /** `bytesRead` when the last answer closed: more since means a request is arriving. */
  bytesWhenIdle: number;
}

/**
 * Tracks the server's connections so that a shutdown loses no request a
 * client already sent: answers still to come carry `Connection: close`; the
 * listener closes only after a few event-loop polls (connections the kernel
 * accepted and requests on the wire reach Node only then); and a keep-alive
 * connection is closed only when it has no answer pending and has read nothing
 * since its last one. Node's own `closeIdleConnections` (called by
 * `server.close()`) would also close a connection whose previous answer
 * finished while a pipelined request waits behind it.
 *
 * @returns `close(graceMs)`: after `graceMs`, whatever is left is closed
 */
export function trackConnections(server: Server): {
  close(graceMs: number): Promise<void>;
} {
  const connections = new Map<Socket, Connection>();
  const inFlight = new Set<ServerResponse>();
  let closing = false;

  const isIdle = (socket: Socket, connection: Connection) =>
    connection.pending === 0 && socket.bytesRead === connection.bytesWhenIdle;
  const closeIfIdle = (socket: Socket) => {
    const connection = connections.get(socket);
    if (connection !== undefined && isIdle(socket, connection))
      socket.destroy();
  };

  server.on("connection", (socket: Socket) => {
    connections.set(socket, { pending: 0, bytesWhenIdle: 0 });
    socket.once("close", () => connections.delete(socket));
  });
  // Runs before the app, so the header is set before any response starts.
  server.prependListener(
    "request",
    (req: IncomingMessage, res: ServerResponse) => {
      if (closing) res.setHeader("Connection", "close");
      inFlight.add(res);
      const connection = connections.get(req.socket);
      if (connection !== undefined) connection.pending += 1;
      res.once("close", () => {
        inFlight.delete(res);
        if (connection === undefined) return;
        connection.pending -= 1;
        connection.bytesWhenIdle = req.socket.bytesRead;
        // Answered before the signal without Connection: close: the client
        // may still send on it, so it is closed once it stays idle.
        if (closing && connection.pending === 0)
          void pollTurns(DRAIN_TURNS).then(() => closeIfIdle(req.socket));
      });
    },
  );

  return {
    async close(graceMs) {
      closing = true;
      for (const res of inFlight)
        if (!res.headersSent) res.setHeader("Connection", "close");
      await pollTurns(DRAIN_TURNS);
      // net's close: stop listening, resolve once every connection ended,
      // without http's closeIdleConnections.
      const closed = new Promise<void>((resolve) => {
        NetServer.prototype.close.call(server, () => resolve());
      });
      for (const socket of connections.keys()) closeIfIdle(socket);
      const timer = setTimeout(() => {
        server.closeAllConnections();
      }, graceMs);
      timer.unref();
      await closed;
      clearTimeout(timer);
    },
  };
}

async function pollTurns(turns: number): Promise<void> {
  for (let i = 0; i < turns; i += 1)
    await new Promise((resolve) => setTimeout(resolve, 5));
}
