import { describe, expect, it } from 'vitest';
import { analyzeBounce, socketMeaning } from '../../src/lib/bounce-line';
import type { CodeMatch, GuideRef } from '../../src/lib/error-code';
import { likelyCause } from '../../src/lib/likely-cause';
import { GUIDES } from '../support/guides';

/** Per guide code: the service's English text, a Message detail, and the expected cause. */
const CASES = [
  {
    code: '4.4.312',
    text: 'DNS query failed',
    message: 'The DNS query for the smart host failed',
    cause: 'cause-dns-hosting',
  },
  {
    code: '4.4.315',
    text: 'Connection timed out',
    message: 'Socket error code 10060',
    cause: 'cause-server-down',
  },
  {
    code: '4.4.316',
    text: 'Connection refused',
    message: 'Socket error code 10061',
    cause: 'cause-firewall',
  },
  {
    code: '4.4.317',
    text: 'Cannot connect to remote server',
    message: '421 4.3.2 Service not available',
    cause: 'cause-service-unavailable',
  },
  {
    code: '4.4.318',
    text: 'Connection was closed abruptly',
    message: 'Remote host closed the connection',
    cause: 'cause-packet-inspection',
  },
  {
    code: '4.7.320',
    text: 'Certificate validation failed',
    message: 'The certificate has expired',
    cause: 'cause-expired',
  },
] as const;

function slugOf(code: string): string {
  return code.replace(/\./g, '-');
}

function known(code: string, basic: string | null = '450'): CodeMatch {
  return { code, basic, known: true, slug: slugOf(code) };
}

const UNKNOWN_571: CodeMatch = { code: '5.7.1', basic: '550', known: false, slug: 'other-codes' };

function timeMs(fn: () => unknown): number {
  fn();
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

describe('analyzeBounce: full lines for every guide', () => {
  for (const c of CASES) {
    describe(c.code, () => {
      const bracketed =
        `450 ${c.code} ${c.text} [Message=${c.message}] ` +
        `[LastAttemptedServerName=mail.contoso.com] [LastAttemptedIP=203.0.113.25:25]`;

      it('reads the bracketed line', () => {
        const result = analyzeBounce(bracketed, GUIDES);
        expect(result).not.toBeNull();
        expect(result?.code).toEqual(known(c.code));
        expect(result?.replyCode).toBe('450');
        expect(result?.errorText).toBe(c.text);
        expect(result?.details).toEqual({
          Message: c.message,
          LastAttemptedServerName: 'mail.contoso.com',
          LastAttemptedIP: '203.0.113.25:25',
        });
        expect(result?.serverName).toBe('mail.contoso.com');
        expect(result?.ip).toBe('203.0.113.25');
        expect(result?.port).toBe(25);
        expect(result?.likelyCause).toEqual({ slug: slugOf(c.code), section: c.cause });
        expect(result?.truncated).toBe(false);
      });

      it('reads the line without brackets', () => {
        const plain =
          `450 ${c.code} ${c.text} Message=${c.message} ` +
          `LastAttemptedServerName=mail.contoso.com LastAttemptedIP=203.0.113.25:25`;
        const result = analyzeBounce(plain, GUIDES);
        expect(result?.code).toEqual(known(c.code));
        expect(result?.errorText).toBe(c.text);
        expect(result?.details).toEqual({
          Message: c.message,
          LastAttemptedServerName: 'mail.contoso.com',
          LastAttemptedIP: '203.0.113.25:25',
        });
        expect(result?.serverName).toBe('mail.contoso.com');
        expect(result?.ip).toBe('203.0.113.25');
        expect(result?.port).toBe(25);
        expect(result?.likelyCause).toEqual({ slug: slugOf(c.code), section: c.cause });
      });

      it('reads the line split with CRLF, with lowercase keys and text around it', () => {
        const pasted =
          `Hi team, the queue in the admin center shows this:\r\n\r\n` +
          `450 ${c.code} ${c.text}\r\n[message=${c.message}]\r\n` +
          `[lastattemptedservername=mail.contoso.com]\r\n[lastattemptedip=203.0.113.25:25]\r\n\r\nThanks!`;
        const result = analyzeBounce(pasted, GUIDES);
        expect(result?.code).toEqual(known(c.code));
        expect(result?.errorText).toBe(c.text);
        expect(result?.details).toEqual({
          message: c.message,
          lastattemptedservername: 'mail.contoso.com',
          lastattemptedip: '203.0.113.25:25',
        });
        expect(result?.serverName).toBe('mail.contoso.com');
        expect(result?.ip).toBe('203.0.113.25');
        expect(result?.likelyCause).toEqual({ slug: slugOf(c.code), section: c.cause });
      });

      it('reads a message-trace style line', () => {
        const trace =
          `Reason: [{LED=450 ${c.code} ${c.text} [Message=${c.message}] ` +
          `[LastAttemptedServerName=mail.contoso.com] [LastAttemptedIP=203.0.113.25:25]};` +
          `{MSG=};{FQDN=mail.contoso.com};{IP=203.0.113.25};{LRT=11/20/2026 8:14:02 AM}]. ` +
          `OutboundProxyTargetIP: 203.0.113.25. OutboundProxyTargetHostName: mail.contoso.com`;
        const result = analyzeBounce(trace, GUIDES);
        expect(result?.code).toEqual(known(c.code));
        expect(result?.errorText).toBe(c.text);
        expect(result?.details).toMatchObject({
          Message: c.message,
          LastAttemptedServerName: 'mail.contoso.com',
          LastAttemptedIP: '203.0.113.25:25',
          LED: `450 ${c.code} ${c.text}`,
          FQDN: 'mail.contoso.com',
          IP: '203.0.113.25',
          LRT: '11/20/2026 8:14:02 AM',
        });
        expect(result?.details).not.toHaveProperty('MSG');
        expect(result?.serverName).toBe('mail.contoso.com');
        expect(result?.ip).toBe('203.0.113.25');
        expect(result?.port).toBe(25);
        expect(result?.likelyCause).toEqual({ slug: slugOf(c.code), section: c.cause });
      });

      it('reads the code alone', () => {
        const result = analyzeBounce(`  ${c.code}  `, GUIDES);
        expect(result?.code).toEqual(known(c.code, null));
        expect(result?.replyCode).toBeNull();
        expect(result?.errorText).toBeNull();
        expect(result?.details).toEqual({});
        expect(result?.serverName).toBeNull();
        expect(result?.ip).toBeNull();
        expect(result?.port).toBeNull();
        expect(result?.socketError).toBeNull();
        expect(result?.likelyCause?.slug).toBe(slugOf(c.code));
      });
    });
  }

  it('reads the example line of the writing guide exactly', () => {
    const result = analyzeBounce(
      '450 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail.contoso.com] [LastAttemptedIP=203.0.113.5:25]',
      GUIDES,
    );
    expect(result).toEqual({
      code: { code: '4.4.316', basic: '450', known: true, slug: '4-4-316' },
      replyCode: '450',
      errorText: 'Connection refused',
      details: {
        Message: 'Socket error code 10061',
        LastAttemptedServerName: 'mail.contoso.com',
        LastAttemptedIP: '203.0.113.5:25',
      },
      serverName: 'mail.contoso.com',
      ip: '203.0.113.5',
      port: 25,
      socketError: 10061,
      socketMeaning: 'refused',
      likelyCause: { slug: '4-4-316', section: 'cause-firewall' },
      truncated: false,
    });
  });

  it('reads the 4.4.315 timeout line with its socket error', () => {
    const result = analyzeBounce(
      '450 4.4.315 Connection timed out [Message=Socket error code 10060] [LastAttemptedServerName=mail.fabrikam.com] [LastAttemptedIP=198.51.100.7:25]',
      GUIDES,
    );
    expect(result?.socketError).toBe(10060);
    expect(result?.socketMeaning).toBe('timed-out');
    expect(result?.serverName).toBe('mail.fabrikam.com');
    expect(result?.ip).toBe('198.51.100.7');
    expect(result?.likelyCause).toEqual({ slug: '4-4-315', section: 'cause-server-down' });
  });
});

describe('analyzeBounce: NDR', () => {
  const ndr =
    "Remote Server returned '550 5.4.316 Message expired, connection refused(Socket error code 10061)'";

  it('reads the expired-message NDR (no guide of its own) as its 4.4.316 guide\'s failure, with socket error 10061', () => {
    expect(analyzeBounce(ndr, GUIDES)).toEqual({
      code: { code: '5.4.316', basic: '550', known: false, slug: 'other-codes' },
      replyCode: '550',
      errorText: 'Message expired, connection refused',
      details: {},
      serverName: null,
      ip: null,
      port: null,
      socketError: 10061,
      socketMeaning: 'refused',
      likelyCause: { slug: '4-4-316', section: 'cause-firewall' },
      truncated: false,
    });
  });

  it('reads the NDR inside a whole bounce message and skips Microsoft host names', () => {
    const text =
      'Delivery has failed to these recipients or groups:\n\nadele@contoso.com\n' +
      "Your message couldn't be delivered.\n\nDiagnostic information for administrators:\n\n" +
      'Generating server: BN8PR12MB1234.namprd12.prod.outlook.com\n' +
      'adele@contoso.com\nmail.contoso.com\n' +
      `${ndr}\n\nOriginal message headers:\nReceived: from BN8PR12MB1234.namprd12.prod.outlook.com ([::1])`;
    const result = analyzeBounce(text, GUIDES);
    expect(result?.code?.code).toBe('5.4.316');
    expect(result?.errorText).toBe('Message expired, connection refused');
    expect(result?.socketError).toBe(10061);
    expect(result?.serverName).toBe('mail.contoso.com');
    expect(result?.likelyCause).toEqual({ slug: '4-4-316', section: 'cause-firewall' });
  });

  it('keeps an apostrophe inside a word in the error text', () => {
    expect(analyzeBounce("450 4.4.317 Server doesn't answer", GUIDES)?.errorText).toBe(
      "Server doesn't answer",
    );
  });
});

describe('analyzeBounce: socket errors alone', () => {
  it.each([
    ['10061', 10061, 'refused', '4-4-316', 'cause-firewall'],
    ['  10061\r\n', 10061, 'refused', '4-4-316', 'cause-firewall'],
    ['Socket error code 10061', 10061, 'refused', '4-4-316', 'cause-firewall'],
    ['socket error 10061', 10061, 'refused', '4-4-316', 'cause-firewall'],
    ['WSAECONNREFUSED 10061', 10061, 'refused', '4-4-316', 'cause-firewall'],
    ['10060', 10060, 'timed-out', '4-4-315', 'cause-server-down'],
    ['socket error 10060', 10060, 'timed-out', '4-4-315', 'cause-server-down'],
    ['error 10060', 10060, 'timed-out', '4-4-315', 'cause-server-down'],
    ['We get error: 10060 from the server', 10060, 'timed-out', '4-4-315', 'cause-server-down'],
  ])('%j', (text, socket, meaning, slug, section) => {
    const result = analyzeBounce(text, GUIDES);
    expect(result?.code).toBeNull();
    expect(result?.socketError).toBe(socket);
    expect(result?.socketMeaning).toBe(meaning);
    expect(result?.likelyCause).toEqual({ slug, section });
  });

  it('reads other socket errors without a meaning; the decoder\'s cause where it has one', () => {
    const result = analyzeBounce('Socket error code 10054', GUIDES);
    expect(result?.socketError).toBe(10054);
    expect(result?.socketMeaning).toBeNull();
    // 10054 (connection reset by the peer): a dropped session.
    expect(result?.likelyCause).toEqual({ slug: '4-4-318', section: 'cause-packet-inspection' });
    const unknown = analyzeBounce('Socket error code 10050', GUIDES);
    expect(unknown?.socketError).toBe(10050);
    expect(unknown?.likelyCause).toBeNull();
  });

  it('does not take a number without socket context as a socket error', () => {
    expect(analyzeBounce('we have 10061 mailboxes', GUIDES)).toBeNull();
    expect(analyzeBounce('port 10061', GUIDES)).toBeNull();
    expect(analyzeBounce('203.0.113.5:10061', GUIDES)).toBeNull();
  });

  it('sends a socket error to other-codes when the guides lack its code', () => {
    const guides: GuideRef[] = [{ code: 'other', slug: 'other-codes' }];
    expect(analyzeBounce('10061', guides)?.likelyCause).toEqual({
      slug: 'other-codes',
      section: 'cause-destination-server',
    });
  });
});

describe('analyzeBounce: addresses and names', () => {
  it('reads a bracketed IPv6 address with port', () => {
    const result = analyzeBounce(
      '450 4.4.316 Connection refused [LastAttemptedServerName=mail.contoso.com] [LastAttemptedIP=[2001:db8::25]:25]',
      GUIDES,
    );
    expect(result?.details['LastAttemptedIP']).toBe('[2001:db8::25]:25');
    expect(result?.ip).toBe('2001:db8::25');
    expect(result?.port).toBe(25);
  });

  it('reads an IPv6 address without brackets or port', () => {
    const result = analyzeBounce('450 4.4.316 Connection refused [LastAttemptedIP=2001:db8:0:1::25]', GUIDES);
    expect(result?.ip).toBe('2001:db8:0:1::25');
    expect(result?.port).toBeNull();
  });

  it('reads an IPv4 address without a port', () => {
    const result = analyzeBounce('450 4.4.316 Connection refused [LastAttemptedIP=203.0.113.5]', GUIDES);
    expect(result?.ip).toBe('203.0.113.5');
    expect(result?.port).toBeNull();
  });

  it('finds an address and host name in free text', () => {
    const result = analyzeBounce(
      '450 4.4.315 Connection timed out while connecting to mail.fabrikam.com at 198.51.100.7:2525',
      GUIDES,
    );
    expect(result?.serverName).toBe('mail.fabrikam.com');
    expect(result?.ip).toBe('198.51.100.7');
    expect(result?.port).toBe(2525);
    expect(result?.errorText).toBe('Connection timed out while connecting to mail.fabrikam.com at 198.51.100.7:2525');
  });

  it('finds a bracketed IPv6 address in free text', () => {
    const result = analyzeBounce('450 4.4.316 Connection refused by [2001:db8::7]:25', GUIDES);
    expect(result?.ip).toBe('2001:db8::7');
    expect(result?.port).toBe(25);
  });

  it('rejects invalid addresses and ports', () => {
    const result = analyzeBounce('450 4.4.316 Connection refused [LastAttemptedIP=999.1.1.1:25]', GUIDES);
    expect(result?.ip).toBeNull();
    expect(result?.port).toBeNull();
    const badPort = analyzeBounce('450 4.4.316 Connection refused [LastAttemptedIP=203.0.113.5:70000]', GUIDES);
    expect(badPort?.ip).toBe('203.0.113.5');
    expect(badPort?.port).toBeNull();
  });

  it('does not take glued sentence ends, e-mail addresses or Microsoft hosts as the server', () => {
    const result = analyzeBounce(
      '450 4.4.316 Connection refused.The sender adele@contoso.com used outlook.office365.com',
      GUIDES,
    );
    expect(result?.serverName).toBeNull();
  });

  it('prefers LastAttemptedServerName to other host names', () => {
    const result = analyzeBounce(
      'Sent via relay.fabrikam.com: 450 4.4.316 Connection refused [LastAttemptedServerName=mail.contoso.com]',
      GUIDES,
    );
    expect(result?.serverName).toBe('mail.contoso.com');
  });
});

describe('analyzeBounce: details', () => {
  it('keeps the first value of a repeated key', () => {
    const result = analyzeBounce('450 4.4.316 x [Message=first] [message=second]', GUIDES);
    expect(result?.details).toEqual({ Message: 'first' });
  });

  it('treats keys such as constructor and __proto__ as plain data', () => {
    const result = analyzeBounce('[constructor=evil] [__proto__=polluted] toString=bad', GUIDES);
    expect(result?.details['constructor']).toBe('evil');
    expect(result?.details['toString']).toBe('bad');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'evil')).toBe(false);
  });

  it('returns details without a code', () => {
    const result = analyzeBounce('[LastAttemptedServerName=mail.contoso.com]', GUIDES);
    expect(result?.code).toBeNull();
    expect(result?.serverName).toBe('mail.contoso.com');
    expect(result?.likelyCause).toBeNull();
  });
});

describe('analyzeBounce: nothing to find', () => {
  it.each([[''], ['   '], ['\r\n\t'], ['hello world'], ['Connection refused'], ['203.0.113.5'], ['mail.contoso.com'], ['!!!###']])(
    '%j -> null',
    (text) => {
      expect(analyzeBounce(text, GUIDES)).toBeNull();
    },
  );
});

describe('analyzeBounce: bounded input', () => {
  const inputs: Record<string, string> = {
    'repeated "4.4."': '4.4.'.repeat(25_000),
    'repeated "["': '['.repeat(100_000),
    'repeated digits': '1'.repeat(100_000),
    'repeated "a="': 'a='.repeat(50_000),
    'repeated "[a="': '[a='.repeat(33_334),
    'repeated "[Message=" and spaces': `[Message=${' '.repeat(99_990)}`,
    'repeated "450 4.4.316 "': '450 4.4.316 '.repeat(8_334),
    'repeated "a."': 'a.'.repeat(50_000),
    'repeated "[::"': '[::'.repeat(33_334),
    'repeated "error 10061 "': 'error 10061 '.repeat(8_334),
    'one long word': 'x'.repeat(100_000),
  };
  for (const [name, input] of Object.entries(inputs)) {
    it(`${name} (100,000 characters) returns within 50 ms`, () => {
      expect(input.length).toBeGreaterThanOrEqual(99_999);
      expect(timeMs(() => analyzeBounce(input, GUIDES))).toBeLessThan(50);
    });
  }

  it('says when the input was cut', () => {
    const result = analyzeBounce(`450 4.4.316 Connection refused ${'x'.repeat(100_000)}`, GUIDES);
    expect(result?.truncated).toBe(true);
    expect(result?.code?.code).toBe('4.4.316');
  });
});

describe('likelyCause', () => {
  it.each([
    ['4.4.312', '', null, 'cause-dns-hosting'],
    ['4.4.315', 'Socket error code 10060', 10060, 'cause-server-down'],
    ['4.4.315', '', null, 'cause-server-down'],
    ['4.4.316', 'Socket error code 10061', 10061, 'cause-firewall'],
    ['4.4.316', '', null, 'cause-firewall'],
    ['4.4.317', 'The server does not support STARTTLS', null, 'cause-tls-required'],
    ['4.4.317', 'TLS is required by the connector', null, 'cause-tls-required'],
    ['4.4.317', 'Service not available, closing transmission channel', null, 'cause-service-unavailable'],
    ['4.4.317', '421 Try again later', null, 'cause-service-unavailable'],
    ['4.4.317', '', null, 'cause-service-unavailable'],
    ['4.4.318', '', null, 'cause-packet-inspection'],
    ['4.7.320', 'The certificate has expired', null, 'cause-expired'],
    ['4.7.320', 'Certificate expiration date passed', null, 'cause-expired'],
    ['4.7.320', 'The certificate name does not match', null, 'cause-name-mismatch'],
    ['4.7.320', 'Subject mismatch', null, 'cause-name-mismatch'],
    ['4.7.320', 'Expected Subject: CN=mail.fabrikam.com', null, 'cause-name-mismatch'],
    ['4.7.320', 'The certificate was revoked', null, 'cause-not-valid'],
    ['4.7.320', 'untrusted root', null, 'cause-not-valid'],
    ['4.7.320', 'The certificate chain is incomplete', null, 'cause-not-valid'],
    ['4.7.320', '', null, 'cause-expired'],
    ['4.7.320', '[LastAttemptedServerName=mail.contoso.com]', null, 'cause-expired'],
  ])('%s with %j (socket %s) -> %s', (code, text, socket, section) => {
    expect(likelyCause(known(code), text, socket)).toEqual({ slug: slugOf(code), section });
  });

  it('sends unknown codes to other-codes, whatever the text and socket error', () => {
    expect(likelyCause(UNKNOWN_571, 'Socket error code 10061', 10061)).toEqual({
      slug: 'other-codes',
      section: 'cause-destination-server',
    });
  });

  it('uses the section "causes" for a known code without a rule', () => {
    expect(likelyCause({ code: '5.7.1', basic: '550', known: true, slug: 'relay' }, '', null)).toEqual({
      slug: 'relay',
      section: 'causes',
    });
  });

  it('uses the socket error when there is no code', () => {
    expect(likelyCause(null, '', 10061)).toEqual({ slug: '4-4-316', section: 'cause-firewall' });
    expect(likelyCause(null, '', 10060)).toEqual({ slug: '4-4-315', section: 'cause-server-down' });
    expect(likelyCause(null, '', 10050)).toBeNull();
    expect(likelyCause(null, 'anything', null)).toBeNull();
  });

  it('takes slugs from the guides when given', () => {
    const guides: GuideRef[] = [
      { code: '4.4.316', slug: 'refused' },
      { code: 'other', slug: 'inne' },
    ];
    expect(likelyCause(null, '', 10061, guides)).toEqual({ slug: 'refused', section: 'cause-firewall' });
    expect(likelyCause(null, '', 10060, guides)).toEqual({ slug: 'inne', section: 'cause-destination-server' });
  });

  it('takes a certificate verdict on a 4.4.317 line to the 4.7.320 section, as the decoder does', () => {
    expect(likelyCause(known('4.4.317'), '[Message=SubjectMismatch Expected Subject: mail.contoso.com]', null)).toEqual({
      slug: '4-7-320',
      section: 'cause-name-mismatch',
    });
    expect(likelyCause(known('4.4.317'), '[Message=CertificateExpired]', null)).toEqual({ slug: '4-7-320', section: 'cause-expired' });
    expect(likelyCause(known('4.4.317'), '[Message=UntrustedRoot]', null)).toEqual({ slug: '4-7-320', section: 'cause-not-valid' });
  });

  it('takes the expired NDR form of 4.4.316 with its socket error to the firewall section', () => {
    const result = analyzeBounce('550 5.4.316 Message expired, connection refused(Socket error code 10061)', GUIDES);
    expect(result?.likelyCause).toEqual({ slug: '4-4-316', section: 'cause-firewall' });
  });

  it('does not read a server called cn.… as a name mismatch', () => {
    const result = analyzeBounce(
      '450 4.7.320 Certificate validation failed [LastAttemptedServerName=cn.contoso.com]',
      GUIDES,
    );
    expect(result?.serverName).toBe('cn.contoso.com');
    // "Certificate validation failed" alone: the decoder's phrase rule (certificate not valid), not a name mismatch.
    expect(result?.likelyCause).toEqual({ slug: '4-7-320', section: 'cause-not-valid' });
  });

  it('reads 4.7.320 causes from a full line', () => {
    const line = (message: string): string =>
      `450 4.7.320 Certificate validation failed [Message=${message}] [LastAttemptedServerName=mail.contoso.com]`;
    expect(analyzeBounce(line('The remote certificate name mismatch'), GUIDES)?.likelyCause?.section).toBe(
      'cause-name-mismatch',
    );
    expect(analyzeBounce(line('certificate revoked'), GUIDES)?.likelyCause?.section).toBe('cause-not-valid');
    expect(analyzeBounce(line('certificate expired'), GUIDES)?.likelyCause?.section).toBe('cause-expired');
  });

  it('reads 4.4.317 causes from a full line', () => {
    expect(
      analyzeBounce('450 4.4.317 Cannot connect to remote server [Message=530 5.7.0 Must issue a STARTTLS command first]', GUIDES)
        ?.likelyCause,
    ).toEqual({ slug: '4-4-317', section: 'cause-tls-required' });
    expect(
      analyzeBounce('450 4.4.317 Cannot connect to remote server [Message=421 4.3.2 Service not available]', GUIDES)
        ?.likelyCause,
    ).toEqual({ slug: '4-4-317', section: 'cause-service-unavailable' });
  });
});

describe('socketMeaning', () => {
  it('names 10060 and 10061 only', () => {
    expect(socketMeaning(10060)).toBe('timed-out');
    expect(socketMeaning(10061)).toBe('refused');
    expect(socketMeaning(10054)).toBeNull();
    expect(socketMeaning(null)).toBeNull();
  });
});
