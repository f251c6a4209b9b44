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
export interface ListedCode extends Pick<CodeDef, 'id' | 'classes' | 'name' | 'source' | 'guide'> {
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

/** Reads `/{lang}/codes.json` back; null when it is not a list of well-formed rows. */
export function parseCodeList(data: unknown): ListedCode[] | null {
  if (!Array.isArray(data)) return null;
  const list: ListedCode[] = [];
  for (const row of data) {
    if (!Array.isArray(row) || row.length < 4 || row.length > 6 || !row.every((v) => typeof v === 'string')) return null;
    const [id, classes, name, title, guide, section] = row as string[];
    if (parseEntryId(id!) === null || !/^[245]{1,3}$/.test(classes!)) return null;
    const entry: ListedCode = {
      id: id!,
      classes: [...classes!].map(Number) as CodeClass[],
      name: name!,
      source: 'microsoft',
      title: title!,
    };
    if (guide) entry.guide = section ? { code: guide, section } : { code: guide };
    list.push(entry);
  }
  return list;
}
