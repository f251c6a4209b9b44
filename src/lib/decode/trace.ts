/**
 * Exchange Online message trace, as admins copy it:
 *
 * - the Defer/Fail event detail `Reason: [{LED=…};{MSG=…};{FQDN=…};{IP=…};{LRT=…}]`
 *   followed by `OutboundProxyTargetIP: …` and `OutboundProxyTargetHostName: …`
 *   (the same `{KEY=…}` list appears in `Get-Message` recipients);
 * - `Get-MessageTraceDetailV2` output (`Format-List` records with Date,
 *   Event, Detail, Data; Data holds `<MEP Name="Reason" String="…"/>`
 *   elements, XML-escaped), and `Get-MessageTraceV2` records (Received,
 *   RecipientAddress, Status, ToIP);
 * - table rows `DATE  EVENT  DETAIL`.
 *
 * PowerShell's `Format-List` wraps a long value onto lines indented to the
 * value column, cutting anywhere (even inside a code): such lines are joined
 * without a space.
 */
import { findDates, type FoundDateText } from './dates';
import { isContinuation } from './input';
import { cleanHost, parseEndpoint } from './net';

/** The `{KEY=value}` fields of one Reason. */
export interface TraceReason {
  /** `LED`: the last error (a reply). */
  led: string | null;
  /** `MSG`: an extra message, often empty. */
  msg: string | null;
  /** `FQDN`: the server tried. */
  fqdn: string | null;
  /** `IP`: its address. */
  ip: string | null;
  /** `LRT`: the last retry time, as written. */
  lrt: string | null;
  proxyTargetIp: string | null;
  proxyTargetHost: string | null;
  /** Where it was found in the text it was read from. */
  index: number;
  end: number;
}

/** Decodes the XML character references and the five entities. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref === 'amp') return '&';
    if (ref === 'lt') return '<';
    if (ref === 'gt') return '>';
    if (ref === 'quot') return '"';
    if (ref === 'apos') return "'";
    const cp = ref.startsWith('#x') ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
  });
}

const KEY = /\{[ \t]{0,2}(LED|MSG|FQDN|IP|LRT)[ \t]{0,2}=/gi;

/**
 * Reads `{KEY=value}` lists in `text`. A value runs to the `}` that closes
 * its brace (brackets inside a value, such as LED's `[Message=…]`, are
 * skipped with a depth counter). One pass.
 */
export function findReasons(text: string, limit = 64): TraceReason[] {
  const out: TraceReason[] = [];
  let current: TraceReason | null = null;
  let lastEnd = -1;
  for (const m of text.matchAll(KEY)) {
    if (m.index < lastEnd) continue;
    const key = (m[1] ?? '').toUpperCase();
    const from = m.index + m[0].length;
    let depth = 0;
    let i = from;
    for (; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c === 0x5b) depth += 1;
      else if (c === 0x5d && depth > 0) depth -= 1;
      else if (c === 0x7d /* } */ && depth === 0) break;
      else if (c === 0x0a && depth === 0) break;
    }
    const value = text.slice(from, i).trim();
    lastEnd = i + 1;
    // A new list starts at LED, or when the key repeats.
    if (current === null || key === 'LED' || current[keyField(key)] !== null || m.index - current.end > 8) {
      if (current !== null) out.push(current);
      if (out.length >= limit) return out;
      current = { led: null, msg: null, fqdn: null, ip: null, lrt: null, proxyTargetIp: null, proxyTargetHost: null, index: m.index, end: i + 1 };
    }
    current[keyField(key)] = value === '' ? null : value;
    current.end = i + 1;
  }
  if (current !== null) out.push(current);
  for (const r of out) {
    // `]. OutboundProxyTargetIP: 203.0.113.5. OutboundProxyTargetHostName: mail.contoso.com`
    const after = text.slice(r.end, r.end + 400);
    const ip = /OutboundProxyTargetIP:[ \t]{0,3}([0-9A-Fa-f:.[\]]{2,47})/i.exec(after)?.[1];
    const host = /OutboundProxyTargetHostName:[ \t]{0,3}([A-Za-z0-9_.-]{3,255})/i.exec(after)?.[1];
    if (ip !== undefined) r.proxyTargetIp = parseEndpoint(ip.replace(/\.$/, ''))?.ip ?? null;
    if (host !== undefined) r.proxyTargetHost = cleanHost(host);
    if (ip !== undefined || host !== undefined) {
      const tail = /OutboundProxyTarget(?:IP|HostName):[^\n]{0,300}/i.exec(after);
      if (tail) r.end += tail.index + tail[0].length;
    }
  }
  return out;
}

function keyField(key: string): 'led' | 'msg' | 'fqdn' | 'ip' | 'lrt' {
  switch (key) {
    case 'LED':
      return 'led';
    case 'MSG':
      return 'msg';
    case 'FQDN':
      return 'fqdn';
    case 'IP':
      return 'ip';
    default:
      return 'lrt';
  }
}

/** `<MEP Name="Reason" String="…"/>` (also Integer=, Long=, Blob=). */
const MEP = /<MEP[ \t]{1,4}Name="([^"]{1,80})"[ \t]{1,4}(?:String|Integer|Long|Blob|Guid)="([^"]{0,20000})"[ \t]{0,4}\/>/g;

/** The `<MEP>` name/value pairs of a message-trace detail's Data, values XML-decoded. */
export function readMep(text: string): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const m of text.matchAll(MEP)) {
    if (out.length >= 128) break;
    out.push({ name: m[1] ?? '', value: decodeXml(m[2] ?? '') });
  }
  return out;
}

/** One `Key : value` record of PowerShell `Format-List` output. */
export interface ListRecord {
  fields: Map<string, string>;
  from: number;
  to: number;
}

/** `Key<spaces>: value` of Format-List (key up to 40 word characters). */
const LIST_LINE = /^([A-Za-z][A-Za-z0-9]{0,39})([ \t]{0,40}):[ \t]?(.{0,20000})$/;

/**
 * PowerShell `Format-List` records in `lines` (skipping claimed ones): runs of
 * `Key : value` lines whose colons line up, separated by blank lines. A value
 * wrapped onto following lines indented to the value column is joined
 * without a space (PowerShell cuts mid-word); other indented lines with one.
 * Only records of at least two fields are kept.
 */
export function findListRecords(lines: readonly string[], claimed: Uint8Array): ListRecord[] {
  const out: ListRecord[] = [];
  let fields = new Map<string, string>();
  let from = -1;
  let to = -1;
  let column = -1;
  let lastKey = '';
  const flush = (): void => {
    if (fields.size >= 2) out.push({ fields, from, to });
    fields = new Map();
    from = -1;
    to = -1;
    column = -1;
    lastKey = '';
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (claimed[i]) {
      flush();
      continue;
    }
    const m = LIST_LINE.exec(line);
    // Format-List pads keys to one column and writes " : ".
    if (m && (m[2] ?? '').length >= 1) {
      const col = (m[1] ?? '').length + (m[2] ?? '').length;
      if (column >= 0 && col !== column) flush();
      if (from < 0) from = i;
      column = col;
      lastKey = m[1] ?? '';
      if (!fields.has(lastKey)) fields.set(lastKey, (m[3] ?? '').trimEnd());
      to = i;
      continue;
    }
    if (from >= 0 && isContinuation(line) && lastKey !== '') {
      const indent = line.length - line.trimStart().length;
      const prev = fields.get(lastKey) ?? '';
      // Indented exactly to the value column: a hard wrap.
      const joined = indent === column + 2 ? prev + line.trim() : `${prev} ${line.trim()}`;
      fields.set(lastKey, joined);
      to = i;
      continue;
    }
    flush();
  }
  flush();
  return out;
}

/** The value of a record field, by case-insensitive name, or null when missing or empty. */
export function field(record: ListRecord, ...names: string[]): string | null {
  for (const name of names) {
    for (const [k, v] of record.fields) {
      if (k.toLowerCase() === name.toLowerCase()) return v.trim() === '' ? null : v.trim();
    }
  }
  return null;
}

/** A message-trace table row: a date, a one-word event, the detail. */
export interface TraceRow {
  date: FoundDateText;
  event: string;
  detail: string;
  line: number;
}

/** Event names of message trace (Get-MessageTraceDetailV2 `Event`, the EAC's event column). */
const EVENTS = /^(Receive|Submit|Defer|Fail|Deliver|Send|Expand|Resolve|Redirect|Drop|Transfer|Journal|Spam|Malware|Quarantine|Badmail|Poison|External|Process|Redirected|Delivered|Failed|Deferred|Pending)\b/i;

/** Table rows `DATE<spaces>EVENT<spaces>DETAIL` in `lines` (skipping claimed ones). */
export function findTraceRows(lines: readonly string[], claimed: Uint8Array): TraceRow[] {
  const out: TraceRow[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (claimed[i]) continue;
    const line = lines[i] ?? '';
    // A row starts with its date, which has a digit near the start: skip the rest without the costly date search.
    if (!/\d/.test(line.slice(0, 40))) continue;
    const date = findDates(line, 1)[0];
    if (date === undefined || date.index > 2) continue;
    const rest = line.slice(date.end).trimStart();
    const ev = EVENTS.exec(rest);
    if (!ev) continue;
    out.push({ date, event: ev[1] ?? '', detail: rest.slice((ev[1] ?? '').length).trim(), line: i });
  }
  return out;
}
