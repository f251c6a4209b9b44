/**
 * The code registry with its texts, for build-time code (src/data/codes.ts)
 * and tests. Browser code never imports this module: it reads the packed
 * per-locale list `/{lang}/codes.json`.
 */
import { entries } from './entries';
import * as en from './text/en';
import * as pl from './text/pl';
import * as tr from './text/tr';
import type { Lang } from '../i18n/config';
import type { CodeTexts } from './types';
import type { BasicTexts } from './basic';

export { entries };
export type { EntryId } from './entries';
export { basicCodes, type BasicCode } from './basic';

/** Every locale's texts; a locale missing here is a type error (Record<Lang, …>). */
export const texts: Readonly<Record<Lang, { codes: CodeTexts; basic: BasicTexts }>> = { en, pl, tr };
