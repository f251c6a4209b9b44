/**
 * Synthetic corpus for the benchmark: N error-code guides × every locale,
 * shaped like the real ones (same frontmatter, sections, heading ids, code
 * blocks, keywords and length), written outside the tracked content.
 *
 * The real guides are part of every corpus (N >= 7), so links between them,
 * the code 4.4.316 used by the search measurement, and the overview pages stay
 * real. Each further guide takes one real guide of the same locale as its
 * template (the same template in every locale, so heading ids stay identical),
 * gets its own code, and has about half of its prose paragraphs swapped for
 * paragraphs of other guides of that locale, plus its own host and company
 * names, so that the search index sees varied text rather than one page
 * copied N times. Everything is seeded: the same N gives the same files.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitMdx } from '../tests/support/content-files.ts';

/** Small seeded PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * src/lib/error-code.ts codeToSlug for the canonical codes used here. Plain
 * Node cannot load src/lib (its imports have no file extension: only Vite
 * resolves them), so this one line is repeated.
 */
const slugForCode = (code) => (code === 'other' ? 'other-codes' : code.replaceAll('.', '-'));

/**
 * Cuts a body into blocks (separated by blank lines, code fences kept whole).
 * Each block is `{ text, prose }`; prose = a plain paragraph (not a heading,
 * list, table, quote or code).
 */
function blocks(body) {
  const lines = body.split('\n');
  const out = [];
  let cur = [];
  let fence = null;
  const flush = () => {
    if (cur.length) {
      const text = cur.join('\n');
      out.push({ text, prose: /^[\p{L}*`[(„"]/u.test(text) && !/^```/.test(text) });
      cur = [];
    }
  };
  for (const line of lines) {
    const f = /^\s*(```+)/.exec(line);
    if (fence) {
      cur.push(line);
      if (f && f[1].length >= fence.length) fence = null;
      continue;
    }
    if (f) fence = f[1];
    if (line.trim() === '' && !fence) {
      flush();
      continue;
    }
    cur.push(line);
  }
  flush();
  return out;
}

/** Reads the real guides: `{ [lang]: [{ file, text, code, frontmatter, front, blocks }] }`, sorted by file name. */
export function readRealGuides(contentDir) {
  const errorsDir = join(contentDir, 'errors');
  const byLang = {};
  for (const lang of readdirSync(errorsDir).sort()) {
    byLang[lang] = readdirSync(join(errorsDir, lang))
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((file) => {
        const text = readFileSync(join(errorsDir, lang, file), 'utf8');
        const { front, frontmatter, body } = splitMdx(text);
        if (front === '') throw new Error(`${lang}/${file}: no frontmatter`);
        return { file, text, code: String(frontmatter.code), frontmatter, front, blocks: blocks(body) };
      });
  }
  return byLang;
}

/** `count` distinct enhanced status codes that are not in `taken`, in a seeded order. */
export function syntheticCodes(count, taken) {
  const random = rng(7919);
  const pool = [];
  for (const cls of [4, 5]) for (let subject = 1; subject <= 7; subject += 1) for (let detail = 100; detail <= 999; detail += 1) pool.push(`${cls}.${subject}.${detail}`);
  // Fisher-Yates with the seeded PRNG.
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.filter((c) => !taken.has(c)).slice(0, count);
}

const ORGS = ['contoso', 'fabrikam', 'northwindtraders', 'adatum', 'litwareinc', 'tailspintoys', 'woodgrovebank', 'wingtiptoys', 'proseware', 'lucernepublishing', 'alpineskihouse', 'coho'];
const SYLLABLES = ['ka', 'ro', 'mi', 'tel', 'var', 'sun', 'dex', 'lo', 'pra', 'zen', 'qu', 'bor', 'nis', 'tal', 'ver', 'ox'];

/** A pronounceable made-up word (server or product name), unique per guide. */
function madeUpWord(random, n) {
  let s = '';
  for (let i = 0; i < n; i += 1) s += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return s;
}

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Writes the corpus for `n` codes to `outDir/errors/{lang}/*.mdx` and copies
 * `outDir/pages/`. Returns `{ codes, files, bytes }`.
 */
export function writeCorpus({ realContentDir, outDir, n }) {
  const real = readRealGuides(realContentDir);
  const langs = Object.keys(real);
  const base = real[langs[0]];
  if (n < base.length) throw new Error(`N must be at least the number of real guides (${base.length})`);
  const realCodes = new Set(base.map((g) => g.code));
  const extra = syntheticCodes(n - base.length, realCodes);
  const allCodes = [...base.map((g) => g.code), ...extra];
  const maxOrder = base.length;

  rmSync(outDir, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  const write = (path, text) => {
    writeFileSync(path, text);
    files += 1;
    bytes += Buffer.byteLength(text);
  };

  // Overview pages and the real guides, as they are.
  for (const lang of readdirSync(join(realContentDir, 'pages'))) {
    mkdirSync(join(outDir, 'pages', lang), { recursive: true });
    for (const f of readdirSync(join(realContentDir, 'pages', lang))) write(join(outDir, 'pages', lang, f), readFileSync(join(realContentDir, 'pages', lang, f), 'utf8'));
  }
  for (const lang of langs) {
    mkdirSync(join(outDir, 'errors', lang), { recursive: true });
    for (const g of real[lang]) write(join(outDir, 'errors', lang, g.file), g.text);
  }

  // Prose paragraphs of each locale, to mix into the synthetic guides.
  const prosePool = Object.fromEntries(
    langs.map((lang) => [lang, real[lang].flatMap((g) => g.blocks.filter((b) => b.prose).map((b) => ({ text: b.text, code: g.code })))]),
  );
  const templates = base.map((g, i) => i).filter((i) => base[i].code !== 'other');

  extra.forEach((code, i) => {
    const t = templates[i % templates.length];
    const slug = slugForCode(code);
    const basic = code.startsWith('5.') ? '550' : '450';
    const related = [];
    const rr = rng(1000 + i);
    while (related.length < 3) {
      const c = allCodes[Math.floor(rr() * allCodes.length)];
      if (c !== code && c !== 'other' && !related.includes(c)) related.push(c);
    }
    const org = ORGS[i % ORGS.length];
    const host = `${madeUpWord(rng(5000 + i), 2)}${i}`;
    for (const lang of langs) {
      const tpl = real[lang][t];
      const random = rng(100_000 * (langs.indexOf(lang) + 1) + i);
      const tplCode = tpl.code;
      const own = (s, from) =>
        s
          .replace(new RegExp(escapeRe(from), 'g'), code)
          .replace(new RegExp(`/errors/${escapeRe(slugForCode(from))}/`, 'g'), `/errors/${slug}/`)
          .replace(new RegExp(`\\b450 ${escapeRe(code)}\\b`, 'g'), `${basic} ${code}`)
          .replace(/\bcontoso\b/g, org)
          .replace(/\bmail\.(\w+)\.com\b/g, `${host}.$1.com`);
      const body = tpl.blocks
        .map((b) => {
          if (b.prose && random() < 0.5) {
            const p = prosePool[lang][Math.floor(random() * prosePool[lang].length)];
            return own(p.text, p.code === 'other' ? tplCode : p.code);
          }
          return own(b.text, tplCode);
        })
        .join('\n\n');
      const title = String(tpl.frontmatter.title);
      const englishTitle = String(real[langs[0]][t].frontmatter.errorText).replace(/^\d{3} \S+ /, '');
      const front = tpl.front
        .replace(/^code: .*$/m, `code: ${JSON.stringify(code)}`)
        .replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`)
        .replace(/^errorText: .*$/m, `errorText: ${JSON.stringify(`${basic} ${code} ${englishTitle}`)}`)
        .replace(/^description: (.*)$/m, (_, d) => `description: ${JSON.stringify(own(JSON.parse(d), tplCode).slice(0, 170))}`)
        .replace(/^summary: (.*)$/m, (_, s) => `summary: ${JSON.stringify(own(JSON.parse(s), tplCode).slice(0, 140))}`)
        .replace(/^related: .*$/m, `related: ${JSON.stringify(related)}`)
        .replace(/^order: .*$/m, `order: ${maxOrder + i + 1}`)
        .replace(/^keywords:[\s\S]*$/m, (k) => k.replace(new RegExp(escapeRe(tplCode), 'g'), code))
        .replace(/^keywords:\n/m, `keywords:\n  - ${JSON.stringify(host)}\n  - ${JSON.stringify(code.replaceAll('.', ''))}\n`);
      write(join(outDir, 'errors', lang, `${slug}.mdx`), `---\n${front}\n---\n\n${body}\n`);
    }
  });
  return { codes: allCodes, files, bytes };
}
