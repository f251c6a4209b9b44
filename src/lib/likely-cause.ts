/**
 * The most likely cause (a guide and one of its `#cause-…` sections) of a
 * recognized code, the message text around it and a Windows socket error
 * number, by the decoder's own rules: the most specific token in the text
 * (src/lib/decode/tokens.ts: certificate verdicts, TLS, DNS, socket errors,
 * dropped sessions, the service's phrases) and its section
 * (src/lib/decode/sections.ts), so search, the wizard's paste box and the
 * decoder never disagree about a line.
 *
 * Which codes have guides is decided by the caller's guide list (through
 * {@link CodeMatch.known} and {@link GuideRef}).
 */
import { codeToSlug, OTHER_CODE, OTHER_SLUG, type CodeMatch, type GuideRef } from './error-code';
import { capInput } from './search-text';
import { FAMILY_SECTIONS } from './decode/sections';
import { decisiveToken, findTokens, socketToken } from './decode/tokens';
import type { CauseFamily } from './decode/types';

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
/** Section used for a known code that has no default cause below. */
const DEFAULT_SECTION = 'causes';

/**
 * The cause each guide's code stands for when the text names none (a bare
 * `450 4.4.317` is most often the service refusing the session, a bare
 * 4.7.320 an expired certificate).
 */
const CODE_FAMILY: ReadonlyMap<string, CauseFamily> = new Map<string, CauseFamily>([
  ['4.4.312', 'dns'],
  ['4.4.315', 'timeout'],
  ['4.4.316', 'refused'],
  ['4.4.317', 'service'],
  ['4.4.318', 'dropped'],
  ['4.7.320', 'cert-expired'],
]);

/** The cause family a guide's code defaults to (4.4.316 → refused), or null for a code without a guide. */
export function codeFamily(code: string): CauseFamily | null {
  return CODE_FAMILY.get(code) ?? null;
}

function slugFor(code: string, guides: readonly GuideRef[] | undefined): string | null {
  if (guides === undefined) return codeToSlug(code);
  return guides.find((g) => g.code === code)?.slug ?? null;
}

function otherSlug(guides: readonly GuideRef[] | undefined): string {
  return guides?.find((g) => g.code === OTHER_CODE)?.slug ?? OTHER_SLUG;
}

/**
 * The guide and section that most likely apply.
 * - A token in the text (or the socket error) that points at a cause: that
 *   cause's section, when the code is one of the guides' (or there is no
 *   code) and the locale has that guide: `[Message=SubjectMismatch]` on a
 *   4.4.317 line leads to the 4.7.320 name-mismatch section.
 * - Otherwise a known code: its guide, with the cause its code stands for
 *   ({@link CODE_FAMILY}), else `causes`; the expired form (5.4.316) as its
 *   class-4 form, also when the caller's list names only the class-4 code.
 * - Unknown code: the other-codes guide, `cause-destination-server`.
 * - No code and no token: null.
 * `text` is the message/details text (capped before matching).
 */
export function likelyCause(
  code: CodeMatch | null,
  text: string,
  socketError: number | null,
  guides?: readonly GuideRef[],
): LikelyCause | null {
  const message = capInput(text).text;
  // The expired (NDR) form of a guide's code (5.4.316 for 4.4.316) is that guide's failure.
  const twin = code !== null && !code.known && code.code.startsWith('5.') ? `4${code.code.slice(1)}` : null;
  const twinSlug = twin === null ? null : guides === undefined ? (CODE_FAMILY.has(twin) ? codeToSlug(twin) : null) : slugFor(twin, guides);
  if (code !== null && twin !== null && twinSlug !== null) code = { ...code, code: twin, known: true, slug: twinSlug };
  if (code !== null && !code.known) return { slug: code.slug, section: OTHER_SECTION };
  const token = decisiveToken([...findTokens(message), ...(socketError === null ? [] : [socketToken(socketError)].filter((t) => t !== null))]);
  if (token?.family) {
    const target = FAMILY_SECTIONS[token.family];
    const slug = slugFor(target.guide, guides);
    if (slug !== null) return { slug, section: target.section };
    if (code === null) return { slug: otherSlug(guides), section: OTHER_SECTION };
  }
  if (code === null) return null;
  const family = CODE_FAMILY.get(code.code) ?? CODE_FAMILY.get(`4${code.code.slice(1)}`);
  return { slug: code.slug, section: family ? FAMILY_SECTIONS[family].section : DEFAULT_SECTION };
}
