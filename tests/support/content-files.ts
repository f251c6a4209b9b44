/**
 * The one MDX reader of the tests and the benchmark: reads the guides from
 * disk (frontmatter, headings, code blocks, links). Plain Node (type
 * stripping) can load it too, so it imports nothing from src/ (whose
 * extensionless imports only Vite resolves); bench/corpus.mjs uses
 * {@link splitMdx}.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const ERRORS_DIR = join(ROOT, 'content/errors');

export interface Heading {
  depth: number;
  id: string | null;
  text: string;
  line: number;
}

export interface ContentFile {
  path: string;
  frontmatter: Record<string, unknown>;
  body: string;
  headings: Heading[];
  codeBlocks: { lang: string; code: string; line: number }[];
  links: string[];
}

/** An MDX file split at its frontmatter. */
export interface SplitMdx {
  /** The frontmatter's YAML as written, without the `---` lines; `''` when there is none. */
  front: string;
  /** The frontmatter, parsed. */
  frontmatter: Record<string, unknown>;
  /** Everything after the closing `---` line. */
  body: string;
}

/** Splits an MDX text into its frontmatter (as written and parsed) and its body. */
export function splitMdx(text: string): SplitMdx {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (m === null) return { front: '', frontmatter: {}, body: text };
  return { front: m[1]!, frontmatter: (parse(m[1]!) ?? {}) as Record<string, unknown>, body: text.slice(m[0].length) };
}

/** Parses one MDX file into the parts the tests check. */
export function readContent(path: string): ContentFile {
  const text = readFileSync(path, 'utf8');
  const { frontmatter, body } = splitMdx(text);
  const headings: Heading[] = [];
  const codeBlocks: ContentFile['codeBlocks'] = [];
  const lines = body.split('\n');
  let fence: { lang: string; start: number; code: string[] } | null = null;
  lines.forEach((line, i) => {
    const f = /^\s*(```+)\s*([\w-]*)/.exec(line);
    if (f) {
      if (fence) {
        codeBlocks.push({ lang: fence.lang, code: fence.code.join('\n'), line: fence.start + 1 });
        fence = null;
      } else fence = { lang: f[2] ?? '', start: i, code: [] };
      return;
    }
    if (fence) {
      fence.code.push(line);
      return;
    }
    const h = /^(#{1,6})\s+(.*?)\s*$/.exec(line);
    if (h) {
      const idm = /\{\s*#([A-Za-z0-9_-]+)\s*\}$/.exec(h[2]!);
      headings.push({
        depth: h[1]!.length,
        id: idm ? idm[1]! : null,
        text: h[2]!.replace(/\{\s*#[A-Za-z0-9_-]+\s*\}$/, '').trim(),
        line: i + 1,
      });
    }
  });
  const links = [...body.matchAll(/\]\(([^)\s]+)\)/g)].map((x) => x[1]!);
  return { path, frontmatter, body, headings, codeBlocks, links };
}

/** Locale folders under content/errors. */
export function contentLocales(): string[] {
  return readdirSync(ERRORS_DIR).filter((d) => !d.startsWith('.')).sort();
}

/** Guide file names of one locale. */
export function guideFiles(lang: string): string[] {
  const dir = join(ERRORS_DIR, lang);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort() : [];
}

/** Reads `content/errors/{lang}/{file}`. */
export function readGuide(lang: string, file: string): ContentFile {
  return readContent(join(ERRORS_DIR, lang, file));
}
