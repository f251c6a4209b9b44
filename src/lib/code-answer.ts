/**
 * What search (and the wizard's paste box) says about a code, from the
 * registry alone, before any full-text index: the guide that covers it, its
 * code page, the basic reply codes page, or, for a code nobody registered,
 * its class and subject and the nearest page.
 *
 * Pure; the browser builds the index from `/{lang}/codes.json`.
 */
import type { CodeClass, Subject } from '../codes/types';
import type { ListedCode } from './code-list';
import { codeInClass, type CodeIndex, type CodePage, resolveCode } from './code-registry';
import { OTHER_CODE, type GuideRef } from './error-code';

/** The answer to a code typed or found in a pasted text. */
export type CodeAnswer =
  | {
      kind: 'guide';
      /** The code as found (`5.4.316`). */
      code: string;
      /** The guide's code (`4.4.316`) and slug. */
      guide: GuideRef;
      /** True when the code is another class of the guide's code: its expired form. */
      expired: boolean;
      /** The code's own page, shown after the guide. */
      page: CodePage<ListedCode>;
    }
  | { kind: 'page'; code: string; page: CodePage<ListedCode> }
  | { kind: 'basic'; code: string }
  | { kind: 'unregistered'; code: string; cls: CodeClass; subject: Subject | null; nearest: CodePage<ListedCode> | null };

/**
 * The guides as code recognition knows them, plus every registered code a
 * guide covers (the expired `5.4.316` → the 4.4.316 guide), so that those
 * are "known" to {@link locateCode} and likelyCause.
 */
export function guideRefs(guides: readonly GuideRef[], index: CodeIndex<ListedCode>): GuideRef[] {
  const byCode = new Map(guides.map((g) => [g.code, g]));
  const refs: GuideRef[] = [...guides];
  for (const page of index.pages) {
    const target = page.entry.guide?.code;
    if (target === undefined || target === OTHER_CODE || byCode.has(page.code) || page.from !== page.to) continue;
    const guide = byCode.get(target);
    if (guide) refs.push({ code: page.code, slug: guide.slug });
  }
  return refs;
}

/**
 * Answers a canonical code (`4.4.316`) or a bare basic reply code (`550`):
 * a guide first for the codes a deep guide covers (not the catch-all guide:
 * its codes have pages of their own), else the code page; basic codes go to
 * their page when listed in `basic`; any other well-formed code gets the
 * explained answer. Null for anything else.
 */
export function answerCode(
  code: string,
  index: CodeIndex<ListedCode>,
  guides: readonly GuideRef[],
  basic: readonly string[] = [],
): CodeAnswer | null {
  if (/^[2-5]\d\d$/.test(code)) return basic.includes(code) ? { kind: 'basic', code } : null;
  const resolved = resolveCode(index, code);
  if (resolved === null) return null;
  if (resolved.kind === 'unregistered') {
    const { cls, subject, nearest } = resolved;
    return { kind: 'unregistered', code, cls, subject, nearest };
  }
  const page = resolved.page;
  const target = page.entry.guide?.code;
  const guide = target !== undefined && target !== OTHER_CODE ? guides.find((g) => g.code === target) : undefined;
  if (guide) {
    const expired = page.code !== guide.code && page.entry.classes.some((c) => codeInClass(page.entry.id, c) === guide.code);
    return { kind: 'guide', code, guide, expired, page };
  }
  return { kind: 'page', code, page };
}
