/**
 * Host names, IP addresses and ports in error texts: recognizing them,
 * telling Microsoft 365's own hosts from the others, and reading endpoints
 * (`203.0.113.5:25`, `[2001:db8::5]:25`, `mx.example.com[192.0.2.1]:25`).
 * Every regular expression is linear (bounded repetition, no nesting).
 */
import { trimChars } from './input';

/** An address and an optional port. */
export interface Endpoint {
  ip: string;
  port: number | null;
}

/** An endpoint found in a text, with its position. */
export interface FoundEndpoint extends Endpoint {
  index: number;
  end: number;
}

/**
 * Domains of Microsoft 365's own hosts (Exchange Online, EOP, Outlook.com).
 * A server under one of them is Microsoft's, not the destination's.
 */
const MICROSOFT_DOMAINS = [
  'outlook.com',
  'office365.com',
  'office.com',
  'microsoft.com',
  'microsoftonline.com',
  'exchangelabs.com',
  'onmicrosoft.com',
  'hotmail.com',
  'live.com',
  'msn.com',
];

/** True when `host` is one of Microsoft 365's (or Outlook.com's) own host names. */
export function isMicrosoftHost(host: string | null): boolean {
  if (host === null) return false;
  const lower = host.toLowerCase().replace(/\.$/, '');
  return MICROSOFT_DOMAINS.some((d) => lower === d || lower.endsWith(`.${d}`));
}

/** True for a DNS host name with at least two labels and an alphabetic top-level label. */
export function isHostName(token: string): boolean {
  if (token.length < 4 || token.length > 253) return false;
  const labels = token.replace(/\.$/, '').split('.');
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (!/^[A-Za-z0-9_-]{1,63}$/.test(label) || label.startsWith('-') || label.endsWith('-')) return false;
  }
  const tld = labels[labels.length - 1] ?? '';
  if (!/^[A-Za-z]{2,63}$/.test(tld)) return false;
  // "refused.The", "server.Please": two words glued at a sentence end, not a host.
  if (labels.length === 2 && /^[A-Z][a-z]/.test(tld)) return false;
  return true;
}

/** `host` without a trailing dot and surrounding punctuation, or null when it is not a host name. */
export function cleanHost(raw: string): string | null {
  const host = trimChars(raw, '.,;:\'"()<>[]{}').replace(/\.$/, '');
  return isHostName(host) ? host : null;
}

/** A port number 1–65535 from its digits, else null. */
export function validPort(digits: string | undefined): number | null {
  if (digits === undefined) return null;
  const port = Number.parseInt(digits, 10);
  return port >= 1 && port <= 65535 ? port : null;
}

/** True for four decimal octets 0–255. */
export function validIPv4(parts: readonly (string | undefined)[]): boolean {
  return parts.length === 4 && parts.every((p) => p !== undefined && /^\d{1,3}$/.test(p) && Number.parseInt(p, 10) <= 255);
}

/** Loose IPv6 check: 2–8 hex groups of 1–4 digits, at most one `::`, an optional IPv4 tail. */
export function validIPv6(addr: string): boolean {
  if (!addr.includes(':') || addr.length > 45 || addr.length < 2) return false;
  const doubles = addr.split('::').length - 1;
  if (doubles > 1) return false;
  let body = addr;
  const lastColon = body.lastIndexOf(':');
  const tail = body.slice(lastColon + 1);
  let extra = 0;
  if (tail.includes('.')) {
    if (!validIPv4(tail.split('.'))) return false;
    body = `${body.slice(0, lastColon + 1)}0`;
    extra = 1;
  }
  const groups = body.split(':').filter((g) => g !== '');
  if (groups.length === 0 && doubles === 0) return false;
  if (!groups.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  const total = groups.length + extra;
  return doubles === 1 ? total <= 7 : total === 8;
}

/**
 * Parses an endpoint as written in a detail: `203.0.113.5`, `203.0.113.5:25`,
 * `[2001:db8::5]:25`, `2001:db8::5`, `[203.0.113.5]`; null otherwise.
 */
export function parseEndpoint(value: string): Endpoint | null {
  const v = trimChars(value, '.,;');
  const v4 = /^\[?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\]?(?::(\d{1,5}))?$/.exec(v);
  if (v4) return validIPv4(v4.slice(1, 5)) ? { ip: v4.slice(1, 5).join('.'), port: validPort(v4[5]) } : null;
  const v6 = /^\[(?:IPv6:)?([0-9A-Fa-f:.]{2,45})\](?::(\d{1,5}))?$/i.exec(v);
  if (v6?.[1] !== undefined) return validIPv6(v6[1]) ? { ip: v6[1].toLowerCase(), port: validPort(v6[2]) } : null;
  return validIPv6(v) ? { ip: v.toLowerCase(), port: null } : null;
}

/** IPv4 with an optional port, not part of a longer dotted number or a version. */
const IPV4 = /(?<![\w.:])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?::(\d{1,5}))?(?![\w]|\.\d)/g;
/** IPv6 in brackets (`[2001:db8::5]:25`) or parentheses (`(2001:db8::5)`), with an optional port after brackets. */
const IPV6_WRAPPED = /[[(](?:IPv6:)?([0-9A-Fa-f:.]{2,45})[\])](?::(\d{1,5}))?/gi;

/** Every valid IPv4 and wrapped IPv6 endpoint in `text`, in order (at most `limit`). */
export function findEndpoints(text: string, limit = 32): FoundEndpoint[] {
  const found: FoundEndpoint[] = [];
  for (const m of text.matchAll(IPV4)) {
    if (found.length >= limit) break;
    if (!validIPv4(m.slice(1, 5))) continue;
    found.push({ ip: m.slice(1, 5).join('.'), port: validPort(m[5]), index: m.index, end: m.index + m[0].length });
  }
  let six = 0;
  for (const m of text.matchAll(IPV6_WRAPPED)) {
    if (six >= limit) break;
    const addr = m[1];
    if (addr === undefined || !addr.includes(':') || !validIPv6(addr)) continue;
    six += 1;
    found.push({ ip: addr.toLowerCase(), port: validPort(m[2]), index: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.index - b.index).slice(0, limit);
}

/** Host-name-shaped words (labels joined by dots) in free text. */
const HOST_WORD = /(?<![\w@.-])[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}\.){1,10}[A-Za-z]{2,63}\.?(?![\w@-])/g;

/** A host name found in a text, with its position. */
export interface FoundHost {
  host: string;
  index: number;
  end: number;
}

/** Host names in `text`, in order, skipping e-mail addresses (at most `limit`). */
export function findHosts(text: string, limit = 32): FoundHost[] {
  const out: FoundHost[] = [];
  for (const m of text.matchAll(HOST_WORD)) {
    if (out.length >= limit) break;
    const host = cleanHost(m[0]);
    if (host !== null) out.push({ host, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** An e-mail address (addr-spec), loosely: local part, `@`, a host name. */
const ADDRESS = /[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,10}[A-Za-z]{2,63}/;
const ADDRESS_G = new RegExp(ADDRESS.source, 'g');

/** The first e-mail address in `text` (lower-cased domain), or null. */
export function findAddress(text: string): string | null {
  const m = ADDRESS.exec(text);
  return m ? normalizeAddress(m[0]) : null;
}

/** Every e-mail address in `text`, in order (at most `limit`). */
export function findAddresses(text: string, limit = 64): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ADDRESS_G)) {
    if (out.length >= limit) break;
    out.push(normalizeAddress(m[0]));
  }
  return out;
}

/** An address with surrounding dots trimmed and its domain lower-cased. */
export function normalizeAddress(addr: string): string {
  const a = trimChars(addr, '.\'');
  const at = a.lastIndexOf('@');
  return at < 0 ? a : `${a.slice(0, at)}@${a.slice(at + 1).toLowerCase()}`;
}

/**
 * A line that is just a recipient: `user@example.com`, `<user@example.com>`,
 * `user@example.com<mailto:user@example.com>`, `"Name" <user@example.com>`,
 * `user@example.com (user@example.com)`. Returns the address, else null.
 */
export function addressLine(line: string): string | null {
  const s = line.trim();
  if (s.length === 0 || s.length > 320) return null;
  const m = /^(?:"[^"]{0,100}"\s{0,3}|[^<>@\s]{1,60}\s{1,3})?<?(?:mailto:)?([^<>\s@()]{1,64}@[^<>\s@()]{3,255})>?(?:\s{0,3}<mailto:[^<>\s]{3,320}>|\s{0,3}\([^()\s]{3,320}\))?$/i.exec(s);
  if (!m?.[1]) return null;
  return findAddress(m[1]);
}
