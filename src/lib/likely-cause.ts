/**
 * Chooses the most likely cause (a guide and one of its `#cause-…` sections,
 * as listed in docs/writing-guides.md) for a recognized code, the message text
 * around it and a Windows socket error number.
 *
 * Which codes have guides is decided by the caller's guide list (through
 * {@link CodeMatch.known} and {@link GuideRef}); the rules below only say which
 * section of such a guide fits best.
 */
import { codeToSlug, OTHER_CODE, OTHER_SLUG, type CodeMatch, type GuideRef } from './error-code';
import { capInput } from './search-text';

/** A guide slug and the id of the section (without `#`) that most likely applies. */
export interface LikelyCause {
  slug: string;
  section: string;
}

/** Windows socket error: connection timed out (WSAETIMEDOUT). */
export const SOCKET_TIMED_OUT = 10060;
/** Windows socket error: connection refused (WSAECONNREFUSED). */
export const SOCKET_REFUSED = 10061;

/** Section of the other-codes guide used for every unknown code. */
export const OTHER_SECTION = 'cause-destination-server';
/** Section used for a known code that has no rule below. */
const DEFAULT_SECTION = 'causes';

const TLS = /\b(?:start)?tls|certificate/i;
const SERVICE_UNAVAILABLE = /service not available|service unavailable|\b421\b/i;
const EXPIRED = /expir/i;
const NAME_MISMATCH = /\bnames?\b|mismatch|does not match|doesn't match|\bsubject\b|\bcn\b/i;
const NOT_VALID = /revoked|revocation|untrusted|not trusted|\bchain\b/i;

type Rule = (text: string, socketError: number | null) => string;

/** Cause-choosing rules per code; section ids as in docs/writing-guides.md. */
const RULES: ReadonlyMap<string, Rule> = new Map<string, Rule>([
  ['4.4.312', () => 'cause-dns-hosting'],
  // A timeout (10060) and no further detail both point at the server being down.
  ['4.4.315', () => 'cause-server-down'],
  ['4.4.316', () => 'cause-firewall'],
  [
    '4.4.317',
    (text) => {
      if (TLS.test(text)) return 'cause-tls-required';
      if (SERVICE_UNAVAILABLE.test(text)) return 'cause-service-unavailable';
      return 'cause-service-unavailable';
    },
  ],
  ['4.4.318', () => 'cause-packet-inspection'],
  [
    '4.7.320',
    (text) => {
      if (EXPIRED.test(text)) return 'cause-expired';
      if (NAME_MISMATCH.test(text)) return 'cause-name-mismatch';
      if (NOT_VALID.test(text)) return 'cause-not-valid';
      return 'cause-expired';
    },
  ],
]);

/** The code a socket error alone points to, when there is no status code. */
const SOCKET_ONLY: ReadonlyMap<number, { code: string; section: string }> = new Map([
  [SOCKET_REFUSED, { code: '4.4.316', section: 'cause-firewall' }],
  [SOCKET_TIMED_OUT, { code: '4.4.315', section: 'cause-server-down' }],
]);

function slugFor(code: string, guides: readonly GuideRef[] | undefined): string | null {
  if (guides === undefined) return codeToSlug(code);
  return guides.find((g) => g.code === code)?.slug ?? null;
}

function otherSlug(guides: readonly GuideRef[] | undefined): string {
  return guides?.find((g) => g.code === OTHER_CODE)?.slug ?? OTHER_SLUG;
}

/**
 * The guide and section that most likely apply.
 * - Known code: its guide; the section by the code's rule (4.4.316 firewall,
 *   4.4.315 server down, 4.4.312 DNS hosting, 4.4.317 TLS when the text
 *   mentions TLS/STARTTLS/certificate else service unavailable, 4.4.318 packet
 *   inspection, 4.7.320 expired / name mismatch / not valid by the text), or
 *   `causes` for a known code without a rule.
 * - Unknown code: the other-codes guide, `cause-destination-server`.
 * - No code: socket error 10061 -> 4.4.316 `cause-firewall`, 10060 -> 4.4.315
 *   `cause-server-down` (slugs from `guides` when given, else derived from the
 *   code; other-codes when `guides` lacks that code); otherwise null.
 * `text` is the message/details text (capped before matching).
 */
export function likelyCause(
  code: CodeMatch | null,
  text: string,
  socketError: number | null,
  guides?: readonly GuideRef[],
): LikelyCause | null {
  const message = capInput(text).text;
  if (code !== null) {
    if (!code.known) return { slug: code.slug, section: OTHER_SECTION };
    // The expired form (5.4.316) has the rules of its class-4 form (4.4.316).
    const rule = RULES.get(code.code) ?? RULES.get(`4${code.code.slice(1)}`);
    return { slug: code.slug, section: rule ? rule(message, socketError) : DEFAULT_SECTION };
  }
  if (socketError === null) return null;
  const target = SOCKET_ONLY.get(socketError);
  if (target === undefined) return null;
  const slug = slugFor(target.code, guides);
  if (slug === null) return { slug: otherSlug(guides), section: OTHER_SECTION };
  return { slug, section: target.section };
}
