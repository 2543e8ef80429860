import { hash } from "node:crypto";

const MAX_SLUG_LENGTH = 60;
const TITLE_HASH_LENGTH = 8;
const NON_ASCII = /[\u0080-\uffff]/;

/** Lower-case ASCII words joined by "-", at most `maxLength` characters, never cut mid-word. */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  // ASCII needs no decomposition: most titles skip it.
  const folded = NON_ASCII.test(text)
    ? text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
    : text;
  const words = folded
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
  let slug = "";
  for (const word of words) {
    const next = slug === "" ? word : `${slug}-${word}`;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug === "" ? (words[0] ?? "").slice(0, maxLength) : slug;
}

/** A short hex SHA-256 of `text`. */
export function shortHash(text: string, length: number): string {
  return hash("sha256", text).slice(0, length);
}

/**
 * The stable id of a release: `2021-07-15-wang-yi-meets-with-russian-foreign-…-1a2b3c4d`.
 *
 * @remarks
 * Date, a readable slug of the title, and a hash of the whole title so that titles
 * sharing their first 60 characters still differ. Only `[A-Za-z0-9_-]`, well under 512 bytes.
 */
export function createReleaseId(date: string, title: string): string {
  const slug = slugify(title);
  const hash = shortHash(title, TITLE_HASH_LENGTH);
  return slug === "" ? `${date}-${hash}` : `${date}-${slug}-${hash}`;
}

/** The id of the sentence at `position` in a release. */
export function createSentenceId(releaseId: string, position: number): string {
  return `${releaseId}-${position}`;
}

/**
 * Makes a release id unique within a run by adding a suffix derived from the source
 * file, e.g. `…-1a2b3c4d-2019-04-29-hua-chunying-regular-press-conference-2`.
 */
export function disambiguateReleaseId(
  releaseId: string,
  source: string,
): string {
  const base =
    source
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.[^.]+$/, "") ?? source;
  return `${releaseId}-${slugify(base, 80) || shortHash(source, TITLE_HASH_LENGTH)}`;
}
