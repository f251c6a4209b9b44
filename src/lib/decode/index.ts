/**
 * The decoder: `decode(text, index)` reads anything an admin pastes (a code,
 * an error line, a message-trace detail, NDR text, RFC 3464 fields, queue
 * errors, protocol logs, other servers' bounces, or all of them mixed) and
 * returns one {@link DecodeReport}; `decodeMessage(parts, index)` does the
 * same for a whole message parsed by postal-mime or msgreader (see
 * src/lib/decode/mime.ts). `quickVerdict` is the short form search and the
 * wizard use for a pasted line.
 *
 * Flow: cap and normalize the text (input.ts) → structured parsers claim
 * their lines in turn (DSN fields, header blocks, Format-List records, trace
 * table rows and Reason lists, protocol logs, NDR diagnostic lines, Gmail's
 * quoted replies, Postfix log lines) → every other line with a code or a
 * decisive token is read as a reply (smtp-line.ts) → replies become failures
 * with codes resolved against the registry (src/lib/code-registry.ts),
 * tokens, servers and dates → duplicates of one failure (the NDR line, the
 * DSN and the trace) are merged → recipients, timeline and verdicts
 * (verdict.ts). Each step is linear in the input.
 */
import type { CodeDef } from '../../codes/types';
import { resolveCode, type CodeIndex, type CodePage } from '../code-registry';
import { normalizeCode } from '../error-code';
import { findDates } from './dates';
import { findDsns } from './dsn';
import { capText, clip, normalizeText, splitLines, squeeze, unfold } from './input';
import { findHeaderBlocks, headerValue, decodeWords, type MessageParts } from './mime';
import { addressLine, cleanHost, findAddress, findEndpoints, isMicrosoftHost, parseEndpoint } from './net';
import { parseNdr } from './ndr';
import { findLogSessions, isFailureLine, lastEndpointText, lastErrorLine, queueError, type LogSession } from './onprem';
import { detectFlavors, gmailResponses, postfixLog, serverMentions } from './other-mta';
import { detailValue, findCodes, joinMultiline, leadingCode, parseReply, type Reply } from './smtp-line';
import { findTokens, tokenAlone } from './tokens';
import { field, findListRecords, findReasons, findTraceRows, readMep, type ListRecord, type TraceReason } from './trace';
import {
  MAX_LINE,
  type CodeRole,
  type CodeTarget,
  type DateRole,
  type DecodeReport,
  type Detail,
  type Direction,
  type Failure,
  type Format,
  type FoundCode,
  type FoundDate,
  type MessageInfo,
  type Recipient,
  type Server,
  type ServerRole,
  type Source,
  type TimelineEvent,
  type Token,
  type Verdict,
} from './types';
import { verdictFor, type ActorsOf } from './verdict';

export * from './types';
export { verdictFor, FAMILY_SECTIONS, guideSlug } from './verdict';

/** What the decoder needs of a registry entry: the registry's structure, and a title when the list has one. */
export type DecodeEntry = Pick<CodeDef, 'id' | 'classes' | 'name'> & Partial<Pick<CodeDef, 'guide' | 'actors'>> & { title?: string };

/** Most failures kept from one input. */
const MAX_FAILURES = 500;

/** A failure as a format parser reads it, before codes are resolved. */
interface Raw {
  source: Source;
  recipient: string | null;
  reply: string;
  /** A DSN `Status` code. */
  status?: string | null;
  servers: Server[];
  dates: FoundDate[];
  action: string | null;
  /** Text around the reply that may hold tokens (`{MSG=…}`, the rest of a log session). */
  extra?: string;
  direction?: Direction | null;
}

function server(role: ServerRole, name: string | null, ip: string | null = null, port: number | null = null): Server {
  const host = name === null ? null : cleanHost(name);
  return { role, name: host, ip, port, microsoft: isMicrosoftHost(host) };
}

function dated(role: DateRole, text: string | null | undefined, label?: string): FoundDate[] {
  if (text === null || text === undefined || text.trim() === '') return [];
  const d = findDates(text, 1)[0];
  const out: FoundDate = { role, text: d?.text ?? text.trim(), time: d?.time ?? null };
  if (label !== undefined) out.label = label;
  return [out];
}

/** Resolves codes against the registry. */
class Resolver {
  readonly #index: CodeIndex<DecodeEntry>;
  constructor(index: CodeIndex<DecodeEntry>) {
    this.#index = index;
  }

  target(page: CodePage<DecodeEntry>): CodeTarget {
    return { code: page.code, slug: page.slug, title: page.entry.title ?? '', guide: page.entry.guide ? { ...page.entry.guide } : null };
  }

  code(code: string | null, basic: string | null, role: CodeRole, text: string | null): FoundCode | null {
    const cls = Number((code ?? basic ?? '').charAt(0));
    if (cls !== 2 && cls !== 4 && cls !== 5) return null;
    const expired = text !== null && /Message expired|QUEUE\.Expired|Delivery time expired/i.test(text);
    const found: FoundCode = { code, basic, cls, role, text, page: null, nearest: null, twin: null, expired };
    if (code === null) return found;
    const answer = resolveCode(this.#index, code);
    if (answer?.kind === 'registered') {
      found.page = this.target(answer.page);
      const twin = this.#index.twin(answer.page);
      if (twin) found.twin = this.target(twin);
    } else if (answer?.kind === 'unregistered' && answer.nearest) {
      found.nearest = this.target(answer.nearest);
    }
    return found;
  }

  /** The registry actors of a found code's entry (empty in the browser's packed list). */
  actors: ActorsOf = (c) => {
    if (c.code === null) return undefined;
    const page = this.#index.find(c.code);
    return page?.entry.actors;
  };
}

/** The address of the newer NDR's `Recipient Address: john@fabrikam.com` line (English labels), else null. */
function recipientField(line: string): string | null {
  const m = /^[ \t]{0,8}Recipient(?:[ \t]+Address)?[ \t]{0,4}:[ \t]{0,8}(\S{3,320})[ \t]*$/i.exec(line);
  return m?.[1] === undefined ? null : addressLine(m[1]);
}

/** Servers named in a reply's details and stamps. */
function replyServers(reply: Reply): { servers: Server[]; dates: FoundDate[] } {
  const servers: Server[] = [];
  const dates: FoundDate[] = [];
  const name = detailValue(reply.details, 'LastAttemptedServerName') ?? detailValue(reply.details, 'ServerName') ?? detailValue(reply.details, 'RemoteHost');
  // Exchange Server's queue error names the address in its text: "The last endpoint attempted was 203.0.113.5:25".
  const ipv = detailValue(reply.details, 'LastAttemptedIP') ?? detailValue(reply.details, 'RemoteIP') ?? lastEndpointText(reply.raw);
  const ep = ipv === null ? null : parseEndpoint(ipv);
  if (name !== null || ep !== null) servers.push(server('remote', name, ep?.ip ?? null, ep?.port ?? null));
  for (const stamp of reply.stamps) {
    const first = stamp.split(/\s+/)[0] ?? '';
    const host = cleanHost(first);
    if (host !== null && isMicrosoftHost(host)) servers.push(server('reporting', host));
    dates.push(...dated('attempt', findDates(stamp, 1)[0]?.text));
  }
  return { servers, dates };
}

function dedupe<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}


/**
 * Servers of one failure with duplicates folded: two entries of the same role
 * that share a name or an address are one server (the FQDN and LastAttemptedIP
 * of one attempt), the missing name, address or port filled in.
 */
function mergeServers(list: readonly Server[]): Server[] {
  const out: Server[] = [];
  for (const s of list) {
    const same = out.find(
      (o) =>
        o.role === s.role &&
        ((o.name !== null && s.name !== null && o.name.toLowerCase() === s.name.toLowerCase() && (o.ip === null || s.ip === null || o.ip === s.ip)) ||
          (o.ip !== null && s.ip !== null && o.ip === s.ip && (o.name === null || s.name === null))),
    );
    if (same === undefined) {
      if (out.length < 32) out.push({ ...s });
      continue;
    }
    same.name ??= s.name;
    same.ip ??= s.ip;
    same.port ??= s.port;
    same.microsoft ||= s.microsoft;
  }
  return out;
}
const dateKey = (d: FoundDate): string => `${d.role}|${d.text}|${d.label ?? ''}`;
const tokenKey = (t: Token): string => `${t.kind}|${t.number ?? ''}`;
const detailKey = (d: Detail): string => `${d.key.toLowerCase()}|${d.value}`;

/** The direction one failure shows (see verdict.ts). */
function directionOf(raw: Raw, servers: readonly Server[], details: readonly Detail[]): Direction | null {
  if (raw.direction !== undefined && raw.direction !== null) return raw.direction;
  const far = servers.filter((s) => s.role === 'remote' || s.role === 'target');
  if (far.some((s) => s.microsoft) && !far.some((s) => !s.microsoft && s.name !== null)) return 'server-to-m365';
  if (raw.source === 'trace') return 'm365-to-server';
  if (details.some((d) => /^LastAttempted(?:ServerName|IP)$/i.test(d.key))) return 'm365-to-server';
  if (servers.some((s) => s.role === 'reporting' && s.microsoft)) return 'm365-to-server';
  if (raw.source === 'queue' || raw.source === 'other-mta') return far.some((s) => s.microsoft) ? 'server-to-m365' : 'server-to-server';
  return null;
}

/** Builds a failure from a raw reply: codes resolved, nested and chained replies, tokens, servers, dates. */
function build(raw: Raw, resolver: Resolver, id: number): Failure {
  const reply = parseReply(raw.reply);
  const codes: FoundCode[] = [];
  const outer = resolver.code(reply.code, reply.basic, 'outer', reply.text || null);
  if (outer) codes.push(outer);
  let inner: FoundCode | null = null;
  const walk = (r: Reply, depth: number): void => {
    if (depth > 4) return;
    for (const n of r.nested) {
      const c = resolver.code(n.code, n.basic, 'inner', n.text || null);
      if (c) {
        codes.push(c);
        inner ??= c;
      }
      walk(n, depth + 1);
    }
    for (const step of r.chain) {
      const c = resolver.code(step.code, step.basic, 'chain', step.text || null);
      if (c) codes.push(c);
      walk(step, depth + 1);
    }
  };
  walk(reply, 0);
  if (inner === null) {
    // A chain's last code is the far end's reply (`… -> 421 4.2.1 Unable to connect`).
    const chained = codes.filter((c) => c.role === 'chain');
    inner = chained[chained.length - 1] ?? null;
  }
  if (raw.status) {
    if (outer === null || outer.code !== raw.status) {
      const status = resolver.code(raw.status, null, outer === null ? 'outer' : 'status', reply.text || null);
      if (status) codes.push(status);
    }
  }
  const first = codes.find((c) => c.role === 'outer') ?? codes.find((c) => c.role === 'status') ?? null;
  const own = replyServers(reply);
  const details = [...reply.details, ...reply.nested.flatMap((n) => n.details)];
  const servers = mergeServers([...raw.servers, ...own.servers]);
  return {
    id,
    sources: [raw.source],
    direction: directionOf(raw, servers, details),
    recipient: raw.recipient,
    line: clip(squeeze(raw.reply), MAX_LINE),
    codes,
    outer: first,
    inner,
    text: reply.text === '' ? null : reply.text,
    servers,
    dates: dedupe([...raw.dates, ...own.dates], dateKey),
    tokens: findTokens(raw.extra === undefined ? raw.reply : `${raw.reply}\n${raw.extra}`),
    details: dedupe(details, detailKey),
    action: raw.action,
  };
}

/** Merges failures that are the same reply for the same recipient (from the NDR text, the DSN, a trace). */
function merge(failures: Failure[]): Failure[] {
  const byKey = new Map<string, Failure>();
  const out: Failure[] = [];
  for (const f of failures) {
    const key = f.outer === null ? null : `${f.recipient?.toLowerCase() ?? ''}|${f.outer.code ?? ''}|${f.outer.basic ?? f.outer.cls}`;
    const prev = key === null ? undefined : byKey.get(key);
    if (prev === undefined) {
      if (key !== null) byKey.set(key, f);
      out.push(f);
      continue;
    }
    const richer = f.tokens.length > prev.tokens.length || (f.tokens.length === prev.tokens.length && f.line.length > prev.line.length);
    if (richer) {
      prev.line = f.line;
      prev.text = f.text ?? prev.text;
      prev.inner = f.inner ?? prev.inner;
      prev.sources = [...f.sources, ...prev.sources.filter((s) => !f.sources.includes(s))];
    } else {
      prev.sources = [...prev.sources, ...f.sources.filter((s) => !prev.sources.includes(s))];
    }
    prev.codes = dedupe([...prev.codes, ...f.codes], (c) => `${c.role}|${c.code ?? ''}|${c.basic ?? ''}`);
    prev.servers = mergeServers([...prev.servers, ...f.servers]);
    prev.dates = dedupe([...prev.dates, ...f.dates], dateKey);
    prev.tokens = dedupe([...prev.tokens, ...f.tokens], tokenKey);
    prev.details = dedupe([...prev.details, ...f.details], detailKey);
    prev.action ??= f.action;
    prev.direction ??= f.direction;
  }
  return out.map((f, id) => ({ ...f, id }));
}

/** Offsets of line starts, to map a text position to its line. */
function lineStarts(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let pos = 0;
  for (const l of lines) {
    starts.push(pos);
    pos += l.length + 1;
  }
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The raw failure of a trace Reason. */
function reasonRaw(r: TraceReason, recipient: string | null, dates: FoundDate[] = []): Raw | null {
  if (r.led === null && r.msg === null) return null;
  const servers: Server[] = [];
  if (r.fqdn !== null || r.ip !== null) servers.push(server('remote', r.fqdn, r.ip === null ? null : parseEndpoint(r.ip)?.ip ?? null));
  if (r.proxyTargetHost !== null || r.proxyTargetIp !== null) servers.push(server('target', r.proxyTargetHost, r.proxyTargetIp));
  const raw: Raw = {
    source: 'trace',
    recipient,
    reply: r.led ?? r.msg ?? '',
    servers,
    dates: [...dated('last-attempt', r.lrt), ...dates],
    action: null,
  };
  if (r.msg !== null) raw.extra = r.msg;
  return raw;
}

/** The raw failure of a protocol-log session with a failure in it, or null. */
function sessionRaw(s: LogSession): Raw | null {
  const failing = s.lines.filter(isFailureLine);
  if (failing.length === 0) return null;
  const replyLine = failing.find((l) => /^[45]\d\d[ -]/.test(l.data.trim())) ?? failing[0]!;
  const servers: Server[] = [];
  if (s.local) servers.push(server('local', null, s.local.ip, s.local.port));
  if (s.remote) {
    const role: ServerRole = s.kind === 'receive' ? 'client' : 'remote';
    servers.push(server(role, s.kind === 'receive' ? s.helo : null, s.remote.ip, s.remote.port));
  }
  const clientIsMicrosoft = s.kind === 'receive' && isMicrosoftHost(s.helo === null ? null : cleanHost(s.helo));
  return {
    source: 'smtp-log',
    recipient: null,
    reply: replyLine.data.trim() || replyLine.context.trim(),
    servers,
    dates: [...dated('attempt', s.lines[0]?.time), ...dated('last-attempt', replyLine.time)],
    action: null,
    extra: failing.map((l) => `${l.data} ${l.context}`).join('\n').slice(0, 20_000),
    direction: clientIsMicrosoft ? 'm365-to-server' : s.kind === 'receive' ? 'server-to-server' : null,
  };
}

/** Options of {@link decode}. */
export interface DecodeOptions {
  /** Formats known from the caller (`message`, `msg`). */
  formats?: readonly Format[];
  /** Header summary known from the caller (a parsed message). */
  message?: MessageInfo | null;
  /** Set when the text had to be cut before it got here (a file larger than the cap). */
  truncated?: boolean;
}

/** A basic reply code followed by text, where a reply starts without an enhanced code. */
const BASIC_REPLY = /(?:^|said:|\]:|\):|\bwas:)[ \t]{0,3}([245]\d\d)(?:[ -])(?=[A-Za-z<(\[])/;

/**
 * Decodes a pasted or dropped text (see the module comment). `index` is the
 * registry's lookups (createCodeIndex over src/codes entries at build time,
 * or over the packed `/{lang}/codes.json` list in the browser).
 */
export function decode(text: string, index: CodeIndex<DecodeEntry>, options: DecodeOptions = {}): DecodeReport {
  const capped = capText(text);
  const input = normalizeText(capped.text);
  const resolver = new Resolver(index);
  const formats = new Set<Format>(options.formats ?? []);
  const raws: Raw[] = [];
  const timeline: TimelineEvent[] = [];
  const trimmed = input.trim();

  // A code alone, in any form search accepts (`4.4.316`, `450-4.4.316`, `44316`), or a basic code.
  const alone = trimmed.length <= 128 ? normalizeCode(trimmed) : null;
  if (alone !== null || /^[245]\d\d$/.test(trimmed)) {
    formats.add('code');
    const basic = /^([245]\d\d)\b/.exec(trimmed)?.[1] ?? null;
    raws.push({ source: 'line', recipient: null, reply: alone === null ? trimmed : `${basic !== null && basic !== trimmed ? `${basic} ` : ''}${alone}`, servers: [], dates: [], action: null });
    return finish(raws, resolver, formats, timeline, options, input.length, capped.truncated);
  }
  const token = tokenAlone(trimmed);
  if (token !== null) {
    formats.add('smtp-line');
    raws.push({ source: 'line', recipient: null, reply: trimmed, servers: [], dates: [], action: null });
    return finish(raws, resolver, formats, timeline, options, input.length, capped.truncated);
  }

  const lines = splitLines(input);
  const claimed = new Uint8Array(lines.length);
  const starts = lineStarts(lines);

  // 1. RFC 3464 fields.
  for (const dsn of findDsns(lines)) {
    formats.add('dsn');
    for (let i = dsn.from; i <= dsn.to; i += 1) claimed[i] = 1;
    const reporting = dsn.message.reportingMta;
    for (const r of dsn.recipients) {
      const servers: Server[] = [];
      if (reporting !== null) servers.push(server('reporting', reporting));
      if (dsn.message.receivedFromMta !== null) servers.push(server('received-from', dsn.message.receivedFromMta));
      if (r.remoteMta !== null) servers.push(server('remote', r.remoteMta.name, r.remoteMta.ip));
      raws.push({
        source: 'dsn',
        recipient: r.finalRecipient ?? r.originalRecipient,
        reply: r.diagnostic?.text ?? r.status ?? '',
        status: r.status,
        servers,
        dates: [...dated('arrival', dsn.message.arrivalDate), ...dated('last-attempt', r.lastAttempt), ...dated('will-retry-until', r.willRetryUntil)],
        action: r.action,
      });
    }
  }

  // 2. Header blocks: the report's own headers and the original message's, read for the summary only.
  let message: MessageInfo | null = options.message ?? null;
  const blocks = findHeaderBlocks(lines, claimed);
  if (blocks.length > 0) {
    // The report's own headers start the text; a block further down quotes the original message.
    const firstLine = lines.findIndex((l) => l.trim() !== '');
    const own = blocks[0]!.from === firstLine ? blocks[0]!.fields : null;
    const original = blocks.find((b) => b.fields !== own)?.fields ?? null;
    const text = (fields: typeof own, name: string): string | null => {
      const v = fields === null ? null : headerValue(fields, name);
      return v === null ? null : squeeze(decodeWords(v));
    };
    if (message === null) {
      message = {
        subject: text(own, 'Subject'),
        from: text(own, 'From'),
        date: text(own, 'Date'),
        messageId: text(own, 'Message-ID'),
        originalSubject: text(original, 'Subject'),
        originalDate: text(original, 'Date'),
      };
    } else if (message.originalSubject === null && original !== null) {
      message = { ...message, originalSubject: text(original, 'Subject'), originalDate: text(original, 'Date') };
    }
  }
  // Which recipient each line is about: the last line before it that is just an address.
  const inBlock = new Uint8Array(lines.length);
  for (const b of blocks) for (let i = b.from; i <= b.to; i += 1) inBlock[i] = 1;
  const context: (string | null)[] = new Array<string | null>(lines.length).fill(null);
  let current: string | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    if (inBlock[i]) current = null;
    else if (!claimed[i]) {
      const addr = addressLine(lines[i] ?? '') ?? recipientField(lines[i] ?? '');
      if (addr !== null) current = addr;
    }
    context[i] = current;
  }
  const recipientAt = (i: number): string | null => context[i] ?? null;

  // 3. PowerShell Format-List records: queues, message-trace details, message-trace lists.
  for (const record of findListRecords(lines, claimed)) {
    const used = listRecord(record, raws, timeline, formats);
    if (used) for (let i = record.from; i <= record.to; i += 1) claimed[i] = 1;
  }

  // 4. Message-trace table rows.
  for (const row of findTraceRows(lines, claimed)) {
    formats.add('trace-detail');
    claimed[row.line] = 1;
    timeline.push({ role: 'event', text: row.date.text, time: row.date.time, label: row.event, source: 'trace', recipient: null });
    for (const r of findReasons(row.detail)) {
      const raw = reasonRaw(r, null, [{ role: 'event', text: row.date.text, time: row.date.time, label: row.event }]);
      if (raw) raws.push(raw);
    }
  }

  // 5. Reason lists anywhere else.
  for (const r of findReasons(input)) {
    const first = lineAt(starts, r.index);
    const last = lineAt(starts, Math.max(r.index, r.end - 1));
    if (claimed[first]) continue;
    formats.add('trace');
    for (let i = first; i <= last; i += 1) claimed[i] = 1;
    const raw = reasonRaw(r, recipientAt(first));
    if (raw) raws.push(raw);
  }

  // 6. Protocol logs.
  for (const s of findLogSessions(lines, claimed)) {
    formats.add('smtp-log');
    const raw = sessionRaw(s);
    if (raw) raws.push(raw);
    for (const l of s.lines.slice(0, 1)) timeline.push({ ...dated('event', l.time, s.kind === 'receive' ? 'SmtpReceive' : s.kind === 'send' ? 'SmtpSend' : 'SMTP')[0]!, source: 'smtp-log', recipient: null });
  }

  // 7. NDR diagnostic lines.
  const ndr = parseNdr(lines, claimed, recipientAt);
  if (ndr !== null) {
    formats.add('ndr');
    for (const e of ndr.entries) {
      const lead = leadingCode(e.reply);
      const final = lead !== null && (lead.code ?? lead.basic ?? '').startsWith('5');
      const servers: Server[] = [];
      if (ndr.generatingServer !== null) servers.push(server('reporting', ndr.generatingServer));
      if (e.server !== null || e.ip !== null) {
        const s = server('remote', e.server, e.ip);
        servers.push(s.microsoft ? { ...s, role: 'reporting' } : s);
      }
      if (ndr.receivingServer !== null) servers.push(server('remote', ndr.receivingServer.name, ndr.receivingServer.ip));
      raws.push({
        source: 'ndr',
        recipient: e.recipient,
        reply: e.reply,
        servers,
        dates: e.date === null ? [] : [{ role: final ? 'reported' : 'attempt', text: e.date.text, time: e.date.time }],
        action: final ? 'failed' : null,
      });
    }
  }

  // 8. Other servers: Gmail's quoted replies, Postfix log lines.
  for (const f of detectFlavors(input)) formats.add(f);
  for (const q of gmailResponses(lines, claimed)) {
    for (let i = q.from; i <= q.to; i += 1) claimed[i] = 1;
    const joined = joinMultiline(q.reply.split('\n')).join(' ');
    const around = lines.slice(Math.max(0, q.from - 3), q.from).join(' ');
    const mentions = serverMentions(joined).concat(serverMentions(around));
    raws.push({
      source: 'other-mta',
      recipient: recipientAt(q.from) ?? findAddress(joined),
      reply: joined,
      servers: mentions.map((m) => server('remote', m.name, m.ip, m.port)),
      dates: [],
      action: null,
    });
  }

  // 9. Every other line with a code or a decisive token.
  const small = lines.filter((l) => l.trim() !== '').length <= 3;
  const flavored = formats.has('postfix') || formats.has('exim') || formats.has('gmail');
  let run: number[] = [];
  const flushRun = (): void => {
    if (run.length === 0) return;
    const from = run[0]!;
    const to = run[run.length - 1]!;
    const logical = unfold(lines, from, to + 1);
    const texts = joinMultiline(logical.map((l) => l.text));
    for (let k = 0; k < texts.length && raws.length < MAX_FAILURES * 2; k += 1) {
      const text = texts[k] ?? '';
      const at = logical[Math.min(k, logical.length - 1)]?.line ?? from;
      const raw = lineRaw(text, recipientAt(at), small, flavored);
      if (raw !== null) {
        if (raw.source === 'queue') formats.add('queue');
        else if (raw.source === 'line') formats.add('smtp-line');
        raws.push(raw);
      }
    }
    run = [];
  };
  for (let i = 0; i < lines.length; i += 1) {
    if (claimed[i]) flushRun();
    else run.push(i);
  }
  flushRun();

  return finish(raws, resolver, formats, timeline, { ...options, message }, input.length, capped.truncated || options.truncated === true);
}

/** A record of Format-List output: a queue, a trace detail event, a trace list entry. Returns true when used. */
function listRecord(record: ListRecord, raws: Raw[], timeline: TimelineEvent[], formats: Set<Format>): boolean {
  const queue = queueError(record);
  if (queue !== null) {
    formats.add('queue');
    const servers: Server[] = [];
    const hop = queue.nextHop === null ? null : cleanHost(queue.nextHop.replace(/^\[|\]$/g, ''));
    if (hop !== null || queue.lastEndpoint !== null) servers.push(server('target', hop, queue.lastEndpoint?.ip ?? null, queue.lastEndpoint?.port ?? null));
    raws.push({
      source: 'queue',
      recipient: queue.recipient === null ? null : findAddress(queue.recipient),
      reply: queue.lastError,
      servers,
      dates: [...dated('last-attempt', queue.lastRetry), ...dated('next-retry', queue.nextRetry)],
      action: queue.status?.toLowerCase() ?? null,
    });
    // Get-Message's Recipients also carry the {LED=…} list.
    if (queue.recipient !== null) {
      for (const r of findReasons(queue.recipient)) {
        const raw = reasonRaw(r, findAddress(queue.recipient));
        if (raw) raws.push({ ...raw, source: 'queue' });
      }
    }
    return true;
  }
  const event = field(record, 'Event');
  const date = field(record, 'Date', 'Received');
  const data = field(record, 'Data');
  const detail = field(record, 'Detail');
  const recipient = field(record, 'RecipientAddress', 'Recipient');
  const status = field(record, 'Status');
  if (event !== null || data !== null) {
    formats.add('trace-detail');
    const when = dated('event', date, event ?? undefined);
    if (when[0]) timeline.push({ ...when[0], source: 'trace', recipient: recipient === null ? null : findAddress(recipient) });
    const texts = [detail ?? '', ...readMep(data ?? '').map((m) => m.value), data ?? ''];
    const seen = new Set<string>();
    for (const t of texts) {
      for (const r of findReasons(t)) {
        const raw = reasonRaw(r, recipient === null ? null : findAddress(recipient), when);
        if (raw && !seen.has(raw.reply)) {
          seen.add(raw.reply);
          raws.push(raw);
        }
      }
    }
    return true;
  }
  if (recipient !== null && (status !== null || field(record, 'ToIP') !== null || field(record, 'MessageTraceId') !== null)) {
    formats.add('trace');
    const toIp = field(record, 'ToIP');
    const ep = toIp === null ? null : parseEndpoint(toIp);
    // A trace list entry names the recipient and its status, but no reply: kept for the recipient and the timeline.
    const when = dated('event', date, status ?? undefined);
    if (when[0]) timeline.push({ ...when[0], source: 'trace', recipient: findAddress(recipient) });
    if (status !== null && /fail|pending|defer/i.test(status)) {
      raws.push({ source: 'trace', recipient: findAddress(recipient), reply: '', servers: ep ? [server('remote', null, ep.ip, ep.port)] : [], dates: when, action: status.toLowerCase() });
    }
    return true;
  }
  return false;
}

/** The raw failure of an unclaimed line, or null when it holds no code and no decisive token. */
function lineRaw(text: string, recipient: string | null, small: boolean, flavored: boolean): Raw | null {
  if (text.trim() === '') return null;
  const queue = lastErrorLine(text);
  const pf = queue === null ? postfixLog(text) : null;
  if (pf !== null) {
    const servers = pf.relay ? [server('remote', pf.relay.name, pf.relay.ip, pf.relay.port)] : [];
    return {
      source: 'other-mta',
      recipient: pf.recipient === null ? recipient : findAddress(pf.recipient),
      reply: pf.reply ?? pf.dsn ?? '',
      status: pf.dsn,
      servers,
      dates: dated('attempt', findDates(text, 1)[0]?.text),
      action: pf.status,
    };
  }
  const body = queue ?? text;
  const codes = findCodes(body, 4);
  let start = codes[0]?.index ?? -1;
  if (start < 0) {
    const basic = BASIC_REPLY.exec(body);
    if (basic) start = basic.index + basic[0].length - (basic[1]?.length ?? 0) - 1;
  }
  const tokens = start < 0 ? findTokens(body) : [];
  if (start < 0) {
    const decisive = tokens.filter((t) => t.family !== null && (small || t.cls !== 'phrase'));
    if (decisive.length === 0) return null;
  }
  const from = Math.max(0, start);
  const prefix = body.slice(0, from);
  const reply = body.slice(from).trim();
  const mentions = serverMentions(body);
  const servers: Server[] = mentions.map((m) => server('remote', m.name, m.ip, m.port));
  if (servers.length === 0) {
    for (const ep of findEndpoints(prefix, 2)) servers.push(server('remote', null, ep.ip, ep.port));
  }
  const lead = leadingCode(reply);
  return {
    source: queue !== null ? 'queue' : flavored ? 'other-mta' : 'line',
    recipient: recipient ?? findAddress(body),
    reply: reply === '' ? body.trim() : reply,
    servers,
    dates: dated(lead !== null && (lead.code ?? lead.basic ?? '').startsWith('5') ? 'reported' : 'attempt', findDates(prefix, 1)[0]?.text),
    action: null,
  };
}

/** Resolves, merges and sums up the raw failures. */
function finish(raws: Raw[], resolver: Resolver, formats: Set<Format>, timeline: TimelineEvent[], options: DecodeOptions, length: number, truncated: boolean): DecodeReport {
  let failures = merge(raws.slice(0, MAX_FAILURES).map((r, i) => build(r, resolver, i)));
  // Failures without a recipient belong to the only recipient there is.
  const named = new Set(failures.map((f) => f.recipient?.toLowerCase()).filter((r): r is string => r !== undefined));
  if (named.size === 1) {
    const only = failures.find((f) => f.recipient !== null)!.recipient;
    failures = merge(failures.map((f) => (f.recipient === null ? { ...f, recipient: only } : f)));
  }
  // Trace list entries without a reply add nothing once a real failure is there.
  if (failures.some((f) => f.outer !== null || f.tokens.length > 0)) failures = failures.filter((f) => f.outer !== null || f.tokens.length > 0 || f.line !== '').map((f, id) => ({ ...f, id }));

  const recipients: Recipient[] = [];
  const byAddress = new Map<string, Recipient>();
  for (const f of failures) {
    if (f.recipient === null) continue;
    const key = f.recipient.toLowerCase();
    let r = byAddress.get(key);
    if (r === undefined) {
      r = { address: f.recipient, original: null, action: null, status: null, failures: [], verdict: null };
      byAddress.set(key, r);
      recipients.push(r);
    }
    r.failures.push(f.id);
    r.action ??= f.action;
    r.status ??= f.codes.find((c) => c.role === 'status')?.code ?? f.outer?.code ?? null;
  }
  for (const r of recipients) r.verdict = verdictFor(r.failures.map((id) => failures[id]!), resolver.actors);

  const unassigned = failures.filter((f) => f.recipient === null);
  let verdict: Verdict | null = null;
  const firstWithCode = recipients.find((r) => r.verdict !== null && r.verdict.code !== null) ?? recipients.find((r) => r.verdict !== null);
  if (firstWithCode?.verdict) verdict = firstWithCode.verdict;
  else verdict = verdictFor(unassigned, resolver.actors);
  if (verdict === null && failures.length > 0) verdict = verdictFor(failures, resolver.actors);

  const message = options.message ?? null;
  const events: TimelineEvent[] = [...timeline];
  if (message?.originalDate) events.push({ ...dated('sent', message.originalDate)[0]!, source: 'message', recipient: null });
  if (message?.date) events.push({ ...dated('reported', message.date)[0]!, source: 'message', recipient: null });
  for (const f of failures) {
    for (const d of f.dates) events.push({ ...d, source: f.sources[0] ?? 'line', recipient: f.recipient });
  }
  const unique = dedupe(events, (e) => `${e.role}|${e.time === null ? e.text : Math.floor(e.time / 1000)}|${e.label ?? ''}|${e.recipient ?? ''}`);
  const dated_ = unique.filter((e) => e.time !== null).sort((a, b) => (a.time ?? 0) - (b.time ?? 0));
  const undated = unique.filter((e) => e.time === null);

  return {
    length,
    truncated,
    formats: [...formats],
    message,
    recipients,
    failures,
    timeline: [...dated_, ...undated].slice(0, 200),
    verdict,
  };
}

/**
 * Decodes a whole message from its parts (src/lib/decode/mime.ts): the
 * delivery-status parts first (they name the recipients), then the body
 * texts, as one text, with the message's header summary.
 */
export function decodeMessage(parts: MessageParts, index: CodeIndex<DecodeEntry>, format: 'message' | 'msg' = 'message', truncated = false): DecodeReport {
  const text = [...parts.deliveryStatus, ...parts.texts].join('\n\n');
  return decode(text, index, { formats: [format], message: parts.info, truncated });
}

/**
 * The verdict for a pasted text (search's first result, the wizard's paste
 * box): the same decoder, its overall verdict, or null when nothing was read.
 */
export function quickVerdict(text: string, index: CodeIndex<DecodeEntry>): Verdict | null {
  return decode(text, index).verdict;
}
