/**
 * The code registry with its texts, for build-time code (src/data/codes.ts)
 * and tests. Browser code never imports this module: it reads the packed
 * per-locale list `/{lang}/codes.json`.
 */
import { entries as registered } from './entries';
import * as en from './text/en';
import * as pl from './text/pl';
import * as tr from './text/tr';
import type { Lang } from '../i18n/config';
import type { CodeDef, CodeTexts } from './types';
import type { BasicTexts } from './basic';

/** Every registry entry, typed as {@link CodeDef} (the literal types stay in ./entries for {@link EntryId}). */
export const entries: readonly CodeDef[] = registered;
export type { EntryId } from './entries';
export { basicCodes, type BasicCode } from './basic';

/** Every locale's texts; a locale missing here is a type error (Record<Lang, …>). */
export const texts: Readonly<Record<Lang, { codes: CodeTexts; basic: BasicTexts }>> = { en, pl, tr };
