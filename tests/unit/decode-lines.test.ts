/**
 * The decoder on the input kinds of issue 13: codes, error lines, chains and
 * nesting, message-trace Reason strings, NDR diagnostics, RFC 3464 fields,
 * other MTAs. Samples written from the formats; verdicts checked against
 * FAMILY_SECTIONS and the registry.
 */
import { describe, expect, it } from 'vitest';
import { decode, FAMILY_SECTIONS, quickVerdict } from '../../src/lib/decode';
import { decodeIndex as index, lineEnds } from '../support/decode-index';

const codesOf = (text: string) => decode(text, index).failures.flatMap((f) => f.codes.map((c) => c.code));

describe('a single code or line', () => {
  it('reads a code in any form', () => {
    for (const form of ['5.4.316', '5 4 316', '550 5.4.316', 'Remote Server returned 550 5.4.316']) {
      const v = quickVerdict(form, index);
      expect(v?.code?.code ?? v?.reported?.code, form).toMatch(/^[45]\.4\.316$/);
    }
  });

  it('550 5.4.316 Message expired, connection refused (10061) is 4.4.316 cause-firewall', () => {
    const v = quickVerdict('550 5.4.316 Message expired, connection refused(Socket error code 10061)', index)!;
    expect(v.code?.code).toBe('4.4.316');
    expect(v.reported?.code).toBe('5.4.316');
    expect(v.guide).toMatchObject({ guide: FAMILY_SECTIONS.refused.guide, section: FAMILY_SECTIONS.refused.section });
    expect(v.expired).toBe(true);
    expect(v.permanent).toBe(true);
    expect(v.token?.number).toBe(10061);
  });

  it('SubjectMismatch inside 4.4.317 leads to 4.7.320 cause-name-mismatch, with the failed hop', () => {
    const v = quickVerdict(
      '450 4.4.317 Cannot connect to remote server [Message=SubjectMismatch Expected Subject: mail.contoso.com Actual: *.fabrikam.net] [LastAttemptedServerName=mail.contoso.com] [LastAttemptedIP=203.0.113.5:25]',
      index,
    )!;
    expect(v.guide).toMatchObject({ guide: '4.7.320', section: 'cause-name-mismatch' });
    expect(v.permanent).toBe(false);
    expect(v.direction).toBe('m365-to-server');
    expect(v.server).toMatchObject({ name: 'mail.contoso.com', ip: '203.0.113.5', port: 25, microsoft: false });
    expect(v.actors.length).toBeGreaterThan(0);
  });

  it('STARTTLS required nested in 4.4.317 is the inner 5.7.3 reply and the TLS section', () => {
    const r = decode('450 4.4.317 Cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail] [LastAttemptedServerName=mx.fabrikam.net] [LastAttemptedIP=198.51.100.9:25]', index);
    const f = r.failures[0]!;
    expect(f.outer?.code).toBe('4.4.317');
    expect(f.inner?.code).toBe('5.7.3');
    expect(f.inner?.basic).toBe('451');
    expect(r.verdict?.guide).toMatchObject(FAMILY_SECTIONS.tls);
    expect(f.tokens.map((t) => t.kind)).toContain('tls-starttls-required');
  });

  it('reads the -> chain 4.4.397 -> 4.2.1 -> SocketError', () => {
    const r = decode('451 4.4.397 Error communicating with target host. -> 421 4.2.1 Unable to connect -> SocketError: The remote host closed the connection', index);
    const f = r.failures[0]!;
    expect(f.codes.map((c) => c.code)).toEqual(['4.4.397', '4.2.1']);
    expect(f.codes[1]!.role).toBe('chain');
    expect(f.tokens.some((t) => t.cls === 'session')).toBe(true);
    expect(r.verdict?.permanent).toBe(false);
    expect(r.verdict?.guide).not.toBeNull();
  });

  it('550 5.4.300 Message expired -> the retried failure', () => {
    const r = decode('550 5.4.300 Message expired -> 451 4.4.316 Connection refused [Message=Socket error code 10061]', index);
    expect(codesOf('550 5.4.300 Message expired -> 451 4.4.316 Connection refused [Message=Socket error code 10061]')).toEqual(expect.arrayContaining(['5.4.300', '4.4.316']));
    expect(r.verdict?.expired).toBe(true);
    expect(r.verdict?.guide).toMatchObject(FAMILY_SECTIONS.refused);
  });

  it('a code with a meaning of its own keeps its page, whatever generic words its text has', () => {
    // Microsoft's own policy and security replies: "Service unavailable" or "TLS" in the text is not a connector failure.
    for (const line of [
      '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. AS(2200)',
      '421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2.',
    ]) {
      const v = quickVerdict(line, index)!;
      expect(v.code?.page, line).not.toBeNull();
      expect(v.guide, line).toBeNull();
    }
    // A generic X.Y.0 code, a network code and a code with a guide still take the token's section.
    expect(quickVerdict('451 4.4.0 DNS query failed. The error was: DNS query failed with error ErrorRetry', index)?.guide).toMatchObject({ guide: FAMILY_SECTIONS.dns.guide });
    expect(quickVerdict('421 4.4.2 Connection dropped due to SocketError', index)?.guide).toMatchObject({ guide: FAMILY_SECTIONS.dropped.guide });
    expect(quickVerdict('451 4.7.0 TLS negotiation failed with error SocketError', index)?.guide).toMatchObject({ guide: FAMILY_SECTIONS.tls.guide });
  });

  it('text with no code and no token gives no verdict', () => {
    const r = decode('Hello, the weather is nice today.\nSee you tomorrow.', index);
    expect(r.failures).toEqual([]);
    expect(r.verdict).toBeNull();
  });
});

describe('message trace', () => {
  const reason =
    "Reason: [{LED=451 4.4.397 Error communicating with target host. -> 421 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail.contoso.com] [LastAttemptedIP=203.0.113.7:25]};{MSG=};{FQDN=mail.contoso.com};{IP=203.0.113.7};{LRT=12/1/2026 8:00:00 AM}]. OutboundProxyTargetIP: 203.0.113.7. OutboundProxyTargetHostName: mail.contoso.com";

  it('reads the LED code, the FQDN and IP, the LRT date and the verdict', () => {
    const r = decode(reason, index);
    const f = r.failures[0]!;
    expect(f.sources).toContain('trace');
    expect(f.codes.map((c) => c.code)).toEqual(expect.arrayContaining(['4.4.397', '4.4.316']));
    expect(f.servers.some((s) => s.name === 'mail.contoso.com' && s.ip === '203.0.113.7')).toBe(true);
    expect(f.dates.some((d) => d.text.includes('12/1/2026') && d.time !== null)).toBe(true);
    expect(r.verdict?.direction).toBe('m365-to-server');
    expect(r.verdict?.guide).toMatchObject(FAMILY_SECTIONS.refused);
  });

  it('reads Get-MessageTraceDetailV2 Format-List records', () => {
    const text = [
      'MessageTraceId : 0f6c3a2e-1111-2222-3333-444455556666',
      'Date           : 12/1/2026 7:55:10 AM',
      'Event          : Defer',
      'Action         :',
      'Detail         : The message was deferred.',
      'Data           : <root><MEP Name="Connector" String="Outbound"/><MEP Name="Reason" String="[{LED=451 4.4.316 Connection refused [Message=Socket error code 10061]};{MSG=};{FQDN=mx.fabrikam.net};{IP=198.51.100.20};{LRT=12/1/2026 7:55:00 AM}]"/></root>',
      'RecipientAddress : user@fabrikam.net',
      '',
    ].join('\n');
    for (const [name, t] of lineEnds(text)) {
      const r = decode(t, index);
      expect(r.formats, name).toContain('trace-detail');
      expect(r.failures.flatMap((f) => f.codes.map((c) => c.code)), name).toContain('4.4.316');
      expect(r.timeline.some((e) => e.label === 'Defer'), name).toBe(true);
    }
  });
});

describe('NDR text and RFC 3464 fields', () => {
  const ndr = [
    'Delivery has failed to these recipients or groups:',
    '',
    'user@fabrikam.net',
    "Your message couldn't be delivered. Despite repeated attempts to deliver your message, the recipient's email system refused the connection.",
    '',
    'Diagnostic information for administrators:',
    '',
    'Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com',
    'user@fabrikam.net',
    'Remote Server returned \'550 5.4.316 Message expired, connection refused(Socket error code 10061)\'',
    '',
    'Original message headers:',
    'Date: Mon, 30 Nov 2026 09:12:00 +0000',
    '',
  ].join('\n');

  it.each(lineEnds(ndr))('reads the diagnostic block (%s)', (_, text) => {
    const r = decode(text, index);
    expect(r.recipients.map((x) => x.address)).toEqual(['user@fabrikam.net']);
    const v = r.recipients[0]!.verdict!;
    expect(v.code?.code).toBe('4.4.316');
    expect(v.guide).toMatchObject(FAMILY_SECTIONS.refused);
    expect(r.failures[0]!.servers.some((s) => s.role === 'reporting' && s.microsoft)).toBe(true);
  });

  it('reads the newer NDR layout: the recipient field, "Reported error", the report\'s own server and the remote one', () => {
    const text = [
      "Your message to user@fabrikam.net couldn't be delivered.",
      'Original Message Details',
      'Created Date:\t12/1/2026 10:55:35 AM',
      'Sender Address:\tkatie@contoso.com',
      'Recipient Address:\tuser@fabrikam.net',
      'Subject:\tOrder 1234',
      'Error Details',
      'Reported error:\t550 5.4.316 Message expired, connection refused(Socket error code 10061)',
      'DSN generated by:\tVI1PR01MB1234.eurprd01.prod.exchangelabs.com',
      'Remote server:\tmx.fabrikam.net',
    ].join('\n');
    for (const [name, t] of lineEnds(text)) {
      const r = decode(t, index);
      expect(r.formats, name).toContain('ndr');
      expect(r.verdict?.code?.code, name).toBe('4.4.316');
      expect(r.verdict?.guide, name).toMatchObject(FAMILY_SECTIONS.refused);
      expect(r.verdict?.server, name).toMatchObject({ role: 'remote', name: 'mx.fabrikam.net' });
      expect(r.verdict?.recipient, name).toBe('user@fabrikam.net');
      const servers = r.failures.flatMap((f) => f.servers);
      expect(servers.some((s) => s.role === 'reporting' && s.name === 'VI1PR01MB1234.eurprd01.prod.exchangelabs.com'), name).toBe(true);
    }
  });

  it('reads the answering server named on its own line before "Remote Server returned"', () => {
    const r = decode(['user@fabrikam.net', 'mx.fabrikam.net', "Remote Server returned '552 5.2.2 Mailbox full'"].join('\n'), index);
    expect(r.verdict?.code?.code).toBe('5.2.2');
    expect(r.verdict?.server).toMatchObject({ role: 'remote', name: 'mx.fabrikam.net' });
    expect(r.verdict?.recipient).toBe('user@fabrikam.net');
  });

  it('reads "Server at … returned" lines with their dates, around non-English text', () => {
    const text = [
      'Nie można dostarczyć wiadomości do tych adresatów lub grup:',
      'ali@fabrikam.com.tr',
      'Diagnostic information for administrators:',
      'Generating server: DB9PR02MB5555.eurprd02.prod.outlook.com',
      'ali@fabrikam.com.tr',
      'Server at mail.fabrikam.com.tr (192.0.2.44) returned \'450 4.4.317 Cannot connect to remote server [Message=CertificateExpired]\'',
      '12/1/2026 9:30:15 AM - Server at mail.fabrikam.com.tr returned \'550 5.4.300 Message expired\'',
    ].join('\n');
    const r = decode(text, index);
    const all = r.failures.flatMap((f) => f.codes.map((c) => c.code));
    expect(all).toEqual(expect.arrayContaining(['4.4.317']));
    expect(r.failures.flatMap((f) => f.servers).some((s) => s.name === 'mail.fabrikam.com.tr')).toBe(true);
    expect(r.failures.flatMap((f) => f.dates).some((d) => d.time !== null)).toBe(true);
    expect(r.verdict?.guide).toMatchObject(FAMILY_SECTIONS['cert-expired']);
  });

  const dsn = [
    'Reporting-MTA: dns; AM0PR01MB1234.eurprd01.prod.outlook.com',
    'Received-From-MTA: dns; contoso.com',
    'Arrival-Date: Mon, 30 Nov 2026 09:12:00 +0000',
    '',
    'Final-Recipient: rfc822; one@fabrikam.net',
    'Action: failed',
    'Status: 5.4.316',
    'Remote-MTA: dns; mx1.fabrikam.net',
    'Diagnostic-Code: smtp; 550 5.4.316 Message expired, connection refused(Socket error code 10061)',
    'Last-Attempt-Date: Wed, 2 Dec 2026 09:12:00 +0000',
    '',
    'Final-Recipient: rfc822; two@fabrikam.org',
    'Action: delayed',
    'Status: 4.4.317',
    'Remote-MTA: dns; mx2.fabrikam.org',
    'Diagnostic-Code: smtp; 451 4.4.317 [Message=UntrustedRoot]',
    'Will-Retry-Until: Thu, 3 Dec 2026 09:12:00 +0000',
    '',
  ].join('\n');

  it.each(lineEnds(dsn))('reads one block per recipient (%s)', (_, text) => {
    const r = decode(text, index);
    expect(r.formats).toContain('dsn');
    expect(r.recipients.map((x) => x.address)).toEqual(['one@fabrikam.net', 'two@fabrikam.org']);
    const [one, two] = r.recipients;
    expect(one!.action).toBe('failed');
    expect(one!.status).toBe('5.4.316');
    expect(one!.verdict?.code?.code).toBe('4.4.316');
    expect(one!.verdict?.guide).toMatchObject(FAMILY_SECTIONS.refused);
    expect(two!.action).toBe('delayed');
    expect(two!.verdict?.guide).toMatchObject(FAMILY_SECTIONS['cert-untrusted']);
    expect(two!.verdict?.permanent).toBe(false);
    const servers = r.failures.flatMap((f) => f.servers);
    expect(servers.some((s) => s.role === 'remote' && s.name === 'mx1.fabrikam.net')).toBe(true);
    expect(servers.some((s) => s.role === 'reporting' && s.microsoft)).toBe(true);
    const roles = r.timeline.map((e) => e.role);
    expect(roles).toEqual(expect.arrayContaining(['last-attempt', 'will-retry-until']));
    const times = r.timeline.filter((e) => e.time !== null).map((e) => e.time!);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});

describe('on-premises Exchange and other MTAs', () => {
  it('reads a queue LastError', () => {
    const r = decode('Identity: EX01\\contoso.com\nDeliveryType: SmtpRelayToRemoteAdSite\nStatus: Retry\nNextHopDomain: contoso-com.mail.protection.outlook.com\nLastError: 451 4.4.0 Primary target IP address responded with: "421 4.4.1 Connection timed out." Attempted failover to alternate host, but that did not succeed.', index);
    expect(r.failures.flatMap((f) => f.codes.map((c) => c.code))).toContain('4.4.0');
    expect(r.verdict?.permanent).toBe(false);
    expect(r.failures[0]!.tokens.map((t) => t.family)).toContain('timeout');
  });

  it('reads Get-Queue | Format-List output, with and without the last endpoint', () => {
    const queue = (lastError: string) =>
      [
        'Identity         : EX01\\3',
        'DeliveryType     : SmartHostConnectorDelivery',
        'NextHopDomain    : [203.0.113.5]',
        'Status           : Retry',
        'MessageCount     : 12',
        `LastError        : ${lastError}`,
        'LastRetryTime    : 12/1/2026 10:55:35 AM',
        'NextRetryTime    : 12/1/2026 11:05:35 AM',
      ].join('\n');
    const bare = decode(queue('451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed.'), index);
    expect(bare.failures.flatMap((f) => f.codes.map((c) => c.code))).toContain('4.4.0');
    expect(bare.verdict?.family).toBe('dropped');
    const withEndpoint = decode(queue('451 4.4.0 Primary target IP address responded with: "421 4.4.1 Connection timed out." Attempted failover to alternate host, but that did not succeed. The last endpoint attempted was 203.0.113.5:25'), index);
    expect(withEndpoint.verdict?.server).toMatchObject({ ip: '203.0.113.5', port: 25 });
  });

  it('reads the address of a queue error pasted without its LastError field', () => {
    const r = decode('451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 203.0.113.5:25', index);
    expect(r.verdict?.server).toMatchObject({ role: 'remote', ip: '203.0.113.5', port: 25 });
    expect(r.verdict?.guide).toMatchObject({ guide: FAMILY_SECTIONS.dropped.guide });
  });

  it('reads a Postfix bounce line with relay name, IP and port', () => {
    const r = decode('Dec  2 09:00:01 mx postfix/smtp[1234]: 4F2A1: to=<bob@contoso.com>, relay=contoso-com.mail.protection.outlook.com[52.101.0.10]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.7.606, status=bounced (host contoso-com.mail.protection.outlook.com[52.101.0.10] said: 550 5.7.606 Access denied, banned sending IP [198.51.100.1] (in reply to RCPT TO command))', index);
    const f = r.failures[0]!;
    expect(f.codes.map((c) => c.code)).toContain('5.7.606');
    expect(f.recipient).toBe('bob@contoso.com');
    expect(f.servers.some((s) => s.ip === '52.101.0.10' && s.port === 25)).toBe(true);
    expect(r.verdict?.direction).toBe('server-to-m365');
    expect(r.verdict?.permanent).toBe(true);
  });

  it('reads an Exim bounce', () => {
    const r = decode('This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  carol@fabrikam.net\n    host mx.fabrikam.net [198.51.100.30]\n    SMTP error from remote mail server after RCPT TO:<carol@fabrikam.net>:\n    550 5.1.1 <carol@fabrikam.net>: Recipient address rejected: User unknown', index);
    expect(r.failures.flatMap((f) => f.codes.map((c) => c.code))).toContain('5.1.1');
    expect(r.failures.flatMap((f) => f.servers).some((s) => s.ip === '198.51.100.30')).toBe(true);
  });

  it('reads a Gmail bounce quoting the remote reply', () => {
    const r = decode("Address not found\n\nYour message wasn't delivered to dave@fabrikam.net because the address couldn't be found.\n\nThe response from the remote server was:\n550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", index);
    expect(r.failures.flatMap((f) => f.codes.map((c) => c.code))).toContain('5.1.10');
    expect(r.verdict?.permanent).toBe(true);
  });
});
