import { describe, expect, it } from 'vitest';
import { alternatePaths, guidePath, localizedPath, splitLocale, switchLocale, withTrailingSlash } from '../../src/lib/url';

const langs = ['en', 'pl', 'tr'];

describe('url helpers', () => {
  it('splits the locale off a path', () => {
    expect(splitLocale('/pl/errors/4-4-316/', langs)).toEqual({ lang: 'pl', rest: '/errors/4-4-316/' });
    expect(splitLocale('/tr', langs)).toEqual({ lang: 'tr', rest: '/' });
    expect(splitLocale('/de/errors/', langs)).toEqual({ lang: null, rest: '/de/errors/' });
    expect(splitLocale('/', langs)).toEqual({ lang: null, rest: '/' });
  });

  it('builds localized paths with a trailing slash', () => {
    expect(localizedPath('pl')).toBe('/pl/');
    expect(localizedPath('en', '/search/')).toBe('/en/search/');
    expect(localizedPath('tr', 'errors/4-7-320')).toBe('/tr/errors/4-7-320/');
    expect(guidePath('pl', '4-4-316', 'cause-firewall')).toBe('/pl/errors/4-4-316/#cause-firewall');
    expect(guidePath('en', 'other-codes')).toBe('/en/errors/other-codes/');
    expect(withTrailingSlash('/en')).toBe('/en/');
  });

  it('switches locale keeping path, query and #section', () => {
    expect(switchLocale('/en/errors/4-4-316/#cause-firewall', 'pl', langs)).toBe('/pl/errors/4-4-316/#cause-firewall');
    expect(switchLocale('/pl/errors/4-4-316#verify', 'tr', langs)).toBe('/tr/errors/4-4-316/#verify');
    expect(switchLocale('/tr/search/?q=44316', 'en', langs)).toBe('/en/search/?q=44316');
    expect(switchLocale('/pl/', 'en', langs)).toBe('/en/');
  });

  it('sends an unknown locale to the target home page', () => {
    expect(switchLocale('/de/errors/4-4-316/', 'pl', langs)).toBe('/pl/');
    expect(switchLocale('/', 'tr', langs)).toBe('/tr/');
  });

  it('lists a page in every locale plus x-default; the overview\'s x-default is the language choice', () => {
    expect(alternatePaths('/errors/4-4-316/', langs, 'en')).toEqual([
      { hreflang: 'en', path: '/en/errors/4-4-316/' },
      { hreflang: 'pl', path: '/pl/errors/4-4-316/' },
      { hreflang: 'tr', path: '/tr/errors/4-4-316/' },
      { hreflang: 'x-default', path: '/en/errors/4-4-316/' },
    ]);
    expect(alternatePaths('/', langs, 'en').map((a) => `${a.hreflang} ${a.path}`)).toEqual(['en /en/', 'pl /pl/', 'tr /tr/', 'x-default /']);
  });
});

describe('code paths', () => {
  it('builds code page, index and basic-reply paths', async () => {
    const { codePath, basicCodePath, basicAnchor } = await import('../../src/lib/url');
    expect(codePath('pl', '5-7-64')).toBe('/pl/codes/5-7-64/');
    expect(codePath('tr')).toBe('/tr/codes/');
    expect(basicAnchor('550')).toMatch(/^[a-z]/);
    expect(basicCodePath('en', '550')).toBe(`/en/codes/basic/#${basicAnchor('550')}`);
  });
});
