import { describe, expect, it } from 'vitest';
import { excerptText, mergeResults, pageOf, safeExcerpt, toHit, type PagefindData } from '../../src/lib/search-results';

describe('mergeResults', () => {
  it('keeps one entry per id, sums scores, best first', () => {
    const typed = [
      { id: 'a', score: 1, from: 'typed' },
      { id: 'b', score: 3, from: 'typed' },
    ];
    const folded = [
      { id: 'c', score: 2.5, from: 'folded' },
      { id: 'a', score: 2.5, from: 'folded' },
    ];
    const merged = mergeResults([typed, folded]);
    expect(merged.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    // The first list's object is kept (its excerpt has the as-typed hits).
    expect(merged[0]?.from).toBe('typed');
  });

  it('keeps first-seen order on ties and ignores non-finite scores', () => {
    const merged = mergeResults([
      [
        { id: 'x', score: 1 },
        { id: 'y', score: 1 },
      ],
      [{ id: 'z', score: Number.NaN }],
    ]);
    expect(merged.map((r) => r.id)).toEqual(['x', 'y', 'z']);
  });

  it('handles no lists and empty lists', () => {
    expect(mergeResults([])).toEqual([]);
    expect(mergeResults([[], []])).toEqual([]);
  });
});

describe('safeExcerpt', () => {
  it('passes escaped text with <mark> only', () => {
    const e = 'a <mark>zapora</mark> &lt;b&gt; &amp; <mark>port</mark> 25 &quot;x&quot;';
    expect(safeExcerpt(e)).toBe(e);
    expect(safeExcerpt('plain text > 3')).toBe('plain text > 3');
    expect(safeExcerpt('')).toBe('');
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<mark onclick="x">a</mark>',
    '<MARK>a</MARK>',
    '<mark >a</mark>',
    'a <b>bold</b>',
    'unclosed <mark',
    'text < more',
    '<mark>a</mark><svg/onload=alert(1)>',
    `<mark${' '.repeat(100)}>`,
  ])('rejects %s', (excerpt) => {
    expect(safeExcerpt(excerpt)).toBeNull();
  });

  it('rejects non-strings', () => {
    expect(safeExcerpt(undefined as unknown as string)).toBeNull();
  });

  it('is fast on long hostile input', () => {
    const start = performance.now();
    expect(safeExcerpt('<mark>'.repeat(20_000) + '<'.repeat(50_000))).toBeNull();
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('excerptText', () => {
  it('drops tags and decodes entities', () => {
    expect(excerptText('a <mark>b</mark> &lt;c&gt; &amp;amp; &#39;d&#x27; &quot;e&quot; &nbsp;')).toBe(
      'a b <c> &amp; \'d\' "e" \u00a0',
    );
  });

  it('leaves unknown or invalid references as written', () => {
    expect(excerptText('&bogus; &#0; &#xD800; &#1114112;')).toBe('&bogus; &#0; &#xD800; &#1114112;');
  });
});

describe('toHit', () => {
  const base: PagefindData = {
    url: '/pl/errors/4-4-316/',
    excerpt: 'page <mark>zapora</mark>',
    meta: { title: '4.4.316 Połączenie odrzucone' },
  };

  it('uses the section with the strongest hits', () => {
    const hit = toHit({
      ...base,
      sub_results: [
        {
          title: '4.4.316 Połączenie odrzucone',
          url: '/pl/errors/4-4-316/',
          excerpt: 'opening',
          weighted_locations: [{ weight: 1, balanced_score: 2, location: 3 }],
        },
        {
          title: 'Zapora sieciowa blokuje adresy Microsoft 365',
          url: '/pl/errors/4-4-316/#cause-firewall',
          excerpt: '<mark>Zapora</mark> sieciowa',
          weighted_locations: [
            { weight: 7, balanced_score: 20, location: 300 },
            { weight: 1, balanced_score: 3, location: 310 },
          ],
        },
      ],
    });
    expect(hit).toEqual({
      url: '/pl/errors/4-4-316/#cause-firewall',
      title: '4.4.316 Połączenie odrzucone',
      section: 'Zapora sieciowa blokuje adresy Microsoft 365',
      excerpt: '<mark>Zapora</mark> sieciowa',
    });
  });

  it('links the page itself when the best hit is in its opening', () => {
    const hit = toHit({
      ...base,
      sub_results: [
        {
          title: '4.4.316 Połączenie odrzucone',
          url: '/pl/errors/4-4-316/',
          excerpt: 'opening <mark>zapora</mark>',
          weighted_locations: [{ weight: 1, balanced_score: 5, location: 3 }],
        },
      ],
    });
    expect(hit).toEqual({ url: base.url, title: base.meta['title'], section: null, excerpt: 'opening <mark>zapora</mark>' });
  });

  it('falls back to the page (metadata-only hits have no sections)', () => {
    expect(toHit(base)).toEqual({ url: base.url, title: base.meta['title'], section: null, excerpt: base.excerpt });
    expect(toHit({ ...base, meta: {} }).title).toBe(base.url);
  });
});

describe('pageOf', () => {
  it('drops the #section and adds the trailing slash', () => {
    expect(pageOf('/pl/errors/4-4-316/#cause-firewall')).toBe('/pl/errors/4-4-316/');
    expect(pageOf('/pl/errors/4-4-316')).toBe('/pl/errors/4-4-316/');
  });
});
