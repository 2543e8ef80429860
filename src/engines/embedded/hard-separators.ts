/**
 * Charabia's "context" (hard) separators, which Meilisearch uses to place words:
 * the word after one is 8 positions further than the word before it instead of 1,
 * so such words are never near each other for `proximity`, never a phrase, and
 * later words sit further from the start of the attribute for `attribute`.
 *
 * @remarks Charabia matches separators longest first, so `", "` and `". "` are
 * hard but a lone `","` or `"."` (as in "151,000" or "U.S") is soft; `!`, `?`,
 * `;`, `…` and their CJK and full-width forms are always hard. Charabia lists
 * `:` too, but Meilisearch 1.47's recorded positions show a colon as soft.
 */
const HARD_CHARS = /[!;?¡§¶¿;…‼‽⁇⁈⁉。、！，．；？｡､]/u;

/** True when the text between two words holds a hard separator. */
export function isHardGap(gap: string): boolean {
  return HARD_CHARS.test(gap) || gap.includes(". ") || gap.includes(", ");
}

/** Positions a hard separator adds (milli's `MAX_DISTANCE`). */
export const HARD_GAP = 8;
