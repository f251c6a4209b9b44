/**
 * The two projects the benchmark builds for each N, both under bench/.cache/:
 *
 * - `site-N/`: the real site. src/, public/, scripts/, astro.config.mjs, tsconfig.json
 *   and package.json are copied fresh from the repo on every run, content/ is
 *   the synthetic corpus. Nothing tracked is touched.
 * - `floor-N/`: the floor. The same content/ rendered by a minimal Astro
 *   project (MDX integration, a layout with only <title> and <h1>, Astro's
 *   default Markdown settings), with the same Astro and Pagefind; plus the
 *   site's status-code pages, as Markdown files written from the registry
 *   (./code-pages.mjs) into `content/codes/`, rendered by the same layout.
 *
 * Both get a `node_modules/` of symlinks to the repo's packages, so Astro and
 * Vite keep their caches (`node_modules/.astro`, `.vite`) per project and
 * every build starts cold.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CACHE_DIRS = new Set(['.astro', '.vite', '.cache']);

/** Fills `dir/node_modules` with a symlink per entry of the repo's node_modules. */
function linkNodeModules(repo, dir) {
  const src = join(repo, 'node_modules');
  const dst = join(dir, 'node_modules');
  mkdirSync(dst, { recursive: true });
  for (const name of readdirSync(src)) {
    if (CACHE_DIRS.has(name)) continue;
    symlinkSync(join(src, name), join(dst, name));
  }
}

/** Creates `cache/site-N` from the repo's current code and `corpusDir`. */
export function prepareSite({ repo, cache, n, corpusDir }) {
  const dir = join(cache, `site-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(repo, entry), join(dir, entry), { recursive: true });
  }
  cpSync(corpusDir, join(dir, 'content'), { recursive: true });
  linkNodeModules(repo, dir);
  return dir;
}

// Astro's defaults, except the one Markdown feature the guides' syntax needs
// (explicit heading ids, \`## Title {#id}\`), without which MDX cannot parse them.
const FLOOR_CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
  output: 'static',
  integrations: [mdx()],
  markdown: { processor: satteri({ features: { headingAttributes: true } }) },
});
`;

const FLOOR_CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  errors: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: './content/errors' }) }),
  pages: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: './content/pages' }) }),
  codes: defineCollection({ loader: glob({ pattern: '*/*.md', base: './content/codes' }) }),
};
`;

const FLOOR_LAYOUT = `---
const { lang, title } = Astro.props;
---
<html lang={lang}>
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><h1>{title}</h1><slot /></body>
</html>
`;

const FLOOR_GUIDE = `---
import { getCollection, render } from 'astro:content';
import Floor from '../../../layouts/Floor.astro';

export async function getStaticPaths() {
  const entries = await getCollection('errors');
  return entries.map((entry) => {
    const [lang, slug] = entry.id.split('/');
    return { params: { lang, slug }, props: { entry, lang } };
  });
}
const { entry, lang } = Astro.props;
const { Content } = await render(entry);
---
<Floor lang={lang} title={entry.data.title}><Content /></Floor>
`;

const FLOOR_OVERVIEW = `---
import { getCollection, render } from 'astro:content';
import Floor from '../../layouts/Floor.astro';

export async function getStaticPaths() {
  const entries = await getCollection('pages');
  return entries.map((entry) => ({ params: { lang: entry.id.split('/')[0] }, props: { entry, lang: entry.id.split('/')[0] } }));
}
const { entry, lang } = Astro.props;
const { Content } = await render(entry);
---
<Floor lang={lang} title={entry.data.title}><Content /></Floor>
`;

// The status-code pages (./code-pages.mjs): frontmatter lang, page (URL segment, '' for the index), title.
const FLOOR_CODE = `---
import { getCollection, render } from 'astro:content';
import Floor from '../../../layouts/Floor.astro';

export async function getStaticPaths() {
  const entries = await getCollection('codes');
  return entries.map((entry) => ({ params: { lang: entry.data.lang, page: entry.data.page || undefined }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Floor lang={entry.data.lang} title={entry.data.title}><Content /></Floor>
`;

/**
 * Creates `cache/floor-N`: the minimal Astro project over the same corpus,
 * with the code pages of `codePagesDir` (./code-pages.mjs writeCodePages) when given.
 */
export function prepareFloor({ repo, cache, n, corpusDir, codePagesDir = null }) {
  const dir = join(cache, `floor-${n}`);
  rmSync(dir, { recursive: true, force: true });
  const files = {
    'package.json': JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }, null, 2),
    'tsconfig.json': JSON.stringify({ extends: 'astro/tsconfigs/base', include: ['.astro/types.d.ts', 'src'] }, null, 2),
    'astro.config.mjs': FLOOR_CONFIG,
    'src/content.config.ts': FLOOR_CONTENT_CONFIG,
    'src/layouts/Floor.astro': FLOOR_LAYOUT,
    'src/pages/[lang]/errors/[slug].astro': FLOOR_GUIDE,
    'src/pages/[lang]/index.astro': FLOOR_OVERVIEW,
    ...(codePagesDir ? { 'src/pages/[lang]/codes/[...page].astro': FLOOR_CODE } : {}),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  cpSync(corpusDir, join(dir, 'content'), { recursive: true });
  if (codePagesDir) cpSync(codePagesDir, join(dir, 'content', 'codes'), { recursive: true });
  else mkdirSync(join(dir, 'content', 'codes'), { recursive: true });
  linkNodeModules(repo, dir);
  return dir;
}
