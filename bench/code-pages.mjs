/**
 * The status-code pages of the site (`/{lang}/codes/{slug}/`, one per registry
 * entry and class, plus `/{lang}/codes/` and `/{lang}/codes/basic/`), written
 * as one Markdown file per page and locale, for the projects that cannot run
 * the site's own code: the floor and Starlight.
 *
 * The text is the site's own: the registry (src/codes/entries.ts), its texts
 * per locale (src/codes/text/{lang}/*.ts) and the list of pages
 * (`codePages()` of src/lib/code-registry.ts) are imported from the repo, not
 * from a built site, so neither project depends on the site's build. Those
 * modules import each other without file extensions (`from './entries'`),
 * which only Vite resolves; a resolve hook (`registerHooks`, Node 24) tries
 * `.ts` and `/index.ts` for such relative specifiers under src/ when Node's
 * own resolution fails, so Node's type stripping can load them unchanged.
 * The section headings come from src/i18n/locales/{lang}/codes.json.
 *
 * What a page holds, as the site's page does: the code and title (h1), the
 * official English name, what it means (and the class's note), "what you
 * see" (the service's lines, a code block), usual causes, first steps, and
 * links to the twin and the related codes. Not the site's facts list (class,
 * subject, who acts): short fixed phrases, and not indexed by the site
 * (`data-pagefind-ignore`).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

let hooked = false;

/** Lets Node load src/ modules whose relative imports have no extension (`./entries` → `./entries.ts`). */
function hookExtensionless(repo) {
  if (hooked) return;
  hooked = true;
  const srcUrl = pathToFileURL(join(repo, 'src')).href + '/';
  registerHooks({
    resolve(specifier, context, nextResolve) {
      try {
        return nextResolve(specifier, context);
      } catch (e) {
        const fromSrc = context.parentURL?.startsWith(srcUrl);
        if (!fromSrc || !/^\.\.?\//.test(specifier) || /\.\w+$/.test(specifier)) throw e;
        for (const suffix of ['.ts', '/index.ts']) {
          const url = new URL(specifier + suffix, context.parentURL);
          if (existsSync(fileURLToPath(url))) return nextResolve(url.href, context);
        }
        throw e;
      }
    },
  });
}

/** The registry, its texts and its pages, as the site's build sees them. */
export async function loadRegistry(repo) {
  hookExtensionless(repo);
  const codes = await import(pathToFileURL(join(repo, 'src', 'codes', 'index.ts')).href);
  const registry = await import(pathToFileURL(join(repo, 'src', 'lib', 'code-registry.ts')).href);
  const codeText = await import(pathToFileURL(join(repo, 'src', 'lib', 'code-text.ts')).href);
  const index = registry.createCodeIndex(codes.entries);
  return { entries: codes.entries, texts: codes.texts, basicCodes: codes.basicCodes, index, subjects: registry.SUBJECTS, displayCode: registry.displayCode, seenForClass: codeText.seenForClass };
}

/** Registry text to Markdown: the texts are plain strings with backticked spans, which Markdown reads as they are. */
const md = (s) => String(s).replace(/([*_<>[\]\\])/g, '\\$1');
/** The same, outside backticked spans only. */
const inline = (s) =>
  String(s)
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : md(part)))
    .join('');

/** `{{name}}` placeholders of the i18n strings. */
const fill = (s, vars) => String(s).replace(/\{\{(\w+)\}\}/g, (_, k) => String(vars[k] ?? ''));

/**
 * Every code page in every locale: `[{ lang, slug, title, description, body }]`
 * (`slug` '' for the index, 'basic' for the basic replies, else the page's slug).
 */
export async function codePagesMarkdown(repo) {
  const { entries, texts, basicCodes, index: codeIndex, subjects, displayCode, seenForClass } = await loadRegistry(repo);
  const pages = codeIndex.pages;
  const out = [];
  for (const lang of Object.keys(texts)) {
    const i18n = JSON.parse(readFileSync(join(repo, 'src', 'i18n', 'locales', lang, 'codes.json'), 'utf8'));
    const t = i18n.page;
    const heading = (p) => `${displayCode(p)} ${texts[lang].codes[p.entry.id].title}`;
    for (const p of pages) {
      const text = texts[lang].codes[p.entry.id];
      const note = text.classNotes?.[String(p.cls)];
      const seen = seenForClass(p.entry.seen, p.cls);
      const twin = codeIndex.twin(p);
      const related = (p.entry.related ?? []).map((c) => codeIndex.find(c)).filter((x) => x && x !== twin);
      const lines = [
        `${t.officialName}: ${md(p.entry.name)}`,
        '',
        `## ${t.meaning}`,
        '',
        inline(text.meaning),
        ...(note ? ['', inline(note)] : []),
      ];
      if (seen.length) lines.push('', `## ${t.seen}`, '', t.seenNote, '', '```text', ...seen, '```');
      lines.push('', `## ${t.causes}`, '', ...text.causes.map((c) => `- ${inline(c)}`));
      lines.push('', `## ${t.steps}`, '', ...text.steps.map((s, i) => `${i + 1}. ${inline(s)}`));
      const links = [...(twin ? [twin] : []), ...related];
      if (links.length) lines.push('', `## ${t.related}`, '', ...links.map((r) => `- [${md(heading(r))}](/${lang}/codes/${r.slug}/)`));
      out.push({
        lang,
        slug: p.slug,
        title: heading(p),
        description: fill(t.descriptionTemplate, { code: p.code, name: p.entry.name, meaning: text.meaning }).slice(0, 160),
        body: lines.join('\n'),
      });
    }
    // The basic replies: one page, a table per first digit.
    const basic = i18n.basic ?? {};
    const rows = [];
    for (const first of ['2', '3', '4', '5']) {
      const codes = basicCodes.filter((c) => c.startsWith(first));
      rows.push(`## ${basic.first?.[first] ?? `${first}xx`}`, '', `| ${basic.colCode ?? 'Code'} | ${basic.colMeaning ?? 'Meaning'} |`, '| --- | --- |', ...codes.map((c) => `| \`${c}\` | ${inline(texts[lang].basic[c].meaning)} |`), '');
    }
    out.push({ lang, slug: 'basic', title: basic.title ?? 'Basic reply codes', description: basic.description ?? '', body: [basic.intro ?? '', '', ...rows].join('\n') });
    // The index: every page, grouped by subject, linked.
    const idx = i18n.index ?? {};
    const groups = subjects.flatMap((key, s) => {
      const list = pages.filter((p) => p.subject === s);
      return list.length ? ['', `## ${i18n.subject?.[key] ?? key}`, '', ...list.map((p) => `- [${md(heading(p))}](/${lang}/codes/${p.slug}/)`)] : [];
    });
    out.push({ lang, slug: '', title: idx.title ?? 'Status codes', description: idx.description ?? '', body: [idx.intro ?? '', ...groups].join('\n') });
  }
  return { pages: out, perLang: pages.length + 2, entries: entries.length };
}

/** YAML frontmatter from an object of strings (JSON strings are valid YAML). */
export const frontmatter = (data) => `---\n${Object.entries(data).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n`;

/**
 * Writes the code pages for the floor: `outDir/{lang}/{slug || 'index'}.md`,
 * frontmatter `title`, `description`, `lang`, `page` (the URL segment).
 * Returns `{ files, bytes, perLang }`.
 */
export async function writeCodePages({ repo, outDir }) {
  const { pages, perLang } = await codePagesMarkdown(repo);
  rmSync(outDir, { recursive: true, force: true });
  let bytes = 0;
  for (const p of pages) {
    mkdirSync(join(outDir, p.lang), { recursive: true });
    const text = `${frontmatter({ title: p.title, description: p.description, lang: p.lang, page: p.slug })}\n${p.body}\n`;
    writeFileSync(join(outDir, p.lang, `${p.slug || 'all-codes'}.md`), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: pages.length, bytes, perLang };
}
