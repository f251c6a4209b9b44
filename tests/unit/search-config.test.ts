import { describe, expect, it } from 'vitest';
import { parseSearchConfig, type SearchConfig } from '../../src/lib/search-config';

const CONFIG: SearchConfig = {
  lang: 'pl',
  intl: 'pl-PL',
  pagefind: '/pagefind/pagefind.js',
  searchPath: '/pl/search/',
  englishSearchPath: '/en/search/',
  guides: [
    { code: '4.4.316', slug: '4-4-316', title: '4.4.316 Połączenie odrzucone', causes: { 'cause-firewall': 'Zapora' } },
    { code: 'other', slug: 'other-codes', title: 'Inne kody błędów', causes: {} },
  ],
  strings: {
    results: { one: '{{count}} wynik', few: '{{count}} wyniki', many: '{{count}} wyników', other: '{{count}} wyniku' },
    resultsLabel: 'Wyniki wyszukiwania',
    none: 'Brak wyników.',
    inEnglish: 'Po angielsku',
    loading: 'Wyszukiwanie…',
    error: 'Błąd',
    cut: 'Skrócono',
    goToGuide: 'Przejdź do poradnika',
    noGuide: 'Brak poradnika dla {{code}}',
    analysisTitle: 'Komunikat',
    code: 'Kod',
    server: 'Serwer',
    ip: 'Adres IP',
    port: 'Port',
    socket: 'Błąd gniazda',
    socket10060: 'limit czasu',
    socket10061: 'odrzucone',
    likelyCause: 'Przyczyna',
  },
};

describe('parseSearchConfig', () => {
  it('reads back what the page rendered', () => {
    expect(parseSearchConfig(JSON.stringify(CONFIG))).toEqual(CONFIG);
    const en = { ...CONFIG, englishSearchPath: null };
    expect(parseSearchConfig(JSON.stringify(en))).toEqual(en);
  });

  it('reads JSON with `<` escaped as the component writes it', () => {
    const json = JSON.stringify({ ...CONFIG, lang: '</script><b>' }).replace(/</g, '\\u003c');
    expect(json).not.toContain('<');
    expect(parseSearchConfig(json)?.lang).toBe('</script><b>');
  });

  it.each([
    ['empty text', ''],
    ['not JSON', '{'],
    ['an array', '[]'],
    ['no strings', JSON.stringify({ ...CONFIG, strings: undefined })],
    ['a missing string', JSON.stringify({ ...CONFIG, strings: { ...CONFIG.strings, none: undefined } })],
    ['plural forms without other', JSON.stringify({ ...CONFIG, strings: { ...CONFIG.strings, results: { one: 'x' } } })],
    ['a bad guide', JSON.stringify({ ...CONFIG, guides: [{ code: '4.4.316' }] })],
    ['a number for lang', JSON.stringify({ ...CONFIG, lang: 1 })],
    ['a bad englishSearchPath', JSON.stringify({ ...CONFIG, englishSearchPath: 5 })],
  ])('is null for %s', (_, json) => {
    expect(parseSearchConfig(json)).toBeNull();
  });
});
