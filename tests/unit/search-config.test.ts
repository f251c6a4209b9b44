import { describe, expect, it } from 'vitest';
import { guideTitle } from '../../src/lib/error-code';
import { packGuide, parseGuideCauses, parseSearchConfig, parseSearchGuides, type SearchConfig, type SearchGuide } from '../../src/lib/search-config';

const GUIDES: SearchGuide[] = [
  { code: '4.4.316', slug: '4-4-316', title: '4.4.316 Połączenie odrzucone' },
  { code: 'other', slug: 'other-codes', title: 'Inne kody błędów' },
];

const CONFIG: SearchConfig = {
  lang: 'pl',
  intl: 'pl-PL',
  pagefind: '/pagefind/pagefind.js',
  searchPath: '/pl/search/',
  englishSearchPath: '/en/search/',
  guides: '/pl/guides.json',
  causes: '/pl/guide-causes.json',
  codes: '/pl/codes.json',
  codesIndex: '/pl/codes/',
  help: [
    { href: '/pl/troubleshoot/', title: 'Kreator' },
    { href: '/pl/codes/', title: 'Kody' },
  ],
  codeStrings: {
    codePage: 'Kod stanu',
    expired: '{{code}} to wygasła postać {{twin}}',
    unregistered: '{{code}} nie jest zarejestrowany',
    unregisteredTitle: 'Klasa {{cls}}: {{className}}. Temat {{subject}}: {{subjectName}}',
    unknownSubject: 'nieokreślony',
    nearest: 'Najbliższa: {{title}}',
    basic: 'Odpowiedź {{code}}',
    classes: { '2': 'Powodzenie', '4': 'Błąd tymczasowy', '5': 'Błąd trwały' },
    subjects: ['Inne', 'Adresowanie', 'Skrzynka', 'System', 'Sieć', 'Protokół', 'Treść', 'Bezpieczeństwo'],
  },
  strings: {
    results: { one: '{{count}} wynik', few: '{{count}} wyniki', many: '{{count}} wyników', other: '{{count}} wyniku' },
    resultsLabel: 'Wyniki wyszukiwania',
    none: 'Brak wyników.',
    helpTitle: 'Inne drogi:',
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
    ['no code-registry URL', JSON.stringify({ ...CONFIG, codes: undefined })],
    ['no code strings', JSON.stringify({ ...CONFIG, codeStrings: undefined })],
    ['a missing code string', JSON.stringify({ ...CONFIG, codeStrings: { ...CONFIG.codeStrings, expired: 3 } })],
    ['seven subject names', JSON.stringify({ ...CONFIG, codeStrings: { ...CONFIG.codeStrings, subjects: CONFIG.codeStrings.subjects.slice(1) } })],
    ['no help links', JSON.stringify({ ...CONFIG, help: undefined })],
    ['a help link without a title', JSON.stringify({ ...CONFIG, help: [{ href: '/pl/codes/' }] })],
    ['a class name missing', JSON.stringify({ ...CONFIG, codeStrings: { ...CONFIG.codeStrings, classes: { '2': 'a', '4': 'b' } } })],
  ])('is null for %s', (_, json) => {
    expect(parseSearchConfig(json)).toBeNull();
  });
});

describe('guide list (/{lang}/guides.json)', () => {
  const OWN = [
    { code: '4.4.316', slug: '4-4-316', title: 'Połączenie odrzucone' },
    { code: 'other', slug: 'other-codes', title: 'Inne kody błędów' },
  ];

  it('packs each guide as [code, title], the slug only when it is not derived from the code', () => {
    expect(OWN.map(packGuide)).toEqual([
      ['4.4.316', 'Połączenie odrzucone'],
      ['other', 'Inne kody błędów'],
    ]);
    expect(packGuide({ ...OWN[0]!, slug: 'odd-slug' })).toEqual(['4.4.316', 'Połączenie odrzucone', 'odd-slug']);
  });

  it('reads back what it packed, with the titles the search shows', () => {
    expect(parseSearchGuides(JSON.parse(JSON.stringify(OWN.map(packGuide))))).toEqual(GUIDES);
    const odd = parseSearchGuides([packGuide({ ...OWN[0]!, slug: 'odd-slug' })]);
    expect(odd?.[0]?.slug).toBe('odd-slug');
    expect(parseSearchGuides([])).toEqual([]);
  });

  it('puts the code before a coded guide\'s title, not before the catch-all one', () => {
    expect(guideTitle('4.7.320', 'Certificate validation failed')).toBe('4.7.320 Certificate validation failed');
    expect(guideTitle('other', 'Other codes')).toBe('Other codes');
  });

  it.each([
    ['null', null],
    ['an object', { guides: OWN }],
    ['guides as objects', OWN],
    ['a guide without a title', [['4.4.316']]],
    ['a guide with a number for a title', [['4.4.316', 5]]],
    ['a guide with a number for a slug', [['4.4.316', 'Zapora', 7]]],
    ['a guide with four fields', [['4.4.316', 'Zapora', '4-4-316', 'x']]],
    ['a string in the list', ['4.4.316']],
  ])('is null for %s', (_, data) => {
    expect(parseSearchGuides(data)).toBeNull();
  });
});

describe('cause headings (/{lang}/guide-causes.json)', () => {
  it('reads headings by guide and section, keeping only strings', () => {
    expect(parseGuideCauses({ '4-4-316': { 'cause-firewall': 'Zapora', 'cause-x': 5 }, 'other-codes': {} })).toEqual({
      '4-4-316': { 'cause-firewall': 'Zapora' },
      'other-codes': {},
    });
  });

  it.each([
    ['null', null],
    ['a list', [['4-4-316', {}]]],
    ['a guide whose sections are a list', { '4-4-316': ['Zapora'] }],
    ['a guide whose sections are a string', { '4-4-316': 'Zapora' }],
  ])('is null for %s', (_, data) => {
    expect(parseGuideCauses(data)).toBeNull();
  });
});
