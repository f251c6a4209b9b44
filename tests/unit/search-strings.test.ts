import { describe, expect, it } from 'vitest';
import { localeInfo } from '../../src/i18n/config';
import { pluralForms } from '../../src/i18n';
import { pluralForm } from '../../src/lib/plural';

/** The results count as the browser says it: forms from i18next at build time, chosen with Intl.PluralRules. */
const say = (lang: 'en' | 'pl' | 'tr', n: number) =>
  pluralForm(localeInfo(lang).intl, n, pluralForms(lang, 'search', 'results.count'));

describe('search: results count forms rendered for the browser', () => {
  it('gives every plural category of the locale, with {{count}} left in', () => {
    expect(pluralForms('en', 'search', 'results.count')).toEqual({ one: '{{count}} result', other: '{{count}} results' });
    expect(Object.keys(pluralForms('pl', 'search', 'results.count')).sort()).toEqual(['few', 'many', 'one', 'other']);
    expect(Object.keys(pluralForms('tr', 'search', 'results.count')).sort()).toEqual(['one', 'other']);
  });

  it('says counts with real plural rules', () => {
    expect([1, 2, 3, 5, 12, 22, 25].map((n) => say('pl', n))).toEqual([
      '1 wynik',
      '2 wyniki',
      '3 wyniki',
      '5 wyników',
      '12 wyników',
      '22 wyniki',
      '25 wyników',
    ]);
    expect([1, 3].map((n) => say('en', n))).toEqual(['1 result', '3 results']);
    expect([1, 3].map((n) => say('tr', n))).toEqual(['1 sonuç', '3 sonuç']);
  });

  it('throws for a key without an _other form', () => {
    expect(() => pluralForms('en', 'search', 'results.none')).toThrow(/results\.none_other/);
  });
});
