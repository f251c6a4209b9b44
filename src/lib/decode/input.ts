/**
 * Getting a pasted text or a file's text ready for the parsers: the cap,
 * line ends (CRLF, CR or LF), characters that copy-and-paste brings along
 * (no-break spaces, zero-width characters, typographic quotes), and RFC 5322
 * unfolding (a line starting with a space or tab continues the one before).
 *
 * Everything here is one pass over the text.
 */

/** The most characters decoded (about 1 MB of text); the rest is ignored and flagged. */
export const MAX_INPUT = 1_000_000;

/** The most bytes of a file read as text (.eml, .txt); the rest is ignored and flagged. */
export const MAX_FILE_BYTES = 1_048_576;

/** The largest .msg accepted (it is a container that must be read whole). */
export const MAX_MSG_BYTES = 10 * 1_048_576;

/** A capped text. */
export interface CappedText {
  text: string;
  /** True when the input was longer than the cap. */
  truncated: boolean;
}

/** Cuts `text` to `max` characters without splitting a surrogate pair. */
export function capText(text: string, max = MAX_INPUT): CappedText {
  if (text.length <= max) return { text, truncated: false };
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return { text: text.slice(0, end), truncated: true };
}

/** Characters replaced before parsing: no-break and other spaces, typographic quotes. */
const REPLACE: Readonly<Record<string, string>> = {
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2013': '-',
  '\u2212': '-',
};

/** Zero-width characters and the byte-order mark, dropped. */
const DROP = /[\u200b-\u200d\u2060\ufeff]/g;
const SPECIAL = /[\u00a0\u2007\u202f\u2002\u2003\u2009\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2212]/g;

/**
 * Normalizes line ends to LF (CRLF, lone CR and LF all become one LF), drops
 * zero-width characters, and turns no-break spaces and typographic quotes
 * into their ASCII forms, so that a line copied from Outlook or a web page
 * reads like the service printed it.
 */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(DROP, '').replace(SPECIAL, (c) => REPLACE[c] ?? c);
}

/** Splits normalized text into lines (LF only). */
export function splitLines(text: string): string[] {
  return text.split('\n');
}

/** A logical line: physical lines joined by unfolding. */
export interface LogicalLine {
  text: string;
  /** Index of its first physical line. */
  line: number;
}

/** True for a line that continues the one before it (RFC 5322 folding: starts with a space or tab). */
export function isContinuation(line: string): boolean {
  const c = line.charCodeAt(0);
  return (c === 0x20 || c === 0x09) && line.trim() !== '';
}

/**
 * RFC 5322 unfolding of `lines[from..to)`: each line that starts with a space
 * or tab (and is not blank) is appended to the previous one, with one space.
 * A blank line ends a field. Linear: every line is visited once, and parts
 * are joined once per logical line.
 */
export function unfold(lines: readonly string[], from = 0, to = lines.length): LogicalLine[] {
  const out: LogicalLine[] = [];
  let parts: string[] = [];
  let start = -1;
  const flush = (): void => {
    if (start >= 0) out.push({ text: parts.join(' '), line: start });
    parts = [];
    start = -1;
  };
  for (let i = from; i < to; i += 1) {
    const line = lines[i] ?? '';
    if (start >= 0 && isContinuation(line)) {
      parts.push(line.trim());
      continue;
    }
    flush();
    start = i;
    parts.push(line.trimEnd());
  }
  flush();
  return out;
}

/** Trims spaces and the given characters from both ends (no regular expression, linear). */
export function trimChars(s: string, chars: string): string {
  let start = 0;
  let end = s.length;
  const strip = (ch: string): boolean => ch.trim() === '' || chars.includes(ch);
  while (start < end && strip(s.charAt(start))) start += 1;
  while (end > start && strip(s.charAt(end - 1))) end -= 1;
  return s.slice(start, end);
}

/** Collapses runs of spaces and tabs to one space and trims. */
export function squeeze(s: string): string {
  return s.replace(/[ \t]+/g, ' ').trim();
}

/** Cuts `s` to `max` characters, with an ellipsis when cut. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}
