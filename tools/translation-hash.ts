/**
 * `npm run translation-hash -- errors/4-4-316` prints the content hash of
 * content/errors/en/4-4-316.mdx: the value a translator puts into
 * `translatedFrom` of the Polish or Turkish file after translating that
 * English text (`pages/overview` for the overview). Without an argument it
 * prints every translation with its state (current, stale, unknown, missing).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentHash } from '../src/lib/translation.ts';
import { englishSourcePath, freshness } from '../src/data/translation-history.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const SECTIONS = ['errors', 'pages'] as const;

function frontmatter(path: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
  return (m ? parse(m[1]!) : {}) as Record<string, unknown>;
}

const arg = process.argv[2]?.replace(/^content\//, '').replace(/\.mdx$/, '').replace(/\/(?:en|pl|tr)\//, '/');
if (arg) {
  const [section, name] = arg.split('/') as [string, string | undefined];
  if (!(SECTIONS as readonly string[]).includes(section) || !name) {
    console.error(`usage: npm run translation-hash -- errors/<slug> | pages/overview   (got "${process.argv[2]}")`);
    process.exit(2);
  }
  const path = join(ROOT, englishSourcePath(section as (typeof SECTIONS)[number], name));
  if (!existsSync(path)) {
    console.error(`${path} does not exist`);
    process.exit(2);
  }
  console.log(contentHash(readFileSync(path, 'utf8')));
} else {
  for (const section of SECTIONS) {
    for (const lang of readdirSync(join(ROOT, 'content', section)).filter((l) => l !== 'en').sort()) {
      for (const file of readdirSync(join(ROOT, 'content', section, lang)).filter((f) => f.endsWith('.mdx')).sort()) {
        const name = file.replace(/\.mdx$/, '');
        const from = frontmatter(join(ROOT, 'content', section, lang, file))['translatedFrom'] as string | undefined;
        const s = freshness(section, name, from, ROOT);
        const current = contentHash(readFileSync(join(ROOT, englishSourcePath(section, name)), 'utf8'));
        const when = 'updated' in s && s.updated ? ` (English updated ${s.updated.toISOString().slice(0, 10)})` : '';
        console.log(`${s.state.padEnd(8)} content/${section}/${lang}/${file}: translatedFrom ${from ?? '-'}, English now ${current}${s.state === 'current' ? '' : when}`);
      }
    }
  }
}
