/**
 * Build-time i18next. Pages and components call `useTranslations(lang)` while
 * Astro renders; nothing here is shipped to the browser.
 */
import i18next, { type Namespace, type TFunction } from 'i18next';
import { defaultLang, langs, localeInfo, type Lang } from './config';
import type { PluralForms } from '../lib/plural';

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

/** One bound `t` per locale and namespace, shared by every page of the build. */
const fixedTs = new Map<string, TFunction<Namespace>>();

/**
 * A typed `t` bound to one locale and namespace (default `common`); keys are
 * checked against the English files: `useTranslations('pl', 'search')('results.none')`.
 */
export function useTranslations(lang: Lang): TFunction<'common'>;
export function useTranslations<N extends Namespace>(lang: Lang, ns: N): TFunction<N>;
export function useTranslations(lang: Lang, ns: Namespace = 'common'): TFunction<Namespace> {
  const key = `${lang}\u0000${String(ns)}`;
  let t = fixedTs.get(key);
  if (t === undefined) {
    t = instance.getFixedT(lang, ns);
    fixedTs.set(key, t);
  }
  return t;
}

/** One formatter per locale (a new Intl.DateTimeFormat per page took 1 s of a 3,000-page build). */
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** Formats a date in the locale's registered date format. */
export function formatDate(lang: Lang, date: Date): string {
  let format = dateFormats.get(lang);
  if (format === undefined) {
    const info = localeInfo(lang);
    format = new Intl.DateTimeFormat(info.intl, { ...info.dateFormat, timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}

/** Plural categories i18next may use, `zero` included (optional, for exactly 0). */
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/**
 * The plural forms of one key (`results.count` in namespace `search`) in a
 * locale, with `{{count}}` left in, for browser code that picks the form with
 * `Intl.PluralRules` (src/lib/plural.ts). Throws when the `_other` form is missing.
 */
export function pluralForms(lang: Lang, ns: string, key: string): PluralForms {
  const forms: Partial<Record<(typeof PLURAL_CATEGORIES)[number], string>> = {};
  for (const category of PLURAL_CATEGORIES) {
    const value: unknown = instance.getResource(lang, ns, `${key}_${category}`);
    if (typeof value === 'string') forms[category] = value;
  }
  const { other } = forms;
  if (other === undefined) throw new Error(`src/i18n/locales/${lang}/${ns}.json: ${key}_other is missing`);
  return { ...forms, other };
}
