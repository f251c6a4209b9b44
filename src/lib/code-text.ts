/**
 * Small text rules of the code pages: inline code spans, the service texts
 * that belong to one class, and a meta description cut at a sentence or word.
 * Pure, shared by the pages and the tests.
 */
import type { CodeClass } from '../codes/types';

/** A piece of a registry text: plain, or an inline code span (written in backticks). */
export interface InlinePart {
  code: boolean;
  text: string;
}

/** Splits `Run \`Get-AcceptedDomain\` first` into plain and code parts (an unpaired backtick stays plain). */
export function inlineParts(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  let rest = text;
  for (;;) {
    const open = rest.indexOf('`');
    const close = open < 0 ? -1 : rest.indexOf('`', open + 1);
    if (open < 0 || close < 0) {
      if (rest) parts.push({ code: false, text: rest });
      return parts;
    }
    if (open > 0) parts.push({ code: false, text: rest.slice(0, open) });
    if (close > open + 1) parts.push({ code: true, text: rest.slice(open + 1, close) });
    rest = rest.slice(close + 1);
  }
}

/** The text without its backticks (for meta descriptions and search metadata). */
export function plainText(text: string): string {
  return inlineParts(text)
    .map((p) => p.text)
    .join('');
}

const FIRST_CODE = /(?<![\w.])([245])\.\d{1,3}\.\d{1,3}(?![\w])/;

/**
 * The service texts shown on one class's page: those whose first code is of
 * that class, and those that carry no code at all (`QUEUE.Expired`).
 */
export function seenForClass(seen: readonly string[] | undefined, cls: CodeClass): string[] {
  return (seen ?? []).filter((s) => {
    const m = FIRST_CODE.exec(s);
    return m === null || Number(m[1]) === cls;
  });
}

/** Cuts a description to at most `max` characters, at the end of a sentence or else a word, with "…" when cut. */
export function fitDescription(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const head = clean.slice(0, max - 1);
  const sentence = head.lastIndexOf('. ');
  if (sentence >= max * 0.5) return head.slice(0, sentence + 1);
  const space = head.lastIndexOf(' ');
  return `${head.slice(0, space > 0 ? space : head.length).replace(/[,;:]$/, '')}…`;
}
