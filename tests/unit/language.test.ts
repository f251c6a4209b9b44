import { describe, expect, it } from 'vitest';
import { bestMatch, negotiateLanguage, parseLanguageList } from '../../src/lib/language';

const available = ['en', 'pl', 'tr'];

describe('language negotiation for /', () => {
  it('parses Accept-Language lists by weight, then order', () => {
    expect(parseLanguageList('tr-TR, en;q=0.8')).toEqual(['tr-TR', 'en']);
    expect(parseLanguageList('de;q=0.5, pl;q=0.9, en')).toEqual(['en', 'pl', 'de']);
    expect(parseLanguageList('en;q=0, pl')).toEqual(['pl']);
    expect(parseLanguageList('')).toEqual([]);
    expect(parseLanguageList('*;q=0.1, <script>, pl-PL')).toEqual(['pl-PL']);
  });

  it('matches by primary subtag', () => {
    expect(bestMatch(['de-DE', 'pl-PL'], available)).toBe('pl');
    expect(bestMatch(['TR'], available)).toBe('tr');
    expect(bestMatch(['de', 'fr'], available)).toBeNull();
  });

  it('prefers the saved choice, then the browser, then the default', () => {
    expect(negotiateLanguage('pl', ['tr-TR'], available, 'en')).toBe('pl');
    expect(negotiateLanguage(null, 'tr-TR, en;q=0.8', available, 'en')).toBe('tr');
    expect(negotiateLanguage(null, ['de-AT', 'en-US'], available, 'en')).toBe('en');
    expect(negotiateLanguage('xx', ['de'], available, 'en')).toBe('en');
    expect(negotiateLanguage(undefined, [], available, 'en')).toBe('en');
  });
});
