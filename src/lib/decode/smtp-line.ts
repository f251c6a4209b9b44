/**
 * One SMTP reply as mail systems quote it, taken apart: the basic reply code
 * (`450`), the enhanced status code (`4.4.317`), the English text, bracketed
 * details (`[Message=…]`, `[LastAttemptedServerName=…]`, `[SmtpSecurity=…]`),
 * bracketed stamps without a key (`[<EOP host> <time> <id>]`), replies nested
 * in them (`[Message=451 5.7.3 STARTTLS is required to send mail]`, the
 * glued parenthesis of an expiry line, a quoted `"421 4.3.2 …"`), and chains
 * (`451 4.4.397 … -> 421 4.2.1 Unable to connect -> SocketError: …`).
 * RFC 5321 multi-line replies (`550-5.1.1 …` lines ending with `550 5.1.1 …`)
 * are joined first.
 *
 * Brackets and chains are read by one linear scan (a depth counter, no
 * regular expression over the nesting); nesting is followed to a fixed depth.
 */
import { trimChars } from './input';
import type { Detail } from './types';

/** A code found in free text. */
export interface CodeAt {
  index: number;
  end: number;
  basic: string | null;
  /** Canonical enhanced code, or null for a basic code alone. */
  code: string | null;
}

/** A reply taken apart. */
export interface Reply {
  /** The reply as given (trimmed). */
  raw: string;
  basic: string | null;
  code: string | null;
  /** The English text after the codes, without details, stamps and the glued parenthesis. */
  text: string;
  details: Detail[];
  /** Bracketed parts without a key (`[AM4P….prod.outlook.com 2026-12-01T10:55:35Z 08DB…]`). */
  stamps: string[];
  /** Replies quoted inside this one (a `Message` detail, the glued parenthesis, a quoted reply). */
  nested: Reply[];
  /** The steps after ` -> `, in order. */
  chain: Reply[];
}

/** How deep nested and chained replies are followed. */
const MAX_DEPTH = 3;
/** Most details, stamps, nested replies or chain steps kept from one reply. */
const MAX_PARTS = 24;

/** Canonical number text of a 1–3 digit part (`"04"` → `"4"`). */
const part = (digits: string): string => String(Number.parseInt(digits, 10));

/** The canonical enhanced code from its three parts. */
export function enhanced(cls: string, subject: string, detail: string): string {
  return `${part(cls)}.${part(subject)}.${part(detail)}`;
}

/** A basic code and/or an enhanced code at the start of a reply (after `#`, `<`, quotes, `smtp;`). */
const LEADING =
  /^[\s#<'"(]{0,4}(?:smtp;[ \t]{0,3})?(?:([245]\d\d)(?:[ \t]{1,3}|-|(?=$)|(?=[^\d.\w])))?[ \t]{0,2}#?(?:([245])\.(\d{1,3})\.(\d{1,3})(?![\w]|\.\d))?/i;

/** The codes at the start of `text`, and where the text after them begins; null when it starts with neither. */
export function leadingCode(text: string): { basic: string | null; code: string | null; end: number } | null {
  const m = LEADING.exec(text);
  if (!m) return null;
  const basic = m[1] ?? null;
  const code = m[2] !== undefined && m[3] !== undefined && m[4] !== undefined ? enhanced(m[2], m[3], m[4]) : null;
  if (basic === null && code === null) return null;
  // The basic code is kept as written even when its class differs (Exchange writes `451 5.7.3`).
  return { basic, code, end: m[0].length };
}

/** A dotted code after a basic code, in free text. */
const WITH_BASIC = /(?<![\w.:/-])([245]\d\d)(?:[ \t]{1,3}|-)#?([245])\.(\d{1,3})\.(\d{1,3})(?![\w]|[.,:-]\d)/g;
/** A dotted code alone, in free text. */
const DOTTED = /(?<![\w.:/-])#?([245])\.(\d{1,3})\.(\d{1,3})(?![\w]|[.,:-]\d)/g;
/** Words that make a dotted number a version rather than a code. */
const VERSION_BEFORE = /(?:^|[^\w])(?:v|ver|version|release|build|rev|revision|firmware|kernel|node|npm|id)\.?[ \t:]{0,3}$/i;
/** A time right after a dotted number makes it a date (`5.4.24 10:15`). */
const TIME_AFTER = /^[ \t]{1,3}\d{1,2}:\d\d/;

/**
 * Every status code in free text, in order: dotted codes with or without a
 * basic code before them (`550 5.1.1`, `550-5.1.1`, `#5.1.1`, `dsn=5.1.1`,
 * `Status: 5.4.316`). IPv4 addresses, longer dotted numbers, versions and
 * dates are not taken. At most `limit`.
 */
export function findCodes(text: string, limit = 64): CodeAt[] {
  const out: CodeAt[] = [];
  const taken = new Set<number>();
  for (const m of text.matchAll(WITH_BASIC)) {
    if (out.length >= limit) break;
    const [whole, basic, c, s, d] = m;
    if (basic === undefined || c === undefined || s === undefined || d === undefined) continue;
    const codeStart = m.index + whole.lastIndexOf(`${c}.`);
    taken.add(codeStart);
    out.push({ index: m.index, end: m.index + whole.length, basic, code: enhanced(c, s, d) });
  }
  for (const m of text.matchAll(DOTTED)) {
    if (out.length >= limit * 2) break;
    const [whole, c, s, d] = m;
    if (c === undefined || s === undefined || d === undefined) continue;
    const codeStart = m.index + (whole.startsWith('#') ? 1 : 0);
    if (taken.has(codeStart)) continue;
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const after = text.slice(m.index + whole.length, m.index + whole.length + 12);
    if (VERSION_BEFORE.test(before) || TIME_AFTER.test(after)) continue;
    out.push({ index: m.index, end: m.index + whole.length, basic: null, code: enhanced(c, s, d) });
  }
  return out.sort((a, b) => a.index - b.index).slice(0, limit);
}

/** A top-level bracket group found by {@link scan}. */
interface Group {
  start: number;
  end: number;
}

/** The result of one scan: top-level `[…]` groups and the top-level ` -> ` separators. */
interface Scan {
  groups: Group[];
  arrows: number[];
}

/** Deepest bracket nesting followed; deeper brackets are plain text. */
const MAX_NESTING = 16;

/**
 * One pass over `text`: the top-level `[…]` groups (nested brackets inside
 * them are part of them) and the positions of ` -> ` outside brackets and
 * parentheses. An unclosed `[` is plain text.
 */
function scan(text: string): Scan {
  const groups: Group[] = [];
  const arrows: number[] = [];
  let depth = 0;
  let paren = 0;
  let start = -1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === 0x5b /* [ */) {
      if (depth === 0) start = i;
      if (depth < MAX_NESTING) depth += 1;
    } else if (ch === 0x5d /* ] */ && depth > 0) {
      depth -= 1;
      if (depth === 0 && groups.length < MAX_PARTS * 4) groups.push({ start, end: i + 1 });
    } else if (depth === 0) {
      if (ch === 0x28 /* ( */) paren += 1;
      else if (ch === 0x29 /* ) */ && paren > 0) paren -= 1;
      else if (ch === 0x2d /* - */ && paren === 0 && text.charCodeAt(i + 1) === 0x3e /* > */ && text.charCodeAt(i - 1) === 0x20 && text.charCodeAt(i + 2) === 0x20) {
        if (arrows.length < MAX_PARTS) arrows.push(i - 1);
      }
    }
  }
  // An unclosed group at the end: its brackets were plain text, but the groups closed inside it are lost; fine.
  return { groups, arrows };
}

/** `Key=Value` inside a bracket. */
const KEY_VALUE = /^[ \t]{0,3}([A-Za-z][\w.-]{0,63})[ \t]{0,3}=([\s\S]*)$/;

/** True when `text` starts with a reply code (so it is a reply quoted inside another). */
export function startsWithReply(text: string): boolean {
  const lead = leadingCode(text);
  return lead !== null && (lead.code !== null || /^[\s'"(]{0,3}[245]\d\d[ -]/.test(text));
}

/** A reply quoted with double quotes inside a text (`responded with: "421 4.3.2 Service not available."`). */
const QUOTED_REPLY = /"([245]\d\d[ -][^"\n]{1,500})"/g;

/** A parenthesis glued to the word before it, at the end of the text: `connection refused(Socket error code 10061)`. */
function gluedParen(text: string): { before: string; inside: string } | null {
  if (!text.endsWith(')')) return null;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i -= 1) {
    const ch = text.charAt(i);
    if (ch === ')') depth += 1;
    else if (ch === '(') {
      depth -= 1;
      if (depth === 0) {
        if (i === 0 || /\s/.test(text.charAt(i - 1))) return null;
        return { before: text.slice(0, i), inside: text.slice(i + 1, -1) };
      }
    }
  }
  return null;
}

/** Takes one reply apart (see the module comment); `depth` limits nesting. */
export function parseReply(input: string, depth = 0): Reply {
  const raw = input.trim();
  const { groups, arrows } = scan(raw);
  const headEnd = arrows[0] ?? raw.length;
  const head = raw.slice(0, headEnd);

  const details: Detail[] = [];
  const stamps: string[] = [];
  const nested: Reply[] = [];
  // The head without its bracket groups.
  let bare = '';
  let last = 0;
  for (const g of groups) {
    if (g.start >= headEnd) break;
    bare += `${head.slice(last, g.start)} `;
    last = Math.min(g.end, headEnd);
    const inner = raw.slice(g.start + 1, g.end - 1);
    const kv = KEY_VALUE.exec(inner);
    if (kv?.[1] !== undefined) {
      const value = (kv[2] ?? '').trim();
      if (details.length < MAX_PARTS) details.push({ key: kv[1], value });
      if (/^message$/i.test(kv[1]) && depth < MAX_DEPTH && startsWithReply(value) && nested.length < MAX_PARTS) {
        nested.push(parseReply(value, depth + 1));
      }
    } else if (inner.trim() !== '' && stamps.length < MAX_PARTS) {
      stamps.push(inner.trim());
    }
  }
  bare += head.slice(last);

  const lead = leadingCode(bare);
  let text = lead === null ? bare : bare.slice(lead.end);
  text = text.replace(/[ \t]+/g, ' ').trim();

  const glued = gluedParen(text);
  if (glued !== null) {
    text = glued.before.trim();
    const inside = glued.inside.trim();
    if (depth < MAX_DEPTH && startsWithReply(inside)) nested.push(parseReply(inside, depth + 1));
    else if (inside !== '' && details.length < MAX_PARTS) details.push({ key: 'Message', value: inside });
  }
  if (depth < MAX_DEPTH) {
    for (const m of text.matchAll(QUOTED_REPLY)) {
      if (nested.length >= MAX_PARTS) break;
      nested.push(parseReply(m[1] ?? '', depth + 1));
    }
  }

  const chain: Reply[] = [];
  if (depth < MAX_DEPTH) {
    for (let i = 0; i < arrows.length && chain.length < MAX_PARTS; i += 1) {
      const from = (arrows[i] ?? 0) + 4;
      const to = arrows[i + 1] ?? raw.length;
      const step = raw.slice(from, to);
      if (step.trim() !== '') chain.push(parseReply(step, depth + 1));
    }
  }

  return {
    raw,
    basic: lead?.basic ?? null,
    code: lead?.code ?? null,
    text: trimChars(text, ':;,-'),
    details,
    stamps,
    nested,
    chain,
  };
}

/** Every reply inside `reply` (nested and chained, depth first, in order), without `reply` itself. */
export function innerReplies(reply: Reply): Reply[] {
  const out: Reply[] = [];
  const walk = (r: Reply): void => {
    for (const n of r.nested) {
      out.push(n);
      walk(n);
    }
    for (const c of r.chain) {
      out.push(c);
      walk(c);
    }
  };
  walk(reply);
  return out;
}

/** The value of the first detail named `key` (case-insensitive), or null. */
export function detailValue(details: readonly Detail[], key: string): string | null {
  const lower = key.toLowerCase();
  return details.find((d) => d.key.toLowerCase() === lower)?.value ?? null;
}

/** A line of an RFC 5321 multi-line reply: `550-5.1.1 text` (more follow) or `550 5.1.1 text` (the last). */
const MULTI = /^[ \t]{0,8}([245]\d\d)([- ])(.{0,2000})$/;

/**
 * Joins RFC 5321 multi-line replies: consecutive lines `NNN-…` followed by
 * `NNN …` (same code) become one line, the repeated codes dropped from all
 * but the first. Other lines are kept as they are.
 */
export function joinMultiline(lines: readonly string[]): string[] {
  const out: string[] = [];
  let open: { code: string; parts: string[] } | null = null;
  const close = (): void => {
    if (open) out.push(open.parts.join(' '));
    open = null;
  };
  for (const line of lines) {
    const m = MULTI.exec(line);
    const current = open as { code: string; parts: string[] } | null;
    if (m && current !== null && m[1] === current.code) {
      // Continuation: drop the repeated basic code and, if present, the repeated enhanced code.
      const rest = (m[3] ?? '').replace(/^[245]\.\d{1,3}\.\d{1,3}[ \t]?/, '').trim();
      current.parts.push(rest);
      if (m[2] === ' ') close();
      continue;
    }
    close();
    if (m && m[2] === '-') {
      open = { code: m[1]!, parts: [`${m[1]} ${(m[3] ?? '').trim()}`] };
      continue;
    }
    out.push(line);
  }
  close();
  return out;
}
