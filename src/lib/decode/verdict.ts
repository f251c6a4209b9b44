/**
 * The verdict: which code is the real one, which guide section most likely
 * applies, which hop failed, in which direction, and who must act.
 *
 * - The real code: an expiry line (`550 5.4.316 Message expired, …`) stands
 *   for its retried twin (4.4.316); a generic expiry (`5.4.300`, `4.4.7`) for
 *   what it wraps (the chain after ` -> `, or the live attempt's code); a
 *   generic `X.Y.0` code for the specific reply nested in it.
 * - The section: from the most specific token (src/lib/decode/tokens.ts):
 *   certificate verdicts → the 4.7.320 certificate sections, STARTTLS and
 *   TLS failures → 4.4.317 TLS, 10060 and Winsock 995 → 4.4.315, 10061 →
 *   4.4.316, dropped sessions → 4.4.318, DNS results → 4.4.312; without a
 *   token, the guide the registry names for the real code (and a code with
 *   a meaning of its own outside network and routing, `5.7.708`, keeps its
 *   page whatever its text says: {@link ownMeaning}). The guides are
 *   about Microsoft 365 delivering to your server, so the token sections are
 *   used only in that direction (or when the direction is unknown).
 * - The direction and the failed hop: from the servers and sources of the
 *   failures ({@link Failure.direction}).
 *
 * {@link FAMILY_SECTIONS} (./sections.ts) is the one place that names the
 * guide section of a cause.
 */
import type { Actor } from '../../codes/types';
import { OTHER_CODE, OTHER_SLUG } from '../error-code';
import { FAMILY_SECTIONS } from './sections';
import { decisiveToken } from './tokens';
import type { CauseFamily, Direction, Failure, FoundCode, FoundDate, GuideTarget, Server, Token, Verdict } from './types';

export { FAMILY_SECTIONS };

/** A guide's slug from its code (`4.4.316` → `4-4-316`, `other` → `other-codes`). */
export function guideSlug(guide: string): string {
  return guide === OTHER_CODE ? OTHER_SLUG : guide.replace(/\./g, '-');
}

/** Who usually acts for each cause family, when Microsoft 365 cannot reach a server. */
const FAMILY_ACTORS: Readonly<Record<CauseFamily, readonly Actor[]>> = {
  refused: ['you', 'network-team', 'recipient-admin'],
  timeout: ['you', 'network-team', 'recipient-admin'],
  unreachable: ['network-team', 'you', 'recipient-admin'],
  dropped: ['network-team', 'you', 'microsoft'],
  tls: ['you', 'recipient-admin'],
  'cert-name': ['you', 'recipient-admin'],
  'cert-expired': ['you', 'recipient-admin'],
  'cert-untrusted': ['you', 'recipient-admin'],
  dns: ['dns-host', 'you'],
  'dns-no-records': ['dns-host', 'you'],
  'dns-nonexistent': ['dns-host', 'you'],
  service: ['you', 'recipient-admin'],
};

/** True for an enhanced code whose detail is 0: the "other or undefined" code of its subject. */
function generic(code: FoundCode | null): boolean {
  return code?.code !== null && code?.code !== undefined && code.code.endsWith('.0');
}

/** True for an expiry wrapper that has no retried twin of its own (5.4.300, 4.4.7). */
function wrapper(code: FoundCode | null): boolean {
  return code !== null && code.expired && code.twin === null;
}

/**
 * True for a registered code that means one thing of its own outside network
 * and routing (`5.7.708` traffic not accepted from this IP, `4.7.66` old TLS
 * versions): its page is the answer, and a generic token in its text
 * ("Service unavailable") must not send the reader to a connector guide. A
 * code with a guide, a generic `X.Y.0`, an expiry wrapper and the network
 * codes (subject 4) still take the token's section.
 */
function ownMeaning(code: FoundCode | null): boolean {
  if (code === null || code.code === null || code.page === null || code.page.guide !== null) return false;
  return !generic(code) && !wrapper(code) && code.code.split('.')[1] !== '4';
}

/** How final a failure is: a permanent code, a later date, having a code at all. */
function finality(f: Failure): number {
  let score = 0;
  if (f.outer?.cls === 5) score += 4;
  if (f.action === 'failed') score += 2;
  if (f.outer !== null) score += 1;
  return score;
}

function latest(dates: readonly FoundDate[]): FoundDate | null {
  let best: FoundDate | null = null;
  for (const d of dates) {
    if (best === null || (d.time !== null && (best.time === null || d.time > best.time))) best = d;
  }
  return best;
}

/** The real code of the primary failure (see the module comment), and whether it differs from the reported one. */
function realCode(primary: Failure, all: readonly Failure[]): FoundCode | null {
  const outer = primary.outer;
  if (outer === null) return null;
  if (outer.expired && outer.twin !== null && outer.cls === 5 && outer.code !== null) {
    return {
      code: outer.twin.code,
      basic: null,
      cls: 4,
      role: 'outer',
      text: outer.text,
      page: outer.twin,
      nearest: null,
      twin: outer.page,
      expired: true,
    };
  }
  if (wrapper(outer)) {
    const wrapped = primary.codes.find((c) => c !== outer && c.code !== null && !wrapper(c));
    if (wrapped) return realCode({ ...primary, outer: wrapped, codes: primary.codes.filter((c) => c !== outer) }, all) ?? wrapped;
    const live = all.find((f) => f !== primary && f.outer !== null && f.outer.cls === 4 && !wrapper(f.outer));
    if (live?.outer) return live.outer;
    return outer;
  }
  if (generic(outer) && primary.inner !== null && primary.inner.code !== null && !generic(primary.inner)) return primary.inner;
  return outer;
}

/** Fills a server's missing name, address or port from others that share its name or address. */
function completeServer(server: Server, others: readonly Server[]): Server {
  const s = { ...server };
  for (const o of others) {
    const same = (s.name !== null && o.name !== null && s.name.toLowerCase() === o.name.toLowerCase()) || (s.ip !== null && o.ip !== null && s.ip === o.ip);
    if (!same) continue;
    s.name ??= o.name;
    s.ip ??= o.ip;
    s.port ??= o.port;
    s.microsoft ||= o.microsoft;
  }
  return s;
}

/** The failed hop: the remote server (not Microsoft's own, if there is one), else the target or client. */
export function failedHop(failures: readonly Failure[]): Server | null {
  const all = failures.flatMap((f) => f.servers);
  for (const role of ['remote', 'target', 'client'] as const) {
    const candidates = all.filter((s) => s.role === role);
    if (candidates.length === 0) continue;
    const pick = candidates.find((s) => !s.microsoft && s.ip !== null) ?? candidates.find((s) => !s.microsoft) ?? candidates[0]!;
    return completeServer(pick, all.filter((s) => s.role === 'remote' || s.role === 'target' || s.role === 'client'));
  }
  return null;
}

/** The actors for a verdict: by cause family and direction, else the registry's, else by direction. */
function actorsFor(family: CauseFamily | null, direction: Direction | null, registry: readonly Actor[] | undefined): Actor[] {
  if (direction === 'server-to-m365') {
    if (family === 'refused' || family === 'timeout' || family === 'unreachable' || family === 'dropped') return ['you', 'network-team'];
    if (family !== null && family.startsWith('dns')) return ['you', 'dns-host'];
    if (registry !== undefined && registry.length > 0) return [...registry];
    return ['you'];
  }
  if (family !== null) return [...FAMILY_ACTORS[family]];
  if (registry !== undefined && registry.length > 0) return [...registry];
  return direction === 'm365-to-server' ? ['you', 'recipient-admin'] : ['you'];
}

/** The registry's actors of a code's entry, when the index was built with them (build time, tests). */
export type ActorsOf = (code: FoundCode) => readonly Actor[] | undefined;

/**
 * The verdict over one recipient's failures (or all failures of an input):
 * the primary failure is the most final one (permanent first), the token
 * is the most specific of all of them (the live attempt's `[Message=…]`
 * explains the expiry line), the direction the first one known.
 */
export function verdictFor(failures: readonly Failure[], actorsOf?: ActorsOf): Verdict | null {
  if (failures.length === 0) return null;
  let primary = failures[0]!;
  for (const f of failures) if (finality(f) > finality(primary)) primary = f;
  const tokens: Token[] = [primary, ...failures.filter((f) => f !== primary)].flatMap((f) => f.tokens);
  const token = decisiveToken(tokens);
  const family = token?.family ?? null;
  const code = realCode(primary, failures);
  const direction = [primary, ...failures].map((f) => f.direction).find((d) => d !== null) ?? null;

  let guide: GuideTarget | null = null;
  if (family !== null && !ownMeaning(code) && direction !== 'server-to-m365' && direction !== 'server-to-server') {
    const target = FAMILY_SECTIONS[family];
    guide = { guide: target.guide, slug: guideSlug(target.guide), section: target.section };
  } else {
    const g = code?.page?.guide ?? null;
    if (g !== null) guide = { guide: g.code, slug: guideSlug(g.code), section: g.section ?? null };
  }
  const basis = family !== null ? 'token' : code !== null ? 'code' : 'none';
  const expired = failures.some((f) => f.outer?.expired === true) || tokens.some((t) => t.kind === 'expired');
  const cls = primary.outer?.cls ?? null;
  const permanent = cls === 5 || primary.action === 'failed' ? true : cls === 4 || primary.action === 'delayed' ? false : null;
  const times = [primary, ...failures].flatMap((f) => f.dates.filter((d) => d.role === 'last-attempt' || d.role === 'attempt' || d.role === 'reported'));
  return {
    code,
    reported: code !== null && primary.outer !== null && code !== primary.outer ? primary.outer : null,
    inner: primary.inner,
    token,
    family,
    basis,
    guide,
    direction,
    actors: actorsFor(family, direction, code !== null ? actorsOf?.(code) : undefined),
    permanent,
    expired,
    server: failedHop([primary, ...failures.filter((f) => f !== primary)]),
    recipient: primary.recipient,
    failure: primary.id,
    time: latest(times),
  };
}
