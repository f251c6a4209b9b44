/**
 * Language negotiation for `/`: a saved choice wins, then the best match of
 * the browser's languages (in their order of preference), then the default.
 */

/**
 * Parses an `Accept-Language`-like list (`tr-TR, en;q=0.8, *;q=0.1`) into
 * language tags ordered by preference. Malformed parts are skipped.
 */
export function parseLanguageList(header: string): string[] {
  return header
    .slice(0, 1000)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
      const weight = q ? Number(q[1]) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((x) => /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(x.tag) && x.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((x) => x.tag);
}

/** The first site locale that matches one of `preferred` (by primary subtag). */
export function bestMatch(preferred: readonly string[], available: readonly string[]): string | null {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    const hit = available.find((l) => l.toLowerCase() === primary);
    if (hit) return hit;
  }
  return null;
}

/** Chooses the locale for `/`: saved choice, else browser languages, else `fallback`. */
export function negotiateLanguage(
  saved: string | null | undefined,
  browser: readonly string[] | string,
  available: readonly string[],
  fallback: string,
): string {
  if (saved && available.includes(saved)) return saved;
  const list = typeof browser === 'string' ? parseLanguageList(browser) : browser;
  return bestMatch(list, available) ?? fallback;
}
