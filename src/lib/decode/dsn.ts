/**
 * RFC 3464 delivery status notifications (`message/delivery-status`, and the
 * UTF-8 form `message/global-delivery-status` of RFC 6533): the per-message
 * fields (`Reporting-MTA`, `Received-From-MTA`, `Arrival-Date`, …) and one
 * block of per-recipient fields per recipient (`Original-Recipient`,
 * `Final-Recipient`, `Action`, `Status`, `Remote-MTA`, `Diagnostic-Code`,
 * `Last-Attempt-Date`, `Will-Retry-Until`, `Final-Log-ID`, `X-…`).
 *
 * Fields are found in any text (a pasted part, a whole report, mixed with
 * other output): a field is `Name: value` at the start of a line, folded
 * lines continue it (RFC 5322), a blank line ends a block. A new
 * `Final-Recipient` (or `Original-Recipient` after one) also starts a new
 * recipient, for pasted text that lost its blank lines.
 */
import { isContinuation, squeeze, trimChars } from './input';
import { cleanHost, findAddress, parseEndpoint } from './net';
import type { Detail } from './types';

/** The per-message fields. */
export interface DsnMessage {
  reportingMta: string | null;
  receivedFromMta: string | null;
  arrivalDate: string | null;
  envelopeId: string | null;
  gateway: string | null;
}

/** One recipient's fields. */
export interface DsnRecipient {
  finalRecipient: string | null;
  originalRecipient: string | null;
  /** `failed`, `delayed`, `delivered`, `relayed`, `expanded` (lower case), or what was written. */
  action: string | null;
  /** The status code (`5.4.316`), without a comment. */
  status: string | null;
  remoteMta: { name: string | null; ip: string | null } | null;
  /** The diagnostic type (`smtp`) and text (`550 5.4.316 Message expired, …`). */
  diagnostic: { type: string; text: string } | null;
  lastAttempt: string | null;
  willRetryUntil: string | null;
  finalLogId: string | null;
  /** Extension fields (`X-Display-Name`, …) as written. */
  extra: Detail[];
}

/** A delivery status found in a text. */
export interface Dsn {
  message: DsnMessage;
  recipients: DsnRecipient[];
  /** First and last line (inclusive) it was read from. */
  from: number;
  to: number;
}

const MESSAGE_FIELDS = new Set(['original-envelope-id', 'reporting-mta', 'dsn-gateway', 'received-from-mta', 'arrival-date']);
const RECIPIENT_FIELDS = new Set([
  'original-recipient',
  'final-recipient',
  'action',
  'status',
  'remote-mta',
  'diagnostic-code',
  'last-attempt-date',
  'final-log-id',
  'will-retry-until',
]);
/** Fields that only a DSN has; a block needs one of them to count. */
const DISTINCT = new Set(['reporting-mta', 'final-recipient', 'original-recipient', 'diagnostic-code', 'remote-mta', 'will-retry-until', 'last-attempt-date', 'received-from-mta', 'dsn-gateway', 'original-envelope-id']);

/** `Name: value` with an RFC 5322 field name and no space before the colon. */
const FIELD = /^([A-Za-z][A-Za-z0-9-]{0,63}):[ \t]?(.{0,8000})$/;

/** A field line's lower-case name when it is a DSN field (standard or `X-`), else null. */
function dsnField(line: string): string | null {
  const m = FIELD.exec(line);
  if (!m) return null;
  const name = (m[1] ?? '').toLowerCase();
  if (MESSAGE_FIELDS.has(name) || RECIPIENT_FIELDS.has(name)) return name;
  return null;
}

/** True for an extension field (`X-Display-Name:`), which may appear inside a DSN block. */
function extensionField(line: string): boolean {
  return /^X-[A-Za-z0-9-]{1,60}:/.test(line);
}

/** Decodes RFC 6533 `\x{HHHH}` escapes of a `utf-8` address type. */
export function decodeUtf8Address(value: string): string {
  return value.replace(/\\x\{([0-9A-Fa-f]{1,6})\}/g, (whole, hex: string) => {
    const cp = Number.parseInt(hex, 16);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
  });
}

/** `type; value` → its parts (type lower case); a value without a type keeps type ''. */
function typed(value: string): { type: string; value: string } {
  const i = value.indexOf(';');
  if (i < 0 || i > 40) return { type: '', value: value.trim() };
  return { type: value.slice(0, i).trim().toLowerCase(), value: value.slice(i + 1).trim() };
}

/** An address field (`rfc822;user@example.com`, `utf-8;…`), or null. */
function address(value: string): string | null {
  const t = typed(value);
  const v = t.type === 'utf-8' ? decodeUtf8Address(t.value) : t.value;
  return findAddress(v) ?? (trimChars(v, '<>') || null);
}

/** A `dns; mx.example.com` or `dns; [192.0.2.1]` MTA field. */
function mta(value: string): { name: string | null; ip: string | null } | null {
  const t = typed(value).value.replace(/\([^)]{0,200}\)/g, ' ').trim();
  if (t === '') return null;
  let name: string | null = null;
  let ip: string | null = null;
  for (const word of t.split(/\s+/).slice(0, 4)) {
    const ep = parseEndpoint(word);
    if (ep !== null && ip === null) ip = ep.ip;
    else if (name === null) name = cleanHost(word);
  }
  return name === null && ip === null ? null : { name, ip };
}

/** Drops the repeated `550-5.1.1` prefixes of a folded multi-line reply after the first. */
export function collapseRepeatedCodes(text: string): string {
  const m = /^([245]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})?/.exec(text);
  if (!m) return text;
  const basic = m[1]!;
  return text.replace(/ ([245]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})?(?= )/g, (whole, b: string) => (b === basic ? '' : whole));
}

const emptyMessage = (): DsnMessage => ({ reportingMta: null, receivedFromMta: null, arrivalDate: null, envelopeId: null, gateway: null });
const emptyRecipient = (): DsnRecipient => ({
  finalRecipient: null,
  originalRecipient: null,
  action: null,
  status: null,
  remoteMta: null,
  diagnostic: null,
  lastAttempt: null,
  willRetryUntil: null,
  finalLogId: null,
  extra: [],
});

function hasAny(r: DsnRecipient): boolean {
  return r.finalRecipient !== null || r.originalRecipient !== null || r.status !== null || r.diagnostic !== null || r.action !== null;
}

/** Reads the fields of one DSN region (lines `from..to` inclusive) into a {@link Dsn}. */
function readRegion(lines: readonly string[], from: number, to: number): Dsn {
  const message = emptyMessage();
  const recipients: DsnRecipient[] = [];
  let current = emptyRecipient();
  const close = (): void => {
    if (hasAny(current)) recipients.push(current);
    current = emptyRecipient();
  };
  let i = from;
  while (i <= to) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      close();
      i += 1;
      continue;
    }
    // The field with its folded continuation lines.
    const parts = [line];
    let j = i + 1;
    while (j <= to && isContinuation(lines[j] ?? '')) {
      parts.push((lines[j] ?? '').trim());
      j += 1;
    }
    i = j;
    const m = FIELD.exec(parts.join(' '));
    if (!m) continue;
    const name = (m[1] ?? '').toLowerCase();
    const value = squeeze(m[2] ?? '');
    switch (name) {
      case 'reporting-mta':
        message.reportingMta = mta(value)?.name ?? typed(value).value;
        break;
      case 'received-from-mta':
        message.receivedFromMta = mta(value)?.name ?? typed(value).value;
        break;
      case 'arrival-date':
        message.arrivalDate = value;
        break;
      case 'original-envelope-id':
        message.envelopeId = value;
        break;
      case 'dsn-gateway':
        message.gateway = typed(value).value;
        break;
      case 'original-recipient':
        if (current.originalRecipient !== null || current.finalRecipient !== null) close();
        current.originalRecipient = address(value);
        break;
      case 'final-recipient':
        if (current.finalRecipient !== null) close();
        current.finalRecipient = address(value);
        break;
      case 'action':
        current.action = value.split(/[\s(]/)[0]?.toLowerCase() ?? value;
        break;
      case 'status': {
        const code = /^([245])\.(\d{1,3})\.(\d{1,3})/.exec(value);
        current.status = code ? `${Number(code[1])}.${Number(code[2])}.${Number(code[3])}` : null;
        break;
      }
      case 'remote-mta':
        current.remoteMta = mta(value);
        break;
      case 'diagnostic-code': {
        const t = typed(value);
        current.diagnostic = { type: t.type || 'smtp', text: collapseRepeatedCodes(t.value) };
        break;
      }
      case 'last-attempt-date':
        current.lastAttempt = value;
        break;
      case 'will-retry-until':
        current.willRetryUntil = value;
        break;
      case 'final-log-id':
        current.finalLogId = value;
        break;
      default:
        if (name.startsWith('x-') && current.extra.length < 16) current.extra.push({ key: m[1] ?? name, value });
    }
  }
  close();
  return { message, recipients, from, to };
}

/**
 * Every delivery status in `lines` (normalized text split at LF). A region
 * is a run of DSN fields, `X-` fields, folded lines and blank lines that
 * holds at least one field only a DSN has (`Reporting-MTA`,
 * `Final-Recipient`, `Diagnostic-Code` …), so that `Status:` or `Action:`
 * of other tools' output are not taken for one. One pass over the lines.
 */
export function findDsns(lines: readonly string[]): Dsn[] {
  const out: Dsn[] = [];
  let start = -1;
  let lastField = -1;
  let distinct = false;
  const end = (): void => {
    if (start >= 0 && distinct) out.push(readRegion(lines, start, lastField));
    start = -1;
    lastField = -1;
    distinct = false;
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const name = dsnField(line);
    if (name !== null) {
      if (start < 0) start = i;
      lastField = i;
      if (DISTINCT.has(name)) distinct = true;
      continue;
    }
    if (start >= 0) {
      if (isContinuation(line)) {
        lastField = i;
        continue;
      }
      if (extensionField(line)) {
        lastField = i;
        continue;
      }
      // Up to two blank lines may separate the blocks of one report.
      if (line.trim() === '' && i - lastField <= 2) continue;
    }
    end();
  }
  end();
  return out.filter((d) => d.recipients.length > 0 || d.message.reportingMta !== null);
}
