/**
 * Whole raw messages: postal-mime (as the page uses it) parses a
 * multipart/report built here from RFC 3464/6522, fromParsedEmail picks the
 * parts, decodeMessage reads them.
 */
import { describe, expect, it } from 'vitest';
import PostalMime from 'postal-mime';
import { decodeMessage, FAMILY_SECTIONS } from '../../src/lib/decode';
import { fromParsedEmail, looksLikeRawMessage, type ParsedEmail } from '../../src/lib/decode/mime';
import { decodeIndex as index } from '../support/decode-index';

const b64 = (s: string, width = 76) => Buffer.from(s, 'utf8').toString('base64').replace(new RegExp(`(.{${width}})`, 'g'), '$1\r\n');

const polishText = [
  'Nie można dostarczyć wiadomości do tych adresatów lub grup:',
  '',
  'jan@fabrikam.pl',
  'Serwer poczty adresata odrzucił połączenie. Spróbuj ponownie później.',
  '',
  'Diagnostic information for administrators:',
  '',
  'Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com',
  'jan@fabrikam.pl',
  "Remote Server returned '550 5.4.316 Message expired, connection refused(Socket error code 10061)'",
].join('\r\n');

const dsn = [
  'Reporting-MTA: dns;AM0PR01MB1234.eurprd01.prod.outlook.com',
  'Arrival-Date: Mon, 30 Nov 2026 09:12:00 +0000',
  '',
  'Final-Recipient: rfc822;jan@fabrikam.pl',
  'Action: failed',
  'Status: 5.4.316',
  'Diagnostic-Code: smtp;550 5.4.316 Message expired, connection refused(Socket error code 10061)',
  '',
  'Final-Recipient: rfc822;ola@fabrikam.pl',
  'Action: failed',
  'Status: 5.4.316',
  'Diagnostic-Code: smtp;550 5.4.316 Message expired, connection refused(Socket error code 10061)',
  '',
].join('\r\n');

const received = Array.from({ length: 30 }, (_, i) => `Received: from HOST${i}.eurprd01.prod.outlook.com (2603:10a6:20b:${i}::1)\r\n by HOST${i + 1}.eurprd01.prod.outlook.com with HTTPS; Mon, 30 Nov 2026 09:12:${String(i).padStart(2, '0')} +0000`).join('\r\n');

/** A multipart/report bounce: long folded headers, an encoded-word subject, a base64 text part, a quoted-printable HTML part, the DSN. */
function bounce(): string {
  return [
    received,
    'From: Microsoft Outlook <postmaster@contoso.onmicrosoft.com>',
    'To: <sender@contoso.com>',
    'Subject: =?utf-8?B?' + Buffer.from('Niedostarczalne: Raport kwartalny', 'utf8').toString('base64') + '?=',
    'Date: Wed, 2 Dec 2026 09:12:30 +0000',
    'Message-ID: <abc@contoso.onmicrosoft.com>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    '\tboundary="b1"',
    '',
    '--b1',
    'Content-Type: multipart/alternative; boundary="b2"',
    '',
    '--b2',
    'Content-Type: text/plain; charset="utf-8"',
    'Content-Transfer-Encoding: base64',
    '',
    b64(polishText),
    '--b2',
    'Content-Type: text/html; charset="utf-8"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    '<p>Nie mo=C5=BCna dostarczy=C4=87 wiadomo=C5=9Bci</p>',
    '--b2--',
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    dsn,
    '--b1',
    'Content-Type: text/rfc822-headers',
    '',
    'Subject: Raport kwartalny',
    'Date: Mon, 30 Nov 2026 09:12:00 +0000',
    '',
    '--b1--',
    '',
  ].join('\r\n');
}

describe('whole messages', () => {
  it('is recognized as a raw message', () => expect(looksLikeRawMessage(bounce())).toBe(true));

  it('postal-mime → fromParsedEmail → decodeMessage: recipients, verdict, headers', async () => {
    const email = (await PostalMime.parse(bounce())) as unknown as ParsedEmail;
    const parts = fromParsedEmail(email);
    expect(parts.deliveryStatus.length).toBe(1);
    expect(parts.info.subject).toBe('Niedostarczalne: Raport kwartalny');
    expect(parts.info.originalSubject).toBe('Raport kwartalny');
    const r = decodeMessage(parts, index);
    expect(r.formats).toContain('message');
    expect(r.recipients.map((x) => x.address)).toEqual(['jan@fabrikam.pl', 'ola@fabrikam.pl']);
    for (const rec of r.recipients) {
      expect(rec.verdict?.code?.code).toBe('4.4.316');
      expect(rec.verdict?.guide).toMatchObject(FAMILY_SECTIONS.refused);
      expect(rec.verdict?.expired).toBe(true);
    }
    expect(r.timeline.some((e) => e.role === 'sent')).toBe(true);
  });

  it('fromParsedEmail with HTML only reads the HTML as text', () => {
    const parts = fromParsedEmail({ html: '<p>Remote Server returned &#39;550 5.7.606 Access denied&#39;</p><script>x</script>', attachments: [] });
    expect(parts.texts[0]).toContain("550 5.7.606 Access denied");
    expect(parts.texts[0]).not.toContain('<p>');
  });
});
