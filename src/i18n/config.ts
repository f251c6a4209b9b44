/**
 * The locale registry: the one place that says which languages the site has.
 * Routes, the language picker, hreflang, the sitemap, i18next and the tests all
 * read this list. Adding a locale = one entry here + its translation files and
 * its guides under content/.
 */
export interface LocaleInfo {
  /** URL segment and i18next language code. */
  readonly code: string;
  /** The language's name, written in that language. */
  readonly name: string;
  /** BCP 47 tag for Intl (dates, numbers, plural rules); `hreflang` uses `code`. */
  readonly intl: string;
  /** Text direction. */
  readonly dir: 'ltr' | 'rtl';
  /** How dates are written on pages (Intl.DateTimeFormat options). */
  readonly dateFormat: Intl.DateTimeFormatOptions;
  /** Open Graph locale (`og:locale`). */
  readonly og: string;
}

export const locales = [
  { code: 'en', name: 'English', intl: 'en-GB', dir: 'ltr', dateFormat: { dateStyle: 'long' }, og: 'en_GB' },
  { code: 'pl', name: 'Polski', intl: 'pl-PL', dir: 'ltr', dateFormat: { dateStyle: 'long' }, og: 'pl_PL' },
  { code: 'tr', name: 'Türkçe', intl: 'tr-TR', dir: 'ltr', dateFormat: { dateStyle: 'long' }, og: 'tr_TR' },
] as const satisfies readonly LocaleInfo[];

export type Lang = (typeof locales)[number]['code'];

/** The locale used when nothing better is known (and for `x-default`). */
export const defaultLang: Lang = 'en';

/** All locale codes, in registry order. */
export const langs: readonly Lang[] = locales.map((l) => l.code);

/** True when `value` is one of the site's locale codes. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (langs as readonly string[]).includes(value);
}

/** The registry entry for a locale code. */
export function localeInfo(lang: Lang): LocaleInfo {
  const info = locales.find((l) => l.code === lang);
  if (!info) throw new Error(`Unknown locale: ${lang}`);
  return info;
}

/**
 * `getStaticPaths` of a page built once per locale (`/{lang}/…`): the locale
 * as the `lang` parameter and, typed, as the `lang` prop.
 */
export function localeStaticPaths(): { params: { lang: Lang }; props: { lang: Lang } }[] {
  return langs.map((lang) => ({ params: { lang }, props: { lang } }));
}
