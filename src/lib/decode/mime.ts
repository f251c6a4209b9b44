/**
 * Whole messages: telling a raw message (an .eml, or one pasted whole) from
 * other text, the RFC 5322 header blocks inside a text (the report's own
 * headers, the original message's headers quoted in a report), RFC 2047
 * encoded words, HTML to text, and the glue that turns what postal-mime
 * (for .eml) and @kenjiuno/msgreader (for .msg) give into the parts the
 * decoder reads: the report's text, its `message/delivery-status` parts and
 * the original message's headers. The libraries themselves are loaded by the
 * browser script only when needed; this module only knows their output's shape.
 */
import { isContinuation, squeeze } from './input';
import type { MessageInfo } from './types';

/** Header names that start a header block (the ones every message has, and common trace fields). */
const BLOCK_START =
  /^(?:Received|Return-Path|From|To|Cc|Subject|Date|Message-ID|MIME-Version|Content-Type|Content-Transfer-Encoding|DKIM-Signature|ARC-[A-Za-z-]{1,30}|Authentication-Results|Received-SPF|X-[A-Za-z0-9-]{1,60}|Thread-Topic|Thread-Index|Reply-To|In-Reply-To|References|Delivered-To|Importance|Accept-Language|Content-Language|Sender|Auto-Submitted):[ \t]/i;
/** Any RFC 5322 field line (field name of printable characters, no space before the colon). */
const ANY_FIELD = /^[!-9;-~]{1,76}:/;

/** A header block found in a text. */
export interface HeaderBlock {
  from: number;
  to: number;
  /** Fields in order, unfolded, names as written. */
  fields: { name: string; value: string }[];
}

/**
 * RFC 5322 header blocks in `lines` (skipping claimed lines, marking the ones
 * taken): a run of at least two field lines (and their folded continuations)
 * that starts with a common header name. One pass.
 */
export function findHeaderBlocks(lines: readonly string[], claimed: Uint8Array): HeaderBlock[] {
  const out: HeaderBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    if (claimed[i] || !BLOCK_START.test(lines[i] ?? '')) {
      i += 1;
      continue;
    }
    const from = i;
    const fields: HeaderBlock['fields'] = [];
    while (i < lines.length && !claimed[i]) {
      const line = lines[i] ?? '';
      if (ANY_FIELD.test(line)) {
        const colon = line.indexOf(':');
        fields.push({ name: line.slice(0, colon), value: line.slice(colon + 1).trim() });
      } else if (isContinuation(line) && fields.length > 0) {
        const last = fields[fields.length - 1]!;
        if (last.value.length < 20_000) last.value = `${last.value} ${line.trim()}`;
      } else break;
      i += 1;
    }
    if (fields.length >= 2) {
      for (let k = from; k < i; k += 1) claimed[k] = 1;
      out.push({ from, to: i - 1, fields });
    }
    if (i === from) i += 1;
  }
  return out;
}

/** The first value of a header field (case-insensitive), or null. */
export function headerValue(fields: readonly { name: string; value: string }[], name: string): string | null {
  const lower = name.toLowerCase();
  const f = fields.find((x) => x.name.toLowerCase() === lower);
  return f === undefined ? null : f.value;
}

/**
 * True when `text` is a whole raw message: it starts (after blank lines) with
 * a header block of at least three fields that has `MIME-Version` or
 * `Content-Type`, and `Received`, `From`, `Date`, `Message-ID` or `Subject`.
 * Only the first 64 KB are looked at.
 */
export function looksLikeRawMessage(text: string): boolean {
  const head = text.slice(0, 65_536).replace(/^\s+/, '');
  const end = head.search(/\r?\n\r?\n|\r\r/);
  const block = end < 0 ? head : head.slice(0, end);
  const names = new Set<string>();
  let count = 0;
  for (const line of block.split(/\r\n|\r|\n/)) {
    if (isContinuation(line)) continue;
    const m = /^([!-9;-~]{1,76}):/.exec(line);
    if (!m) return false;
    names.add((m[1] ?? '').toLowerCase());
    count += 1;
  }
  const mime = names.has('mime-version') || names.has('content-type');
  const message = ['received', 'from', 'date', 'message-id', 'subject', 'return-path'].some((n) => names.has(n));
  return count >= 3 && mime && message;
}

/** Charset label → TextDecoder label (the common aliases mail uses). */
function decoderFor(charset: string): TextDecoder | null {
  try {
    return new TextDecoder(charset.trim().toLowerCase().replace(/^(?:x-)?(?:unicode-1-1-)?utf-?8$/, 'utf-8'));
  } catch {
    return null;
  }
}

function bytesFromBase64(s: string): Uint8Array {
  const clean = s.replace(/[^A-Za-z0-9+/]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < clean.length; i += 1) {
    const c = clean.charCodeAt(i);
    const v = c >= 65 && c <= 90 ? c - 65 : c >= 97 && c <= 122 ? c - 71 : c >= 48 && c <= 57 ? c + 4 : c === 43 ? 62 : 63;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n] = (acc >> bits) & 0xff;
      n += 1;
    }
  }
  return out.subarray(0, n);
}

function bytesFromQ(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i += 1) {
    const ch = s.charAt(i);
    if (ch === '_') out.push(0x20);
    else if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      out.push(Number.parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(s.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(out);
}

/** `=?charset?B|Q?text?=` (RFC 2047); the `*language` suffix of RFC 2231 is allowed. */
const ENCODED_WORD = /=\?([^?\s*]{1,40})(?:\*[^?\s]{1,20})?\?([BbQq])\?([^?\s]{0,2000})\?=/g;

/**
 * Decodes RFC 2047 encoded words in a header value; whitespace between two
 * adjacent encoded words is dropped, as the RFC says. Unknown charsets are
 * left as written.
 */
export function decodeWords(value: string): string {
  const joined = value.replace(/(\?=)[ \t\r\n]{1,20}(?==\?)/g, '$1');
  return joined.replace(ENCODED_WORD, (whole, charset: string, enc: string, data: string) => {
    const decoder = decoderFor(charset);
    if (decoder === null) return whole;
    const bytes = enc.toUpperCase() === 'B' ? bytesFromBase64(data) : bytesFromQ(data);
    return decoder.decode(bytes);
  });
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes HTML character references (named: the common five and nbsp; numeric: all). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9A-Fa-f]{1,6}|#\d{1,7}|[A-Za-z]{2,8});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Elements that end a line of text. */
const BLOCK_TAGS = /^(?:br|p|div|tr|li|h[1-6]|table|ul|ol|pre|blockquote|hr|section|article|header|footer|td|th)$/i;

/**
 * HTML to plain text without a DOM: drops `<script>`, `<style>`, `<head>`
 * and comments, ends lines at block elements and `<br>`, separates table
 * cells with a space, and decodes character references. One pass over the tags.
 */
export function htmlToText(html: string): string {
  let out = '';
  let i = 0;
  let skipUntil: string | null = null;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      if (skipUntil === null) out += html.slice(i);
      break;
    }
    if (skipUntil === null) out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const tag = html.slice(lt + 1, gt);
    const m = /^(\/?)([A-Za-z][A-Za-z0-9]{0,10})/.exec(tag);
    i = gt + 1;
    if (!m) {
      if (skipUntil === null) out += html.slice(lt, gt + 1);
      continue;
    }
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    if (skipUntil !== null) {
      if (closing && name === skipUntil) skipUntil = null;
      continue;
    }
    if (!closing && (name === 'script' || name === 'style' || name === 'head' || name === 'title')) {
      skipUntil = name;
      continue;
    }
    if (name === 'td' || name === 'th') out += closing ? ' ' : '';
    else if (BLOCK_TAGS.test(name)) out += '\n';
  }
  return decodeEntities(out)
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** What the decoder reads from a whole message. */
export interface MessageParts {
  info: MessageInfo;
  /** Body texts in order (text/plain parts; text/html converted when there is no plain text). */
  texts: string[];
  /** `message/delivery-status` (and global-delivery-status) part contents. */
  deliveryStatus: string[];
  /** The original message's headers (text/rfc822-headers, or the head of an attached message/rfc822), or null. */
  originalHeaders: string | null;
}

/** The part of postal-mime's result the decoder uses (`PostalMime.parse()`; see its types). */
export interface ParsedEmail {
  subject?: string | undefined;
  from?: { address?: string | undefined; name?: string | undefined } | undefined;
  date?: string | undefined;
  messageId?: string | undefined;
  text?: string | undefined;
  html?: string | undefined;
  attachments: readonly { mimeType: string; filename?: string | null | undefined; content: ArrayBuffer | Uint8Array | string }[];
}

function contentText(content: ArrayBuffer | Uint8Array | string): string {
  if (typeof content === 'string') return content;
  return new TextDecoder('utf-8').decode(content instanceof Uint8Array ? content : new Uint8Array(content));
}

/** The header block at the start of a raw message or part (up to the first blank line). */
export function headOf(raw: string): string {
  const end = raw.search(/\r?\n\r?\n/);
  return end < 0 ? raw : raw.slice(0, end);
}

/** Reads the original message's subject and date from its headers. */
function originalInfo(headers: string | null): { subject: string | null; date: string | null } {
  if (headers === null) return { subject: null, date: null };
  const lines = headers.replace(/\r\n?/g, '\n').split('\n');
  const blocks = findHeaderBlocks(lines, new Uint8Array(lines.length));
  const fields = blocks.flatMap((b) => b.fields);
  const subject = headerValue(fields, 'Subject');
  return { subject: subject === null ? null : squeeze(decodeWords(subject)), date: headerValue(fields, 'Date') };
}

/**
 * The parts of a message parsed by postal-mime: its headers' summary, the
 * body texts (the plain text, or the HTML as text when there is none), every
 * `message/delivery-status` part, and the original message's headers.
 */
export function fromParsedEmail(email: ParsedEmail): MessageParts {
  const texts: string[] = [];
  if (email.text !== undefined && email.text.trim() !== '') texts.push(email.text);
  else if (email.html !== undefined && email.html.trim() !== '') texts.push(htmlToText(email.html));
  const deliveryStatus: string[] = [];
  let originalHeaders: string | null = null;
  for (const a of email.attachments) {
    const type = a.mimeType.toLowerCase();
    if (type === 'message/delivery-status' || type === 'message/global-delivery-status') {
      deliveryStatus.push(contentText(a.content));
    } else if (originalHeaders === null && (type === 'text/rfc822-headers' || type === 'message/rfc822-headers' || type === 'text/rfc822-header')) {
      originalHeaders = contentText(a.content);
    } else if (originalHeaders === null && (type === 'message/rfc822' || type === 'message/global')) {
      originalHeaders = headOf(contentText(a.content).slice(0, 200_000));
    } else if (type === 'text/plain' && texts.length < 8) {
      // A report's text in an attached part (some servers attach their explanation).
      texts.push(contentText(a.content).slice(0, 200_000));
    }
  }
  const original = originalInfo(originalHeaders);
  return {
    info: {
      subject: email.subject ?? null,
      from: email.from?.address ?? email.from?.name ?? null,
      date: email.date ?? null,
      messageId: email.messageId ?? null,
      originalSubject: original.subject,
      originalDate: original.date,
    },
    texts,
    deliveryStatus,
    originalHeaders,
  };
}

/** The part of @kenjiuno/msgreader's `getFileData()` result the decoder uses. */
export interface MsgFields {
  subject?: string | undefined;
  body?: string | undefined;
  bodyHtml?: string | undefined;
  html?: Uint8Array | undefined;
  headers?: string | undefined;
  senderEmail?: string | undefined;
  senderName?: string | undefined;
  messageDeliveryTime?: string | undefined;
  clientSubmitTime?: string | undefined;
  creationTime?: string | undefined;
  messageClass?: string | undefined;
}

/**
 * The parts of an Outlook .msg read by msgreader: the body (plain text, or
 * the HTML body as text), the transport headers' summary, and, for a
 * report whose body holds RFC 3464 fields, those fields as a delivery status.
 * `attachments` are the texts of small text attachments, read by the caller.
 */
export function fromMsgFields(fields: MsgFields, attachments: readonly string[] = []): MessageParts {
  const texts: string[] = [];
  if (fields.body !== undefined && fields.body.trim() !== '') texts.push(fields.body);
  else if (fields.bodyHtml !== undefined && fields.bodyHtml.trim() !== '') texts.push(htmlToText(fields.bodyHtml));
  else if (fields.html !== undefined && fields.html.length > 0) texts.push(htmlToText(new TextDecoder('utf-8').decode(fields.html)));
  const deliveryStatus: string[] = [];
  for (const a of attachments) {
    if (/^(?:Reporting-MTA|Final-Recipient|Original-Recipient):/im.test(a)) deliveryStatus.push(a);
    else texts.push(a);
  }
  let date: string | null = fields.messageDeliveryTime ?? fields.clientSubmitTime ?? fields.creationTime ?? null;
  let messageId: string | null = null;
  if (fields.headers !== undefined) {
    const lines = fields.headers.replace(/\r\n?/g, '\n').split('\n');
    const h = findHeaderBlocks(lines, new Uint8Array(lines.length)).flatMap((b) => b.fields);
    date = headerValue(h, 'Date') ?? date;
    messageId = headerValue(h, 'Message-ID');
  }
  return {
    info: {
      subject: fields.subject ?? null,
      from: fields.senderEmail ?? fields.senderName ?? null,
      date,
      messageId,
      originalSubject: null,
      originalDate: null,
    },
    texts,
    deliveryStatus,
    originalHeaders: null,
  };
}
