/**
 * The decoder's report: what {@link decode} (src/lib/decode/index.ts) finds in
 * a pasted text or a dropped message. Plain data (no class instances, no DOM),
 * so it can be rendered by the page, tested, and read by search and the wizard.
 */
import type { Actor, CodeClass } from '../../codes/types';

/** Where a failure was read from. */
export type Source = 'line' | 'dsn' | 'ndr' | 'trace' | 'queue' | 'smtp-log' | 'other-mta';

/** A format recognized in the input (several can be mixed). */
export type Format =
  | 'code'
  | 'smtp-line'
  | 'ndr'
  | 'dsn'
  | 'trace'
  | 'trace-detail'
  | 'queue'
  | 'smtp-log'
  | 'postfix'
  | 'exim'
  | 'gmail'
  | 'message'
  | 'msg';

/** What a server was in the failed delivery. */
export type ServerRole =
  /** Wrote the report (Reporting-MTA, "Generating server", the Microsoft 365 host that returned the final line). */
  | 'reporting'
  /** The server that was tried or that answered with the error (Remote-MTA, LastAttemptedServerName, FQDN). */
  | 'remote'
  /** The next hop a queue or proxy was sending to (NextHopDomain, OutboundProxyTarget, "last endpoint attempted"). */
  | 'target'
  /** The server the reporting one got the message from (Received-From-MTA). */
  | 'received-from'
  /** The logging server's own end of a session (protocol logs). */
  | 'local'
  /** The other end of a session in a receive log: the sending client. */
  | 'client';

/** A server read from the input: a name, an address and port, or both. */
export interface Server {
  role: ServerRole;
  name: string | null;
  ip: string | null;
  port: number | null;
  /** True when the name is one of Microsoft 365's own hosts. */
  microsoft: boolean;
}

/** What a date in the input stands for. */
export type DateRole =
  | 'sent'
  | 'arrival'
  | 'attempt'
  | 'last-attempt'
  | 'next-retry'
  | 'will-retry-until'
  | 'reported'
  | 'event';

/** A date as read, and its time when it could be read unambiguously enough to sort. */
export interface FoundDate {
  role: DateRole;
  /** The date as written in the input. */
  text: string;
  /** Milliseconds since the epoch (UTC when the text names no zone), or null. */
  time: number | null;
  /** A message-trace event name (`Defer`, `Fail`) for role `event`. */
  label?: string;
}

/** The groups of tokens the decoder explains. */
export type TokenClass = 'socket' | 'dns' | 'tls' | 'session' | 'service' | 'expiry' | 'phrase';

/** One recognized token: a socket error, a DNS or TLS result, a session or service state. */
export type TokenKind =
  | 'socket-10051'
  | 'socket-10053'
  | 'socket-10054'
  | 'socket-10060'
  | 'socket-10061'
  | 'socket-10065'
  | 'socket-11001'
  | 'socket-995'
  | 'socket-other'
  | 'dns-no-records'
  | 'dns-retry'
  | 'dns-nonexistent'
  | 'tls-subject-mismatch'
  | 'tls-expired'
  | 'tls-untrusted-root'
  | 'tls-revoked'
  | 'tls-illegal-message'
  | 'tls-negotiation-failed'
  | 'tls-starttls-required'
  | 'tls-old-version'
  | 'tls-smtp-security'
  | 'session-suspicious'
  | 'session-reset'
  | 'session-socket-error'
  | 'session-closed'
  | 'service-unavailable'
  | 'service-busy'
  | 'expired'
  | 'phrase-refused'
  | 'phrase-timed-out'
  | 'phrase-dns-failed'
  | 'phrase-certificate';

/** The likely cause a token points at (the verdict maps each to a guide section). */
export type CauseFamily =
  | 'refused'
  | 'timeout'
  | 'unreachable'
  | 'dropped'
  | 'tls'
  | 'cert-name'
  | 'cert-expired'
  | 'cert-untrusted'
  | 'dns'
  | 'dns-no-records'
  | 'dns-nonexistent'
  | 'service';

/** A token found in the input. */
export interface Token {
  kind: TokenKind;
  cls: TokenClass;
  /** The text it was read from, as written (`Socket error code 10061`, `SubjectMismatch`). */
  raw: string;
  /** The number of a socket error (`10061`), else null. */
  number: number | null;
  /** The cause it points at, or null (SmtpSecurity, expiry). */
  family: CauseFamily | null;
}

/** A `[Key=Value]` detail of a reply, as written. */
export interface Detail {
  key: string;
  value: string;
}

/** Where a code leads on the site. */
export interface CodeTarget {
  /** The page's code: `4.4.316`, or a range `4.7.500-699`. */
  code: string;
  /** The code page's slug (`4-4-316`). */
  slug: string;
  /** Its title in the page's locale (empty when the list has none). */
  title: string;
  /** The guide the registry names for it, with the section when it names one. */
  guide: { code: string; section?: string } | null;
}

/** How a code stands in its failure. */
export type CodeRole =
  /** The first code of the reply: what the reporting server (often Microsoft 365) says. */
  | 'outer'
  /** A code inside it: what the remote server replied (`[Message=451 5.7.3 …]`, `(…)`, a quoted reply). */
  | 'inner'
  /** A step of a ` -> ` chain. */
  | 'chain'
  /** A DSN `Status:` field. */
  | 'status';

/** A status code found in a failure, resolved against the registry. */
export interface FoundCode {
  /** Canonical enhanced code (`5.4.316`), or null for a basic reply code alone. */
  code: string | null;
  /** The basic reply code written with it (`550`), or null. */
  basic: string | null;
  /** 2, 4 or 5: from the enhanced code, else from the basic code's first digit. */
  cls: CodeClass;
  role: CodeRole;
  /** The English text that came with it (`Message expired, connection refused`), or null. */
  text: string | null;
  /** The registered page, or null (unregistered, or a basic code alone). */
  page: CodeTarget | null;
  /** For a code nobody registered: the nearest page (its subject's "other" code), else null. */
  nearest: CodeTarget | null;
  /** The same entry in the other class (5.4.316 ↔ 4.4.316), if registered. */
  twin: CodeTarget | null;
  /** True when the reply says the message expired (the 5.x form of a retried 4.x failure). */
  expired: boolean;
}

/** One failure: one reply (with what is nested in it) for one recipient, from one source. */
export interface Failure {
  /** Position in {@link DecodeReport.failures}. */
  id: number;
  /** Where it was read from, first the richest (the same failure may be in the NDR text, the DSN and a trace). */
  sources: Source[];
  /** The direction of the failed hop, as far as this failure shows it, or null. */
  direction: Direction | null;
  /** The recipient it is about, or null when the input does not say. */
  recipient: string | null;
  /** The reply as read (capped at {@link MAX_LINE}). */
  line: string;
  /** Every code in it, outer first, then nested and chained ones in order. */
  codes: FoundCode[];
  /** The first code (what the reporting server says), or null. */
  outer: FoundCode | null;
  /** The remote server's own reply inside it (nested or last in the chain), or null. */
  inner: FoundCode | null;
  /** The English text of the outer reply, or null. */
  text: string | null;
  servers: Server[];
  dates: FoundDate[];
  tokens: Token[];
  details: Detail[];
  /** The DSN `Action` (`failed`, `delayed` …) or a trace status, lower case, or null. */
  action: string | null;
}

/** Longest reply kept in a {@link Failure.line}. */
export const MAX_LINE = 2000;

/** The direction of the failed hop. */
export type Direction =
  /** Microsoft 365 could not deliver to your (or a partner's) server. */
  | 'm365-to-server'
  /** Your (or another) server could not deliver to Microsoft 365. */
  | 'server-to-m365'
  /** Between two servers, neither of them Microsoft 365. */
  | 'server-to-server';

/** A guide section the verdict leads to. */
export interface GuideTarget {
  /** The guide's code (`4.4.316`, `other`). */
  guide: string;
  /** The guide's slug (`4-4-316`, `other-codes`). */
  slug: string;
  /** A section id of that guide (`cause-firewall`), or null for the guide's top. */
  section: string | null;
}

/** Why the verdict chose its section. */
export type VerdictBasis = 'token' | 'code' | 'none';

/** The decoder's conclusion for one recipient or for the whole input. */
export interface Verdict {
  /** The real code: the expiry form resolved to its retried twin, a wrapper to what it wraps. */
  code: FoundCode | null;
  /** The outer code as reported, when it differs from {@link code}. */
  reported: FoundCode | null;
  /** The remote server's own reply, when there is one. */
  inner: FoundCode | null;
  /** The token that decided, or null. */
  token: Token | null;
  family: CauseFamily | null;
  basis: VerdictBasis;
  /** The guide section of the most likely cause, or null (then the code page is the answer). */
  guide: GuideTarget | null;
  direction: Direction | null;
  /** Who must act, the usual fixer first. */
  actors: Actor[];
  /** True for a permanent failure (class 5), false for a temporary one, null when unknown. */
  permanent: boolean | null;
  /** True when the message expired after the retry window. */
  expired: boolean;
  /** The failed hop: the server that refused, timed out or answered with the error. */
  server: Server | null;
  recipient: string | null;
  /** The failure it was read from ({@link Failure.id}), or null. */
  failure: number | null;
  /** The last attempt (or the report's date) when known. */
  time: FoundDate | null;
}

/** A recipient of the failed message, with its failures. */
export interface Recipient {
  address: string;
  /** The DSN's Original-Recipient, when it differs. */
  original: string | null;
  action: string | null;
  /** The DSN Status (`5.4.316`), or null. */
  status: string | null;
  /** Ids of its failures ({@link Failure.id}). */
  failures: number[];
  verdict: Verdict | null;
}

/** One dated step of the delivery. */
export interface TimelineEvent extends FoundDate {
  source: Source | 'message';
  recipient: string | null;
}

/** What the headers of a whole message say (the report itself, or the original message). */
export interface MessageInfo {
  subject: string | null;
  from: string | null;
  date: string | null;
  messageId: string | null;
  /** The original message's subject and date, when the report carries its headers. */
  originalSubject: string | null;
  originalDate: string | null;
}

/** Everything the decoder found. */
export interface DecodeReport {
  /** Characters read (after the cap). */
  length: number;
  /** True when the input was longer than the cap and only its start was read. */
  truncated: boolean;
  formats: Format[];
  message: MessageInfo | null;
  recipients: Recipient[];
  failures: Failure[];
  /** Dated steps, oldest first (undated order kept where times are unknown). */
  timeline: TimelineEvent[];
  /** The conclusion for the input as a whole (the first recipient's, or the one failure's). */
  verdict: Verdict | null;
}
