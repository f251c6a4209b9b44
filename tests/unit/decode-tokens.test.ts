/** One test per token class of src/lib/decode/tokens.ts, and the verdict each decisive token leads to. */
import { describe, expect, it } from 'vitest';
import { decode, FAMILY_SECTIONS } from '../../src/lib/decode';
import { findTokens, socketToken } from '../../src/lib/decode/tokens';
import type { TokenClass } from '../../src/lib/decode/types';
import { decodeIndex as index } from '../support/decode-index';

const kinds = (t: string) => findTokens(t).map((k) => k.kind);

describe('token classes', () => {
  it('socket: Winsock numbers in their forms, and only in Winsock range', () => {
    expect(findTokens('Socket error code 10061')[0]).toMatchObject({ cls: 'socket', number: 10061, family: 'refused' });
    expect(findTokens('error 10060')[0]).toMatchObject({ number: 10060, family: 'timeout' });
    expect(kinds('Winsock error 995')).toContain('socket-995');
    expect(socketToken(10054)?.family).toBe('dropped');
    expect(socketToken(11001)?.family).toBe('dns');
    expect(socketToken(10099)?.kind).toBe('socket-other');
    expect(socketToken(25)).toBeNull();
    expect(findTokens('Queued 10061 messages in 10060 seconds').filter((t) => t.cls === 'socket')).toEqual([]);
  });
  it('dns', () => {
    expect(kinds('DNS query failed. The error was: SMTPSEND.DNS.NonExistentDomain; nonexistent domain')).toContain('dns-nonexistent');
    expect(kinds('InfoNoRecords')).toContain('dns-no-records');
    expect(kinds('ErrorRetry')).toContain('dns-retry');
  });
  it('tls', () => {
    expect(kinds('[Message=SubjectMismatch Expected Subject: a]')).toContain('tls-subject-mismatch');
    expect(kinds('CertificateExpired')).toContain('tls-expired');
    expect(kinds('UntrustedRoot')).toContain('tls-untrusted-root');
    expect(kinds('451 5.7.3 STARTTLS is required to send mail')).toContain('tls-starttls-required');
    expect(kinds('TLS negotiation failed with error IllegalMessage')).toEqual(expect.arrayContaining(['tls-negotiation-failed', 'tls-illegal-message']));
  });
  it('session', () => {
    expect(kinds('SuspiciousRemoteServerError')).toContain('session-suspicious');
    expect(kinds('ConnectionReset')).toContain('session-reset');
    expect(kinds('SocketError: the remote host closed the connection')).toContain('session-socket-error');
  });
  it('service', () => {
    expect(kinds('421 4.3.2 Service not available, closing transmission channel')).toContain('service-unavailable');
    expect(kinds('too many connections from your IP')).toContain('service-busy');
  });
  it('expiry', () => {
    const t = findTokens('550 5.4.300 Message expired');
    expect(t.map((k) => k.cls)).toContain('expiry');
    expect(t.find((k) => k.cls === 'expiry')!.family).toBeNull();
  });
  it('phrase', () => {
    expect(kinds('connection refused')).toContain('phrase-refused');
    expect(kinds('Connection timed out')).toContain('phrase-timed-out');
    expect(kinds('certificate verify failed')).toContain('phrase-certificate');
  });
  it('covers every class', () => {
    const all: TokenClass[] = ['socket', 'dns', 'tls', 'session', 'service', 'expiry', 'phrase'];
    const seen = new Set(findTokens('10061 error 10061 InfoNoRecords UntrustedRoot ConnectionReset Service not available Message expired connection refused').map((t) => t.cls));
    expect([...seen].sort()).toEqual([...all].sort());
  });
  it('tokens are found in order of position', () => {
    const t = findTokens('UntrustedRoot then ConnectionReset');
    expect(t.map((k) => k.kind)).toEqual(['tls-untrusted-root', 'session-reset']);
  });
});

describe('the verdict follows the decisive token', () => {
  const cases: [string, keyof typeof FAMILY_SECTIONS][] = [
    ['451 4.4.317 [Message=CertificateExpired]', 'cert-expired'],
    ['451 4.4.317 [Message=UntrustedRoot]', 'cert-untrusted'],
    ['451 4.4.316 Connection timed out (Socket error code 10060)', 'timeout'],
    ['451 4.4.316 Winsock error 995', 'timeout'],
    ['451 4.4.318 Connection was closed abruptly [Message=SuspiciousRemoteServerError]', 'dropped'],
    ['451 4.4.318 ConnectionReset', 'dropped'],
    ['451 4.4.312 DNS query failed [Message=InfoNoRecords]', 'dns-no-records'],
  ];
  it.each(cases)('%s → %s', (line, family) => {
    const v = decode(line, index).verdict!;
    expect(v.family).toBe(family);
    expect(v.basis).toBe('token');
    expect(v.guide).toMatchObject(FAMILY_SECTIONS[family]);
  });
});
