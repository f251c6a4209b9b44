/**
 * Saved bounces as files, built from their formats (RFC 3464/6522 for the
 * raw message, MS-OXMSG over a compound file for Outlook's .msg), for the
 * decoder's unit tests, its Playwright tests and its benchmark. The structure
 * is the real one (long Received blocks, folded headers, an encoded-word
 * subject, base64 and quoted-printable parts, two recipients, Polish NDR text
 * around Microsoft's English diagnostics); the values are our own.
 */
import { burn } from '@kenjiuno/msgreader/lib/Burner.js';

const b64 = (s: string, width = 76): string =>
  Buffer.from(s, 'utf8').toString('base64').replace(new RegExp(`(.{${width}})`, 'g'), '$1\r\n');

/** The NDR's text part: Polish user paragraphs, then the English administrators' block. */
export const NDR_TEXT = [
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

/** The message/delivery-status part: one block per recipient. */
export const DSN_FIELDS = [
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

/** `count` folded Received headers, as a message that crossed Microsoft's hops carries. */
function receivedHeaders(count: number): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `Received: from HOST${i}.eurprd01.prod.outlook.com (2603:10a6:20b:${(i % 65535).toString(16)}::1)\r\n by HOST${i + 1}.eurprd01.prod.outlook.com with HTTPS; Mon, 30 Nov 2026 09:12:${String(i % 60).padStart(2, '0')} +0000`,
  ).join('\r\n');
}

/**
 * A multipart/report bounce (the .eml Outlook and Exchange Online save). With
 * `minBytes`, more Received headers and a longer quoted original make it at
 * least that long (the benchmark's 75 KB message).
 */
export function bounceEml(minBytes = 0): string {
  const build = (hops: number, quoted: number): string =>
    [
      receivedHeaders(hops),
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
      b64(NDR_TEXT),
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
      DSN_FIELDS,
      '--b1',
      'Content-Type: text/rfc822-headers',
      '',
      receivedHeaders(quoted),
      'Subject: Raport kwartalny',
      'Date: Mon, 30 Nov 2026 09:12:00 +0000',
      '',
      '--b1--',
      '',
    ].join('\r\n');
  let hops = 30;
  let text = build(hops, 0);
  while (text.length < minBytes) {
    hops = Math.ceil((hops * minBytes) / text.length) + 1;
    text = build(Math.ceil(hops / 2), Math.ceil(hops / 2));
  }
  return text;
}

/** UTF-16LE bytes, as MS-OXMSG stores PT_UNICODE properties. */
function utf16(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 0xff;
    out[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}

/**
 * An Outlook .msg of the same bounce (subject, plain body with the NDR text),
 * written as a compound file with msgreader's own writer.
 */
export function bounceMsg(subject = 'Niedostarczalne: Raport kwartalny', body = NDR_TEXT): Uint8Array {
  const streams: [string, Uint8Array][] = [
    ['__substg1.0_0037001F', utf16(subject)],
    ['__substg1.0_1000001F', utf16(body)],
    // The top-level message's property stream: its 32-byte header, no fixed-size properties.
    ['__properties_version1.0', new Uint8Array(32)],
  ];
  return burn([
    { name: 'Root Entry', type: 5, length: 0, children: streams.map((_, i) => i + 1) },
    ...streams.map(([name, data]) => ({ name, type: 2, length: data.length, binaryProvider: () => data })),
  ]);
}
