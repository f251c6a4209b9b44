/**
 * Translation freshness: a Polish or Turkish page says which English text it
 * was translated from (`translatedFrom`, the content hash of the English
 * file); comparing it with the English file's versions tells whether the
 * translation is current, stale (English changed since) or unknown (the hash
 * matches no English version: a typo or a made-up value).
 */
import { createHash } from 'node:crypto';

/** Length of the hex prefix of SHA-256 used as the content hash. */
export const HASH_LENGTH = 12;

/** What a `translatedFrom` value must look like. */
export const HASH_PATTERN = /^[0-9a-f]{12}$/;

/**
 * The content hash of a file's text: the first 12 hex digits of SHA-256 over
 * the text with line endings normalized to LF, so a checkout with CRLF gives
 * the same value.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('hex').slice(0, HASH_LENGTH);
}

/** One version of the English file: its content hash and when it was made. */
export interface SourceVersion {
  hash: string;
  date: Date;
}

/** How a translation relates to the English versions. */
export type TranslationState =
  | { state: 'current' }
  /** English changed after the translated version; `updated` is when the newest English version was made. */
  | { state: 'stale'; updated: Date; translatedAt: Date }
  /** `translatedFrom` matches no English version (never existed): the check must fail. */
  | { state: 'unknown'; updated: Date | undefined }
  /** The page has no `translatedFrom`. */
  | { state: 'missing'; updated: Date | undefined };

/**
 * The state of a translation, given its `translatedFrom` and the English
 * versions oldest first (the last one is the current English text). When the
 * same text existed twice (a change reverted), the newest occurrence counts.
 */
export function translationState(translatedFrom: string | undefined, versions: readonly SourceVersion[]): TranslationState {
  const newest = versions.at(-1);
  if (translatedFrom === undefined || translatedFrom === '') return { state: 'missing', updated: newest?.date };
  if (newest !== undefined && newest.hash === translatedFrom) return { state: 'current' };
  for (let i = versions.length - 2; i >= 0; i--) {
    if (versions[i]!.hash === translatedFrom) return { state: 'stale', updated: newest!.date, translatedAt: versions[i]!.date };
  }
  return { state: 'unknown', updated: newest?.date };
}
