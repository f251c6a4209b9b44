/**
 * The troubleshooting wizard's tree: the builder (buildTree, wizardBranches
 * in src/lib/wizard-tree.ts) on small inputs of its own, the site's tree
 * built from the registry (shape, links to the guides and the translations),
 * and the helpers of src/lib/wizard-path.ts. Codes come from the registry
 * (src/codes/entries.ts) and the guides on disk, never from a list here.
 */
import { describe, expect, it } from 'vitest';
import { langs } from '../../src/i18n/config';
import { glossary } from '../../src/i18n/glossary';
import { entries, otherWizard } from '../../src/codes/entries';
import type { CodeDef, WizardBranch } from '../../src/codes/types';
import { codeInClass } from '../../src/lib/code-registry';
import { OTHER_CODE } from '../../src/lib/error-code';
import {
  buildTree,
  COMMANDS,
  MAX_QUESTIONS,
  NODE_IDS,
  PLACEHOLDERS,
  START_ID,
  WIZARD_TREE,
  wizardBranches,
  type Answer,
  type NodeId,
  type QuestionNode,
  type ResultNode,
  type WizardNode,
  type WizardTree,
} from '../../src/lib/wizard-tree';
import { codeOf, getNode, isStepId, parentOf, pathTo, placeholdersIn, progress, resultsUnder, startFor } from '../../src/lib/wizard-path';
import { readGuide } from '../support/content-files';
import { GUIDES } from '../support/guides';
import { readLocale } from '../support/locale-files';

const nodeList = (tree: WizardTree): WizardNode[] => tree.ids.map((id) => tree.nodes.get(id)!);
const nodes = nodeList(WIZARD_TREE);
const questions = nodes.filter((n): n is QuestionNode => n.kind === 'question');
const results = nodes.filter((n): n is ResultNode => n.kind === 'result');
const node = (id: NodeId): WizardNode => WIZARD_TREE.nodes.get(id)!;
const start = node(START_ID) as QuestionNode;

/** A code nobody registered, for synthetic branches. */
const CODE = '9.9.999';
/** The step ids its branch gets: the slug, and the last number as prefix. */
const ROOT = '9-9-999';

/** Every i18n key a tree refers to. */
function treeKeys(tree: WizardTree): Set<string> {
  const keys = new Set<string>();
  for (const n of nodeList(tree)) {
    if (n.kind === 'question') {
      keys.add(n.questionKey);
      if (n.hintKey !== undefined) keys.add(n.hintKey);
      for (const a of n.answers) keys.add(a.labelKey);
    } else {
      for (const k of [n.titleKey, n.causeKey, n.verifyKey, ...n.stepKeys, ...n.commands.map((c) => c.labelKey)]) keys.add(k);
    }
  }
  return keys;
}

/** A label with its `{{values}}` filled in. */
const fill = (text: string, answer: Answer): string =>
  text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => answer.labelValues?.[name] ?? whole);

/** `{#id}` heading ids of a guide on disk. */
const headingIds = (lang: string, slug: string): Set<string> =>
  new Set(readGuide(lang, `${slug}.mdx`).headings.flatMap((h) => (h.id === null ? [] : [h.id])));

/** A branch of the kinds the registry has: nested questions, a default and an explicit section, a repeated result. */
const SAMPLE: WizardBranch = {
  partner: ['testPort'],
  yours: {
    question: 'first-check',
    answers: {
      yes: { result: 'broken', steps: 2, commands: ['openssl'], verify: 'stable' },
      no: {
        question: 'second',
        answers: {
          maybe: { result: 'unsure', section: 'causes', steps: 3, commands: [], verify: 'identify' },
          never: { result: 'again', sameAs: 'broken' },
        },
      },
    },
  },
};

const entry = (over: Partial<CodeDef>): CodeDef => ({
  id: 'X.9.999',
  classes: [4, 5],
  name: 'Synthetic failure',
  source: 'microsoft',
  actors: ['you'],
  ...over,
});

// ── the builder ────────────────────────────────────────────────────────────

describe('buildTree', () => {
  const tree = buildTree([{ code: CODE, where: 'test', wizard: SAMPLE }]);

  it('emits the start, the owner question, #partner and the branch depth first, with ids from the names', () => {
    expect(tree.ids).toEqual([START_ID, ROOT, '999-partner', '999-first-check', '999-broken', '999-second', '999-unsure', '999-again']);
    expect([...tree.nodes.keys()].sort()).toEqual([...tree.ids].sort());
    expect(tree.nodes.get(START_ID)).toMatchObject({ kind: 'question', answers: [{ labelKey: 'answers.start.999', next: ROOT }] });
    expect(tree.nodes.get(ROOT)).toEqual({
      id: ROOT,
      kind: 'question',
      questionKey: 'questions.owner.text',
      hintKey: 'questions.owner.hint',
      answers: [
        { labelKey: 'answers.owner.yours', next: '999-first-check' },
        { labelKey: 'answers.owner.partner', next: '999-partner' },
      ],
    });
  });

  it('gives #partner the shared steps, the code\'s own request and its commands after connect and showConnector', () => {
    const partner = tree.nodes.get('999-partner') as ResultNode;
    expect(partner).toMatchObject({ guide: ROOT, section: 'partner', titleKey: 'results.partner.title', verifyKey: 'checks.partner' });
    expect(partner.stepKeys).toContain('results.partner.ask.999');
    expect(partner.commands).toEqual([COMMANDS.connect, COMMANDS.showConnector, COMMANDS.testPort]);
  });

  it('names questions, answers and results after the branch, with the section cause-{name} unless given', () => {
    expect(tree.nodes.get('999-first-check')).toEqual({
      id: '999-first-check',
      kind: 'question',
      questionKey: 'questions.999-first-check.text',
      hintKey: 'questions.999-first-check.hint',
      answers: [
        { labelKey: 'answers.999-first-check.yes', next: '999-broken' },
        { labelKey: 'answers.999-first-check.no', next: '999-second' },
      ],
    });
    expect(tree.nodes.get('999-broken')).toEqual({
      id: '999-broken',
      kind: 'result',
      guide: ROOT,
      section: 'cause-broken',
      titleKey: 'results.999-broken.title',
      causeKey: 'results.999-broken.cause',
      stepKeys: ['results.999-broken.steps.s1', 'results.999-broken.steps.s2'],
      commands: [COMMANDS.openssl],
      verifyKey: 'checks.stable',
    });
    expect(tree.nodes.get('999-unsure')).toMatchObject({ section: 'causes', stepKeys: ['results.999-unsure.steps.s1', 'results.999-unsure.steps.s2', 'results.999-unsure.steps.s3'], commands: [] });
  });

  it('makes a repeated result a step of its own with the texts, section and commands of the one it repeats', () => {
    const { id, ...again } = tree.nodes.get('999-again') as ResultNode;
    const { id: brokenId, ...broken } = tree.nodes.get('999-broken') as ResultNode;
    expect([id, brokenId]).toEqual(['999-again', '999-broken']);
    expect(again).toEqual(broken);
  });

  it('gives a code without wizard data the generic branch: #partner, or the guide\'s #causes', () => {
    const generic = buildTree([{ code: CODE, where: 'test', errorText: `450 ${CODE} Synthetic failure` }]);
    expect(generic.ids).toEqual([START_ID, ROOT, '999-partner', '999-causes']);
    expect((generic.nodes.get(START_ID) as QuestionNode).answers).toEqual([
      { labelKey: 'answers.start.code', labelValues: { error: `450 ${CODE} Synthetic failure` }, next: ROOT },
    ]);
    expect((generic.nodes.get(ROOT) as QuestionNode).answers.map((a) => a.next)).toEqual(['999-causes', '999-partner']);
    expect(generic.nodes.get('999-causes')).toMatchObject({ kind: 'result', guide: ROOT, section: 'causes', titleKey: 'results.generic.title' });
    expect((generic.nodes.get('999-partner') as ResultNode).stepKeys).toContain('results.partner.ask.generic');
  });

  it('keeps the branches in the order given, the catch-all under its own ids', () => {
    const two = buildTree([
      { code: CODE, where: 'a' },
      { code: OTHER_CODE, where: 'b', wizard: otherWizard },
    ]);
    expect((two.nodes.get(START_ID) as QuestionNode).answers.map((a) => a.next)).toEqual([ROOT, OTHER_CODE]);
    expect(two.ids).toContain('other-partner');
    expect((two.nodes.get('other-partner') as ResultNode).guide).toBe('other-codes');
  });

  it('fails, naming where and the field, on broken data', () => {
    const bad = (wizard: unknown) => () => buildTree([{ code: CODE, where: 'src/codes/entries.ts: X.9.999', wizard: wizard as WizardBranch }]);
    const result = { result: 'one', steps: 1, commands: [], verify: 'stable' };
    expect(bad({ partner: [], yours: { question: 'q', answers: { yes: result } } })).toThrow(/X\.9\.999: field "wizard\.yours\.answers": a question needs at least two answers/);
    expect(bad({ partner: [], yours: { question: 'Bad Name', answers: { a: result, b: { ...result, result: 'two' } } } })).toThrow(/X\.9\.999: field "wizard\.yours\.question": "Bad Name"/);
    expect(bad({ partner: [], yours: { question: 'q', answers: { '1': result, b: { ...result, result: 'two' } } } })).toThrow(/answers\.1/);
    expect(bad({ partner: [], yours: { question: 'q', answers: { a: result, b: result } } })).toThrow(/"999-one" is used twice/);
    expect(bad({ partner: [], yours: { question: 'q', answers: { a: result, b: { result: 'two', sameAs: 'none' } } } })).toThrow(/field "wizard\.yours\.answers\.b\.sameAs": no result "none"/);
    expect(bad({ partner: ['noSuchCommand'], yours: result })).toThrow(/field "wizard\.partner": "noSuchCommand" is not one of COMMANDS/);
    expect(bad({ partner: [], yours: { ...result, steps: 0 } })).toThrow(/field "wizard\.yours\.steps"/);
    // Two codes with the same last number would share ids.
    expect(() => buildTree([{ code: CODE, where: 'a' }, { code: '8.8.999', where: 'b' }])).toThrow(/^b: the step id "999-partner" is used twice/);
  });
});

describe('wizardBranches', () => {
  it('gives a branch to every entry whose guide is its own, in order, then "other"; the generic one without data', () => {
    const list = [
      entry({ id: 'X.9.998', guide: { code: '4.9.998' }, wizard: SAMPLE }),
      entry({ id: 'X.9.997', guide: { code: OTHER_CODE } }),
      entry({ id: 'X.9.996' }),
      entry({ id: 'X.9.999', guide: { code: '5.9.999', section: 'cause-x' }, seen: ['450 4.9.999 Not this one', `550 5.9.999 Synthetic failure`] }),
    ];
    const branches = wizardBranches(list, otherWizard);
    expect(branches.map((b) => [b.code, b.wizard])).toEqual([
      ['4.9.998', SAMPLE],
      ['5.9.999', undefined],
      [OTHER_CODE, otherWizard],
    ]);
    expect(branches[1]).toMatchObject({ errorText: '550 5.9.999 Synthetic failure', where: 'src/codes/entries.ts: X.9.999' });
    expect(wizardBranches([entry({ guide: { code: '4.9.999' } })], otherWizard)[0]?.errorText).toBe('4.9.999 Synthetic failure');
  });

  it('refuses wizard data on an entry without a guide of its own', () => {
    expect(() => wizardBranches([entry({ guide: { code: OTHER_CODE }, wizard: SAMPLE })], otherWizard)).toThrow(
      /src\/codes\/entries\.ts: X\.9\.999: field "wizard": only an entry whose guide is its own/,
    );
    expect(() => wizardBranches([entry({ wizard: SAMPLE })], otherWizard)).toThrow(/field "wizard"/);
  });
});

// ── the site's tree: shape ─────────────────────────────────────────────────

describe('wizard tree: shape', () => {
  it('has unique, URL-safe ids, and every node is stored under its own id', () => {
    expect(new Set(NODE_IDS).size).toBe(NODE_IDS.length);
    for (const id of NODE_IDS) {
      expect(id, `id "${id}"`).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(node(id).id, `node stored under "${id}"`).toBe(id);
    }
    expect([...WIZARD_TREE.nodes.keys()].sort()).toEqual([...NODE_IDS].sort());
    expect(NODE_IDS[0]).toBe(START_ID);
    expect(start.kind).toBe('question');
  });

  it('only links to existing nodes, with at least two distinct answers per question', () => {
    for (const q of questions) {
      expect(q.answers.length, `${q.id} answers`).toBeGreaterThanOrEqual(2);
      const targets = q.answers.map((a) => a.next);
      expect(new Set(targets).size, `${q.id} has two answers leading to the same node`).toBe(targets.length);
      for (const t of targets) expect(isStepId(t), `${q.id} -> ${t}`).toBe(true);
    }
  });

  it('is a strict tree: the start has no parent, every other node exactly one', () => {
    const parentCount = new Map<string, number>(NODE_IDS.map((id) => [id, 0]));
    for (const q of questions) for (const a of q.answers) parentCount.set(a.next, (parentCount.get(a.next) ?? 0) + 1);
    for (const [id, count] of parentCount) expect(count, `parents of ${id}`).toBe(id === START_ID ? 0 : 1);
  });

  it(`ends every path at a result, without cycles, after at most ${MAX_QUESTIONS} questions, and reaches every node`, () => {
    const problems: string[] = [];
    const seen = new Set<NodeId>();
    const walk = (id: NodeId, path: NodeId[]): void => {
      if (path.includes(id)) {
        problems.push(`cycle: ${[...path, id].join(' > ')}`);
        return;
      }
      seen.add(id);
      const n = node(id);
      const here = [...path, id];
      if (n.kind === 'result') {
        const asked = here.filter((x) => node(x).kind === 'question').length;
        if (asked > MAX_QUESTIONS) problems.push(`${asked} questions: ${here.join(' > ')}`);
        return;
      }
      for (const a of n.answers) walk(a.next, here);
    };
    walk(START_ID, []);
    expect(problems).toEqual([]);
    expect(NODE_IDS.filter((id) => !seen.has(id))).toEqual([]);
  });

  it('gives every result a guide, a section, steps, a verify text and well-formed commands', () => {
    const allowed = new Set<string>(PLACEHOLDERS);
    for (const r of results) {
      expect(r.guide, r.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(r.section, r.id).toMatch(/^(?:partner|causes|cause-[a-z0-9]+(?:-[a-z0-9]+)*)$/);
      expect(r.stepKeys.length, `${r.id} steps`).toBeGreaterThan(0);
      expect(new Set(r.stepKeys).size, `${r.id} repeats a step`).toBe(r.stepKeys.length);
      for (const c of r.commands) {
        for (const m of c.command.matchAll(/<[^<>\s]+>/g)) {
          expect(allowed.has(m[0]), `${r.id}: unknown placeholder ${m[0]} in ${c.command}`).toBe(true);
        }
      }
    }
  });

  it('starts every branch with "yours or a partner organization\'s?", then #partner, or more questions / the #causes', () => {
    for (const answer of start.answers) {
      const branch = node(answer.next);
      expect(branch.kind, `${branch.id} must be a question`).toBe('question');
      if (branch.kind !== 'question') continue;
      expect(branch.questionKey, branch.id).toBe('questions.owner.text');
      expect(new Set(resultsUnder(branch.id).map((r) => r.guide)).size, `results under ${branch.id} point at one guide`).toBe(1);
      const [yours, partner] = branch.answers.map((a) => node(a.next));
      expect(partner, `${branch.id}: the second answer is the #partner result`).toMatchObject({ kind: 'result', section: 'partner' });
      expect(yours?.kind === 'question' || (yours?.kind === 'result' && yours.section === 'causes'), `${branch.id}: yours asks further or opens #causes`).toBe(true);
    }
  });
});

// ── the site's tree, the registry and the guides on disk ──────────────────

describe('wizard tree: registry and guides', () => {
  it('asks first about the registry\'s codes that have a guide of their own, in registry order, then the others', () => {
    const own = entries.flatMap((e: CodeDef) => (e.guide && e.classes.some((c) => codeInClass(e.id, c) === e.guide!.code) ? [e.guide.code] : []));
    expect(start.answers.map((a) => codeOf(a.next))).toEqual([...own, OTHER_CODE]);
  });

  it('has one branch for every guide, leading to that guide, and no other', () => {
    expect(GUIDES.length).toBeGreaterThan(1);
    for (const g of GUIDES) {
      const branch = startFor(g.code);
      expect(branch, `no wizard branch for ${g.code} (content/errors/en/${g.slug}.mdx)`).toBeDefined();
      expect(new Set(resultsUnder(branch!).map((r) => r.guide)), `branch of ${g.code}`).toEqual(new Set([g.slug]));
      expect(codeOf(branch!)).toBe(g.code);
    }
    expect(start.answers).toHaveLength(GUIDES.length);
  });

  for (const lang of langs) {
    it(`${lang}: every guide has the sections its results point at`, () => {
      const missing = results.filter((r) => !headingIds(lang, r.guide).has(r.section)).map((r) => `${r.id} -> ${lang}/${r.guide}.mdx#${r.section}`);
      expect(missing).toEqual([]);
    });

    it(`${lang}: every guide has the sections a generic branch would point at`, () => {
      for (const g of GUIDES) {
        const generic = buildTree([{ code: g.code, where: 'test' }]);
        const missing = nodeList(generic).flatMap((n) => (n.kind === 'result' && !headingIds(lang, g.slug).has(n.section) ? [n.section] : []));
        expect(missing, `${lang}/${g.slug}.mdx`).toEqual([]);
      }
    });
  }

  it("quotes each code's English error text verbatim in the start answers, in every locale", () => {
    for (const answer of start.answers) {
      const code = codeOf(answer.next);
      if (code === undefined || code === OTHER_CODE) continue;
      const slug = resultsUnder(answer.next)[0]!.guide;
      const errorText = readGuide('en', `${slug}.mdx`).frontmatter['errorText'];
      expect(typeof errorText, `${slug}.mdx: errorText`).toBe('string');
      for (const lang of langs) {
        expect(fill(String(readLocale(lang, 'wizard')[answer.labelKey]), answer), `${lang}: ${answer.labelKey}`).toContain(errorText);
      }
    }
  });
});

// ── the site's tree and the translations ───────────────────────────────────

describe('wizard tree: translations', () => {
  const files = Object.fromEntries(langs.map((lang) => [lang, readLocale(lang, 'wizard')]));
  // The site's keys, and those a code without wizard data would use.
  const keys = new Set([...treeKeys(WIZARD_TREE), ...treeKeys(buildTree([{ code: CODE, where: 'test' }]))]);

  for (const lang of langs) {
    it(`${lang}/wizard.json has every key of the tree and of the generic branch, non-empty`, () => {
      const json = files[lang]!;
      expect([...keys].filter((k) => typeof json[k] !== 'string' || String(json[k]).trim() === '')).toEqual([]);
    });

    it(`${lang}/wizard.json has only strings, no i18next plural suffixes or nesting`, () => {
      for (const [key, value] of Object.entries(files[lang]!)) {
        expect(typeof value, key).toBe('string');
        expect(key, key).not.toMatch(/_(?:zero|one|two|few|many|other)$/);
        expect(String(value), key).not.toContain('$t(');
      }
    });
  }

  it('has no unused keys in the tree groups', () => {
    const groups = new Set([...keys].map((k) => k.split('.')[0]));
    expect(Object.keys(files.en!).filter((k) => groups.has(k.split('.')[0]) && !keys.has(k))).toEqual([]);
  });

  it('keeps cmdlets, parameters and values verbatim in every locale', () => {
    const verbatim = /\b(?:Set-OutboundConnector|Remove-OutboundConnector|Get-AcceptedDomain|Get-OutboundConnector|SmartHosts|TlsSettings|TlsDomain|UseMXRecord|RecipientDomains|LastAttemptedServerName|LastAttemptedIP|EncryptionOnly|CertificateValidation|DomainValidation|Authoritative|TcpTestSucceeded|Validate-OutboundConnector|Validate this connector|Messages have been delayed|Fix now|View queue|Recipient address rejected: Access denied)\b/g;
    for (const [key, value] of Object.entries(files.en!)) {
      for (const term of new Set(String(value).match(verbatim) ?? [])) {
        for (const lang of langs) expect(String(files[lang]![key]), `${lang}: ${key} must keep ${term}`).toContain(term);
      }
    }
  });

  it('uses the mandatory terms and none of the ruled-out wordings', () => {
    const required: Record<string, RegExp[]> = {
      pl: [/łącznik/i, /host\w* inteligentn/i, /zaakceptowan\w* domen/i, /Autorytatywn[ya]/, /zapor\w* sieciow/i, /certyfikat/i, /organizacj\w* partnersk/i, /środowisk\w* lokaln/i],
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
  const branches = start.answers.map((a) => a.next);

  it('isStepId and getNode know the tree\'s own ids only', () => {
    for (const id of NODE_IDS) {
      expect(isStepId(id), id).toBe(true);
      expect(getNode(id)).toBe(node(id));
    }
    for (const bad of ['', 'nope', 'START', `${NODE_IDS[1]}/`, 'constructor', '__proto__', 'toString']) {
      expect(isStepId(bad), bad).toBe(false);
      expect(getNode(bad), bad).toBeUndefined();
    }
    expect(isStepId(undefined)).toBe(false);
    expect(isStepId(316)).toBe(false);
  });

  it('keeps today\'s step ids, so shared step URLs still work', () => {
    expect(pathTo('316-firewall')).toEqual([START_ID, '4-4-316', '316-mailboxes', '316-firewall']);
    expect(pathTo('315-server-down')).toEqual([START_ID, '4-4-315', '315-history', '315-site-change', '315-server-down']);
    expect(getNode('320-check')).toMatchObject({ kind: 'result', guide: '4-7-320', section: 'causes' });
    expect(parentOf('other-destination-server')).toBe('other-server-name');
  });

  it('parentOf is "Back" and pathTo follows it from the start', () => {
    expect(parentOf(START_ID)).toBeUndefined();
    expect(parentOf('nope')).toBeUndefined();
    expect(pathTo(START_ID)).toEqual([START_ID]);
    expect(pathTo('nope')).toEqual([]);
    for (const q of questions) for (const a of q.answers) expect(parentOf(a.next)).toBe(q.id);
    for (const id of NODE_IDS) {
      const path = pathTo(id);
      expect(path[0]).toBe(START_ID);
      expect(path[path.length - 1]).toBe(id);
      for (let i = 1; i < path.length; i += 1) expect(parentOf(path[i]!)).toBe(path[i - 1]);
    }
  });

  it('progress counts out of the same total on every step; a result is the last step', () => {
    const longest = Math.max(...results.map((r) => pathTo(r.id).length));
    expect(progress(START_ID)).toEqual({ step: 1, total: longest });
    expect(progress('nope')).toBeUndefined();
    for (const id of NODE_IDS) {
      const p = progress(id)!;
      expect(p.total, id).toBe(longest);
      expect(p.step, id).toBe(getNode(id)!.kind === 'result' ? longest : pathTo(id).length);
      expect(p.step).toBeLessThanOrEqual(p.total);
      // Along a path the count only grows.
      const parent = parentOf(id);
      if (parent !== undefined) expect(p.step, id).toBeGreaterThan(progress(parent)!.step);
    }
    expect(longest).toBeLessThanOrEqual(MAX_QUESTIONS + 1);
  });

  it("startFor finds a code's branch from a code in any form or its slug, and nothing for other codes", () => {
    for (const branch of branches) {
      const code = codeOf(branch)!;
      const slug = resultsUnder(branch)[0]!.guide;
      expect(startFor(code)).toBe(branch);
      expect(startFor(slug)).toBe(branch);
      if (code !== OTHER_CODE) expect(startFor(`450 ${code}`)).toBe(branch);
    }
    for (const bad of [CODE, '', '   ', 'nonsense']) expect(startFor(bad), bad).toBeUndefined();
  });

  it('codeOf names the branch of every node below it', () => {
    for (const branch of branches) {
      const code = codeOf(branch);
      expect(code).toBeDefined();
      for (const id of NODE_IDS) if (pathTo(id)[1] === branch) expect(codeOf(id), id).toBe(code);
    }
    expect(codeOf(START_ID)).toBeUndefined();
    expect(codeOf('nope')).toBeUndefined();
  });

  it('placeholdersIn lists the placeholders left in a command', () => {
    expect(placeholdersIn(COMMANDS.openssl.command)).toEqual(['<smart-host>']);
    expect(placeholdersIn('a <domain> <smart-host> <domain>')).toEqual(['<domain>', '<smart-host>']);
    expect(placeholdersIn('Get-AcceptedDomain')).toEqual([]);
  });
});
