/**
 * Fetches the locale's guide list (`/{lang}/guides.json`, see
 * src/pages/[lang]/guides.json.ts), cause headings (`/{lang}/guide-causes.json`)
 * and code registry (`/{lang}/codes.json`) for the search element and the wizard's
 * paste box. Loaded with them, never on page load.
 */
import { parseGuideCauses, parseSearchGuides, type GuideCauses, type SearchGuide } from '../lib/search-config';
import { parseCodeList, type CodeList } from '../lib/code-list';

/** The JSON at `url` read by `parse`; null when it cannot be had (offline, an error, malformed data). */
async function fetchParsed<T>(url: string, parse: (data: unknown) => T | null): Promise<T | null> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    return response.ok ? parse(await response.json()) : null;
  } catch {
    return null;
  }
}

/** The guides at `url`, parsed; null when they cannot be had. */
export function fetchGuideList(url: string): Promise<SearchGuide[] | null> {
  return fetchParsed(url, parseSearchGuides);
}

/** The locale's code registry at `url` (`/{lang}/codes.json`), parsed; null when it cannot be had. */
export function fetchCodeList(url: string): Promise<CodeList | null> {
  return fetchParsed(url, parseCodeList);
}

/** The cause headings per guide at `url` (`/{lang}/guide-causes.json`); null when they cannot be had. */
export function fetchGuideCauses(url: string): Promise<GuideCauses | null> {
  return fetchParsed(url, parseGuideCauses);
}
