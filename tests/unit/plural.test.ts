import { describe, expect, it } from 'vitest';
import { formatCount, pluralForm, type PluralForms } from '../../src/lib/plural';

const PL: PluralForms = {
  one: '{{count}} wynik',
  few: '{{count}} wyniki',
  many: '{{count}} wyników',
  other: '{{count}} wyniku',
};
const TR: PluralForms = { one: '{{count}} sonuç', other: '{{count}} sonuç' };
const EN: PluralForms = { one: '{{count}} result', other: '{{count}} results' };

/** Non-breaking space, which Polish number formatting uses to group digits. */
const NBSP = '\u00a0';

describe('pluralForm: Polish', () => {
  it.each([
    [1, '1 wynik'],
    [2, '2 wyniki'],
    [3, '3 wyniki'],
    [4, '4 wyniki'],
    [5, '5 wyników'],
    [0, '0 wyników'],
    [11, '11 wyników'],
    [12, '12 wyników'],
    [13, '13 wyników'],
    [14, '14 wyników'],
    [21, '21 wyników'],
    [22, '22 wyniki'],
    [24, '24 wyniki'],
    [25, '25 wyników'],
    [102, '102 wyniki'],
    [112, '112 wyników'],
    [1.5, '1,5 wyniku'],
  ])('%d -> %j', (count, text) => {
    expect(pluralForm('pl', count, PL)).toBe(text);
  });

  it('formats large numbers in the Polish way', () => {
    expect(pluralForm('pl', 1000, PL)).toBe('1000 wyników');
    expect(pluralForm('pl', 10000, PL)).toBe(`10${NBSP}000 wyników`);
    expect(pluralForm('pl', 10002, PL)).toBe(`10${NBSP}002 wyniki`);
  });
});

describe('pluralForm: Turkish and English', () => {
  it.each([
    ['tr', 1, TR, '1 sonuç'],
    ['tr', 5, TR, '5 sonuç'],
    ['tr', 0, TR, '0 sonuç'],
    ['tr', 1000, TR, '1.000 sonuç'],
    ['en', 1, EN, '1 result'],
    ['en', 2, EN, '2 results'],
    ['en', 0, EN, '0 results'],
    ['en', 1000, EN, '1,000 results'],
    ['en-GB', 1, EN, '1 result'],
  ] as const)('%s %d -> %j', (lang, count, forms, text) => {
    expect(pluralForm(lang, count, forms)).toBe(text);
  });
});

describe('pluralForm: zero, fallbacks and placeholders', () => {
  it('uses the zero form for 0 when there is one', () => {
    const forms: PluralForms = { ...PL, zero: 'Brak wyników' };
    expect(pluralForm('pl', 0, forms)).toBe('Brak wyników');
    expect(pluralForm('pl', 5, forms)).toBe('5 wyników');
    expect(pluralForm('en', 0, { ...EN, zero: 'No results' })).toBe('No results');
  });

  it('falls back to other when the category has no form', () => {
    const forms: PluralForms = { other: '{{count}} wyniku' };
    expect(pluralForm('pl', 1, forms)).toBe('1 wyniku');
    expect(pluralForm('pl', 3, forms)).toBe('3 wyniku');
    expect(pluralForm('pl', 5, forms)).toBe('5 wyniku');
  });

  it('falls back to other and plain digits for an invalid locale tag', () => {
    expect(pluralForm('not a tag!!', 1, EN)).toBe('1 results');
    expect(pluralForm('not a tag!!', 1000, EN)).toBe('1000 results');
  });

  it('replaces every placeholder, with or without inner spaces', () => {
    expect(pluralForm('en', 3, { one: 'x', other: '{{count}} of {{ count }}' })).toBe('3 of 3');
  });

  it('leaves forms without a placeholder alone, and does not expand $ patterns', () => {
    expect(pluralForm('en', 3, { other: 'many results' })).toBe('many results');
    expect(pluralForm('en', 3, { other: '$& {{count}} $1' })).toBe('$& 3 $1');
  });

  it('uses the one form only for the locale rule, not for every 1', () => {
    // Polish 1.5 is "other", 21 is "many" although it ends in 1.
    expect(pluralForm('pl', 21, PL)).not.toBe('21 wynik');
  });
});

describe('formatCount', () => {
  it('formats with the locale', () => {
    expect(formatCount('en', 1234567)).toBe('1,234,567');
    expect(formatCount('tr', 1234567)).toBe('1.234.567');
    expect(formatCount('pl', 1234567)).toBe(`1${NBSP}234${NBSP}567`);
    expect(formatCount('bad tag!!', 1234567)).toBe('1234567');
  });
});
