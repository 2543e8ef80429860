/** What replaces a secret in logs. */
export const REDACTED = "[redacted]";

/**
 * Query parameter names whose values are secrets, compared without case, `-`
 * or `_`: `token`, `apiKey`, `access_token`, `X-Api-Key`, `client_secret`…
 */
const SECRET_NAME =
  /(token|key|secret|password|passwd|pwd|auth|authorization|signature|sig|session|credentials?)$/;

const isSecretName = (name: string): boolean =>
  SECRET_NAME.test(name.toLowerCase().replace(/[-_]/g, ""));

/** Any `name=value` of a query string, in a URL or in free text. */
const QUERY_PAIR = /([?&;])([^=&;#\s"']*)=([^&;#\s"']*)/g;
/** Credentials in an absolute URL: `https://user:password@host`. */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@"']*:[^/\s@"']*@/gi;

/**
 * The text with the values of secret-looking query parameters and URL
 * credentials replaced, e.g. `/v1/admin/reindex?token=[redacted]`. Used for
 * every URL and error message that reaches a log line.
 */
export function redactSecrets(text: string): string {
  return text
    .replace(USERINFO, `$1${REDACTED}@`)
    .replace(QUERY_PAIR, (pair: string, sep: string, name: string) => {
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // A malformed name is compared as it is.
      }
      return isSecretName(decoded) ? `${sep}${name}=${REDACTED}` : pair;
    });
}

/** Paths pino censors in every log line, whoever logs an object with headers. */
export const REDACTED_LOG_PATHS = [
  "authorization",
  "cookie",
  "headers.authorization",
  "headers.cookie",
  "*.authorization",
  "*.headers.authorization",
  "*.headers.cookie",
  "*.*.headers.authorization",
];
