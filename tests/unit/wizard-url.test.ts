/**
 * Wizard URLs (src/lib/wizard-url.ts): step paths, the pasted values in the
 * query string, and where a pasted error leads.
 */
import { describe, expect, it } from 'vitest';
import { langs } from '../../src/i18n/config';
import { analyzeBounce } from '../../src/lib/bounce-line';
import { OTHER_CODE } from '../../src/lib/error-code';
import { WIZARD_SEGMENT } from '../../src/lib/url';
import { resultsUnder, startFor } from '../../src/lib/wizard-path';
import { NODE_IDS, START_ID } from '../../src/lib/wizard-tree';
import {
  cleanValues,
  hasValues,
  lineWith,
  MAX_LINE,
  NO_VALUES,
  pasteHref,
  pasteTarget,
  readValues,
  stepHref,
  stepParam,
  stepPath,
  valuesQuery,
} from '../../src/lib/wizard-url';
import { readGuide } from '../support/content-files';
import { GUIDES } from '../support/guides';

const LINE =
  '450 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail.contoso.com] [LastAttemptedIP=203.0.113.5:25]';

describe('step paths', () => {
  it('puts the start at /{lang}/troubleshoot/ and every other node one level below', () => {
    expect(stepPath('en', START_ID)).toBe('/en/troubleshoot/');
    expect(stepPath('pl', '316-firewall')).toBe('/pl/troubleshoot/316-firewall/');
    expect(stepParam(START_ID)).toBeUndefined();
    expect(stepParam('4-4-316')).toBe('4-4-316');
  });

  it('gives every step its own path under /{lang}/troubleshoot/, in every locale', () => {
    for (const lang of langs) {
      const paths = NODE_IDS.map((id) => stepPath(lang, id));
      expect(new Set(paths).size).toBe(NODE_IDS.length);
      for (const [i, id] of NODE_IDS.entries()) {
        expect(paths[i]).toBe(id === START_ID ? `/${lang}/${WIZARD_SEGMENT}/` : `/${lang}/${WIZARD_SEGMENT}/${id}/`);
        expect(stepParam(id)).toBe(id === START_ID ? undefined : id);
      }
    }
  });
});

describe('values in the query string', () => {
  it('reads a host name and an IP address', () => {
    expect(readValues('?host=mail.contoso.com&ip=203.0.113.5')).toEqual({ host: 'mail.contoso.com', ip: '203.0.113.5' });
    expect(readValues(new URLSearchParams('ip=2001:db8::5'))).toEqual({ host: null, ip: '2001:db8::5' });
    expect(readValues('host=203.0.113.5')).toEqual({ host: '203.0.113.5', ip: null });
    expect(readValues('')).toEqual(NO_VALUES);
  });

  it('drops what must not go into a command', () => {
    for (const host of ['mail.contoso.com;rm -rf /', '$(whoami)', '<smart-host>', 'a b', '', '-x.com', 'x'.repeat(64) + '.com', `${'a.'.repeat(200)}com`]) {
      expect(readValues(`?host=${encodeURIComponent(host)}`).host, host).toBeNull();
    }
    for (const ip of ['203.0.113.5:25', '999.1.1.1', 'mail.contoso.com', '1.2.3', '"1.2.3.4"']) {
      expect(readValues(`?ip=${encodeURIComponent(ip)}`).ip, ip).toBeNull();
    }
  });

  it('trims values', () => {
    expect(cleanValues({ host: '  mail.contoso.com ', ip: ' 203.0.113.5' })).toEqual({ host: 'mail.contoso.com', ip: '203.0.113.5' });
  });

  it('writes only valid values, host first, and nothing when there are none', () => {
    expect(valuesQuery({ host: 'mail.contoso.com', ip: '203.0.113.5' })).toBe('?host=mail.contoso.com&ip=203.0.113.5');
    expect(valuesQuery({ host: null, ip: '2001:db8::5' })).toBe('?ip=2001%3Adb8%3A%3A5');
    expect(valuesQuery({ host: 'bad host', ip: null })).toBe('');
    expect(valuesQuery(NO_VALUES)).toBe('');
    expect(hasValues(NO_VALUES)).toBe(false);
    expect(hasValues({ host: null, ip: '203.0.113.5' })).toBe(true);
  });

  it('round-trips through a step link', () => {
    const href = stepHref('tr', '316-firewall', { host: 'mail.contoso.com', ip: '203.0.113.5' });
    expect(href).toBe('/tr/troubleshoot/316-firewall/?host=mail.contoso.com&ip=203.0.113.5');
    const url = new URL(href, 'https://example.org');
    expect(url.pathname).toBe(stepPath('tr', '316-firewall'));
    expect(readValues(url.search)).toEqual({ host: 'mail.contoso.com', ip: '203.0.113.5' });
    expect(stepHref('en', START_ID)).toBe('/en/troubleshoot/');
  });
});

describe('where a pasted error leads', () => {
  it('goes to the branch of the code, with the server name and IP address', () => {
    expect(pasteTarget(analyzeBounce(LINE, GUIDES))).toEqual({
      step: '4-4-316',
      values: { host: 'mail.contoso.com', ip: '203.0.113.5' },
    });
  });

  it("goes to each guide's branch from the guide's own error text", () => {
    for (const { code, slug } of GUIDES) {
      if (code === OTHER_CODE) continue;
      const line = String(readGuide('en', `${slug}.mdx`).frontmatter['errorText']);
      const step = pasteTarget(analyzeBounce(line, GUIDES))?.step;
      expect(step, line).toBe(startFor(code));
      expect(resultsUnder(step!)[0]?.guide, line).toBe(slug);
    }
  });

  it('sends unknown codes to the other branch and a socket error alone to its code', () => {
    expect(pasteTarget(analyzeBounce('451 4.9.999 Something else [LastAttemptedIP=203.0.113.9]', GUIDES))).toEqual({
      step: startFor(OTHER_CODE),
      values: { host: null, ip: '203.0.113.9' },
    });
    expect(pasteTarget(analyzeBounce('Socket error code 10061', GUIDES))?.step).toBe('4-4-316');
    expect(pasteTarget(analyzeBounce('socket error 10060', GUIDES))?.step).toBe('4-4-315');
  });

  it('returns null when nothing was recognized', () => {
    expect(pasteTarget(null)).toBeNull();
    expect(pasteTarget(analyzeBounce('hello world', GUIDES))).toBeNull();
    expect(pasteTarget(analyzeBounce('[Foo=bar]', GUIDES))).toBeNull();
  });
});

describe('the paste box', () => {
  it('gives the branch path, the values apart from it (never in the URL), and what it read', () => {
    expect(pasteHref(LINE, GUIDES, 'pl')).toEqual({
      href: '/pl/troubleshoot/4-4-316/',
      values: { host: 'mail.contoso.com', ip: '203.0.113.5' },
      read: ['450 4.4.316', 'mail.contoso.com', '203.0.113.5', 'Socket error code 10061'],
      code: '450 4.4.316',
      line: LINE,
      truncated: false,
    });
  });

  it('takes the NDR form and a certificate verdict where the decoder does', () => {
    expect(pasteHref('550 5.4.316 Message expired, connection refused(Socket error code 10061)', GUIDES, 'en').href).toBe(
      stepPath('en', startFor('4.4.316')!),
    );
    const cert = pasteHref(
      '450 4.4.317 Cannot connect to remote server [Message=SubjectMismatch Expected Subject: mail.contoso.com] [LastAttemptedServerName=mx.contoso.com]',
      GUIDES,
      'tr',
    );
    expect(cert.href).toBe(stepPath('tr', startFor('4.7.320')!));
    expect(cert.read).toContain('SubjectMismatch');
  });

  it('says when the text was cut, and reads only its start', () => {
    expect(pasteHref(`${LINE} ${'x'.repeat(3000)}`, GUIDES, 'en')).toMatchObject({
      href: '/en/troubleshoot/4-4-316/',
      values: { host: 'mail.contoso.com', ip: '203.0.113.5' },
      truncated: true,
    });
    expect(pasteHref(`${'x '.repeat(1000)}${LINE}`, GUIDES, 'en')).toEqual({ href: null, values: NO_VALUES, read: [], code: null, line: null, truncated: true });
  });

  it('gives null for text without a code', () => {
    expect(pasteHref('nothing here', GUIDES, 'tr')).toEqual({ href: null, values: NO_VALUES, read: [], code: null, line: null, truncated: false });
  });
});

describe('lineWith (the line the partner message quotes)', () => {
  it('takes the line holding the code, trimmed, from any line ends', () => {
    expect(lineWith('Queue viewer:\r\n  450 4.4.316 Connection refused  \rnext', '4.4.316')).toBe('450 4.4.316 Connection refused');
  });
  it('falls back to the first non-blank line, and to null for blank text', () => {
    expect(lineWith('\n\n  first\nsecond', '4.4.999')).toBe('first');
    expect(lineWith('  \n ', null)).toBeNull();
  });
  it('caps the line', () => {
    expect(lineWith(`4.4.316 ${'x'.repeat(5000)}`, '4.4.316')!.length).toBe(MAX_LINE);
  });
  it('pasteHref returns the code as read and its line', () => {
    const text = 'From the queue:\n450 4.4.316 Connection refused [LastAttemptedServerName=mail.contoso.com]';
    const r = pasteHref(text, GUIDES, 'en');
    expect(r.code).toBe('450 4.4.316');
    expect(r.line).toBe('450 4.4.316 Connection refused [LastAttemptedServerName=mail.contoso.com]');
    expect(pasteHref('nothing here', GUIDES, 'en')).toMatchObject({ code: null, line: null });
  });
});
