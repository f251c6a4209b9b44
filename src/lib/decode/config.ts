/**
 * What the decode page gives its element (<mail-decoder>, src/scripts/decoder.ts):
 * the locale, where the packed code list and the code pages are, and every
 * string, rendered at build time from i18next (src/data/decode.ts) as a
 * `<script type="application/json">` block and read back with
 * {@link parseDecodeConfig}. Also the registry adapter for the packed list.
 */
import type en from '../../i18n/locales/en/decode.json';
import type { DecodeEntry } from './index';
import { createCodeIndex, type CodeIndex } from '../code-registry';
import type { ListedCode } from '../code-list';
import type { PluralForms } from '../plural';
import type { HandoffStrings } from './handoff';

/** The decode namespace as the page uses it (the English file's shape; plural keys replaced by {@link DecodeConfig.found}). */
export type DecodeStrings = Omit<typeof en, 'handoff'> & { handoff: Omit<(typeof en)['handoff'], 'template'> };

/** Everything the element needs, for one locale. */
export interface DecodeConfig {
  /** Locale code (`pl`), used in paths. */
  lang: string;
  /** BCP 47 tag for plural rules (`pl-PL`). */
  intl: string;
  /** URL of the locale's packed code list (`/pl/codes.json`). */
  codes: string;
  strings: DecodeStrings;
  /** Plural forms of "Found {{count}} failures". */
  found: PluralForms;
  /** The hand-off templates in the page's language and in English. */
  handoff: { page: HandoffStrings; en: HandoffStrings };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the page's JSON block; null when it is missing or lacks a part. */
export function parseDecodeConfig(text: string): DecodeConfig | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(data)) return null;
  const { lang, intl, codes, strings, found, handoff } = data;
  if (typeof lang !== 'string' || typeof intl !== 'string' || typeof codes !== 'string') return null;
  if (!isObject(strings) || !isObject(strings['page']) || !isObject(strings['result']) || !isObject(strings['tokens']) || !isObject(strings['status']) || !isObject(strings['handoff'])) return null;
  if (!isObject(found) || typeof found['other'] !== 'string') return null;
  if (!isObject(handoff) || !isObject(handoff['page']) || !isObject(handoff['en'])) return null;
  return data as unknown as DecodeConfig;
}

/** Replaces `{{name}}` placeholders (an unknown name becomes empty). */
export function fillText(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/**
 * The registry's lookups over the packed `/{lang}/codes.json` list. The list
 * carries no actors (the verdict then names them by cause and direction).
 */
export function indexOfList(list: readonly ListedCode[]): CodeIndex<DecodeEntry> {
  return createCodeIndex<DecodeEntry>(list);
}
