/**
 * URL helpers. Every path on the site is `/{lang}/…`; these functions split
 * and build such paths without knowing the locale list themselves (callers
 * pass it in), so they stay pure and testable.
 */

/** Splits `/pl/errors/4-4-316/` into `{ lang: 'pl', rest: '/errors/4-4-316/' }`. */
export function splitLocale(pathname: string, langs: readonly string[]): { lang: string | null; rest: string } {
  const m = /^\/([^/?#]+)(\/[^?#]*)?$/.exec(pathname);
  if (m && langs.includes(m[1]!)) return { lang: m[1]!, rest: m[2] || '/' };
  return { lang: null, rest: pathname || '/' };
}

/** Ensures a path ends with a slash (`/en/errors/4-4-316` → `/en/errors/4-4-316/`). */
export function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** `/{lang}{rest}` with a trailing slash; `rest` is locale-free (`/`, `/errors/4-4-316/`). */
export function localizedPath(lang: string, rest = '/'): string {
  const clean = rest.startsWith('/') ? rest : `/${rest}`;
  return withTrailingSlash(`/${lang}${clean === '/' ? '' : clean}`);
}

/** The path segment of the troubleshooting wizard, after the locale (`/{lang}/troubleshoot/…`; steps: src/lib/wizard-url.ts). */
export const WIZARD_SEGMENT = 'troubleshoot';

/** Path of a guide: `/{lang}/errors/{slug}/`, optionally with `#section`. */
export function guidePath(lang: string, slug: string, section?: string): string {
  return localizedPath(lang, `/errors/${slug}/`) + (section ? `#${section}` : '');
}

/** The locale's guide list for search (`/{lang}/guides.json`, see src/pages/[lang]/guides.json.ts). */
export function guidesDataPath(lang: string): string {
  return `/${lang}/guides.json`;
}

/** Path of the locale's cause headings per guide (`/{lang}/guide-causes.json`), fetched by search for a pasted line only. */
export function guideCausesDataPath(lang: string): string {
  return `/${lang}/guide-causes.json`;
}

/**
 * The hreflang alternates of a page, from its locale-free path (`/errors/4-4-316/`):
 * the page in every locale, plus `x-default`, the default locale's page, except
 * for the overview (`/`), whose x-default is the language choice at `/` itself.
 * Used by the pages' <link rel=alternate> and by the sitemap, so both say the same.
 */
export function alternatePaths(rest: string, langs: readonly string[], defaultLang: string): { hreflang: string; path: string }[] {
  return [
    ...langs.map((lang) => ({ hreflang: lang, path: localizedPath(lang, rest) })),
    { hreflang: 'x-default', path: rest === '/' ? '/' : localizedPath(defaultLang, rest) },
  ];
}

/** Path of a code page: `/{lang}/codes/{slug}/` (slug `4-4-316`, `4-7-500-699`); the index without a slug. */
export function codePath(lang: string, slug?: string): string {
  return localizedPath(lang, slug ? `/codes/${slug}/` : '/codes/');
}

/** The locale's packed code registry (`/{lang}/codes.json`, see src/pages/[lang]/codes.json.ts). */
export function codesDataPath(lang: string): string {
  return `/${lang}/codes.json`;
}

/** The anchor of a basic reply code on `/{lang}/codes/basic/` (`550` → `reply-550`: an id must start with a letter). */
export function basicAnchor(code: string): string {
  return `reply-${code}`;
}

/** Path of a basic reply code's row: `/{lang}/codes/basic/#reply-550`. */
export function basicCodePath(lang: string, code: string): string {
  return `${localizedPath(lang, '/codes/basic/')}#${basicAnchor(code)}`;
}
