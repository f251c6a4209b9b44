/**
 * The text of a non-delivery report (NDR) as Exchange Online and Exchange
 * Server write it, in any language: the recipients it lists, and the
 * diagnostic lines for administrators, which stay in English in every
 * locale:
 *
 * - `12/1/2026 10:55:35 AM - Server at HOST (IP) returned '450 4.4.316 …'`
 *   (with or without the date and the address; the final line comes first,
 *   the last live attempt after it);
 * - `Remote Server returned '550 5.1.1 …'`;
 * - the older `#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##` and
 *   `HOST (IP) #<HOST (IP) #5.1.1 smtp; 550 …> #SMTP#`.
 *
 * The labels around them ("Diagnostic information for administrators",
 * "Generating server") are localized, so structure decides: a line that is
 * just an address names the recipient of the lines after it, and a
 * `label: host` line before the first diagnostic line names the generating
 * server. A reply that wraps onto the next lines is joined up to its closing quote.
 */
import { findDates, type FoundDateText } from './dates';
import { cleanHost, isHostName, parseEndpoint } from './net';

/** One diagnostic line. */
export interface NdrEntry {
  /** First physical line. */
  line: number;
  date: FoundDateText | null;
  /** The server named (`Server at HOST`), or null for `Remote Server returned`. */
  server: string | null;
  ip: string | null;
  /** The quoted reply. */
  reply: string;
}

/** The report read from a text. */
export interface Ndr {
  generatingServer: string | null;
  receivingServer: { name: string | null; ip: string | null } | null;
  /** Entries in order, each with the recipient named before it (null when none was). */
  entries: (NdrEntry & { recipient: string | null })[];
}

/** Where `Server at … returned '` or `Remote Server returned '` starts. */
const RETURNED =
  /(?:^|[\s-])(?:Remote[ \t]+Server|Server[ \t]+at[ \t]+([^\s()']{1,255})(?:[ \t]+\(([^()\s]{2,60})\))?)[ \t]+returned[ \t]+'/i;
/** `label: value` before the entries (generating and receiving server). */
const LABEL_HOST = /^[\p{L}][\p{L} .-]{1,60}:[ \t]{0,4}([^\s()]{3,255})(?:[ \t]+\(([^()\s]{2,60})\))?[ \t]*$/u;
/** Most lines a quoted reply may wrap over. */
const MAX_WRAP = 12;

/** The quoted part of `text` from `from`: up to the last `'` (the reply may contain apostrophes), else the rest. */
function quoted(text: string, from: number): string {
  const close = text.lastIndexOf("'");
  return close > from ? text.slice(from, close) : text.slice(from);
}

/** An entry parsed from one (joined) line, or null when the line is not one. */
export function parseEntry(text: string, line: number): NdrEntry | null {
  const m = RETURNED.exec(text);
  if (m) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const prefix = text.slice(0, start);
    const date = findDates(prefix)[0] ?? null;
    const server = m[1] !== undefined ? cleanHost(m[1]) ?? m[1] : null;
    const ip = m[2] !== undefined ? parseEndpoint(m[2])?.ip ?? null : null;
    return { line, date, server, ip, reply: quoted(text, m.index + m[0].length).trim() };
  }
  const t = text.trim();
  // HOST (IP) #<HOST (IP) #5.1.1 smtp; 550 …> #SMTP#
  const open = t.indexOf('#<');
  const close = t.lastIndexOf('> #SMTP#');
  if (open >= 0 && close > open) {
    const inner = t.slice(open + 2, close);
    const hash = inner.indexOf('#');
    const head = hash < 0 ? '' : inner.slice(0, hash).trim();
    const hm = /^([^\s()]{3,255})(?:[ \t]+\(([^()\s]{2,60})\))?$/.exec(head);
    const body = hash < 0 ? inner : inner.slice(hash + 1);
    // `5.1.1 smtp; 550 …`: the reply after `smtp;` carries the enhanced code again or not.
    const semi = body.indexOf(';');
    const status = /^([245]\.\d{1,3}\.\d{1,3})/.exec(body.trim())?.[1] ?? null;
    let reply = semi >= 0 ? body.slice(semi + 1).trim() : body.trim();
    if (status !== null && !/^[245]\d\d[ -][245]\./.test(reply)) {
      reply = /^[245]\d\d\b/.test(reply) ? reply.replace(/^([245]\d\d)[ -]?/, `$1 ${status} `) : `${status} ${reply}`;
    }
    return {
      line,
      date: null,
      server: hm?.[1] !== undefined ? cleanHost(hm[1]) : null,
      ip: hm?.[2] !== undefined ? parseEndpoint(hm[2])?.ip ?? null : null,
      reply,
    };
  }
  // #550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##
  if (t.startsWith('#') && t.endsWith('##') && t.length > 8 && /^#[245]\d\d[ -]/.test(t)) {
    return { line, date: null, server: null, ip: null, reply: t.slice(1, -2).trim() };
  }
  return null;
}

/** True when a line opens a quoted reply that it does not close. */
function opensQuote(text: string): boolean {
  const m = RETURNED.exec(text);
  if (!m) return false;
  const rest = text.slice(m.index + m[0].length);
  return !/'[\s.]*$/.test(rest);
}

/**
 * Reads the NDR entries of `lines`, skipping lines already taken by another
 * parser (`claimed[i] !== 0`) and marking the ones it takes. `recipientAt`
 * gives the recipient named before each line (see index.ts). Returns null
 * when there is no entry.
 */
export function parseNdr(lines: readonly string[], claimed: Uint8Array, recipientAt: (line: number) => string | null): Ndr | null {
  const entries: Ndr['entries'] = [];
  let firstEntry = -1;
  for (let i = 0; i < lines.length; i += 1) {
    if (claimed[i]) continue;
    let text = lines[i] ?? '';
    let last = i;
    if (opensQuote(text)) {
      const parts = [text];
      for (let j = i + 1; j < lines.length && j <= i + MAX_WRAP && !claimed[j]; j += 1) {
        const next = lines[j] ?? '';
        if (next.trim() === '') break;
        parts.push(next.trim());
        last = j;
        if (/'[\s.]*$/.test(next)) break;
      }
      text = parts.join(' ');
    }
    const entry = parseEntry(text, i);
    if (entry === null) continue;
    for (let k = i; k <= last; k += 1) claimed[k] = 1;
    if (firstEntry < 0) firstEntry = i;
    entries.push({ ...entry, recipient: recipientAt(i) });
    i = last;
  }
  if (entries.length === 0) return null;

  // Generating / receiving server: `label: host` lines shortly before the first entry.
  let generatingServer: string | null = null;
  let receivingServer: Ndr['receivingServer'] = null;
  const labelled: { label: string; name: string | null; ip: string | null; line: number }[] = [];
  for (let i = Math.max(0, firstEntry - 12); i < firstEntry; i += 1) {
    if (claimed[i]) continue;
    const m = LABEL_HOST.exec(lines[i] ?? '');
    if (!m?.[1]) continue;
    const host = isHostName(m[1]) ? m[1] : null;
    const ip = m[2] !== undefined ? parseEndpoint(m[2])?.ip ?? null : parseEndpoint(m[1])?.ip ?? null;
    if (host === null && ip === null) continue;
    labelled.push({ label: (lines[i] ?? '').split(':')[0]!.trim().toLowerCase(), name: host, ip, line: i });
  }
  for (const l of labelled) {
    if (/generat/.test(l.label) && generatingServer === null) generatingServer = l.name;
    else if (/receiv/.test(l.label) && receivingServer === null) receivingServer = { name: l.name, ip: l.ip };
  }
  if (generatingServer === null && labelled[0] !== undefined) generatingServer = labelled[0].name;
  if (receivingServer === null && labelled[1] !== undefined && labelled[1].line !== labelled[0]?.line) receivingServer = { name: labelled[1].name, ip: labelled[1].ip };
  for (const l of labelled) claimed[l.line] = 1;
  return { generatingServer, receivingServer, entries };
}
