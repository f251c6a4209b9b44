/**
 * Starlight on the benchmark's corpus (issue 16): the same guides, overview
 * and code pages, built by Starlight with its i18n (en, pl, tr under
 * `/en/`, `/pl/`, `/tr/`, no root locale) and its built-in Pagefind search,
 * measured in the same run as the site and the floor.
 *
 * Starlight is not a dependency of the project. `ensureStarlight()` installs
 * `@astrojs/starlight@0.42.x` into `bench/.cache/starlight-pkg/` with the
 * registry's ordinary client (`npm install --prefix`), pinning Astro, MDX,
 * Sätteri and Pagefind to the versions the site uses (Starlight 0.42 asks
 * for Astro ^7.2.10, Pagefind ^1.5.2), so that the comparison is of the
 * frameworks, not of versions. A failed install is reported and the
 * benchmark goes on without Starlight.
 *
 * `prepareStarlight()` makes `bench/.cache/starlight-N/`:
 * - `src/content/docs/{lang}/errors/{slug}.mdx`: the corpus's guides, body
 *   unchanged, frontmatter reduced to `title` and `description` (the rest is
 *   our schema, not Starlight's);
 * - `src/content/docs/{lang}/index.mdx`: the overview;
 * - `src/content/docs/{lang}/codes/…`: the code pages of ./code-pages.mjs
 *   (the same Markdown as the floor's), `index.md` for `/{lang}/codes/`;
 * - a sidebar of two links (the overview and the codes index). Starlight's
 *   default sidebar lists every page on every page (O(N²) over a build, about
 *   4,000 links per page at 1,000 codes); nobody would ship that at this
 *   size, and a small one measures Starlight at its fastest.
 * Its build is one step, `astro build`, which runs Pagefind itself.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { splitMdx } from '../tests/support/content-files.ts';
import { frontmatter } from './code-pages.mjs';

/** The Starlight release line compared against (issue 16). */
export const STARLIGHT_RANGE = '0.42.x';

const version = (root, name) => {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
};

/** What to install: Starlight, and the site's own versions of what both use. */
function installSpecs(repo) {
  const specs = [`@astrojs/starlight@${STARLIGHT_RANGE}`];
  for (const name of ['astro', '@astrojs/mdx', '@astrojs/markdown-satteri', 'pagefind']) {
    const v = version(repo, name);
    if (v) specs.push(`${name}@${v}`);
  }
  return specs;
}

/** Runs a command, its output to `logFile`; resolves to its exit code (or -1 when it could not start / timed out). */
function run(cmd, args, { cwd, logFile, timeoutMs }) {
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    } catch (e) {
      log.end(String(e));
      resolve(-1);
      return;
    }
    const timer = setTimeout(() => {
      log.write(`\n[bench] timed out after ${timeoutMs / 1000} s\n`);
      child.kill('SIGTERM');
    }, timeoutMs);
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', (e) => {
      clearTimeout(timer);
      log.end(`\n${e}\n`);
      resolve(-1);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      log.end();
      resolve(code ?? -1);
    });
  });
}

/**
 * Starlight installed in `cache/starlight-pkg/` (reused when it is already
 * there with the same specs). Resolves to `{ ok: true, dir, version, astro,
 * pagefind }` or `{ ok: false, error }`; never throws.
 */
export async function ensureStarlight({ repo, cache, resultsDir, log = () => {} }) {
  const dir = join(cache, 'starlight-pkg');
  const specs = installSpecs(repo);
  const marker = join(dir, 'bench-install.json');
  const info = () => ({ ok: true, dir, version: version(dir, '@astrojs/starlight'), astro: version(dir, 'astro'), pagefind: version(dir, 'pagefind'), mdx: version(dir, '@astrojs/mdx'), specs });
  try {
    if (existsSync(marker) && JSON.stringify(JSON.parse(readFileSync(marker, 'utf8')).specs) === JSON.stringify(specs) && version(dir, '@astrojs/starlight')) return info();
  } catch {
    /* reinstall */
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-starlight-pkg', private: true, type: 'module' }, null, 2));
  const logFile = join(resultsDir, 'logs', 'starlight-install.log');
  log(`Starlight: npm install ${specs.join(' ')} (into bench/.cache/starlight-pkg/)`);
  const code = await run('npm', ['install', '--no-audit', '--no-fund', '--prefix', dir, ...specs], { cwd: dir, logFile, timeoutMs: 15 * 60_000 });
  const got = version(dir, '@astrojs/starlight');
  if (code !== 0 || !got) {
    const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').trim().split('\n').slice(-5).join(' | ') : '';
    return { ok: false, error: `npm install exited with ${code}${tail ? `: ${tail}` : ''} (log: ${logFile})` };
  }
  writeFileSync(marker, JSON.stringify({ specs, at: new Date().toISOString() }, null, 2));
  return info();
}

const LOCALES = { en: 'English', pl: 'Polski', tr: 'Türkçe' };

// The one Markdown setting the guides need, as the floor and the site have it (\`## Title {#id}\`);
// Starlight adds its own Sätteri plugins to the configured processor, and MDX with \`optimize\`.
const CONFIG = (langs) => `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
  markdown: { processor: satteri({ features: { headingAttributes: true } }) },
  integrations: [
    starlight({
      title: 'Mail Flow Fix',
      defaultLocale: 'en',
      locales: ${JSON.stringify(Object.fromEntries(langs.map((l) => [l, { label: LOCALES[l] ?? l, lang: l }])))},
      sidebar: [
        { label: 'Overview', translations: { pl: 'Przegląd', tr: 'Genel bakış' }, link: '/' },
        { label: 'Status codes', translations: { pl: 'Kody stanu', tr: 'Durum kodları' }, link: '/codes/' },
      ],
    }),
  ],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
`;

/** Our frontmatter reduced to Starlight's `title` and `description`; the body as it is. */
function starlightMdx(text) {
  const { frontmatter: data, body } = splitMdx(text);
  const keep = { title: String(data.title) };
  if (data.description) keep.description = String(data.description);
  return `${frontmatter(keep)}${body.startsWith('\n') ? '' : '\n'}${body}`;
}

/** Links `dir/node_modules/*` to the installed packages (Astro and Vite caches stay per project). */
function linkNodeModules(pkgDir, dir) {
  const src = join(pkgDir, 'node_modules');
  const dst = join(dir, 'node_modules');
  mkdirSync(dst, { recursive: true });
  for (const name of readdirSync(src)) {
    if (name === '.astro' || name === '.vite' || name === '.cache' || name === '.package-lock.json') continue;
    symlinkSync(join(src, name), join(dst, name));
  }
}

/** Creates `cache/starlight-N`: Starlight over the corpus (`corpusDir`) and the code pages (`codePagesDir`, may be null). */
export function prepareStarlight({ pkgDir, cache, n, corpusDir, codePagesDir = null }) {
  const dir = join(cache, `starlight-${n}`);
  rmSync(dir, { recursive: true, force: true });
  const langs = readdirSync(join(corpusDir, 'errors')).sort();
  const files = {
    // The dependencies are declared as a Starlight project has them: Astro reads them to find the
    // framework packages Vite must bundle (without them @astrojs/starlight/locals stays external and fails).
    'package.json': JSON.stringify({ name: 'bench-starlight', private: true, type: 'module', dependencies: Object.fromEntries(['@astrojs/starlight', 'astro', '@astrojs/markdown-satteri'].map((p) => [p, version(pkgDir, p) ?? '*'])) }, null, 2),
    'tsconfig.json': JSON.stringify({ extends: 'astro/tsconfigs/base', include: ['.astro/types.d.ts', 'src'] }, null, 2),
    'astro.config.mjs': CONFIG(langs),
    'src/content.config.ts': CONTENT_CONFIG,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const docs = join(dir, 'src', 'content', 'docs');
  for (const lang of langs) {
    mkdirSync(join(docs, lang, 'errors'), { recursive: true });
    for (const f of readdirSync(join(corpusDir, 'errors', lang))) writeFileSync(join(docs, lang, 'errors', f), starlightMdx(readFileSync(join(corpusDir, 'errors', lang, f), 'utf8')));
    const pages = existsSync(join(corpusDir, 'pages', lang)) ? readdirSync(join(corpusDir, 'pages', lang)).filter((f) => f.endsWith('.mdx')) : [];
    pages.forEach((f, i) => writeFileSync(join(docs, lang, i === 0 ? 'index.mdx' : f), starlightMdx(readFileSync(join(corpusDir, 'pages', lang, f), 'utf8'))));
    if (codePagesDir && existsSync(join(codePagesDir, lang))) {
      mkdirSync(join(docs, lang, 'codes'), { recursive: true });
      for (const f of readdirSync(join(codePagesDir, lang))) {
        const { frontmatter: data, body } = splitMdx(readFileSync(join(codePagesDir, lang, f), 'utf8'));
        const name = data.page ? `${data.page}.md` : 'index.md';
        writeFileSync(join(docs, lang, 'codes', name), `${frontmatter({ title: String(data.title), description: String(data.description ?? '') })}${body.startsWith('\n') ? '' : '\n'}${body}`);
      }
    }
  }
  linkNodeModules(pkgDir, dir);
  return dir;
}

/** The Starlight project's build: one `astro build` (Pagefind runs inside it). */
export const STARLIGHT_STEPS = ['node node_modules/astro/bin/astro.mjs build'];

/**
 * Pagefind UI's debounce (ms) as installed: the default of its
 * `debounceTimeoutMs` option, read from @pagefind/default-ui's bundle (and
 * Starlight's Search.astro, in case it passes its own). 0 when not found.
 */
export function pagefindUiDebounce(pkgDir) {
  const files = [];
  const walk = (d, depth) => {
    if (!existsSync(d) || depth > 4) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p, depth + 1);
      else if (/\.(m?js|astro)$/.test(e.name)) files.push(p);
    }
  };
  walk(join(pkgDir, 'node_modules', '@astrojs', 'starlight', 'components'), 0);
  walk(join(pkgDir, 'node_modules', '@pagefind', 'default-ui'), 0);
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const m = /debounceTimeoutMs\s*(?:=|:|\?\?|\|\|)\s*(\d+)/.exec(text) ?? /debounceTimeoutMs\s*(?:=|:)\s*\w+\.debounceTimeoutMs\s*(?:\?\?|\|\|)\s*(\d+)/.exec(text);
    if (m) return Number(m[1]);
  }
  return 0;
}
