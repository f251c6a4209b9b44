import { describe, expect, it } from 'vitest';
import { parseSearchConfig, parseSearchGuides, type SearchConfig, type SearchGuide } from '../../src/lib/search-config';

const GUIDES: SearchGuide[] = [
  { code: '4.4.316', slug: '4-4-316', title: '4.4.316 Połączenie odrzucone', causes: { 'cause-firewall': 'Zapora' } },
  { code: 'other', slug: 'other-codes', title: 'Inne kody błędów', causes: {} },
];

const CONFIG: SearchConfig = {
  lang: 'pl',
  intl: 'pl-PL',
  pagefind: '/pagefind/pagefind.js',
  searchPath: '/pl/search/',
  englishSearchPath: '/en/search/',
  guides: '/pl/guides.json',
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
    ['no guide-list URL', JSON.stringify({ ...CONFIG, guides: undefined })],
    ['the guide list itself instead of its URL', JSON.stringify({ ...CONFIG, guides: GUIDES })],
    ['a number for lang', JSON.stringify({ ...CONFIG, lang: 1 })],
    ['a bad englishSearchPath', JSON.stringify({ ...CONFIG, englishSearchPath: 5 })],
  ])('is null for %s', (_, json) => {
    expect(parseSearchConfig(json)).toBeNull();
  });
});

describe('parseSearchGuides', () => {
  it('reads back the guide list as /{lang}/guides.json publishes it', () => {
    expect(parseSearchGuides(JSON.parse(JSON.stringify(GUIDES)))).toEqual(GUIDES);
    expect(parseSearchGuides([])).toEqual([]);
  });

  it('keeps only the string headings of causes', () => {
    const odd = [{ ...GUIDES[0], causes: { 'cause-firewall': 'Zapora', 'cause-x': 5 } }];
    expect(parseSearchGuides(odd)?.[0]?.causes).toEqual({ 'cause-firewall': 'Zapora' });
  });

  it.each([
    ['null', null],
    ['an object', { guides: GUIDES }],
    ['a guide without a title', [{ code: '4.4.316', slug: '4-4-316', causes: {} }]],
    ['a guide with causes as a list', [{ ...GUIDES[0], causes: ['Zapora'] }]],
    ['a string in the list', ['4.4.316']],
  ])('is null for %s', (_, data) => {
    expect(parseSearchGuides(data)).toBeNull();
  });
});
