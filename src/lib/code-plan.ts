/**
 * The search plan of a code typed alone (`44316`, `550 5.4.316`, `4-4-316`),
 * from the code reader only: what ./search-plan's planSearch makes of it,
 * without the bounce-line reader that planSearch needs for anything else, so
 * that a code lookup in the browser loads neither (see src/scripts/search-ui.ts).
 */
import { findCode, normalizeCode, type GuideRef } from './error-code';
import type { SearchPlan } from './search-plan';
import { capInput, MAX_INPUT } from './search-text';

/** Text that may be the start of a status code being typed: digits, dots, dashes and spaces only. */
export const CODE_PREFIX = /^[\d.\s-]{1,12}$/;

/** The plan for `input` when it is one code and nothing else; null for any other text. */
export function codeOnlyPlan(input: string, guides: readonly GuideRef[]): SearchPlan | null {
  const { text, truncated } = capInput(typeof input === 'string' ? input : '', MAX_INPUT);
  if (normalizeCode(text) === null) return null;
  return { text, truncated, code: findCode(text, guides), analysis: null, queries: [] };
}
