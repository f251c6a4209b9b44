/**
 * The ready-to-send message for the other party (the partner's admin, the
 * network team, the DNS host, Microsoft support, the sender), built from a
 * template and the evidence the decoder found: the code and its text, the
 * server, its address and port, the time, the recipient, the token and what
 * it means, and what we need them to check. The templates are interface
 * strings (src/i18n/locales/{lang}/decode.json, `handoff`), passed in, so
 * the same function writes the message in the page's language and in English.
 */
import type { CauseFamily, Direction, Failure, TokenKind, Verdict } from './types';

/** The keys of the "what we ask" lines. */
export type AskKey = CauseFamily | 'code' | 'certificate';

/** Who the message is for. */
export type Audience = 'recipient-admin' | 'network-team' | 'dns-host' | 'microsoft' | 'sender';

/** The audiences, in the order the page offers them. */
export const AUDIENCES: readonly Audience[] = ['recipient-admin', 'network-team', 'dns-host', 'microsoft', 'sender'];

/** The templates of one language. `{{name}}` placeholders; a line whose placeholders are all empty is dropped. */
export interface HandoffStrings {
  /** With `{{code}}` and `{{server}}`. */
  subject: string;
  /** Subject when no server is known, with `{{code}}`. */
  subjectNoServer: string;
  greeting: Readonly<Record<Audience, string>>;
  /** What happened, by direction (`unknown` when not known); with `{{server}}`, `{{since}}`. */
  intro: Readonly<Record<Direction | 'unknown', string>>;
  /** Heading of the evidence list. */
  evidence: string;
  /** Evidence lines, each with its placeholder. */
  lines: {
    error: string;
    inner: string;
    server: string;
    address: string;
    time: string;
    recipient: string;
    token: string;
    expired: string;
  };
  /**
   * What we ask them to check, by cause family; `code` when only the code is
   * known; `certificate` when the certificate is at fault but not how (the
   * wizard's partner message for 4.7.320).
   */
  ask: Readonly<Record<AskKey, string>>;
  closing: string;
  /** What each token means, for the token line. */
  tokens: Readonly<Partial<Record<TokenKind, string>>>;
}

/** The audience a verdict's message is usually for. */
export function defaultAudience(verdict: Verdict | null): Audience {
  if (verdict === null) return 'recipient-admin';
  const family = verdict.family;
  if (family === 'dns' || family === 'dns-no-records' || family === 'dns-nonexistent') return 'dns-host';
  if (family === 'refused' || family === 'timeout' || family === 'unreachable' || family === 'dropped') return 'network-team';
  if (verdict.direction === 'server-to-m365') return verdict.actors.includes('microsoft') ? 'microsoft' : 'network-team';
  const first = verdict.actors.find((a) => a !== 'you');
  if (first === 'dns-host' || first === 'network-team' || first === 'microsoft' || first === 'sender') return first;
  return 'recipient-admin';
}

/** Replaces `{{name}}` with values; null when a placeholder has no value. */
function fill(template: string, values: Readonly<Record<string, string | null>>): string | null {
  let missing = false;
  const out = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const v = values[name];
    if (v === null || v === undefined || v === '') {
      missing = true;
      return '';
    }
    return v;
  });
  return missing ? null : out;
}

/** A message ready to send. */
export interface Handoff {
  subject: string;
  body: string;
}

/** The evidence a message quotes; null where it is not known (its line is left out). */
export interface HandoffValues {
  code: string | null;
  server: string | null;
  since: string | null;
  error: string | null;
  inner: string | null;
  address: string | null;
  time: string | null;
  recipient: string | null;
  token: string | null;
  meaning: string | null;
  twin: string | null;
}

/**
 * Writes the message from its evidence: the subject (with the server when it
 * is known), the greeting for `audience`, what happened in `direction`, the
 * evidence lines that have a value, what we ask (`ask`) and the closing.
 */
export function composeHandoff(values: HandoffValues, ask: AskKey, direction: Direction | null, strings: HandoffStrings, audience: Audience): Handoff {
  const v = values as unknown as Record<string, string | null>;
  const subject = (values.server !== null ? fill(strings.subject, v) : null) ?? fill(strings.subjectNoServer, v) ?? strings.subjectNoServer.replace(/\{\{\s*\w+\s*\}\}/g, '').trim();
  const intro = fill(strings.intro[direction ?? 'unknown'], v) ?? fill(strings.intro.unknown, v) ?? '';
  const evidence = (['error', 'inner', 'server', 'address', 'time', 'recipient', 'token', 'expired'] as const)
    .map((k) => fill(strings.lines[k], v))
    .filter((l): l is string => l !== null);
  const asked = fill(strings.ask[ask], v) ?? strings.ask.code.replace(/\{\{\s*\w+\s*\}\}/g, '');
  const body = [strings.greeting[audience], '', intro, '', strings.evidence, ...evidence.map((l) => `- ${l}`), '', asked, '', strings.closing].join('\n');
  return { subject, body: body.replace(/\n{3,}/g, '\n\n') };
}

/**
 * Writes the message for `audience` from the verdict and its failure (the
 * failure's reply is quoted as the error line). Lines whose evidence is
 * missing are left out.
 */
export function buildHandoff(verdict: Verdict, failure: Failure | null, strings: HandoffStrings, audience: Audience): Handoff {
  const code = verdict.reported?.code ?? verdict.code?.code ?? verdict.code?.basic ?? null;
  const codeText = [verdict.reported?.basic ?? verdict.code?.basic ?? null, code].filter((x): x is string => x !== null).join(' ') || null;
  const server = verdict.server;
  const serverName = server?.name ?? server?.ip ?? null;
  const address = server?.ip === null || server?.ip === undefined ? null : server.port !== null ? (server.ip.includes(':') ? `[${server.ip}]:${server.port}` : `${server.ip}:${server.port}`) : server.ip;
  const tokenMeaning = verdict.token === null ? null : (strings.tokens[verdict.token.kind] ?? null);
  const values: HandoffValues = {
    code: codeText,
    server: serverName,
    since: verdict.time?.text ?? null,
    error: failure?.line ?? null,
    inner: verdict.inner !== null && verdict.inner !== verdict.code ? [verdict.inner.basic, verdict.inner.code, verdict.inner.text].filter(Boolean).join(' ') : null,
    address: address !== null && server?.name !== null ? address : null,
    time: verdict.time?.text ?? null,
    recipient: verdict.recipient,
    token: verdict.token?.raw ?? null,
    meaning: tokenMeaning,
    twin: verdict.expired && verdict.code?.code ? verdict.code.code : null,
  };
  return composeHandoff(values, verdict.family ?? 'code', verdict.direction, strings, audience);
}
