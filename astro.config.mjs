// @ts-check
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defaultLang, langs } from './src/i18n/config.ts';
import { alternatePaths, splitLocale } from './src/lib/url.ts';
import { CODE_THEMES, codeBlockTransformer } from './src/lib/code-block.ts';
import { headingAnchorPlugin } from './src/lib/heading-anchor.ts';
import { pruneCspHashes } from './src/lib/csp-hashes.ts';

/** The one place the public origin is set; everything else reads `Astro.site`. */
const SITE = process.env.SITE_URL ?? 'https://mailflow-fix.example.org';

// The theme script runs inline, first in <body> (before first paint). CSP allows it by hash.
const themeInit = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
const themeHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}`;

export default defineConfig({
  site: SITE,
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    resolve: {
      // @kenjiuno/msgreader (decode page, .msg files) requires iconv-lite, which needs Node's
      // Buffer; the browser's TextDecoder does the same job (src/scripts/iconv-shim.ts).
      alias: { 'iconv-lite': fileURLToPath(new URL('./src/scripts/iconv-shim.ts', import.meta.url)) },
    },
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Upstream, withastro/astro#18087: Rolldown warns that the `"use astro:head-inject"`
          // directive Astro puts at the top of every MDX module "may not be preserved when
          // bundling" (one warning per MDX file: hundreds with the code pages). Astro handles
          // that directive itself. Only that code with that directive is dropped; any other
          // warning reaches build.log, and tests/gates/build-log.test.ts fails on it.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    // Static MDX content compiles to HTML strings instead of one JSX call per
    // element: smaller modules, less bundler memory and faster page rendering
    // (docs/benchmarks.md). The HTML is the same, up to attribute serialization.
    mdx({ optimize: true }),
    {
      // Each page's CSP keeps only the hashes of its own inline code (src/lib/csp-hashes.ts).
      name: 'csp-page-hashes',
      hooks: {
        'astro:build:done': ({ dir }) => {
          const root = fileURLToPath(dir);
          for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
            if (!name.endsWith('.html')) continue;
            const file = join(root, name);
            const html = readFileSync(file, 'utf8');
            const pruned = pruneCspHashes(html);
            if (pruned !== html) writeFileSync(file, pruned);
          }
        },
      },
    },
    sitemap({
      filter: (page) => !/\/404\/?$/.test(page),
      // The same alternates as the pages' <link rel=alternate> (src/lib/url.ts), x-default
      // included. (The integration's own i18n option grouped `/` with /en/ as a second "en".)
      serialize(item) {
        const { pathname } = new URL(item.url);
        const { lang, rest } = splitLocale(pathname, langs);
        const page = lang !== null ? rest : pathname === '/' ? '/' : null;
        if (page !== null) {
          item.links = alternatePaths(page, langs, defaultLang).map((a) => ({ lang: a.hreflang, url: new URL(a.path, SITE).href }));
        }
        return item;
      },
    }),
  ],
  markdown: {
    processor: satteri({ features: { headingAttributes: true }, hastPlugins: [/** @type {any} */ (headingAnchorPlugin)] }),
    shikiConfig: {
      themes: CODE_THEMES,
      transformers: [codeBlockTransformer],
    },
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "font-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [/** @type {`sha256-${string}`} */ (themeHash)],
      },
      // Only the style attributes Shiki writes get 'unsafe-inline' (style-src-attr). style-src
      // is Astro's default 'self'; naming 'self' here as well made Astro warn that it does not
      // apply to style-src-attr, which is what we want.
      styleDirective: {
        resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
});
