import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { defaultLang, langs, localeInfo } from '../../src/i18n/config';
import { useTranslations, formatDate } from '../../src/i18n';
import { LOCALES_DIR, readLocale } from '../support/locale-files';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function load(lang: string): Record<string, Record<string, unknown>> {
  const files = readdirSync(`${LOCALES_DIR}/${lang}`).filter((f) => f.endsWith('.json'));
  return Object.fromEntries(files.map((f) => [f.replace(/\.json$/, ''), readLocale(lang, f.replace(/\.json$/, ''))]));
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();
const base = (key: string) => key.replace(PLURAL, '');

const en = load(defaultLang);

describe('translations', () => {
  for (const lang of langs) {
    const res = load(lang);
    const pluralCats = new Intl.PluralRules(localeInfo(lang).intl).resolvedOptions().pluralCategories;

    it(`${lang}: has every namespace and key of English (plural keys by its own rules)`, () => {
      expect(Object.keys(res).sort()).toEqual(Object.keys(en).sort());
      for (const [ns, keys] of Object.entries(en)) {
        const mine = res[ns]!;
        const enBases = new Set(Object.keys(keys).map(base));
        const myBases = new Set(Object.keys(mine).map(base));
        expect([...myBases].sort(), `${lang}/${ns}.json keys`).toEqual([...enBases].sort());
        const pluralBases = new Set(Object.keys(keys).filter((k) => PLURAL.test(k)).map(base));
        for (const b of pluralBases) {
          for (const cat of pluralCats) {
            expect(mine, `${lang}/${ns}.json needs ${b}_${cat}`).toHaveProperty([`${b}_${cat}`]);
          }
        }
      }
    });

    it(`${lang}: has no empty strings and the same {{placeholders}} as English`, () => {
      for (const [ns, keys] of Object.entries(res)) {
        for (const [key, value] of Object.entries(keys)) {
          expect(typeof value === 'string' && value.trim().length > 0, `${lang}/${ns}.json ${key} is empty`).toBe(true);
          const enKey = Object.keys(en[ns]!).find((k) => base(k) === base(key));
          expect(placeholders(String(value)), `${lang}/${ns}.json ${key}`).toEqual(placeholders(String(en[ns]![enKey!])));
        }
      }
    });
  }

  it('resolves keys per locale at build time, with real plural rules', () => {
    expect(useTranslations('pl')('copy.done')).toBe('Skopiowano');
    expect(useTranslations('tr')('copy.done')).toBe('Kopyalandı');
    const t = useTranslations('pl');
    expect(t('overview.guideCount', { count: 1 })).toBe('1 poradnik');
    expect(t('overview.guideCount', { count: 3 })).toBe('3 poradniki');
    expect(t('overview.guideCount', { count: 7 })).toBe('7 poradników');
    expect(t('overview.guideCount', { count: 22 })).toBe('22 poradniki');
    expect(t('overview.guideCount', { count: 12 })).toBe('12 poradników');
  });

  it('formats dates in the locale', () => {
    const d = new Date('2026-11-20T00:00:00Z');
    expect(formatDate('en', d)).toBe('20 November 2026');
    expect(formatDate('pl', d)).toBe('20 listopada 2026');
    expect(formatDate('tr', d)).toBe('20 Kasım 2026');
  });
});
