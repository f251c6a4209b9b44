/**
 * The troubleshooting wizard's tree (src/lib/wizard-tree.ts) and its helpers
 * (src/lib/wizard-path.ts): shape of the tree, its links to the guides and
 * to the translations, and the pure helpers.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { langs } from '../../src/i18n/config';
import { glossary } from '../../src/i18n/glossary';
import {
  COMMANDS,
  MAX_QUESTIONS,
  NODE_IDS,
  PLACEHOLDERS,
  START_ID,
  WIZARD_TREE,
  type NodeId,
  type QuestionNode,
  type ResultNode,
  type WizardNode,
} from '../../src/lib/wizard-tree';
import {
  codeOf,
  codeToSlug,
  fillPlaceholders,
  getNode,
  isStepId,
  parentOf,
  pathTo,
  placeholdersIn,
  progress,
  resultsUnder,
  slugToCode,
  startFor,
  WIZARD_CODES,
  type PlaceholderValues,
} from '../../src/lib/wizard-path';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ERRORS_DIR = join(ROOT, 'content/errors');
const LOCALES_DIR = join(ROOT, 'src/i18n/locales');

const nodes: WizardNode[] = NODE_IDS.map((id) => WIZARD_TREE[id]);
const questions = nodes.filter((n): n is QuestionNode => n.kind === 'question');
const results = nodes.filter((n): n is ResultNode => n.kind === 'result');
const start = WIZARD_TREE[START_ID] as QuestionNode;

// ── reading files ──────────────────────────────────────────────────────────

/** `{#id}` ids at the end of heading lines, outside fenced code blocks. */
function headingIds(text: string): Set<string> {
  const ids = new Set<string>();
  let fence: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    const f = /^\s*(`{3,}|~{3,})/.exec(line);
    if (f?.[1] !== undefined) {
      if (fence === null) fence = f[1].charAt(0);
      else if (f[1].charAt(0) === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const h = /^#{1,6}\s.*\{\s*#([A-Za-z0-9_-]+)\s*\}\s*$/.exec(line);
    if (h?.[1] !== undefined) ids.add(h[1]);
  }
  return ids;
}

/** A frontmatter field's scalar value (quotes removed), or null. */
function frontmatterField(text: string, field: string): string | null {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  if (fm === undefined) return null;
  const m = new RegExp(`^${field}:\\s*(.*?)\\s*$`, 'm').exec(fm);
  if (m?.[1] === undefined) return null;
  return m[1].replace(/^(["'])(.*)\1$/, '$2');
}

function guidePath(lang: string, slug: string): string {
  return join(ERRORS_DIR, lang, `${slug}.mdx`);
}

/** `{ "a.b.c": value }` from nested JSON. */
function flatten(obj: unknown, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatten(v, key));
    else out[key] = v;
  }
  return out;
}

function loadWizardJson(lang: string): Record<string, unknown> {
  return flatten(JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'wizard.json'), 'utf8')));
}

const placeholdersOf = (s: string): string[] => [...s.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

/** Every i18n key the tree refers to. */
function treeKeys(): Set<string> {
  const keys = new Set<string>();
  for (const node of nodes) {
    if (node.kind === 'question') {
      keys.add(node.questionKey);
      if (node.hintKey !== undefined) keys.add(node.hintKey);
      for (const a of node.answers) keys.add(a.labelKey);
    } else {
      keys.add(node.titleKey);
      keys.add(node.causeKey);
      keys.add(node.verifyKey);
      for (const k of node.stepKeys) keys.add(k);
      for (const c of node.commands) keys.add(c.labelKey);
    }
  }
  return keys;
}

/** UI strings the wizard pages rely on (besides the tree's own keys). */
const UI_KEYS = [
  'page.title',
  'page.description',
  'page.intro',
  'paste.label',
  'paste.hint',
  'paste.button',
  'paste.notRecognized',
  'paste.filled',
  'nav.back',
  'nav.startOver',
  'nav.progress',
  'result.likelyCause',
  'result.steps',
  'result.commands',
  'result.placeholders',
  'result.verify',
  'result.openGuide',
  'unknownStep.title',
  'unknownStep.text',
  'unknownStep.startOver',
  'guideLink',
];

/** Top-level groups whose keys belong to the tree (anything else there is unused). */
const TREE_GROUPS = ['questions', 'answers', 'results', 'checks', 'commands'];

// ── the tree's shape ───────────────────────────────────────────────────────

describe('wizard tree: shape', () => {
  it('has unique, URL-safe ids, and every node is stored under its own id', () => {
    expect(new Set(NODE_IDS).size).toBe(NODE_IDS.length);
    for (const id of NODE_IDS) {
      expect(id, `id "${id}"`).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(WIZARD_TREE[id].id, `node stored under "${id}"`).toBe(id);
    }
    expect(Object.keys(WIZARD_TREE).sort()).toEqual([...NODE_IDS].sort());
    expect(NODE_IDS).toContain(START_ID);
    expect(start.kind).toBe('question');
  });

  it('only links to existing nodes, with at least two distinct answers per question', () => {
    for (const q of questions) {
      expect(q.answers.length, `${q.id} answers`).toBeGreaterThanOrEqual(2);
      const targets = q.answers.map((a) => a.next);
      expect(new Set(targets).size, `${q.id} has two answers leading to the same node`).toBe(targets.length);
      for (const t of targets) expect(isStepId(t), `${q.id} -> ${t}`).toBe(true);
      expect(q.questionKey).not.toBe('');
    }
  });

  it('is a strict tree: the start has no parent, every other node exactly one', () => {
    const parentCount = new Map<string, number>(NODE_IDS.map((id) => [id, 0]));
    for (const q of questions) for (const a of q.answers) parentCount.set(a.next, (parentCount.get(a.next) ?? 0) + 1);
    for (const [id, count] of parentCount) {
      expect(count, `parents of ${id}`).toBe(id === START_ID ? 0 : 1);
    }
  });

  it('reaches every node from the start', () => {
    const seen = new Set<string>([START_ID]);
    const queue: NodeId[] = [START_ID];
    while (queue.length > 0) {
      const node = WIZARD_TREE[queue.shift()!];
      if (node.kind !== 'question') continue;
      for (const a of node.answers) {
        if (!seen.has(a.next)) {
          seen.add(a.next);
          queue.push(a.next);
        }
      }
    }
    expect([...NODE_IDS].filter((id) => !seen.has(id))).toEqual([]);
  });

  it(`ends every path at a result, without cycles, after at most ${MAX_QUESTIONS} questions`, () => {
    expect(MAX_QUESTIONS).toBeLessThanOrEqual(4);
    const problems: string[] = [];
    let leaves = 0;
    const walk = (id: NodeId, path: NodeId[]): void => {
      if (path.includes(id)) {
        problems.push(`cycle: ${[...path, id].join(' > ')}`);
        return;
      }
      const node = WIZARD_TREE[id];
      const here = [...path, id];
      if (node.kind === 'result') {
        leaves += 1;
        const asked = here.filter((n) => WIZARD_TREE[n].kind === 'question').length;
        if (asked > MAX_QUESTIONS) problems.push(`${asked} questions: ${here.join(' > ')}`);
        return;
      }
      if (node.answers.length === 0) problems.push(`dead end: ${here.join(' > ')}`);
      for (const a of node.answers) walk(a.next, here);
    };
    walk(START_ID, []);
    expect(problems).toEqual([]);
    expect(leaves).toBe(results.length);
  });

  it('gives every result a guide, a section, steps, a verify text and well-formed commands', () => {
    const allowed = new Set<string>(PLACEHOLDERS);
    for (const r of results) {
      expect(r.guide, r.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(r.section, r.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(r.stepKeys.length, `${r.id} steps`).toBeGreaterThan(0);
      expect(new Set(r.stepKeys).size, `${r.id} repeats a step`).toBe(r.stepKeys.length);
      for (const c of r.commands) {
        expect(c.command.trim(), `${r.id}: empty command`).not.toBe('');
        for (const m of c.command.matchAll(/<[^<>\s]+>/g)) {
          expect(allowed.has(m[0]), `${r.id}: unknown placeholder ${m[0]} in ${c.command}`).toBe(true);
        }
        expect(['powershell', 'bash']).toContain(c.shell);
      }
    }
  });

  it('starts every code branch with "yours or a partner organization\'s?", with a #partner result', () => {
    for (const answer of start.answers) {
      const branch = WIZARD_TREE[answer.next];
      expect(branch.kind, `${branch.id} must be a question`).toBe('question');
      if (branch.kind !== 'question') continue;
      expect(branch.questionKey, branch.id).toBe('questions.owner.text');
      const guides = new Set(resultsUnder(branch.id).map((r) => r.guide));
      expect(guides.size, `results under ${branch.id} point at one guide`).toBe(1);
      const partner = branch.answers
        .map((a) => WIZARD_TREE[a.next])
        .find((n): n is ResultNode => n.kind === 'result' && n.section === 'partner');
      expect(partner, `${branch.id} has a partner result`).toBeDefined();
      expect(branch.answers.some((a) => WIZARD_TREE[a.next].kind === 'question'), `${branch.id} asks further when the server is yours`).toBe(true);
    }
    // One branch per guide.
    const branchGuides = start.answers.map((a) => resultsUnder(a.next)[0]?.guide);
    expect(new Set(branchGuides).size).toBe(start.answers.length);
  });

  it('points every cause section of a branch (other than #partner and #causes) at a cause-… id', () => {
    for (const r of results) {
      if (r.section === 'partner' || r.section === 'causes') continue;
      expect(r.section, r.id).toMatch(/^cause-[a-z0-9-]+$/);
    }
  });
});

// ── the tree and the guides on disk ────────────────────────────────────────

describe('wizard tree: guides', () => {
  const sectionsBySlug = new Map<string, Set<string>>();
  for (const r of results) {
    const set = sectionsBySlug.get(r.guide) ?? new Set<string>();
    set.add(r.section);
    sectionsBySlug.set(r.guide, set);
  }

  for (const lang of langs) {
    for (const [slug, sections] of sectionsBySlug) {
      it(`${lang}/${slug}.mdx exists and has the sections ${[...sections].join(', ')}`, () => {
        const file = guidePath(lang, slug);
        expect(existsSync(file), `missing guide ${file}`).toBe(true);
        const ids = headingIds(readFileSync(file, 'utf8'));
        const missing = [...sections].filter((s) => !ids.has(s));
        expect(missing, `{#id} headings missing in content/errors/${lang}/${slug}.mdx`).toEqual([]);
      });
    }
  }

  it('has a branch for every code of the English guides, leading to that guide', () => {
    const dir = join(ERRORS_DIR, 'en');
    expect(existsSync(dir), `missing ${dir}`).toBe(true);
    const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const code = frontmatterField(readFileSync(join(dir, file), 'utf8'), 'code');
      expect(code, `content/errors/en/${file}: no code: line`).not.toBeNull();
      const branch = startFor(code!);
      expect(branch, `no wizard branch for code ${code} (content/errors/en/${file})`).toBeDefined();
      expect(resultsUnder(branch!)[0]?.guide, `branch of ${code}`).toBe(file.replace(/\.mdx$/, ''));
      expect(codeOf(branch!)).toBe(code);
    }
  });

  it('covers every guide the site needs: one branch per code in docs/writing-guides.md', () => {
    // The tree's own list (not a second list of codes): every branch's guide slug maps back to a code.
    expect(WIZARD_CODES.length).toBe(start.answers.length);
    for (const code of WIZARD_CODES) expect(codeToSlug(code)).toBe(resultsUnder(startFor(code)!)[0]?.guide);
  });

  it("quotes each code's English error text verbatim in the start answers, in every locale", () => {
    const texts = langs.map((lang) => [lang, loadWizardJson(lang)] as const);
    for (const answer of start.answers) {
      const code = codeOf(answer.next);
      if (code === undefined || code === 'other') continue;
      const file = guidePath('en', codeToSlug(code));
      if (!existsSync(file)) continue; // reported by the guide tests above
      const errorText = frontmatterField(readFileSync(file, 'utf8'), 'errorText');
      expect(errorText, `${file}: errorText`).not.toBeNull();
      for (const [lang, json] of texts) {
        expect(String(json[answer.labelKey]), `${lang}: ${answer.labelKey}`).toContain(errorText!);
      }
    }
  });
});

// ── the tree and the translations ──────────────────────────────────────────

describe('wizard tree: translations', () => {
  const files = Object.fromEntries(langs.map((lang) => [lang, loadWizardJson(lang)]));
  const keys = treeKeys();

  for (const lang of langs) {
    it(`${lang}/wizard.json has every key of the tree and the UI, non-empty`, () => {
      const json = files[lang]!;
      const missing = [...keys, ...UI_KEYS].filter((k) => typeof json[k] !== 'string' || String(json[k]).trim() === '');
      expect(missing).toEqual([]);
    });

    it(`${lang}/wizard.json has only strings, none empty, no i18next plural/context suffixes or nesting`, () => {
      for (const [key, value] of Object.entries(files[lang]!)) {
        expect(typeof value, key).toBe('string');
        expect(String(value).trim(), key).not.toBe('');
        expect(key, key).not.toMatch(/_(?:zero|one|two|few|many|other)$/);
        expect(String(value), key).not.toContain('$t(');
      }
    });
  }

  it('has identical key sets and {{placeholders}} in every locale', () => {
    const en = files.en!;
    for (const lang of langs) {
      const json = files[lang]!;
      expect(Object.keys(json).sort(), `${lang} keys`).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) {
        expect(placeholdersOf(String(json[key] ?? '')), `${lang}: ${key}`).toEqual(placeholdersOf(String(en[key])));
      }
    }
    expect(placeholdersOf(String(en['nav.progress']))).toEqual(['step', 'total']);
  });

  it('has no unused keys in the tree groups', () => {
    const unused = Object.keys(files.en!).filter(
      (k) => TREE_GROUPS.includes(k.split('.')[0] ?? '') && !keys.has(k),
    );
    expect(unused).toEqual([]);
  });

  it('keeps cmdlets, parameters and values verbatim in every locale', () => {
    const verbatim = /\b(?:Set-OutboundConnector|Remove-OutboundConnector|Get-AcceptedDomain|Get-OutboundConnector|SmartHosts|TlsSettings|TlsDomain|UseMXRecord|RecipientDomains|LastAttemptedServerName|LastAttemptedIP|EncryptionOnly|CertificateValidation|DomainValidation|Authoritative|TcpTestSucceeded)\b/g;
    const en = files.en!;
    for (const [key, value] of Object.entries(en)) {
      const terms = [...new Set(String(value).match(verbatim) ?? [])];
      for (const lang of langs) {
        for (const term of terms) expect(String(files[lang]![key]), `${lang}: ${key} must keep ${term}`).toContain(term);
      }
    }
  });

  it('uses the mandatory terms and none of the ruled-out wordings', () => {
    const required: Record<string, RegExp[]> = {
      pl: [/łącznik/i, /host\w* inteligentn/i, /zaakceptowan\w* domen/i, /Autorytatywna/, /zapor\w* sieciow/i, /certyfikat/i, /organizacj\w* partnersk/i, /środowisk\w* lokaln/i],
      tr: [/bağlayıcı/i, /akıllı konağ|akıllı konak/i, /kabul edilen etki alan/i, /Yetkili/, /güvenlik duvar/i, /sertifika/i, /iş ortağı kuruluş/i, /şirket içi/i],
    };
    for (const lang of langs) {
      const all = Object.values(files[lang]!).join('\n');
      for (const re of required[lang] ?? []) expect(all, `${lang}: ${re}`).toMatch(re);
      for (const f of glossary[lang]?.forbidden ?? []) {
        const hits = Object.entries(files[lang]!).filter(([, v]) => f.pattern.test(String(v))).map(([k]) => k);
        expect(hits, `${lang}: "${f.term}" (${f.why})`).toEqual([]);
      }
    }
  });
});

// ── helpers ────────────────────────────────────────────────────────────────

describe('wizard path helpers', () => {
  it('isStepId accepts node ids only', () => {
    expect(isStepId('start')).toBe(true);
    expect(isStepId('316-partner')).toBe(true);
    expect(isStepId('4-4-316')).toBe(true);
    for (const bad of ['', 'nope', 'START', '316-partner/', 'constructor', '__proto__', 'toString']) {
      expect(isStepId(bad), bad).toBe(false);
    }
    expect(isStepId(undefined)).toBe(false);
    expect(isStepId(316)).toBe(false);
  });

  it('getNode returns the node or undefined', () => {
    const node = getNode('316-partner');
    expect(node?.kind).toBe('result');
    expect(node).toMatchObject({ guide: '4-4-316', section: 'partner' });
    expect(getNode('316-firewall')).toMatchObject({ guide: '4-4-316', section: 'cause-firewall' });
    expect(getNode('316-no-on-premises')).toMatchObject({ guide: '4-4-316', section: 'cause-no-on-premises' });
    expect(getNode('start')?.kind).toBe('question');
    expect(getNode('nope')).toBeUndefined();
    expect(getNode('constructor')).toBeUndefined();
  });

  it('parentOf is "Back"', () => {
    expect(parentOf('316-partner')).toBe('4-4-316');
    expect(parentOf('4-4-316')).toBe('start');
    expect(parentOf('315-server-down')).toBe('315-site-change');
    expect(parentOf('start')).toBeUndefined();
    expect(parentOf('nope')).toBeUndefined();
  });

  it('pathTo lists the ids from the start', () => {
    expect(pathTo('start')).toEqual(['start']);
    expect(pathTo('316-firewall')).toEqual(['start', '4-4-316', '316-mailboxes', '316-firewall']);
    expect(pathTo('315-server-down')).toEqual(['start', '4-4-315', '315-history', '315-site-change', '315-server-down']);
    expect(pathTo('nope')).toEqual([]);
    for (const id of NODE_IDS) {
      const path = pathTo(id);
      expect(path[0]).toBe(START_ID);
      expect(path[path.length - 1]).toBe(id);
      for (let i = 1; i < path.length; i += 1) expect(parentOf(path[i]!)).toBe(path[i - 1]);
    }
  });

  it('progress gives the depth and the longest path through a node', () => {
    expect(progress('start')).toEqual({ step: 1, total: 5 });
    expect(progress('4-4-316')).toEqual({ step: 2, total: 4 });
    expect(progress('316-partner')).toEqual({ step: 3, total: 3 });
    expect(progress('4-4-315')).toEqual({ step: 2, total: 5 });
    expect(progress('315-server-down')).toEqual({ step: 5, total: 5 });
    expect(progress('nope')).toBeUndefined();
    for (const id of NODE_IDS) {
      const p = progress(id)!;
      expect(p.step).toBe(pathTo(id).length);
      expect(p.step).toBeLessThanOrEqual(p.total);
      expect(p.total).toBeLessThanOrEqual(MAX_QUESTIONS + 1);
      if (WIZARD_TREE[id].kind === 'result') expect(p.total, id).toBe(p.step);
    }
  });

  it('startFor finds a code\'s branch from a code or a slug', () => {
    expect(startFor('4.4.316')).toBe('4-4-316');
    expect(startFor('4-4-316')).toBe('4-4-316');
    expect(startFor('450 4.4.316')).toBe('4-4-316');
    expect(startFor('4.7.320')).toBe('4-7-320');
    expect(startFor('other')).toBe('other');
    expect(startFor('other-codes')).toBe('other');
    expect(startFor('5.7.1')).toBeUndefined();
    expect(startFor('')).toBeUndefined();
    expect(startFor('nonsense')).toBeUndefined();
  });

  it('maps codes and slugs both ways', () => {
    expect(codeToSlug('4.4.316')).toBe('4-4-316');
    expect(codeToSlug('other')).toBe('other-codes');
    expect(slugToCode('4-4-316')).toBe('4.4.316');
    expect(slugToCode('other-codes')).toBe('other');
    expect(slugToCode('search')).toBeUndefined();
    for (const code of WIZARD_CODES) expect(slugToCode(codeToSlug(code))).toBe(code);
    expect(WIZARD_CODES).toEqual(['4.4.312', '4.4.315', '4.4.316', '4.4.317', '4.4.318', '4.7.320', 'other']);
  });

  it('codeOf names the branch of a node', () => {
    expect(codeOf('316-partner')).toBe('4.4.316');
    expect(codeOf('320-check')).toBe('4.7.320');
    expect(codeOf('other-destination-server')).toBe('other');
    expect(codeOf('start')).toBeUndefined();
    expect(codeOf('nope')).toBeUndefined();
  });

  it('fillPlaceholders leaves a command alone without values', () => {
    for (const { command } of Object.values(COMMANDS)) {
      expect(fillPlaceholders(command)).toBe(command);
      expect(fillPlaceholders(command, {})).toBe(command);
      expect(fillPlaceholders(command, { smartHost: '', ip: '   ', domain: null, connectorName: undefined })).toBe(command);
    }
  });

  it('fillPlaceholders fills known values everywhere and leaves unknown placeholders', () => {
    const values = { smartHost: 'mail.contoso.com', ip: '203.0.113.25', domain: 'contoso.com', connectorName: 'To on-premises (Contoso)' };
    expect(fillPlaceholders(COMMANDS.openssl.command, values)).toBe(
      'openssl s_client -connect mail.contoso.com:25 -starttls smtp -servername mail.contoso.com',
    );
    expect(fillPlaceholders(COMMANDS.testPortIp.command, values)).toBe('Test-NetConnection 203.0.113.25 -Port 25');
    expect(fillPlaceholders(COMMANDS.setAuthoritative.command, values)).toBe(
      'Set-AcceptedDomain -Identity contoso.com -DomainType Authoritative',
    );
    expect(fillPlaceholders(COMMANDS.disableConnector.command, values)).toBe(
      'Set-OutboundConnector -Identity "To on-premises (Contoso)" -Enabled $false',
    );
    // Only some values known.
    expect(fillPlaceholders('Test-NetConnection <smart-host> -Port 25; ping <ip-address>', { smartHost: ' mail.contoso.com ' })).toBe(
      'Test-NetConnection mail.contoso.com -Port 25; ping <ip-address>',
    );
    // Placeholders the wizard does not know stay as they are.
    expect(fillPlaceholders('echo <name> <domain>', values)).toBe('echo <name> contoso.com');
    // The smart host may be an address; IPv6 is accepted.
    expect(fillPlaceholders('dig A <smart-host>', { smartHost: '203.0.113.5' })).toBe('dig A 203.0.113.5');
    expect(fillPlaceholders('x <ip-address>', { ip: '2001:db8::25' })).toBe('x 2001:db8::25');
    for (const { command } of Object.values(COMMANDS)) {
      expect(placeholdersIn(fillPlaceholders(command, values)), command).toEqual([]);
    }
  });

  it('fillPlaceholders ignores values that are not well-formed or could change the command', () => {
    const cmd = 'Test-NetConnection <smart-host> -Port 25 <ip-address> <domain> "<connector-name>"';
    const cases: [PlaceholderValues, string][] = [
      [{ smartHost: 'mail.contoso.com; Remove-Item C:\\' }, '<smart-host>'],
      [{ smartHost: 'mail.contoso.com -Port 1' }, '<smart-host>'],
      [{ smartHost: 'mail..contoso.com' }, '<smart-host>'],
      [{ ip: '203.0.113.25:25' }, '<ip-address>'],
      [{ ip: '999.1.1.1' }, '<ip-address>'],
      [{ ip: 'mail.contoso.com' }, '<ip-address>'],
      [{ domain: 'contoso.com`n' }, '<domain>'],
      [{ domain: '-contoso.com' }, '<domain>'],
      [{ connectorName: 'x" ; Remove-OutboundConnector "y' }, '<connector-name>'],
      [{ connectorName: 'Contoso $(Get-Date)' }, '<connector-name>'],
      [{ connectorName: 'Contoso “quoted”' }, '<connector-name>'],
      [{ connectorName: 'line\nbreak' }, '<connector-name>'],
    ];
    for (const [values, kept] of cases) {
      expect(fillPlaceholders(cmd, values), JSON.stringify(values)).toBe(cmd);
      expect(placeholdersIn(fillPlaceholders(cmd, values))).toContain(kept);
    }
    // A value is never re-read as a placeholder.
    expect(fillPlaceholders('<smart-host> <domain>', { smartHost: '<domain>', domain: 'contoso.com' })).toBe(
      '<smart-host> contoso.com',
    );
  });

  it('placeholdersIn lists the placeholders left in a command', () => {
    expect(placeholdersIn(COMMANDS.openssl.command)).toEqual(['<smart-host>']);
    expect(placeholdersIn('a <domain> <smart-host> <domain>')).toEqual(['<domain>', '<smart-host>']);
    expect(placeholdersIn('Get-AcceptedDomain')).toEqual([]);
  });
});
