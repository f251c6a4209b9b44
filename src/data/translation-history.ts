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

function git(args: string[], cwd: string): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return null;
  }
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
  const versions: SourceVersion[] = [];
  const log = git(['log', '--format=%H %cI', '--', relPath], root);
  for (const line of (log ?? '').trim().split('\n').filter(Boolean).reverse()) {
    const [sha, date] = line.split(' ') as [string, string];
    const text = git(['show', `${sha}:./${relPath}`], root);
    if (text === null) continue; // deleted in that commit
    const hash = contentHash(text);
    if (versions.at(-1)?.hash !== hash) versions.push({ hash, date: new Date(date) });
  }
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
