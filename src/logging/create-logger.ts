import { pino, type DestinationStream, type Level, type Logger } from "pino";
import { REDACTED, REDACTED_LOG_PATHS } from "./redact.js";
import { serializeError } from "./serialize-error.js";

/**
 * The logger of the API and of the indexer: JSON lines, authorization headers
 * censored wherever an object carries them, errors without stacks unless
 * unexpected (see `serializeError`).
 *
 * @param destination - stdout by default (the indexer passes stderr)
 */
export function createLogger(
  options: { level: Level | "silent"; service: string },
  destination?: DestinationStream,
): Logger {
  return pino(
    {
      level: options.level,
      base: { service: options.service },
      redact: { paths: REDACTED_LOG_PATHS, censor: REDACTED },
      serializers: { err: serializeError },
    },
    destination,
  );
}
