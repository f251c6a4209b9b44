/**
 * Build-time i18next. Pages and components call `useTranslations(lang)` while
 * Astro renders; nothing here is shipped to the browser.
 */
import i18next, { type TFunction } from 'i18next';
import { defaultLang, langs, localeInfo, type Lang } from './config';

type Resources = Record<string, Record<string, Record<string, unknown>>>;

const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });

/** All translation resources, as `{ lang: { namespace: json } }`. */
export const resources: Resources = {};
for (const [file, json] of Object.entries(files)) {
  const m = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(file);
  if (!m) continue;
  const [, lang, ns] = m as unknown as [string, string, string];
  (resources[lang] ??= {})[ns] = json;
}

/** The namespaces found for the default locale. */
export const namespaces = Object.keys(resources[defaultLang] ?? {});

const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: defaultLang,
  supportedLngs: [...langs],
  fallbackLng: false,
  ns: namespaces,
  defaultNS: 'common',
  initAsync: false,
  returnEmptyString: false,
  interpolation: { escapeValue: false },
});

/** A typed `t` bound to one locale (keys are checked against the English files). */
export function useTranslations(lang: Lang): TFunction {
  return instance.getFixedT(lang);
}

/** Formats a date in the locale's registered date format. */
export function formatDate(lang: Lang, date: Date): string {
  const info = localeInfo(lang);
  return new Intl.DateTimeFormat(info.intl, { ...info.dateFormat, timeZone: 'UTC' }).format(date);
}
