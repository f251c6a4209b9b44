/**
 * Build-time (Node) history of an English content file for the freshness
 * check: every committed version's content hash and commit date (git), plus
 * the working copy when it differs from the last commit. Used by the guide
 * and overview pages (the notice), the unit test and `npm run translation-hash`.
 * No astro:* imports, so tests and the CLI can use it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash, translationState, type SourceVersion, type TranslationState } from '../lib/translation.ts';

const cache = new Map<string, SourceVersion[]>();
/** Per repository root: every committed version of the English content files, read once. */
const histories = new Map<string, Map<string, SourceVersion[]>>();

/** The folders whose history the freshness check reads (the English sources). */
const ENGLISH_DIRS = ['content/errors/en', 'content/pages/en'];

/** Git's output as bytes (blob sizes are in bytes), or null when git fails or is missing. */
function gitBytes(args: string[], cwd: string, input?: string): Buffer | null {
  try {
    return execFileSync('git', args, { cwd, input, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return null;
  }
}

function git(args: string[], cwd: string): string | null {
  return gitBytes(args, cwd)?.toString('utf8') ?? null;
}

/**
 * The committed versions of every English content file under `root`, oldest
 * first, from two git processes for the whole build (the log with each
 * commit's blob ids, then the blobs in one `cat-file --batch`), not two per
 * file and version: at 1,000 guides one process per file was most of the build.
 */
function englishHistory(root: string): Map<string, SourceVersion[]> {
  const known = histories.get(root);
  if (known) return known;
  const byPath = new Map<string, SourceVersion[]>();
  histories.set(root, byPath);
  const prefix = git(['rev-parse', '--show-prefix'], root)?.trim() ?? null;
  if (prefix === null) return byPath;
  const log = git(['log', '--format=%x01%H %cI', '--raw', '--no-abbrev', '--no-renames', '--', ...ENGLISH_DIRS], root) ?? '';
  // Newest first in the log: [date, path, blob] per change, the blob of a deletion left out.
  const changes: { date: Date; path: string; blob: string }[] = [];
  let date: Date | null = null;
  for (const line of log.split('\n')) {
    if (line.startsWith('\u0001')) date = new Date(line.slice(1).split(' ')[1] ?? '');
    else if (line.startsWith(':') && date !== null) {
      const [meta, path] = line.split('\t') as [string, string | undefined];
      const blob = meta.split(' ')[3] ?? '';
      if (path === undefined || /^0+$/.test(blob)) continue;
      // Paths in the log are from the repository's top; ours are from `root`.
      changes.push({ date, path: path.startsWith(prefix) ? path.slice(prefix.length) : path, blob });
    }
  }
  const blobs = [...new Set(changes.map((c) => c.blob))];
  const texts = new Map<string, string>();
  if (blobs.length > 0) {
    // "<blob> blob <size>\n<content>\n", sizes in bytes.
    const buf = gitBytes(['cat-file', '--batch'], root, `${blobs.join('\n')}\n`) ?? Buffer.alloc(0);
    let at = 0;
    while (at < buf.length) {
      const nl = buf.indexOf(10, at);
      if (nl < 0) break;
      const [id, type, size] = buf.subarray(at, nl).toString('utf8').split(' ');
      if (type !== 'blob' || id === undefined) break;
      const n = Number(size);
      texts.set(id, buf.subarray(nl + 1, nl + 1 + n).toString('utf8'));
      at = nl + 1 + n + 1;
    }
  }
  for (const c of changes.reverse()) {
    const text = texts.get(c.blob);
    if (text === undefined) continue;
    const hash = contentHash(text);
    const versions = byPath.get(c.path) ?? [];
    if (versions.at(-1)?.hash !== hash) versions.push({ hash, date: c.date });
    byPath.set(c.path, versions);
  }
  return byPath;
}

/**
 * The versions of `relPath` (relative to `root`), oldest first; the last one is
 * the text on disk. Without git (or outside a repository) only the file on
 * disk is known, dated by its modification time.
 */
export function sourceVersions(relPath: string, root: string = process.cwd()): SourceVersion[] {
  const key = `${root}\u0000${relPath}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const versions = [...(englishHistory(root).get(relPath) ?? [])];
  const path = join(root, relPath);
  const onDisk = contentHash(readFileSync(path, 'utf8'));
  if (versions.at(-1)?.hash !== onDisk) versions.push({ hash: onDisk, date: statSync(path).mtime });
  cache.set(key, versions);
  return versions;
}

/** The English file a translation of `section/name` (`errors/4-4-316`, `pages/overview`) follows. */
export function englishSourcePath(section: 'errors' | 'pages', name: string): string {
  return `content/${section}/en/${name}.mdx`;
}

/** The freshness of a translation whose English source is `section/name`. */
export function freshness(section: 'errors' | 'pages', name: string, translatedFrom: string | undefined, root?: string): TranslationState {
  return translationState(translatedFrom, sourceVersions(englishSourcePath(section, name), root));
}
