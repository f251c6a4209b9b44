/**
 * The basic reply codes of RFC 5321 (section 4.2, and 521 from RFC 7504):
 * one page of their own per locale (`/{lang}/codes/basic/`), an anchor per
 * code (`#550`). Their text in each locale is in src/codes/text/{lang}/basic.ts.
 */
import type { BasicText } from './types';

export const basicCodes = [
  '211', '214', '220', '221', '250', '251', '252', '354',
  '421', '450', '451', '452', '455',
  '500', '501', '502', '503', '504', '521', '550', '551', '552', '553', '554', '555',
] as const;

/** A basic reply code (`550`). */
export type BasicCode = (typeof basicCodes)[number];

/** A locale's text for every basic code. */
export type BasicTexts = { readonly [K in BasicCode]: BasicText };
