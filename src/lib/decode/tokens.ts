/**
 * The tokens that say what actually went wrong, wherever they appear in an
 * error: Windows socket errors (numbers, the Windows message texts and
 * Exchange's `SocketConnectionRefused` style names), DNS results
 * (`InfoNoRecords`, `ErrorRetry`, `InfoDomainNonexistent`), TLS and
 * certificate results (`SubjectMismatch`, `CertificateExpired`, `UntrustedRoot`,
 * `IllegalMessage`, `TLS negotiation failed`, `STARTTLS is required`,
 * `[SmtpSecurity=…]`), dropped sessions (`SuspiciousRemoteServerError`,
 * `ConnectionReset`, `SocketError`), a busy or unavailable service, expiry,
 * and the service's own English phrases (`Connection refused`).
 *
 * Each token names the cause family it points at; src/lib/decode/verdict.ts
 * maps families to guide sections. Every regular expression is linear
 * (bounded repetition, no nested quantifiers).
 */
import type { CauseFamily, Token, TokenClass, TokenKind } from './types';

interface Rule {
  kind: TokenKind;
  cls: TokenClass;
  family: CauseFamily | null;
  re: RegExp;
}

/** What a Windows socket error number means, for the ones the decoder explains. */
const SOCKET: ReadonlyMap<number, { kind: TokenKind; family: CauseFamily }> = new Map([
  [10051, { kind: 'socket-10051', family: 'unreachable' }],
  [10053, { kind: 'socket-10053', family: 'dropped' }],
  [10054, { kind: 'socket-10054', family: 'dropped' }],
  [10060, { kind: 'socket-10060', family: 'timeout' }],
  [10061, { kind: 'socket-10061', family: 'refused' }],
  [10065, { kind: 'socket-10065', family: 'unreachable' }],
  [11001, { kind: 'socket-11001', family: 'dns' }],
  [995, { kind: 'socket-995', family: 'timeout' }],
]);

/** The token of a socket error number (`10061`), or null for a number that is not one. */
export function socketToken(n: number, raw = String(n)): Token | null {
  const known = SOCKET.get(n);
  if (known) return { kind: known.kind, cls: 'socket', raw, number: n, family: known.family };
  if (n >= 10004 && n <= 11999) return { kind: 'socket-other', cls: 'socket', raw, number: n, family: null };
  return null;
}

/** A number after "socket/winsock/win32 … error … code". */
const SOCKET_NUMBER =
  /(?<![\w])(?:socket|winsock|win32|wsa[a-z]{0,12}|errno)[ \t]{0,3}(?:error)?[ \t]{0,3}(?:code)?[ \t]{0,3}[:=#]?[ \t]{0,3}(\d{3,5})(?!\d)/gi;
/** `error 10060`, `error code: 10061`, `(10061)` after an error word: only Winsock's range. */
const ERROR_NUMBER = /(?<![\w])error[ \t]{0,3}(?:code)?[ \t]{0,3}[:=#]?[ \t]{0,3}(1[01]\d{3})(?!\d)/gi;

/** The Windows message texts and Exchange's socket state names, by socket error. */
const SOCKET_TEXT: readonly { n: number; re: RegExp }[] = [
  { n: 10061, re: /actively refused|\bSocketConnectionRefused\b|\bConnectionRefused\b/gi },
  { n: 10060, re: /did not properly respond after a period of time|connected host has failed to respond|\bSocketTimed[ _]?Out\b/gi },
  { n: 10054, re: /forcibly closed by the remote host|\bSocketConnectionReset\b/gi },
  { n: 10053, re: /aborted by the software in your host machine|\bSocketConnectionAborted\b/gi },
  { n: 10051, re: /unreachable network|network is unreachable|\bSocketNetworkUnreachable\b/gi },
  { n: 10065, re: /unreachable host|host is unreachable|no route to host|\bSocketHostUnreachable\b/gi },
  { n: 11001, re: /no such host is known|\bSocketHostNotFound\b/gi },
  { n: 995, re: /I\/O operation has been aborted/gi },
];

/** Every other token, most specific first within its class. */
const RULES: readonly Rule[] = [
  // DNS results (Exchange Online's short tokens, on-premises and other MTAs' words).
  { kind: 'dns-no-records', cls: 'dns', family: 'dns-no-records', re: /\bInfoNoRecords\b/g },
  { kind: 'dns-retry', cls: 'dns', family: 'dns', re: /\bErrorRetry\b|\bSERVFAIL\b|Name service error|try again later \(DNS|temporary DNS failure/gi },
  {
    kind: 'dns-nonexistent',
    cls: 'dns',
    family: 'dns-nonexistent',
    re: /\bInfoDomainNonexistent\b|\bNonExistentDomain\b|\bNXDOMAIN\b|Host or domain name not found|DNS domain does not exist|domain (?:name )?not found|nonexistent domain/gi,
  },
  // Certificates and TLS.
  { kind: 'tls-subject-mismatch', cls: 'tls', family: 'cert-name', re: /\bSubjectMismatch\b|Expected Subject:|certificate name mismatch|certificate-host-mismatch|hostname mismatch|subject mismatch|names? (?:does not|do not|doesn't|don't) match/gi },
  { kind: 'tls-expired', cls: 'tls', family: 'cert-expired', re: /\bCertificateExpired\b|certificate (?:has )?expired|certificate-expired|\bCertExpired\b/gi },
  { kind: 'tls-untrusted-root', cls: 'tls', family: 'cert-untrusted', re: /\bUntrustedRoot\b|untrusted root|not trusted|unable to get local issuer certificate|self[- ]signed certificate|certificate chain|\bPartialChain\b/gi },
  { kind: 'tls-revoked', cls: 'tls', family: 'cert-untrusted', re: /\bCertificateRevoked\b|\bRevocationStatusUnknown\b|\bOfflineRevocation\b|certificate (?:has been |was )?revoked/gi },
  { kind: 'tls-illegal-message', cls: 'tls', family: 'tls', re: /\bIllegalMessage\b|\bInvalidToken\b|Security status \w{1,40}/gi },
  { kind: 'tls-negotiation-failed', cls: 'tls', family: 'tls', re: /TLS negotiation failed|\bTlsNegotiationFailed\b|TLS handshake (?:failed|failure)|SSL handshake|\bhandshake failure\b/gi },
  { kind: 'tls-starttls-required', cls: 'tls', family: 'tls', re: /STARTTLS is required|Must issue a STARTTLS command first|STARTTLS (?:is )?not (?:available|offered|supported|advertised)|(?:does not|doesn't) (?:support|offer|advertise) STARTTLS|starttls-not-supported|TLS is required|requires? TLS/gi },
  { kind: 'tls-old-version', cls: 'tls', family: 'tls', re: /TLS 1\.[01](?: and 1\.1)? (?:are|is) not supported|TLS version is not supported|protocol version/gi },
  { kind: 'tls-smtp-security', cls: 'tls', family: null, re: /\bSmtpSecurity=[-\d;]{1,12}/gi },
  // Sessions that were dropped.
  { kind: 'session-suspicious', cls: 'session', family: 'dropped', re: /\bSuspiciousRemoteServerError\b|remote server disconnected abruptly/gi },
  { kind: 'session-reset', cls: 'session', family: 'dropped', re: /\bConnectionReset\b|connection reset(?: by peer)?|\bECONNRESET\b/gi },
  { kind: 'session-socket-error', cls: 'session', family: 'dropped', re: /\bSocketError\b|Socket error SocketError|lost connection with/gi },
  { kind: 'session-closed', cls: 'session', family: 'dropped', re: /closed abruptly|connection (?:was )?closed by (?:the )?remote|Connection dropped/gi },
  // A server that would not take the session.
  { kind: 'service-unavailable', cls: 'service', family: 'service', re: /Service not available|Service (?:temporarily )?unavailable|\b421 4\.3\.2\b/gi },
  { kind: 'service-busy', cls: 'service', family: 'service', re: /too many connections|maximum number of concurrent connections|too many concurrent/gi },
  // Expiry.
  { kind: 'expired', cls: 'expiry', family: null, re: /Message expired|\bQUEUE\.Expired\b|Delivery time expired|retry timeout exceeded|message delayed|could not be delivered in the time limit/gi },
  // The service's own phrases, the least specific.
  { kind: 'phrase-refused', cls: 'phrase', family: 'refused', re: /connection refused|refused to connect|\bECONNREFUSED\b/gi },
  { kind: 'phrase-timed-out', cls: 'phrase', family: 'timeout', re: /(?:connection|connect|conversation|session|operation)[ \w]{0,20} timed out|timed out while|\bETIMEDOUT\b/gi },
  { kind: 'phrase-dns-failed', cls: 'phrase', family: 'dns', re: /DNS query failed|DNS lookup failed|could not resolve/gi },
  { kind: 'phrase-certificate', cls: 'phrase', family: 'cert-untrusted', re: /Certificate validation failed|certificate verify failed|certificate is not valid/gi },
];

/** Words saying that a connection was only attempted, never opened. */
const NEVER_OPENED = /Failed to connect|Unable to connect|Cannot connect|Cannot establish session|connect to [\w.-]{1,100}(?:\[[\w.:]{1,60}\])?(?::\d{1,5})?: /i;

/** Most tokens kept from one text. */
const MAX_TOKENS = 32;

/**
 * Every token in `text`, in order of position, one per kind and number (the
 * first occurrence), at most {@link MAX_TOKENS}. A text that says the
 * connection was only attempted (`Failed to connect`, `Unable to connect`)
 * marks a bare `SocketError` as a connection that never opened (`timeout`)
 * rather than a dropped session.
 */
export function findTokens(text: string): Token[] {
  const found: { index: number; token: Token }[] = [];
  const seen = new Set<string>();
  const add = (index: number, token: Token): void => {
    const key = `${token.kind}:${token.number ?? ''}`;
    if (seen.has(key) || found.length >= MAX_TOKENS * 2) return;
    seen.add(key);
    found.push({ index, token });
  };
  for (const re of [SOCKET_NUMBER, ERROR_NUMBER]) {
    for (const m of text.matchAll(re)) {
      const n = Number.parseInt(m[1] ?? '', 10);
      const token = socketToken(n, m[0].trim());
      if (token) add(m.index, token);
    }
  }
  for (const { n, re } of SOCKET_TEXT) {
    for (const m of text.matchAll(re)) {
      const token = socketToken(n, m[0]);
      if (token) add(m.index, token);
      break;
    }
  }
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      add(m.index, { kind: rule.kind, cls: rule.cls, raw: m[0], number: null, family: rule.family });
      break;
    }
  }
  // "Failed to connect … SocketError": the session never opened.
  const neverOpened = NEVER_OPENED.test(text);
  const tokens = found.sort((a, b) => a.index - b.index).map((f) => f.token);
  const out = neverOpened ? tokens.map((t) => (t.kind === 'session-socket-error' ? { ...t, family: 'timeout' as const } : t)) : tokens;
  return out.slice(0, MAX_TOKENS);
}

/** How specific each class is: the verdict trusts the lowest rank first. */
const CLASS_RANK: Readonly<Record<TokenClass, number>> = {
  tls: 1,
  dns: 2,
  socket: 3,
  session: 4,
  service: 5,
  phrase: 6,
  expiry: 9,
};

/** Within the TLS class: a certificate verdict is more specific than "TLS failed". */
const KIND_RANK: Partial<Readonly<Record<TokenKind, number>>> = {
  'tls-subject-mismatch': 0,
  'tls-expired': 0,
  'tls-untrusted-root': 0,
  'tls-revoked': 0,
  'tls-starttls-required': 1,
  'tls-old-version': 1,
  'tls-illegal-message': 2,
  'tls-negotiation-failed': 2,
  'phrase-certificate': 0,
};

/** Sort key of a token: class rank, then kind rank (lower is more specific). */
export function tokenRank(token: Token): number {
  return CLASS_RANK[token.cls] * 10 + (KIND_RANK[token.kind] ?? 5);
}

/**
 * The token that best says what went wrong: the most specific one that
 * points at a cause (certificate > TLS > DNS > socket > dropped session >
 * service > the service's phrase); ties go to the earliest. Null when none
 * points at a cause.
 */
export function decisiveToken(tokens: readonly Token[]): Token | null {
  let best: Token | null = null;
  for (const t of tokens) {
    if (t.family === null) continue;
    if (best === null || tokenRank(t) < tokenRank(best)) best = t;
  }
  return best;
}

/** The token of an input that is nothing but a socket error number or a token name, else null. */
export function tokenAlone(text: string): Token | null {
  const s = text.trim();
  if (/^\d{3,5}$/.test(s)) return socketToken(Number.parseInt(s, 10), s);
  if (s.length > 80 || s.includes('\n')) return null;
  const tokens = findTokens(s);
  return tokens.length === 1 && tokens[0]!.raw.length >= s.length - 2 ? tokens[0]! : null;
}
