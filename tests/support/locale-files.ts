/** Test helpers: the interface strings on disk (src/i18n/locales/{lang}/{namespace}.json), flattened to dotted keys. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './content-files';

/** The folder of the locales' JSON files. */
export const LOCALES_DIR = join(ROOT, 'src/i18n/locales');

/** `{ "a.b.c": value }` from nested JSON (arrays and other values are kept as leaves). */
export function flatten(obj: unknown, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatten(v, key));
    else out[key] = v;
  }
  return out;
}

/** One namespace of one locale, flattened. */
export function readLocale(lang: string, ns: string): Record<string, unknown> {
  return flatten(JSON.parse(readFileSync(join(LOCALES_DIR, lang, `${ns}.json`), 'utf8')));
}
