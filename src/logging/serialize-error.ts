import { AppError } from "../errors/app-error.js";
import { redactSecrets } from "./redact.js";

/** How an error appears in a log line. */
export interface LoggedError {
  readonly type: string;
  readonly code?: string;
  readonly message: string;
  /** The `cause` chain as one short line each: `TypeError: fetch failed`. */
  readonly causes?: readonly string[];
  /** Only for unexpected errors (500 internal): the rest are explained by their code. */
  readonly stack?: string;
}

const MAX_CAUSES = 5;

/**
 * The pino serializer of `err`: type, code, message and the short cause chain;
 * the stack only when the error is unexpected (not an `AppError`, or an
 * `internal` one, whose first foreign cause holds the useful stack). Messages
 * go through `redactSecrets`.
 */
export function serializeError(err: unknown): LoggedError {
  if (!(err instanceof Error))
    return { type: typeof err, message: String(err) };
  const chain = causeChain(err);
  const code = codeOf(err);
  const unexpected = !(err instanceof AppError) || err.code === "internal";
  const origin = chain.find((e) => !(e instanceof AppError)) ?? err;
  const causes = chain.slice(1, 1 + MAX_CAUSES).map(shortLine);
  return {
    type: err.name,
    ...(code !== undefined && { code }),
    message: redactSecrets(err.message),
    ...(causes.length > 0 && { causes }),
    ...(unexpected && { stack: redactSecrets(origin.stack ?? origin.message) }),
  };
}

function causeChain(err: Error): Error[] {
  const chain: Error[] = [err];
  let next: unknown = err.cause;
  while (next instanceof Error && !chain.includes(next)) {
    chain.push(next);
    next = next.cause;
  }
  return chain;
}

function codeOf(err: Error): string | undefined {
  const code = (err as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

function shortLine(err: Error): string {
  const code = codeOf(err);
  const line = `${err.name}: ${redactSecrets(err.message)}`;
  return code === undefined ? line : `${line} (${code})`;
}
