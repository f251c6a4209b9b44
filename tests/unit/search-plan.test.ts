import { describe, expect, it } from 'vitest';
import { MAX_QUERY_WORDS, planSearch } from '../../src/lib/search-plan';
import { MAX_INPUT } from '../../src/lib/search-text';
import { GUIDES } from '../support/guides';

const BOUNCE =
  '450 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail.contoso.com] [LastAttemptedIP=203.0.113.5:25]';

describe('planSearch: codes', () => {
  it.each(['4.4.316', '450 4.4.316', '450-4.4.316', '44316', '4 4 316', '4,4,316', '#4.4.316', ' 4.4.316. '])(
    '%s is the 4.4.316 guide, with no bounce analysis and no full-text query',
    (input) => {
      const plan = planSearch(input, 'en', GUIDES);
      expect(plan.code).toMatchObject({ code: '4.4.316', known: true, slug: '4-4-316' });
      expect(plan.analysis).toBeNull();
      expect(plan.queries).toEqual([]);
    },
  );

  it('finds a code inside a longer pasted text', () => {
    const plan = planSearch('Our queue shows 4.4.316 since Monday, please help', 'en', GUIDES);
    expect(plan.code?.slug).toBe('4-4-316');
    // The words around the code are still looked up in the full-text index.
    expect(plan.queries).toEqual(['our queue shows since monday, please help']);
    expect(planSearch('4.4.316 zapora', 'pl', GUIDES).queries).toEqual(['zapora']);
  });

  it.each([
    ['4.9.999', '4.9.999'],
    ['5.7.1', '5.7.1'],
  ])('%s has no guide and leads to the other-codes guide', (input, code) => {
    expect(planSearch(input, 'pl', GUIDES).code).toMatchObject({ code, known: false, slug: 'other-codes' });
  });
});

describe('planSearch: pasted bounce lines', () => {
  it('analyzes a full bounce line and answers it without a full-text query', () => {
    const plan = planSearch(BOUNCE, 'pl', GUIDES);
    expect(plan.code?.code).toBe('4.4.316');
    expect(plan.analysis).toMatchObject({
      serverName: 'mail.contoso.com',
      ip: '203.0.113.5',
      port: 25,
      socketError: 10061,
      socketMeaning: 'refused',
      likelyCause: { slug: '4-4-316', section: 'cause-firewall' },
    });
    expect(plan.queries).toEqual([]);
  });

  it('takes a socket error number alone to its guide section', () => {
    const plan = planSearch('10061', 'tr', GUIDES);
    expect(plan.code).toBeNull();
    expect(plan.analysis?.likelyCause).toEqual({ slug: '4-4-316', section: 'cause-firewall' });
    expect(planSearch('10060', 'en', GUIDES).analysis?.likelyCause).toEqual({
      slug: '4-4-315',
      section: 'cause-server-down',
    });
  });

  it('has no analysis for plain words', () => {
    expect(planSearch('certificate expired', 'en', GUIDES).analysis).toBeNull();
    expect(planSearch('zapory', 'pl', GUIDES).analysis).toBeNull();
  });
});

describe('planSearch: queries', () => {
  it('is empty for blank input', () => {
    expect(planSearch('', 'en', GUIDES)).toMatchObject({ queries: [], code: null, analysis: null, truncated: false });
    expect(planSearch('   \n\t', 'en', GUIDES).queries).toEqual([]);
  });

  it('sends the as-typed query, and the folded one when it differs (ł, ı, diacritics)', () => {
    expect(planSearch('łącznika', 'pl', GUIDES).queries).toEqual(['łącznika', 'lacznika']);
    expect(planSearch('Zapory', 'pl', GUIDES).queries).toEqual(['zapory']);
    expect(planSearch('lacznik', 'pl', GUIDES).queries).toEqual(['lacznik']);
    expect(planSearch('güvenlik duvarı', 'tr', GUIDES).queries).toEqual(['güvenlik duvarı', 'guvenlik duvari']);
    expect(planSearch('firewall', 'en', GUIDES).queries).toEqual(['firewall']);
  });

  it('lowercases Turkish with Turkish rules', () => {
    expect(planSearch('BAĞLAYICIYI', 'tr', GUIDES).queries).toEqual(['bağlayıcıyı', 'baglayiciyi']);
    expect(planSearch('İÇ GEÇİŞ', 'tr', GUIDES).queries[0]).toBe('iç geçiş');
  });

  it(`keeps at most ${MAX_QUERY_WORDS} words and collapses whitespace`, () => {
    const plan = planSearch('one  two\tthree\nfour five six seven eight nine ten', 'en', GUIDES);
    expect(plan.queries).toEqual(['one two three four five six seven eight']);
  });
});

describe('planSearch: bad input', () => {
  it(`caps input at ${MAX_INPUT} characters and says so`, () => {
    const plan = planSearch('x'.repeat(MAX_INPUT + 1), 'en', GUIDES);
    expect(plan.truncated).toBe(true);
    expect(plan.text).toHaveLength(MAX_INPUT);
    expect(planSearch('x'.repeat(MAX_INPUT), 'en', GUIDES).truncated).toBe(false);
  });

  it('stays fast on 100,000 characters of hostile text', () => {
    const inputs = [
      '4.'.repeat(50_000),
      '[a='.repeat(33_334),
      `${'1.2.3.4:'.repeat(12_500)}`,
      '<script>alert(1)</script>'.repeat(4_000),
      ` ${'ł'.repeat(99_999)}`,
    ];
    for (const input of inputs) {
      const start = performance.now();
      const plan = planSearch(input, 'pl', GUIDES);
      expect(performance.now() - start).toBeLessThan(200);
      expect(plan.truncated).toBe(true);
      expect(plan.queries.join(' ').split(' ').length).toBeLessThanOrEqual(MAX_QUERY_WORDS * 2);
    }
  });

  it('treats markup as text', () => {
    const plan = planSearch('<script>alert(1)</script>', 'en', GUIDES);
    expect(plan.text).toBe('<script>alert(1)</script>');
    expect(plan.code).toBeNull();
  });

  it('does not throw on non-string input from untyped callers', () => {
    expect(planSearch(undefined as unknown as string, 'en', GUIDES).queries).toEqual([]);
  });
});
