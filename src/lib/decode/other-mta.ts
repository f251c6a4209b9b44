/**
 * Bounces and logs of other mail servers, read for their codes, servers and
 * texts: Postfix (`<user@example.com>: host mx.example.com[192.0.2.1] said:
 * 550 5.1.1 … (in reply to RCPT TO command)`, `connect to …[…]:25:
 * Connection refused`, log lines `to=<…>, relay=…[…]:25, dsn=5.1.1,
 * status=bounced (…)`), Exim (`host mx.example.com [192.0.2.1]: 550 …`,
 * `SMTP error from remote mail server after RCPT TO:<…>:`), Gmail (`The
 * response from the remote server was:` followed by the reply, and
 * `[mx.example.com. 192.0.2.1: timed out]`), and Outlook.com, which writes
 * the same diagnostic lines as Exchange Online (src/lib/decode/ndr.ts).
 */
import { parseEndpoint, validPort, cleanHost } from './net';
import type { Format } from './types';

/** A server named in a bounce or log line. */
export interface ServerMention {
  name: string | null;
  ip: string | null;
  port: number | null;
  index: number;
}

/**
 * `host NAME[IP]`, `host NAME [IP]`, `NAME[IP]:PORT` (Postfix `relay=`, `connect to`),
 * `H=NAME [IP]` (Exim logs), `[NAME. IP: …]` (Gmail), `NAME (IP)` (Exchange).
 */
const MENTION =
  /(?<![\w.-])([A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}\.){1,10}[A-Za-z]{2,63})\.?(?:[ \t]{0,2}\[((?:IPv6:)?[0-9A-Fa-f:.]{2,45})\](?::(\d{1,5}))?|[ \t]{1,2}\(([0-9A-Fa-f:.]{2,45})\)|[ \t]([0-9]{1,3}(?:\.[0-9]{1,3}){3}):)/g;

/** Every server named with its address in `text` (at most `limit`). */
export function serverMentions(text: string, limit = 16): ServerMention[] {
  const out: ServerMention[] = [];
  for (const m of text.matchAll(MENTION)) {
    if (out.length >= limit) break;
    const name = cleanHost(m[1] ?? '');
    const rawIp = m[2] ?? m[4] ?? m[5];
    const ip = rawIp === undefined ? null : parseEndpoint(rawIp.replace(/^IPv6:/i, ''))?.ip ?? null;
    if (name === null && ip === null) continue;
    out.push({ name, ip, port: validPort(m[3]), index: m.index });
  }
  return out;
}

/** The formats of other servers that `text` shows signs of. */
export function detectFlavors(text: string): Format[] {
  const out: Format[] = [];
  if (/This is the mail system at host|postfix\/(?:smtp|local|lmtp|qmgr|bounce)\[|\(in reply to (?:RCPT TO|MAIL FROM|end of DATA|DATA) command\)/i.test(text)) out.push('postfix');
  if (/This message was created automatically by mail delivery software|SMTP error from remote mail server|\bR=[\w-]{1,40} T=[\w-]{1,40}|retry timeout exceeded/i.test(text)) out.push('exim');
  if (/The response (?:from the remote server )?was:|\bgsmtp\b|Delivery Status Notification \((?:Failure|Delay)\)/i.test(text)) out.push('gmail');
  return out;
}

/** `The response from the remote server was:` / `The response was:` (Gmail), the reply on the next lines. */
const RESPONSE_LABEL = /^[ \t]{0,8}The response (?:from the remote server )?was:[ \t]*(.{0,2000})$/i;

/** A reply Gmail quotes after its label, with the lines it took (first..last, inclusive). */
export interface QuotedResponse {
  reply: string;
  from: number;
  to: number;
}

/** Gmail's quoted replies in `lines` (skipping claimed ones). */
export function gmailResponses(lines: readonly string[], claimed: Uint8Array): QuotedResponse[] {
  const out: QuotedResponse[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (claimed[i]) continue;
    const m = RESPONSE_LABEL.exec(lines[i] ?? '');
    if (!m) continue;
    const parts: string[] = [];
    if ((m[1] ?? '').trim() !== '') parts.push((m[1] ?? '').trim());
    let j = i + 1;
    // Skip one blank line after the label, then take the reply's lines.
    if (parts.length === 0 && (lines[j] ?? '').trim() === '') j += 1;
    for (; j < lines.length && j <= i + 12 && !claimed[j]; j += 1) {
      const next = (lines[j] ?? '').trim();
      if (next === '') break;
      parts.push(next);
    }
    if (parts.length === 0) continue;
    out.push({ reply: parts.join('\n'), from: i, to: j - 1 });
    i = j - 1;
  }
  return out;
}

/** A Postfix log line's delivery fields. */
export interface PostfixDelivery {
  recipient: string | null;
  relay: ServerMention | null;
  dsn: string | null;
  status: string | null;
  /** The text in parentheses after `status=…`. */
  reply: string | null;
}

/** `to=<…>, …, relay=…, …, dsn=…, status=… (…)` */
const POSTFIX_LOG = /\bto=<([^<>\s]{1,320})>,.{0,400}?\bdsn=([245]\.\d{1,3}\.\d{1,3}),[ \t]{0,2}status=([a-z]{1,20})(?:[ \t]{1,2}\((.{0,4000})\))?/i;

/** The delivery fields of a Postfix log line, or null when it is not one. */
export function postfixLog(line: string): PostfixDelivery | null {
  const m = POSTFIX_LOG.exec(line);
  if (!m) return null;
  const relay = /\brelay=([^,\s]{1,300})/.exec(line)?.[1];
  const mention = relay === undefined ? null : (serverMentions(relay)[0] ?? (cleanHost(relay) !== null ? { name: cleanHost(relay), ip: null, port: null, index: 0 } : null));
  return { recipient: m[1] ?? null, relay: mention, dsn: m[2] ?? null, status: m[3]?.toLowerCase() ?? null, reply: m[4]?.trim() ?? null };
}
