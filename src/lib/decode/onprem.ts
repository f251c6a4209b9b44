/**
 * On-premises Exchange Server artefacts:
 *
 * - queue errors (`Get-Queue | Format-List`, `Get-Message`, Queue Viewer):
 *   `LastError : 451 4.4.397 Error communicating with target host. -> 421 4.2.1
 *   Unable to connect -> SocketError: …`, `451 4.4.0 Primary target IP address
 *   responded with: "421 4.3.2 Service not available." … The last endpoint
 *   attempted was 203.0.113.5:25`, with NextHopDomain, Status and retry times;
 * - SMTP protocol-log lines (SmtpReceive and SmtpSend, CSV:
 *   `date-time,connector-id,session-id,sequence-number,local-endpoint,
 *   remote-endpoint,event,data,context`), grouped by session.
 *
 * The field list of the logs is read from a `#Fields:` line when there is
 * one; otherwise the standard order is assumed.
 */
import { findDates } from './dates';
import { parseEndpoint, type Endpoint } from './net';
import { field, type ListRecord } from './trace';

/** A queue's error as Get-Queue or Get-Message shows it. */
export interface QueueError {
  lastError: string;
  nextHop: string | null;
  /** `The last endpoint attempted was …`, or null. */
  lastEndpoint: Endpoint | null;
  status: string | null;
  lastRetry: string | null;
  nextRetry: string | null;
  identity: string | null;
  recipient: string | null;
  from: number;
  to: number;
}

/** Exchange Server's `The last endpoint attempted was 203.0.113.5:25` in a queue error, without the sentence's full stop; null when absent. */
export function lastEndpointText(text: string): string | null {
  return /last endpoint attempted was[ \t]{0,3}(\[?[0-9A-Fa-f:.]{2,45}\]?(?::\d{1,5})?)/i.exec(text)?.[1]?.replace(/\.$/, '') ?? null;
}

/** The queue error of a Format-List record, or null when it has no LastError. */
export function queueError(record: ListRecord): QueueError | null {
  const lastError = field(record, 'LastError', 'LastErrorMessage', 'ErrorText');
  if (lastError === null || !/[245]\.\d{1,3}\.\d{1,3}|[245]\d\d /.test(lastError)) return null;
  const endpoint = lastEndpointText(lastError);
  return {
    lastError,
    nextHop: field(record, 'NextHopDomain', 'NextHopConnector'),
    lastEndpoint: endpoint === null ? null : parseEndpoint(endpoint),
    status: field(record, 'Status'),
    lastRetry: field(record, 'LastRetryTime'),
    nextRetry: field(record, 'NextRetryTime'),
    identity: field(record, 'Identity', 'Queue'),
    recipient: field(record, 'Recipients', 'RecipientAddress'),
    from: record.from,
    to: record.to,
  };
}

/** A `LastError: …` (or `Last error: …`) line outside a Format-List record. */
const LAST_ERROR_LINE = /^[ \t]{0,8}Last[ \t]?Error[ \t]{0,8}:[ \t]{0,3}(.{4,8000})$/i;

/** A queue error written on one line (Queue Viewer, a pasted fragment), or null. */
export function lastErrorLine(line: string): string | null {
  return LAST_ERROR_LINE.exec(line)?.[1]?.trim() ?? null;
}

/** One line of a protocol log. */
export interface LogLine {
  line: number;
  time: string;
  connector: string;
  session: string;
  local: Endpoint | null;
  remote: Endpoint | null;
  /** `+` connect, `-` disconnect, `>` sent, `<` received, `*` information. */
  event: string;
  data: string;
  context: string;
}

/** One SMTP session of a protocol log. */
export interface LogSession {
  session: string;
  connector: string;
  /** `receive`: the log's server was the SMTP server; `send`: it was the client; null when unknown. */
  kind: 'receive' | 'send' | null;
  local: Endpoint | null;
  remote: Endpoint | null;
  /** The name the client gave in EHLO/HELO, when seen. */
  helo: string | null;
  lines: LogLine[];
}

const STANDARD_FIELDS = ['date-time', 'connector-id', 'session-id', 'sequence-number', 'local-endpoint', 'remote-endpoint', 'event', 'data', 'context'];

/** Splits one CSV line (RFC 4180 quoting, `""` inside quotes). Linear. */
export function splitCsv(line: string, limit = 32): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line.charAt(i);
    if (quoted) {
      if (ch === '"') {
        if (line.charAt(i + 1) === '"') {
          cur += '"';
          i += 1;
        } else quoted = false;
      } else cur += ch;
    } else if (ch === '"' && cur === '') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
      if (out.length >= limit) return out;
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** A protocol-log line starts with an ISO time and a comma. */
const LOG_START = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,7})?Z?,/;

/**
 * The protocol-log lines of `lines` (skipping claimed ones, marking the
 * ones taken), grouped into sessions in order of first appearance.
 */
export function findLogSessions(lines: readonly string[], claimed: Uint8Array): LogSession[] {
  let names = STANDARD_FIELDS;
  let logType: 'receive' | 'send' | null = null;
  const sessions = new Map<string, LogSession>();
  for (let i = 0; i < lines.length; i += 1) {
    if (claimed[i]) continue;
    const line = lines[i] ?? '';
    if (line.startsWith('#')) {
      const f = /^#Fields:[ \t]{0,3}(.{1,500})$/i.exec(line);
      if (f?.[1]) {
        names = f[1].split(',').map((s) => s.trim().toLowerCase());
        claimed[i] = 1;
      }
      const t = /^#Log-type:[ \t]{0,3}(.{1,100})$/i.exec(line);
      if (t?.[1]) {
        logType = /receive/i.test(t[1]) ? 'receive' : /send/i.test(t[1]) ? 'send' : null;
        claimed[i] = 1;
      }
      if (/^#(?:Software|Version|Date):/i.test(line)) claimed[i] = 1;
      continue;
    }
    if (!LOG_START.test(line)) continue;
    const cells = splitCsv(line);
    if (cells.length < 7) continue;
    const get = (name: string): string => cells[names.indexOf(name)] ?? '';
    const event = get('event').trim();
    if (!['+', '-', '>', '<', '*'].includes(event)) continue;
    claimed[i] = 1;
    const entry: LogLine = {
      line: i,
      time: get('date-time'),
      connector: get('connector-id'),
      session: get('session-id'),
      local: parseEndpoint(get('local-endpoint')),
      remote: parseEndpoint(get('remote-endpoint')),
      event,
      data: get('data'),
      context: get('context'),
    };
    const key = `${entry.connector}\u0000${entry.session}`;
    let s = sessions.get(key);
    if (s === undefined) {
      if (sessions.size >= 2000) continue;
      s = { session: entry.session, connector: entry.connector, kind: logType, local: entry.local, remote: entry.remote, helo: null, lines: [] };
      sessions.set(key, s);
    }
    if (s.lines.length < 500) s.lines.push(entry);
    const helo = /^(?:EHLO|HELO)[ \t]{1,3}(\S{1,255})/i.exec(entry.data);
    if (helo?.[1]) {
      s.helo ??= helo[1];
      // Who said EHLO was the client: in a receive log that is the remote end.
      if (s.kind === null) s.kind = entry.event === '<' ? 'receive' : entry.event === '>' ? 'send' : null;
    }
  }
  return [...sessions.values()];
}

/** The first date of a log line, for the timeline. */
export function logTime(entry: LogLine): string | null {
  return findDates(entry.time, 1)[0]?.text ?? null;
}

/** True when a log line records a failure: a 4xx/5xx reply, or an error or abrupt disconnect. */
export function isFailureLine(entry: LogLine): boolean {
  if ((entry.event === '>' || entry.event === '<') && /^[45]\d\d[ -]/.test(entry.data.trim())) return true;
  const text = `${entry.data} ${entry.context}`;
  if (entry.event === '-') return /Remote\(|SocketError|ConnectionReset|TimedOut/i.test(text);
  if (entry.event === '*') return /fail|error|refused|reset|abort|timed out|IllegalMessage|InvalidToken|Untrusted|Expired|Mismatch|not valid/i.test(text);
  return false;
}
