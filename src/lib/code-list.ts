/**
 * The registry as the browser gets it: `/{lang}/codes.json`, one packed row
 * per entry, read back into {@link CodeDef}-shaped entries so that the same
 * lookups (src/lib/code-registry.ts) run in the page as at build time.
 * Published once per locale and fetched on first use (search, decoder,
 * wizard), never written into pages.
 */
import type { CodeClass, CodeDef } from '../codes/types';
import { parseEntryId } from './code-registry';

/** An entry as the browser needs it: the registry's structure plus its title in the page's locale. */
export interface ListedCode extends Pick<CodeDef, 'id' | 'classes' | 'name' | 'guide'> {
  /** Title in the page's locale. */
  title: string;
}

/**
 * `[id, classes, name, title, guideCode?, guideSection?]`; classes as digits
 * (`"45"`). About 20 bytes of structure per entry beside the texts.
 */
export type PackedCode = [id: string, classes: string, name: string, title: string, guide?: string, section?: string];

/** Packs one entry for `/{lang}/codes.json`. */
export function packCode(entry: ListedCode): PackedCode {
  const row: PackedCode = [entry.id, entry.classes.join(''), entry.name, entry.title];
  if (entry.guide) {
    row.push(entry.guide.code);
    if (entry.guide.section) row.push(entry.guide.section);
  }
  return row;
}

/** What `/{lang}/codes.json` holds: the packed entries and the basic reply codes that have a page section. */
export interface CodeListFile {
  codes: PackedCode[];
  basic: string[];
}

/** The registry as read back from `/{lang}/codes.json`. */
export interface CodeList {
  codes: ListedCode[];
  basic: string[];
}

/** Reads `/{lang}/codes.json` back; null when it is not well formed. */
export function parseCodeList(data: unknown): CodeList | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const { codes, basic } = data as Record<string, unknown>;
  const list = parseRows(codes);
  if (list === null || !Array.isArray(basic) || !basic.every((b) => typeof b === 'string' && /^[2-5]\d\d$/.test(b))) return null;
  return { codes: list, basic: basic as string[] };
}

function parseRows(data: unknown): ListedCode[] | null {
  if (!Array.isArray(data)) return null;
  const list: ListedCode[] = [];
  for (const row of data) {
    if (!Array.isArray(row) || row.length < 4 || row.length > 6 || !row.every((v) => typeof v === 'string')) return null;
    const [id, classes, name, title, guide, section] = row as string[];
    if (parseEntryId(id!) === null || !/^[245]{1,3}$/.test(classes!)) return null;
    list.push({
      id: id!,
      classes: [...classes!].map(Number) as CodeClass[],
      name: name!,
      title: title!,
      ...(guide ? { guide: section ? { code: guide, section } : { code: guide } } : {}),
    });
  }
  return list;
}
