/**
 * Fetches the locale's guide list (`/{lang}/guides.json`, see
 * src/pages/[lang]/guides.json.ts) and code registry (`/{lang}/codes.json`) for the search element and the wizard's
 * paste box. Loaded with them, never on page load.
 */
import { parseGuideCauses, parseSearchGuides, type GuideCauses, type SearchGuide } from '../lib/search-config';
import { parseCodeList, type CodeList } from '../lib/code-list';

/** The guides at `url`, parsed; null when they cannot be had (offline, an error, a malformed list). */
export async function fetchGuideList(url: string): Promise<SearchGuide[] | null> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    return response.ok ? parseSearchGuides(await response.json()) : null;
  } catch {
    return null;
  }
}

/** The locale's code registry at `url` (`/{lang}/codes.json`), parsed; null when it cannot be had. */
export async function fetchCodeList(url: string): Promise<CodeList | null> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    return response.ok ? parseCodeList(await response.json()) : null;
  } catch {
    return null;
  }
}

/** The cause headings per guide at `url` (`/{lang}/guide-causes.json`); null when they cannot be had. */
export async function fetchGuideCauses(url: string): Promise<GuideCauses | null> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    return response.ok ? parseGuideCauses(await response.json()) : null;
  } catch {
    return null;
  }
}
