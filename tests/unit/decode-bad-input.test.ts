/**
 * Bad input: the cap, markup kept as text, adversarial inputs in linear time
 * (a ratio of times, not an absolute time), and a fuzz test from format fragments.
 */
import { describe, expect, it } from 'vitest';
import { handoffStrings } from '../../src/data/decode';
import { decode } from '../../src/lib/decode';
import { buildHandoff, defaultAudience } from '../../src/lib/decode/handoff';
import { MAX_INPUT } from '../../src/lib/decode/input';
import { decodeIndex as index } from '../support/decode-index';

describe('input cap', () => {
  it('reads only MAX_INPUT characters and says it was cut', () => {
    const line = '550 5.4.316 Message expired, connection refused(Socket error code 10061)\n';
    const big = line.repeat(Math.ceil((MAX_INPUT + 10_000) / line.length));
    const r = decode(big, index);
    expect(r.truncated).toBe(true);
    expect(r.length).toBeLessThanOrEqual(MAX_INPUT);
    expect(r.verdict?.code?.code).toBe('4.4.316');
  });
  it('a short input is not marked as cut', () => {
    const r = decode('550 5.4.316', index);
    expect(r.truncated).toBe(false);
  });
});

describe('markup is text', () => {
  it('markup in the input stays literal in the failure and the hand-off, entities are not turned into markup', () => {
    const text = '550 5.7.606 Access denied <img src=x onerror=alert(1)> &lt;script&gt;alert(2)&lt;/script&gt; [LastAttemptedServerName=mx.<b>evil</b>.net]';
    const r = decode(text, index);
    const f = r.failures[0]!;
    expect(f.line).not.toContain('<script>');
    for (const lang of ['en', 'pl', 'tr'] as const) {
      const h = buildHandoff(r.verdict!, f, handoffStrings(lang), defaultAudience(r.verdict));
      expect(h.body).not.toContain('<script>');
      expect(h.body).not.toContain('&lt;img');
      // The line is quoted as written: its characters, not an element.
      expect(h.body).toContain('<img src=x onerror=alert(1)>');
    }
  });
});

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function timeOf(text: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    decode(text, index);
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

// The machine is shared: a timing ratio is retried before it counts as a failure.
describe('linear time on adversarial input', { retry: 2 }, () => {
  const n = 100_000;
  const patterns: [string, (len: number) => string][] = [
    ['[', (l) => '['.repeat(l)],
    ['=', (l) => '='.repeat(l)],
    ['digits', (l) => '4'.repeat(l)],
    ['dots', (l) => '.'.repeat(l)],
    ['->', (l) => '-> '.repeat(l / 3)],
    ['spaces', (l) => ' '.repeat(l)],
    ['Server at', (l) => 'Server at '.repeat(l / 10)],
    ['nested brackets', (l) => '[Message='.repeat(l / 18) + ']'.repeat(l / 18)],
    ['codes', (l) => '5.4.316 '.repeat(l / 8)],
    ['digit dots', (l) => '1.2.3.4.'.repeat(l / 8)],
    ['LED lists', (l) => '{LED='.repeat(l / 5)],
    ['colons', (l) => 'a: '.repeat(l / 3)],
    ['newlines with headers', (l) => 'X-H: v\n '.repeat(l / 9)],
  ];
  it.each(patterns)('%s: time(8n) / time(n) < 24', (_, make) => {
    timeOf(make(n)); // warm up
    const small = Math.max(timeOf(make(n)), 0.5);
    const large = timeOf(make(8 * n));
    expect(large / small).toBeLessThan(24);
  }, 120_000);

  it('1 MB of one character returns a report', () => {
    for (const ch of ['a', '[', '5', '\n', '\r', ' ']) {
      const r = decode(ch.repeat(1_000_000), index);
      expect(r.failures.length).toBeLessThanOrEqual(500);
      expect(Array.isArray(r.formats)).toBe(true);
    }
  }, 120_000);
});

describe('fuzz: fragments of the formats', () => {
  const fragments = [
    '550 ', '5.4.316', '4.4.317', ' -> ', '[Message=', ']', '[LastAttemptedIP=', '203.0.113.', ':25', 'Socket error code 10061',
    'Reason: [{LED=', '};{MSG=', '};{FQDN=', '};{IP=', '};{LRT=', '12/1/2026 8:00:00 AM', '}]. OutboundProxyTargetIP: ',
    'Server at ', ' returned \'', '\'', 'Diagnostic information for administrators:', 'Generating server: ', 'outlook.com',
    'Final-Recipient: rfc822; ', 'a@b.c', 'Status: ', 'Action: failed', 'Diagnostic-Code: smtp; ', 'Reporting-MTA: dns; ',
    '\n', '\r\n', '\r', '\n\n', ' ', '\t', 'SubjectMismatch', 'Expected Subject: ', 'STARTTLS is required', 'Message expired',
    'Content-Type: multipart/report; boundary="x"', '--x', '=?utf-8?B?', '?=', '=3D', 'relay=', 'dsn=', 'status=bounced (',
    'LastError: ', 'Data : <MEP Name="Reason" String="', '"/>', 'ł', 'ğ', '\u0000', '\uD800', '<script>', '&amp;',
  ];
  it('never throws and always returns a report', () => {
    let seed = 13;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 400; i++) {
      const len = 1 + Math.floor(rand() * 60);
      let s = '';
      for (let j = 0; j < len; j++) s += fragments[Math.floor(rand() * fragments.length)];
      const r = decode(s, index);
      expect(r, s).toBeTypeOf('object');
      expect(Array.isArray(r.failures), s).toBe(true);
      expect(r.length, s).toBeLessThanOrEqual(s.length);
      for (const f of r.failures) expect(f.line.length, s).toBeLessThanOrEqual(2000);
    }
  }, 120_000);
});
