/**
 * Analyzes a pasted delivery error: a bounce line such as
 * `450 4.4.316 Connection refused [Message=Socket error code 10061]
 * [LastAttemptedServerName=mail.contoso.com] [LastAttemptedIP=203.0.113.5:25]`,
 * a message-trace line (`{LED=…};{FQDN=…};{IP=…}`), an NDR, or just a socket
 * error number.
 *
 * Input is capped with {@link capInput} first; every regular expression is
 * linear (no nested quantifiers, bounded repetition).
 */
import { locateCode, type CodeMatch, type GuideRef } from './error-code';
import { likelyCause, SOCKET_REFUSED, SOCKET_TIMED_OUT, type LikelyCause } from './likely-cause';
import { capInput } from './search-text';

/** What a Windows socket error number means, for the ones the guides explain. */
export type SocketMeaning = 'timed-out' | 'refused';

/** Everything {@link analyzeBounce} found in a pasted text. */
export interface BounceAnalysis {
  /** The enhanced status code and its guide, or null. */
  code: CodeMatch | null;
  /** The basic reply code before it (`"450"`), or null. */
  replyCode: string | null;
  /** The English text after the code, up to the first bracket (`"Connection refused"`). */
  errorText: string | null;
  /** `Key=Value` details (bracketed or not), keys as written; first occurrence wins. */
  details: Record<string, string>;
  /** LastAttemptedServerName (or FQDN …), else a host name found in the text. */
  serverName: string | null;
  /** IPv4 or IPv6 address (from LastAttemptedIP, IP …, else the text), without brackets. */
  ip: string | null;
  /** Port written after the address (`:25`), or null. */
  port: number | null;
  /** Windows socket error number (10004-11999) such as 10061, or null. */
  socketError: number | null;
  /** `'timed-out'` for 10060, `'refused'` for 10061, else null. */
  socketMeaning: SocketMeaning | null;
  /** Guide slug and section id of the most likely cause, or null. */
  likelyCause: LikelyCause | null;
  /** True when the input was longer than the cap and only its start was read. */
  truncated: boolean;
}

/** Most details kept from one text. */
const MAX_DETAILS = 64;
/** Longest error text kept. */
const MAX_ERROR_TEXT = 200;

/**
 * `[Key=Value]` with a value free of brackets and line breaks, or a bracketed
 * IPv6 address with an optional port (`[LastAttemptedIP=[2001:db8::5]:25]`).
 */
const BRACKETED =
  /\[[ \t]{0,3}([A-Za-z][A-Za-z0-9_]{0,63})[ \t]{0,3}=(?:(\[[0-9A-Fa-f:.]{2,45}\](?::\d{1,5})?)|([^[\]\r\n]{0,500}))\]/g;
/** An unbracketed `Key=` at the start, after whitespace or after `[{(;,|`. */
const KEY = /(?<=^|[\s[{(;,|])([A-Za-z][A-Za-z0-9_]{0,63})[ \t]{0,3}=/g;
/** The first unbracketed `Key=` in a text (ends the error text). */
const FIRST_KEY = /(?<=^|[\s[{(;,|])[A-Za-z][A-Za-z0-9_]{0,63}[ \t]{0,3}=/;
/** Characters that end an unbracketed value. */
const VALUE_END = /[[\]{}\r\n;|]/;
/** Characters that end the error text after the code (an apostrophe inside a word does not). */
const ERROR_TEXT_END = /[[\](){}\r\n";|]|'(?![A-Za-z])/;

/** IPv4 with optional port, not part of a longer dotted number. */
const IPV4 = /(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?::(\d{1,5}))?(?![\w]|\.\d)/g;
/** Bracketed IPv6 with optional port. */
const IPV6_BRACKETED = /\[([0-9A-Fa-f:.]{2,45})\](?::(\d{1,5}))?/g;
/** A Winsock error number (10004-11999), as a whole number. */
const SOCKET_NUMBER = /(?<![\w.:])(1[01]\d{3})(?![\w]|[.:]\d)/g;
/** Words that, shortly before a number, make it a socket error. */
const SOCKET_CONTEXT = /socket|error|winsock|wsa|errno/i;

/** Detail keys holding the destination server's name, in order of preference. */
const SERVER_KEYS = ['LastAttemptedServerName', 'ServerName', 'FQDN', 'SmartHost', 'RemoteHost', 'Host'];
/** Detail keys holding the destination address, in order of preference. */
const IP_KEYS = ['LastAttemptedIP', 'IP', 'RemoteIP', 'ServerIP'];
/** Microsoft's own hosts: never the destination server. */
const MICROSOFT_DOMAINS = [
  'outlook.com',
  'office365.com',
  'office.com',
  'microsoft.com',
  'microsoftonline.com',
  'exchangelabs.com',
];

/** A null-prototype record, so keys like `__proto__` are plain data. */
function emptyRecord(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/** Trims spaces and the given punctuation from both ends (no regex, linear). */
function trimChars(s: string, chars: string): string {
  let start = 0;
  let end = s.length;
  const strip = (ch: string): boolean => ch.trim() === '' || chars.includes(ch);
  while (start < end && strip(s.charAt(start))) start += 1;
  while (end > start && strip(s.charAt(end - 1))) end -= 1;
  return s.slice(start, end);
}

/** Cuts `s` before the first character matching `stop`. */
function cutAt(s: string, stop: RegExp): string {
  const i = s.search(stop);
  return i < 0 ? s : s.slice(0, i);
}

/**
 * Reads `Key=Value` details: first bracketed pairs, then unbracketed ones in
 * what is left (a value runs to the next key or to a bracket, brace, `;`, `|`
 * or line break). Empty values are skipped.
 */
function parseDetails(text: string): Record<string, string> {
  const details = emptyRecord();
  const seen = new Set<string>();
  let count = 0;
  const add = (key: string, value: string): void => {
    const lower = key.toLowerCase();
    if (value === '' || seen.has(lower) || count >= MAX_DETAILS) return;
    seen.add(lower);
    details[key] = value;
    count += 1;
  };

  let rest = '';
  let last = 0;
  for (const m of text.matchAll(BRACKETED)) {
    const [whole, key, ipv6, plain] = m;
    if (key === undefined) continue;
    add(key, (ipv6 ?? trimChars(plain ?? '', '')).trim());
    rest += text.slice(last, m.index) + ' '.repeat(whole.length);
    last = m.index + whole.length;
  }
  rest += text.slice(last);

  const keys = [...rest.matchAll(KEY)];
  for (let i = 0; i < keys.length; i += 1) {
    const m = keys[i];
    const key = m?.[1];
    if (m === undefined || key === undefined) continue;
    const valueStart = m.index + m[0].length;
    const next = keys[i + 1];
    const valueEnd = next === undefined ? rest.length : next.index;
    const value = trimChars(cutAt(rest.slice(valueStart, valueEnd), VALUE_END), ',');
    add(key, value);
  }
  return details;
}

/** The value of the first of `keys` present in `details`, compared case-insensitively. */
function detail(details: Record<string, string>, keys: readonly string[]): string | null {
  const present = Object.keys(details);
  for (const wanted of keys) {
    const lower = wanted.toLowerCase();
    const key = present.find((k) => k.toLowerCase() === lower);
    if (key !== undefined) return details[key] ?? null;
  }
  return null;
}

/** True for a DNS host name with at least two labels and an alphabetic TLD. */
function isHostName(token: string): boolean {
  if (token.length < 4 || token.length > 253) return false;
  const labels = token.split('.');
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (!/^[A-Za-z0-9-]{1,63}$/.test(label) || label.startsWith('-') || label.endsWith('-')) {
      return false;
    }
  }
  const tld = labels[labels.length - 1] ?? '';
  if (!/^[A-Za-z]{2,63}$/.test(tld)) return false;
  // "refused.The": two words glued at a sentence end, not a host.
  if (labels.length === 2 && /^[A-Z][a-z]/.test(tld)) return false;
  return true;
}

function isMicrosoftHost(host: string): boolean {
  const lower = host.toLowerCase();
  return MICROSOFT_DOMAINS.some((d) => lower === d || lower.endsWith(`.${d}`));
}

/** The first host name in `text` that is not Microsoft's, skipping e-mail addresses. */
function findHostName(text: string): string | null {
  for (const raw of text.split(/[^A-Za-z0-9.@-]+/)) {
    if (raw.includes('@')) continue;
    const token = trimChars(raw, '.-');
    if (isHostName(token) && !isMicrosoftHost(token)) return token;
  }
  return null;
}

function validPort(digits: string | undefined): number | null {
  if (digits === undefined) return null;
  const port = Number.parseInt(digits, 10);
  return port >= 1 && port <= 65535 ? port : null;
}

function validIPv4(parts: readonly (string | undefined)[]): boolean {
  return parts.every((p) => p !== undefined && Number.parseInt(p, 10) <= 255);
}

/** Loose IPv6 check: hex groups of 1-4 digits, 2-8 groups, at most one `::`. */
function validIPv6(addr: string): boolean {
  if (!addr.includes(':') || addr.length > 45) return false;
  const doubles = addr.split('::').length - 1;
  if (doubles > 1) return false;
  let body = addr;
  // An embedded IPv4 tail (::ffff:203.0.113.5) counts as two groups.
  const lastColon = body.lastIndexOf(':');
  const tail = body.slice(lastColon + 1);
  let extra = 0;
  if (tail.includes('.')) {
    const octets = tail.split('.');
    if (octets.length !== 4 || !octets.every((o) => /^\d{1,3}$/.test(o)) || !validIPv4(octets)) {
      return false;
    }
    body = body.slice(0, lastColon + 1) + '0';
    extra = 1;
  }
  const groups = body.split(':').filter((g) => g !== '');
  if (!groups.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  const total = groups.length + extra;
  return doubles === 1 ? total <= 7 : total === 8;
}

interface Endpoint {
  ip: string;
  port: number | null;
}

/** Parses `203.0.113.5`, `203.0.113.5:25`, `[2001:db8::5]:25` or `2001:db8::5`. */
function parseEndpoint(value: string): Endpoint | null {
  const v = value.trim();
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?::(\d{1,5}))?$/.exec(v);
  if (v4) {
    if (!validIPv4(v4.slice(1, 5))) return null;
    return { ip: v4.slice(1, 5).join('.'), port: validPort(v4[5]) };
  }
  const v6 = /^\[([0-9A-Fa-f:.]{2,45})\](?::(\d{1,5}))?$/.exec(v);
  if (v6?.[1] !== undefined) {
    return validIPv6(v6[1]) ? { ip: v6[1], port: validPort(v6[2]) } : null;
  }
  return validIPv6(v) ? { ip: v, port: null } : null;
}

/** The earliest valid IPv4 or bracketed IPv6 address in free text. */
function findEndpoint(text: string): Endpoint | null {
  let best: { index: number; endpoint: Endpoint } | null = null;
  for (const m of text.matchAll(IPV4)) {
    if (!validIPv4(m.slice(1, 5))) continue;
    best = { index: m.index, endpoint: { ip: m.slice(1, 5).join('.'), port: validPort(m[5]) } };
    break;
  }
  for (const m of text.matchAll(IPV6_BRACKETED)) {
    if (best !== null && m.index > best.index) break;
    const addr = m[1];
    if (addr === undefined || !validIPv6(addr)) continue;
    best = { index: m.index, endpoint: { ip: addr, port: validPort(m[2]) } };
    break;
  }
  return best?.endpoint ?? null;
}

/**
 * The first Winsock error number that is the whole input, starts the input,
 * or has "socket"/"error"/"winsock"/"wsa" in the 40 characters before it.
 */
function findSocketError(text: string): number | null {
  const trimmedStart = text.length - text.trimStart().length;
  for (const m of text.matchAll(SOCKET_NUMBER)) {
    const digits = m[1];
    if (digits === undefined) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (m.index === trimmedStart || SOCKET_CONTEXT.test(before)) {
      return Number.parseInt(digits, 10);
    }
  }
  return null;
}

/** `'timed-out'` for 10060, `'refused'` for 10061, null for other numbers. */
export function socketMeaning(socketError: number | null): SocketMeaning | null {
  if (socketError === SOCKET_TIMED_OUT) return 'timed-out';
  if (socketError === SOCKET_REFUSED) return 'refused';
  return null;
}

/**
 * The English text after the code, up to the first bracket, closing quote,
 * `;`, line end or unbracketed `Key=` detail.
 */
function errorTextAfter(text: string, end: number): string | null {
  const after = cutAt(cutAt(text.slice(end, end + MAX_ERROR_TEXT * 2), ERROR_TEXT_END), FIRST_KEY);
  const cleaned = trimChars(after, '.,:;-–').replace(/[ \t]+/g, ' ');
  if (cleaned === '' || !/\p{L}/u.test(cleaned)) return null;
  return cleaned.length > MAX_ERROR_TEXT ? cleaned.slice(0, MAX_ERROR_TEXT).trimEnd() : cleaned;
}

/**
 * Analyzes a pasted error (bounce line, message trace, NDR, or a socket error
 * number alone) against the guides. Works with or without brackets, with CRLF,
 * lowercase keys and extra text around. Returns null when the text holds no
 * status code, no socket error and no `Key=Value` detail.
 */
export function analyzeBounce(text: string, guides: readonly GuideRef[]): BounceAnalysis | null {
  const { text: input, truncated } = capInput(text);
  const located = locateCode(input, guides);
  const details = parseDetails(input);
  const socketError = findSocketError(input);
  if (located === null && socketError === null && Object.keys(details).length === 0) return null;

  const code = located?.match ?? null;
  const errorText = located === null ? null : errorTextAfter(input, located.end);

  const serverDetail = detail(details, SERVER_KEYS);
  const serverToken = serverDetail === null ? '' : trimChars(serverDetail.split(/\s/)[0] ?? '', '.');
  const serverName = isHostName(serverToken) ? serverToken : findHostName(input);

  const ipDetail = detail(details, IP_KEYS);
  const endpoint = (ipDetail === null ? null : parseEndpoint(ipDetail)) ?? findEndpoint(input);

  return {
    code,
    replyCode: code?.basic ?? null,
    errorText,
    details,
    serverName,
    ip: endpoint?.ip ?? null,
    port: endpoint?.port ?? null,
    socketError,
    socketMeaning: socketMeaning(socketError),
    // The server's name is not message text ("cn.contoso.com" must not read as CN).
    likelyCause: likelyCause(
      code,
      serverName === null ? input : input.split(serverName).join(' '),
      socketError,
      guides,
    ),
    truncated,
  };
}
