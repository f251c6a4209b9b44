/**
 * Pure helpers between Pagefind's results and what the search shows: merging
 * the result lists of several queries, choosing the section that matched and
 * checking excerpts before they are shown.
 *
 * Pagefind's `meta.title` and `content` are raw text (shown with
 * `textContent`); `excerpt` is HTML-escaped text with `<mark>` around hits.
 * {@link safeExcerpt} is the only way an excerpt may reach `innerHTML`.
 */

/** The fields of a Pagefind result this site reads (`await result.data()`). */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

/** A result as the search shows it. */
export interface SearchHit {
  /** Link: the page, or the matched section (`/pl/errors/4-4-316/#meaning`). */
  url: string;
  /** Page title (raw text). */
  title: string;
  /** Title of the matched section, or null when the hit is in the page's opening. */
  section: string | null;
  /** The excerpt as Pagefind wrote it (escaped, with `<mark>`); check with {@link safeExcerpt}. */
  excerpt: string;
}

/** Anything with an id and a score, as Pagefind's search results are. */
export interface Scored {
  id: string;
  score: number;
}

/**
 * Merges result lists (one per query) into one, best first: a result found
 * by several queries is kept once (the first list's object) with the sum of
 * its scores, so a page that matches both the as-typed and the folded query
 * ranks above one that matches only one of them. Ties keep first-seen order.
 */
export function mergeResults<T extends Scored>(lists: readonly (readonly T[])[]): T[] {
  const merged = new Map<string, { item: T; score: number; order: number }>();
  for (const list of lists) {
    for (const item of list) {
      const seen = merged.get(item.id);
      const score = Number.isFinite(item.score) ? item.score : 0;
      if (seen) seen.score += score;
      else merged.set(item.id, { item, score, order: merged.size });
    }
  }
  return [...merged.values()].sort((a, b) => b.score - a.score || a.order - b.order).map((m) => m.item);
}

/** Every `<…>` tag in an excerpt (bounded: a tag is at most 64 characters). */
const TAG = /<[^<>]{0,64}>?/g;

/**
 * The excerpt, unchanged, when it is safe to set as `innerHTML`: the only
 * tags in it are `<mark>` and `</mark>`, and no `<` is left unclosed. Null
 * otherwise (show {@link excerptText} with `textContent` instead).
 */
export function safeExcerpt(excerpt: string): string | null {
  if (typeof excerpt !== 'string') return null;
  for (const m of excerpt.matchAll(TAG)) {
    if (m[0] !== '<mark>' && m[0] !== '</mark>') return null;
  }
  return excerpt;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The excerpt as plain text: tags removed, the common entities and numeric
 * references decoded. For `textContent`, never for HTML.
 */
export function excerptText(excerpt: string): string {
  if (typeof excerpt !== 'string') return '';
  return excerpt.replace(TAG, '').replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,5});/gi, (whole, ref: string) => {
    const lower = ref.toLowerCase();
    if (lower.startsWith('#')) {
      const n = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
      return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[lower] ?? whole;
  });
}

/** Sum of the scores of a section's hits. */
function sectionScore(sub: PagefindSubResult): number {
  let score = 0;
  for (const l of sub.weighted_locations ?? []) score += Number.isFinite(l.balanced_score) ? l.balanced_score : 0;
  return score;
}

/**
 * What the search shows for one Pagefind result: its title, the section with
 * the strongest hits (null when that is the page's opening, before any
 * heading) with that section's link and excerpt, else the page's link and
 * excerpt.
 */
export function toHit(data: PagefindData): SearchHit {
  const title = data.meta['title'] ?? data.url;
  let best: PagefindSubResult | null = null;
  let bestScore = 0;
  for (const sub of data.sub_results ?? []) {
    const score = sectionScore(sub);
    if (score > bestScore) {
      best = sub;
      bestScore = score;
    }
  }
  if (best === null || !best.url.includes('#')) {
    return { url: data.url, title, section: null, excerpt: best?.excerpt ?? data.excerpt };
  }
  return { url: best.url, title, section: best.title, excerpt: best.excerpt };
}

/** A URL without its `#section` and with a trailing slash, for comparing pages. */
export function pageOf(url: string): string {
  const path = url.split('#')[0] ?? '';
  return path.endsWith('/') ? path : `${path}/`;
}
