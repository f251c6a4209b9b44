/**
 * Text helpers for the site search: input capping, the locale's lowercasing
 * and the folding that makes a typed query comparable with Pagefind's index
 * in every locale.
 *
 * Pure functions, no DOM. Every regular expression here is a single character
 * class with one quantifier (linear time).
 */

/** Default maximum number of UTF-16 code units any analyzer looks at. */
export const MAX_INPUT = 2000;

/** Result of {@link capInput}. */
export interface CappedText {
  /** The (possibly shortened) text. */
  text: string;
  /** True when the input was longer than the limit and was cut. */
  truncated: boolean;
}

/**
 * Cuts `text` to at most `max` UTF-16 code units without splitting a
 * surrogate pair (the cut moves one unit back instead). Call this before any
 * parsing. Non-string input (from untyped callers) is treated as empty.
 */
export function capInput(text: string, max: number = MAX_INPUT): CappedText {
  const input = typeof text === 'string' ? text : '';
  const limit = Number.isFinite(max) ? Math.max(0, Math.floor(max)) : MAX_INPUT;
  if (input.length <= limit) return { text: input, truncated: false };
  let end = limit;
  if (end > 0) {
    const last = input.charCodeAt(end - 1);
    // A high surrogate as the last kept unit: its low half would be cut off.
    if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  }
  return { text: input.slice(0, end), truncated: true };
}

/** Lowercases with the locale's rules (Turkish and Azerbaijani `I` → `ı`, `İ` → `i`); falls back to the root locale on a bad tag. */
export function lowerFor(text: string, lang: string): string {
  const primary = (lang || '').toLowerCase().split(/[-_]/)[0] ?? '';
  // Turkish and Azerbaijani: İ -> i, I -> ı (the generic rule would give i̇ / i).
  const locale = primary === 'tr' || primary === 'az' ? primary : lang;
  try {
    return text.toLocaleLowerCase(locale || undefined);
  } catch {
    return text.toLowerCase();
  }
}

/**
 * Folds text for matching: locale-aware lowercasing (Turkish rules for `tr`),
 * diacritics removed through NFD, then the two letters Pagefind does not fold
 * (Polish `ł` -> `l`, Turkish dotless `ı` -> `i`), whitespace collapsed to
 * single spaces and trimmed. Linear in the input length; it does not cap.
 */
export function foldText(text: string, lang: string): string {
  const input = typeof text === 'string' ? text : '';
  return lowerFor(input, lang)
    .normalize('NFD')
    .replace(/\p{Mn}+/gu, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}
