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
import { findEndpoints, isHostName, isMicrosoftHost, parseEndpoint, type Endpoint } from './decode/net';

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

/** A Winsock error number (10004-11999), as a whole number. */
const SOCKET_NUMBER = /(?<![\w.:])(1[01]\d{3})(?![\w]|[.:]\d)/g;
/** Words that, shortly before a number, make it a socket error. */
const SOCKET_CONTEXT = /socket|error|winsock|wsa|errno/i;

/** Detail keys holding the destination server's name, in order of preference. */
const SERVER_KEYS = ['LastAttemptedServerName', 'ServerName', 'FQDN', 'SmartHost', 'RemoteHost', 'Host'];
/** Detail keys holding the destination address, in order of preference. */
const IP_KEYS = ['LastAttemptedIP', 'IP', 'RemoteIP', 'ServerIP'];
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

/** The first host name in `text` that is not Microsoft's, skipping e-mail addresses. */
function findHostName(text: string): string | null {
  for (const raw of text.split(/[^A-Za-z0-9.@-]+/)) {
    if (raw.includes('@')) continue;
    const token = trimChars(raw, '.-');
    if (isHostName(token) && !isMicrosoftHost(token)) return token;
  }
  return null;
}

/** The earliest valid IPv4 or wrapped IPv6 address in free text (the decoder's reader, ./decode/net.ts). */
function findEndpoint(text: string): Endpoint | null {
  const found = findEndpoints(text, 1)[0];
  return found === undefined ? null : { ip: found.ip, port: found.port };
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
