/**
 * Turns what the reader typed or pasted into a search plan: the capped text,
 * the code and bounce-line findings (answered at once, from the guide list)
 * and the one or two queries to send to Pagefind.
 *
 * Pagefind folds ą, ę, ś … but not Polish `ł` or Turkish `ı`, and lowercases
 * without Turkish rules, so a query is sent as typed (lowercased with the
 * locale's rules) and, when it differs, folded with {@link foldText}; the
 * guides carry folded forms of their title and keywords as metadata, so
 * `lacznik` finds `łącznik`. The caller merges both result lists.
 */
import { analyzeBounce, type BounceAnalysis } from './bounce-line';
import type { CodeMatch, GuideRef } from './error-code';
import { capInput, foldText, lowerFor, MAX_INPUT } from './search-text';

/** Most words sent to Pagefind (a pasted paragraph is cut to its start). */
export const MAX_QUERY_WORDS = 8;

export interface SearchPlan {
  /** The input, capped at {@link MAX_INPUT} characters. */
  text: string;
  /** True when the input was longer than the cap. */
  truncated: boolean;
  /** The status code found in the input, with its guide, or null. */
  code: CodeMatch | null;
  /**
   * The bounce-line findings, only when the input is more than a code: it
   * names a server, an address or a socket error. Null otherwise.
   */
  analysis: BounceAnalysis | null;
  /** Zero (blank input, a code alone, a pasted line), one or two distinct Pagefind queries, the as-typed one first. */
  queries: string[];
}

/** The first `max` whitespace-separated words of `text`, joined by single spaces. */
function firstWords(text: string, max: number): string {
  const words: string[] = [];
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    words.push(word);
    if (words.length >= max) break;
  }
  return words.join(' ');
}

/** The words of `text` that hold no digit (what is left around a code), or '' when none has three letters. */
function wordsBesideCode(text: string): string {
  const words = text.split(/\s+/).filter((w) => w !== '' && !/\d/.test(w));
  return words.some((w) => /\p{L}{3}/u.test(w)) ? words.join(' ') : '';
}

/**
 * Plans a search for `input` in locale `lang` against the locale's guides.
 * A code alone or a pasted bounce line needs no full-text index: no query
 * (search answers it from the code registry and never loads Pagefind). Words
 * typed beside a code, and any other text, are searched by their first
 * {@link MAX_QUERY_WORDS} words.
 */
export function planSearch(input: string, lang: string, guides: readonly GuideRef[]): SearchPlan {
  const { text, truncated } = capInput(typeof input === 'string' ? input : '', MAX_INPUT);
  const found = text.trim() === '' ? null : analyzeBounce(text, guides);
  const code = found?.code ?? null;
  const isLine = found !== null && (found.serverName !== null || found.ip !== null || found.socketError !== null);
  const analysis = isLine ? found : null;

  // A code or a pasted line is answered from the code registry alone (no Pagefind);
  // words typed around a code are still looked up.
  const source = analysis !== null ? '' : code !== null ? wordsBesideCode(text) : text;
  const typed = firstWords(lowerFor(source, lang), MAX_QUERY_WORDS);
  const queries: string[] = [];
  if (typed !== '') {
    queries.push(typed);
    const folded = foldText(typed, lang);
    if (folded !== '' && folded !== typed) queries.push(folded);
  }
  return { text, truncated, code, analysis, queries };
}
