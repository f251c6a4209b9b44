import { describe, expect, it } from 'vitest';
import {
  codeToSlug,
  findCode,
  locateCode,
  normalizeCode,
  OTHER_CODE,
  OTHER_SLUG,
  slugToCode,
  type GuideRef,
} from '../../src/lib/error-code';
import { GUIDES } from '../support/guides';

const CODES = GUIDES.filter((g) => g.code !== OTHER_CODE);

/** Every way a code is typed or pasted, for one code. */
function formsOf(code: string): string[] {
  const [c, s, d] = code.split('.');
  return [
    code,
    `450 ${code}`,
    `450-${code}`,
    `450 - ${code}`,
    `${c}${s}${d}`,
    `${c} ${s} ${d}`,
    `${c},${s},${d}`,
    `${c}, ${s}, ${d}`,
    `${c}-${s}-${d}`,
    `#${code}`,
    `# ${code}`,
    `${code}.`,
    `  ${code}  `,
    `\t${code}\r\n`,
    `'${code}'`,
    `(${code})`,
  ];
}

/** Measures a call; warms up once so that the JIT does not count. */
function timeMs(fn: () => unknown): number {
  fn();
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const ADVERSARIAL: Record<string, string> = {
  'repeated "4.4."': '4.4.'.repeat(25_000),
  'repeated "["': '['.repeat(100_000),
  'repeated digits': '4'.repeat(100_000),
  'repeated "a="': 'a='.repeat(50_000),
  'repeated "4 "': '4 '.repeat(50_000),
  'repeated "4,4,"': '4,4,'.repeat(25_000),
  'repeated "450 "': '450 '.repeat(25_000),
  'repeated "4-"': '4-'.repeat(50_000),
  'repeated "4.4.316."': '4.4.316.'.repeat(12_500),
  'repeated spaces then a code': `${' '.repeat(99_990)}4.4.316`,
  'repeated "1."': '1.'.repeat(50_000),
};

describe('normalizeCode', () => {
  for (const { code } of CODES) {
    describe(code, () => {
      for (const form of formsOf(code)) {
        it(`reads ${JSON.stringify(form)}`, () => {
          expect(normalizeCode(form)).toBe(code);
        });
      }
    });
  }

  it('reads codes that have no guide', () => {
    expect(normalizeCode('5.7.1')).toBe('5.7.1');
    expect(normalizeCode('550 5.7.1')).toBe('5.7.1');
    expect(normalizeCode('2.0.0')).toBe('2.0.0');
    expect(normalizeCode('4.9.999')).toBe('4.9.999');
    expect(normalizeCode('49999')).toBe('4.9.999');
    expect(normalizeCode('5.100.999')).toBe('5.100.999');
  });

  it('drops leading zeros of the parts', () => {
    expect(normalizeCode('4.04.316')).toBe('4.4.316');
  });

  it.each([
    [''],
    ['   '],
    ['\r\n\t'],
    ['abc'],
    ['4'],
    ['4.4'],
    ['4.4.'],
    ['.4.316'],
    ['4..316'],
    ['4.4.316.5'],
    ['3.4.316'],
    ['1.4.316'],
    ['6.4.316'],
    ['4.4.3166'],
    ['4.4316.1'],
    ['4.4.316abc'],
    ['x4.4.316'],
    ['450'],
    ['550'],
    ['10061'],
    ['10060'],
    ['203.0.113.5'],
    ['10.4.4.316'],
    ['2024'],
    ['25'],
    ['4.4.316 4.4.316'],
    ['4.4.316 Connection refused'],
    ['4000'],
    ['45001'],
    ['2.0.0.0'],
    ['44.316'],
  ])('rejects %j', (input) => {
    expect(normalizeCode(input)).toBeNull();
  });

  it('rejects non-string input from untyped callers', () => {
    expect(normalizeCode(undefined as unknown as string)).toBeNull();
    expect(normalizeCode(44316 as unknown as string)).toBeNull();
  });
});

describe('codeToSlug', () => {
  it('gives every guide its file name, and slugToCode the code back', () => {
    for (const { code, slug } of GUIDES) {
      expect(codeToSlug(code), code).toBe(slug);
      expect(slugToCode(slug), slug).toBe(code);
    }
  });

  it.each([
    ['5.7.1', '5-7-1'],
    ['450 4.4.316', '4-4-316'],
    ['44316', '4-4-316'],
    [' OTHER ', 'other-codes'],
  ])('%s -> %s', (code, slug) => {
    expect(codeToSlug(code)).toBe(slug);
  });

  it('slugToCode reads only code slugs and the other-codes slug', () => {
    expect(slugToCode('5-7-1')).toBe('5.7.1');
    for (const bad of ['search', '', '4-4', '9-9-999', '4.4.316', '4-4-316-extra', 'other']) expect(slugToCode(bad), bad).toBeUndefined();
  });

  it('exports the other-codes slug', () => {
    expect(OTHER_SLUG).toBe('other-codes');
  });
});

describe('findCode: typed codes', () => {
  for (const { code, slug } of CODES) {
    describe(code, () => {
      for (const form of formsOf(code)) {
        it(`finds ${JSON.stringify(form)}`, () => {
          const basic = form.includes('450') ? '450' : null;
          expect(findCode(form, GUIDES)).toEqual({ code, basic, known: true, slug });
        });
      }

      it('finds it inside a long pasted text', () => {
        const text =
          `Delivery has failed to these recipients or groups:\r\n\r\n` +
          `adele@contoso.com\r\nThe message could not be delivered. Sent at 11/20/2026 8:14:02 AM ` +
          `via 203.0.113.25 port 25.\r\n\r\nDiagnostic information for administrators:\r\n` +
          `Generating server: BN8PR12MB1234.namprd12.prod.outlook.com\r\n` +
          `Remote Server returned '450 ${code} something went wrong'\r\n` +
          `Original message headers: X-MS-Exchange-Version 15.20.8022.12\r\n`;
        expect(findCode(text, GUIDES)).toEqual({ code, basic: '450', known: true, slug });
      });

      it('finds it without a basic code inside a sentence', () => {
        expect(findCode(`The queue shows ${code}, retrying for 24 hours.`, GUIDES)).toEqual({
          code,
          basic: null,
          known: true,
          slug,
        });
      });

      it('finds the digit-only form inside a sentence when the code is known', () => {
        const digits = code.replace(/\./g, '');
        expect(findCode(`Search for ${digits} on the site`, GUIDES)).toEqual({
          code,
          basic: null,
          known: true,
          slug,
        });
      });

      it('finds the dashed slug form inside a URL', () => {
        expect(findCode(`https://example.com/en/errors/${slug}/#causes`, GUIDES)?.code).toBe(code);
      });
    });
  }
});

describe('findCode: unknown codes', () => {
  it.each([
    ['4.9.999', null],
    ['5.7.1', null],
    ['550 5.7.1', '550'],
    ['550 5.7.1 Unable to relay', '550'],
    ['421 4.4.2 Connection dropped', '421'],
    ['49999', null],
    ['5.4.316', null],
  ])('%j is well formed but has no guide', (text, basic) => {
    const found = findCode(text, GUIDES);
    expect(found).not.toBeNull();
    expect(found?.known).toBe(false);
    expect(found?.slug).toBe('other-codes');
    expect(found?.basic).toBe(basic);
  });

  it('reports the canonical code for unknown codes', () => {
    expect(findCode('550 5.7.1 Unable to relay', GUIDES)?.code).toBe('5.7.1');
    expect(findCode('49999', GUIDES)?.code).toBe('4.9.999');
  });

  it('takes the codes and slugs from the list passed in', () => {
    const guides: GuideRef[] = [
      { code: '5.7.1', slug: 'relay' },
      { code: 'other', slug: 'inne-kody' },
    ];
    expect(findCode('550 5.7.1', guides)).toEqual({
      code: '5.7.1',
      basic: '550',
      known: true,
      slug: 'relay',
    });
    expect(findCode('450 4.4.316', guides)).toEqual({
      code: '4.4.316',
      basic: '450',
      known: false,
      slug: 'inne-kody',
    });
  });

  it('falls back to other-codes when the list has no "other" guide', () => {
    expect(findCode('4.4.316', [])).toEqual({
      code: '4.4.316',
      basic: null,
      known: false,
      slug: 'other-codes',
    });
  });

  it('does not take digit-only numbers in a text unless they are known codes', () => {
    expect(findCode('ticket 44319 was closed', GUIDES)).toBeNull();
    expect(findCode('ticket 44316 was closed', GUIDES)?.code).toBe('4.4.316');
  });

  it('matches digit-only forms against the known codes first', () => {
    const guides: GuideRef[] = [{ code: '4.73.20', slug: 'odd' }];
    expect(findCode('47320', guides)).toEqual({ code: '4.73.20', basic: null, known: true, slug: 'odd' });
    expect(findCode('47320', GUIDES)?.code).toBe('4.7.320');
  });
});

describe('findCode: which code in a long text', () => {
  it('takes the first code when there are several', () => {
    expect(findCode('450 4.4.315 Connection timed out, later 450 4.4.316 Connection refused', GUIDES)?.code).toBe(
      '4.4.315',
    );
  });

  it('prefers a code written after a basic reply code', () => {
    expect(findCode('see 4.4.316; the server said 550 5.7.1 Unable to relay', GUIDES)).toEqual({
      code: '5.7.1',
      basic: '550',
      known: false,
      slug: 'other-codes',
    });
  });

  it('prefers a known dotted code to an unknown one without a basic code', () => {
    expect(findCode('On 5.4.24 the queue showed 4.4.316 for contoso.com', GUIDES)?.code).toBe('4.4.316');
  });

  it('takes a well-formed unknown dotted code when nothing else is there', () => {
    expect(findCode('The queue shows 4.9.999 for contoso.com', GUIDES)?.code).toBe('4.9.999');
  });

  it('reads the NDR code, not the socket error', () => {
    expect(
      findCode(
        "Remote Server returned '550 5.4.316 Message expired, connection refused(Socket error code 10061)'",
        GUIDES,
      ),
    ).toEqual({ code: '5.4.316', basic: '550', known: false, slug: 'other-codes' });
  });
});

describe('findCode: numbers that are not codes', () => {
  it.each([
    ['Connecting to 203.0.113.5 failed'],
    ['LastAttemptedIP=203.0.113.5:25'],
    ['10.4.4.316'],
    ['host 10.4.4.316 is down'],
    ['4.4.316.5'],
    ['DNS at 4.4.4.4 and 8.8.4.4'],
    ['198.51.100.25:25'],
    ['port 25'],
    ['Test-NetConnection mail.contoso.com -Port 25'],
    ['Socket error code 10061'],
    ['error 10060'],
    ['10061'],
    ['10060'],
    ['Version 2.1.0'],
    ['version: 5.7.1'],
    ['v5.7.1'],
    ['node v24.9.0'],
    ['X-MS-Exchange-Version 15.20.8022.12'],
    ['build 4.4.316.1'],
    ['Sent 5.4.24 10:15 (date and time)'],
    ['2026-11-20'],
    ['11/20/2026 8:14:02 AM'],
    ['20.11.2026'],
    ['5.4.2026'],
    ['TLS 1.2'],
    ['450'],
    ['Connection refused'],
    ['ticket 2024 and port 2525'],
    ['3.4.316'],
    ['4.4.3166'],
  ])('%j has no code', (text) => {
    expect(findCode(text, GUIDES)).toBeNull();
  });

  it.each([[''], ['   '], ['\r\n'], ['garbage !@#$%^&*()'], ['ąęłńóśźż İıŞş']])('%j has no code', (text) => {
    expect(findCode(text, GUIDES)).toBeNull();
  });
});

describe('locateCode', () => {
  it('gives the position of the code itself, not of the basic code', () => {
    const text = 'Error: 450 4.4.316 Connection refused';
    const found = locateCode(text, GUIDES);
    expect(found?.start).toBe(text.indexOf('4.4.316'));
    expect(found?.end).toBe(text.indexOf('4.4.316') + '4.4.316'.length);
  });

  it('gives the position of a typed code', () => {
    expect(locateCode('  450 4.4.316.', GUIDES)).toMatchObject({ start: 6, end: 13 });
  });

  it('gives the position of a digit-only code', () => {
    expect(locateCode('see 44316 now', GUIDES)).toMatchObject({ start: 4, end: 9 });
  });
});

describe('bounded input', () => {
  for (const [name, input] of Object.entries(ADVERSARIAL)) {
    it(`findCode on ${name} (100,000 characters) returns within 50 ms`, () => {
      expect(input.length).toBeGreaterThanOrEqual(99_997);
      expect(timeMs(() => findCode(input, GUIDES))).toBeLessThan(50);
    });
    it(`normalizeCode on ${name} returns null within 50 ms`, () => {
      expect(timeMs(() => normalizeCode(input))).toBeLessThan(50);
      expect(normalizeCode(input)).toBeNull();
    });
  }

  it('finds nothing in a run of "4.4." (it is one long dotted number)', () => {
    expect(findCode('4.4.'.repeat(25_000), GUIDES)).toBeNull();
  });

  it('reads only the start of a very long text', () => {
    expect(findCode(`${'x '.repeat(1500)} 450 4.4.316`, GUIDES)).toBeNull();
    expect(findCode(`450 4.4.316 ${'x '.repeat(50_000)}`, GUIDES)?.code).toBe('4.4.316');
  });
});
