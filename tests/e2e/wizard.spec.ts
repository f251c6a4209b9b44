/**
 * The troubleshooting wizard in every locale: every path from the start to
 * every result, by mouse and by keyboard (in place, with JavaScript) and by
 * plain links (JavaScript off); each result's guide link; Back, Start over
 * and the browser's Back button; shared step URLs; a pasted error; unknown
 * steps. Paths and labels come from the tree and the translation files, so
 * a new branch or locale is walked without touching this file.
 */
import type { Browser, Page } from '@playwright/test';
import { test, expect, LANGS, strings } from './fixtures';
import { getNode, parentOf, pathTo, progress, resultsUnder, startFor } from '../../src/lib/wizard-path';
import { START_ID, type Answer, type NodeId, type QuestionNode, type ResultNode } from '../../src/lib/wizard-tree';
import { stepPath } from '../../src/lib/wizard-url';

const LINE =
  '450 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail.contoso.com] [LastAttemptedIP=203.0.113.5:25]';
const BRANCHES: NodeId[] = (getNode(START_ID) as QuestionNode).answers.map((a) => a.next);

type Mode = 'mouse' | 'keyboard' | 'no-js';

// Jumps to #sections without smooth scrolling, so nothing waits for an animation.
test.use({ reducedMotion: 'reduce' });

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The URL of a step, with any query string. */
function stepUrl(lang: string, id: NodeId): RegExp {
  return new RegExp(`${escape(stepPath(lang, id))}(\\?[^#]*)?$`);
}

function heading(lang: string, id: NodeId): string {
  const w = strings(lang, 'wizard');
  const node = getNode(id)!;
  return w(node.kind === 'question' ? node.questionKey : node.titleKey);
}

function progressText(lang: string, id: NodeId): string {
  const p = progress(id)!;
  return strings(lang, 'wizard')('nav.progress').replace('{{step}}', String(p.step)).replace('{{total}}', String(p.total));
}

/** The page shows step `id`: URL, heading (focused after an in-place move) and progress. */
async function expectStep(page: Page, lang: string, id: NodeId, focused: boolean): Promise<void> {
  await expect(page).toHaveURL(stepUrl(lang, id));
  const h1 = page.getByRole('heading', { level: 1, name: heading(lang, id), exact: true });
  await expect(h1).toBeVisible();
  if (focused) await expect(h1).toBeFocused();
  const bar = page.getByRole('progressbar', { name: progressText(lang, id), exact: true });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('value', String(progress(id)!.step));
}

/** Follows a link the way the mode says: a click, or focus and Enter. */
async function follow(page: Page, link: ReturnType<Page['getByRole']>, mode: Mode): Promise<void> {
  if (mode === 'keyboard') {
    await link.focus();
    await page.keyboard.press('Enter');
  } else {
    await link.click();
  }
}

/** An answer's label with its `{{values}}` filled in. */
function labelOf(text: string, answer: Answer): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => answer.labelValues?.[name] ?? whole);
}

/** From step `from` (the start), answers its way down to `leaf`: the answer whose link leads to the next node of pathTo. */
async function walkTo(page: Page, lang: string, leaf: NodeId, mode: Mode, from: NodeId = START_ID): Promise<void> {
  const w = strings(lang, 'wizard');
  const path = pathTo(leaf);
  for (let i = path.indexOf(from); i + 1 < path.length; i += 1) {
    const question = getNode(path[i]!) as QuestionNode;
    const next = path[i + 1]!;
    const answer = question.answers.find((a) => a.next === next)!;
    const answers = page.getByRole('list', { name: w(question.questionKey), exact: true });
    const link = answers.getByRole('link', { name: labelOf(w(answer.labelKey), answer), exact: true });
    await expect(link).toHaveAttribute('href', stepUrl(lang, next));
    await follow(page, link, mode);
    await expectStep(page, lang, next, mode !== 'no-js');
  }
}

/** The result card of `leaf`: its parts, and a guide link that opens the right section. */
async function checkResult(page: Page, lang: string, leaf: ResultNode, mode: Mode): Promise<void> {
  const w = strings(lang, 'wizard');
  const card = page.locator('.wz-card');
  await expect(card.getByRole('heading', { level: 2, name: w('result.steps') })).toBeVisible();
  await expect(card.getByRole('listitem')).toHaveCount(leaf.stepKeys.length);
  await expect(card.getByRole('heading', { level: 2, name: w('result.verify') })).toBeVisible();
  await expect(card.locator('.wz-cmd pre[data-copy]')).toHaveCount(leaf.commands.length);
  // A result about a partner's server carries a message to send them; no other result does.
  const hasMessage = leaf.section === 'partner';
  await expect(card.getByRole('heading', { level: 2, name: w('result.partnerMessage') })).toHaveCount(hasMessage ? 1 : 0);
  await expect(card.locator('pre[data-copy]')).toHaveCount(leaf.commands.length + (hasMessage ? 1 : 0));
  if (mode !== 'no-js') {
    // Copy buttons, added by site.ts to blocks that arrived in place.
    await expect(card.getByRole('button', { name: strings(lang)('copy.buttonLabel') })).toHaveCount(leaf.commands.length);
    await expect(card.getByRole('button', { name: w('result.copyMessage') })).toHaveCount(hasMessage ? 1 : 0);
  }
  const guideLink = page.getByRole('link', { name: w('result.openGuide') });
  await expect(guideLink).toHaveAttribute('href', `/${lang}/errors/${leaf.guide}/#${leaf.section}`);
  // The same link in every mode: following it once per result (by mouse) is enough, and keeps the file fast.
  if (mode === 'mouse') await expectGuideSection(page, guideLink, lang, leaf, mode);
}

/** Following the guide link lands on the guide with its section in view. */
async function expectGuideSection(page: Page, link: ReturnType<Page['getByRole']>, lang: string, leaf: ResultNode, mode: Mode): Promise<void> {
  await follow(page, link, mode);
  await expect(page).toHaveURL(new RegExp(`/${lang}/errors/${leaf.guide}/#${leaf.section}$`));
  await expect(page.locator(`[id="${leaf.section}"]`)).toBeInViewport();
}

/**
 * Every result of one branch, from the start, then back to the start through
 * "Start over". By mouse, each result's guide link is followed and Back returns.
 */
async function walkBranch(page: Page, lang: string, branch: NodeId, mode: Mode): Promise<void> {
  const w = strings(lang, 'wizard');
  await page.goto(stepPath(lang, START_ID));
  await expectStep(page, lang, START_ID, false);
  for (const leaf of resultsUnder(branch)) {
    await walkTo(page, lang, leaf.id, mode);
    await checkResult(page, lang, leaf, mode);
    if (mode === 'mouse') {
      // Back from the guide returns to the result.
      await page.goBack();
      await expectStep(page, lang, leaf.id, false);
    }
    await follow(page, page.getByRole('link', { name: w('nav.startOver'), exact: true }), mode);
    await expectStep(page, lang, START_ID, mode !== 'no-js');
  }
}

/** A page without JavaScript that records console errors and requests to other origins. */
async function noJsPage(browser: Browser, baseURL: string): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) problems.push(msg.text());
  });
  page.on('request', (req) => {
    if (!/^(data|blob|about):/.test(req.url()) && new URL(req.url()).origin !== origin) problems.push(`third-party: ${req.url()}`);
  });
  return { page, problems, close: () => context.close() };
}

for (const lang of LANGS) {
  test.describe(`${lang}: every path`, () => {
    for (const branch of BRANCHES) {
      // The tree is the same in every locale; only the labels differ. Every
      // locale walks every path through its server-rendered links (without
      // JavaScript); the in-place steps (mouse, keyboard) walk every path in
      // the default locale and the first branch in the others.
      const modes = lang === LANGS[0] || branch === BRANCHES[0] ? (['mouse', 'keyboard'] as const) : [];
      for (const mode of modes) {
        test(`${branch}, ${mode}`, async ({ page }) => {
          await walkBranch(page, lang, branch, mode);
        });
      }
      test(`${branch}, without JavaScript`, async ({ browser, baseURL }) => {
        const { page, problems, close } = await noJsPage(browser, baseURL!);
        try {
          if (branch === BRANCHES[0]) {
            // The paste box needs JavaScript: it is not there at all without it.
            await page.goto(stepPath(lang, START_ID));
            await expect(page.getByLabel(strings(lang, 'wizard')('paste.label'))).toBeHidden();
          }
          await walkBranch(page, lang, branch, 'no-js');
        } finally {
          await close();
        }
        expect(problems).toEqual([]);
      });
    }
  });

  test.describe(`${lang}: moving around`, () => {
    const w = strings(lang, 'wizard');

    test('Back, Start over and the browser Back button, in place', async ({ page }) => {
      await page.goto(stepPath(lang, START_ID));
      await walkTo(page, lang, '316-firewall', 'mouse');
      // A real page load would reset this marker: in-place moves keep it.
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

      await page.getByRole('link', { name: w('nav.back'), exact: true }).click();
      await expectStep(page, lang, '316-mailboxes', true);
      await page.goBack();
      await expectStep(page, lang, '316-firewall', true);
      await page.goBack();
      await expectStep(page, lang, '316-mailboxes', true);
      await page.goBack();
      await expectStep(page, lang, '4-4-316', true);
      await page.goForward();
      await expectStep(page, lang, '316-mailboxes', true);
      await page.getByRole('link', { name: w('nav.startOver'), exact: true }).click();
      await expectStep(page, lang, START_ID, true);
      await expect(page).toHaveTitle(new RegExp(`^${escape(strings(lang, 'wizard')('page.title'))} \\|`));
      await page.goBack();
      await expectStep(page, lang, '316-mailboxes', true);
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
      // The language picker follows the step.
      const other = LANGS.find((l) => l !== lang)!;
      await expect(page.locator(`a[data-lang-switch="${other}"]`)).toHaveAttribute('href', stepPath(other, '316-mailboxes'));
    });

    test('a shared step URL opens that step, with a working Back', async ({ page }) => {
      await page.goto(stepPath(lang, '318-health'));
      await expectStep(page, lang, '318-health', false);
      // Titles lead with the code and the (possibly shortened) question.
      await expect(page).toHaveTitle(new RegExp(`^4\\.4\\.318: ${escape(heading(lang, '318-health').slice(0, 20))}`));
      await page.getByRole('link', { name: w('nav.back'), exact: true }).press('Enter');
      await expectStep(page, lang, '318-inspection', true);
      // A result's guide link by keyboard, too.
      await page.goto(stepPath(lang, '318-packet-inspection'));
      const leaf = getNode('318-packet-inspection') as ResultNode;
      await expectGuideSection(page, page.getByRole('link', { name: w('result.openGuide') }), lang, leaf, 'keyboard');
    });

    test('a pasted error jumps to its branch, says what it read and fills the commands, with nothing in the URL', async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      await page.goto(stepPath(lang, START_ID));
      await page.getByLabel(w('paste.label')).fill(LINE);
      await page.getByRole('button', { name: w('paste.button') }).click();
      await expectStep(page, lang, '4-4-316', true);
      await expect(page).toHaveURL(new RegExp(`${escape(stepPath(lang, '4-4-316'))}$`));
      const read = w('paste.read').replace('{{items}}', '450 4.4.316 · mail.contoso.com · 203.0.113.5 · Socket error code 10061');
      await expect(page.getByText(read)).toBeVisible();
      // The question about the server names the one from the paste.
      await expect(page.getByText(w('paste.serverKnown').replace('{{host}}', 'mail.contoso.com'), { exact: true })).toBeVisible();
      await walkTo(page, lang, '316-firewall', 'mouse', '4-4-316');
      await expect(page).toHaveURL(new RegExp(`${escape(stepPath(lang, '316-firewall'))}$`));
      const card = page.locator('.wz-card');
      await expect(card.getByText(w('paste.filled'))).toBeVisible();
      await expect(card.locator('pre', { hasText: 'Test-NetConnection mail.contoso.com -Port 25' })).toBeVisible();
      await expect(card.getByText('<smart-host>')).toHaveCount(0);
      // Back keeps the values, in the page only.
      await page.getByRole('link', { name: w('nav.back'), exact: true }).click();
      await expectStep(page, lang, parentOf('316-firewall')!, true);
      await expect(page).toHaveURL(new RegExp(`${escape(stepPath(lang, parentOf('316-firewall')!))}$`));
      // Nothing pasted went out: no request carried the server name or the address (not even as a referrer).
      expect(requests.filter((u) => /contoso|203\.0\.113/.test(u))).toEqual([]);
      // A shared result URL with values fills them in too, labelled as the link's, and bad values are ignored.
      await page.goto(`${stepPath(lang, '315-server-down')}?host=mail.contoso.com&ip=203.0.113.5`);
      await expect(page.locator('pre', { hasText: 'Test-NetConnection 203.0.113.5 -Port 25' })).toBeVisible();
      await expect(page.getByText(w('paste.fromLink'))).toBeVisible();
      await expect(page.getByText(w('paste.filled'))).toBeHidden();
      await page.goto(`${stepPath(lang, '315-server-down')}?host=${encodeURIComponent('x;rm -rf /')}&ip=999.1.1.1`);
      await expect(page.getByText(w('paste.fromLink'))).toBeHidden();
      await expect(page.locator('.ph[data-ph="smart-host"]')).toHaveText('<smart-host>');
      // Start over forgets the values.
      await page.getByRole('link', { name: w('nav.startOver'), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${escape(stepPath(lang, START_ID))}$`));
    });

    test('the partner result has a message to send, in English, filled from the paste and copied with one button', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      await page.goto(stepPath(lang, START_ID));
      await page.getByLabel(w('paste.label')).fill(`Odebrano z kolejki:\n${LINE}\n`);
      await page.getByRole('button', { name: w('paste.button') }).click();
      await expectStep(page, lang, '4-4-316', true);
      const partner = (getNode('4-4-316') as QuestionNode).answers.find((a) => /partner/.test(a.next))!.next;
      await walkTo(page, lang, partner, 'mouse', '4-4-316');
      await expect(page.getByRole('heading', { level: 2, name: w('result.partnerMessage') })).toBeVisible();
      const message = page.locator('.wz-message pre');
      await expect(message).toHaveAttribute('data-copy-label', w('result.copyMessage'));
      await expect(message).toContainText('Subject: Mail delivery failure to mail.contoso.com: 4.4.316');
      await expect(message).toContainText(`Error: ${LINE}`);
      await expect(message).toContainText('IP address and port: 203.0.113.5:25');
      // What the paste cannot know stays a placeholder for the reader.
      await expect(message.locator('.ph[data-ph="utc-time"]')).toHaveText('<utc-time>');
      await page.getByRole('button', { name: w('result.copyMessage') }).click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe((await message.innerText()).replace(/\n+$/, ''));
      expect(copied).toContain(LINE);
      expect(requests.filter((u) => /contoso|203\.0\.113|10061/.test(decodeURIComponent(u)))).toEqual([]);
      // A link's values fill the server, never the line: the line was only in the paste.
      await page.goto(`${stepPath(lang, partner)}?host=mail.contoso.com`);
      await expect(page.locator('.wz-message pre')).toContainText('to mail.contoso.com');
      await expect(page.locator('.wz-message .ph[data-ph="error-line"]')).toHaveText('<error-line>');
    });

    test('a pasted NDR and a certificate verdict take the branch the decoder names', async ({ page }) => {
      await page.goto(stepPath(lang, START_ID));
      const field = page.getByLabel(w('paste.label'));
      await field.fill('550 5.4.316 Message expired, connection refused(Socket error code 10061)');
      await page.getByRole('button', { name: w('paste.button') }).click();
      await expectStep(page, lang, startFor('4.4.316')!, true);
      await page.goto(stepPath(lang, START_ID));
      await field.fill('450 4.4.317 Cannot connect to remote server [Message=SubjectMismatch Expected Subject: mail.contoso.com]');
      await page.getByRole('button', { name: w('paste.button') }).click();
      await expectStep(page, lang, startFor('4.7.320')!, true);
    });

    test('an unknown step shows the wizard message with Start over', async ({ page }) => {
      const c = strings(lang);
      for (const path of [`/${lang}/troubleshoot/no-such-step/`, `/${lang}/troubleshoot/4-4-316/extra/`]) {
        const res = await page.goto(path);
        expect(res?.status()).toBe(404);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.getByRole('heading', { level: 1, name: w('unknownStep.title') })).toBeVisible();
        await expect(page).toHaveTitle(new RegExp(`^${escape(w('unknownStep.title'))} \\|`));
        await expect(page.getByText(w('unknownStep.text'))).toBeVisible();
        await expect(page.getByText(c('notFound.text'))).toBeHidden();
        await expect(page.getByRole('link', { name: w('nav.startOver'), exact: true })).toHaveAttribute('href', stepPath(lang, START_ID));
      }
      await page.getByRole('link', { name: w('nav.startOver'), exact: true }).click();
      await expectStep(page, lang, START_ID, false);
      // Other unknown paths keep the general message.
      await page.goto(`/${lang}/no-such-page/`);
      await expect(page.getByRole('heading', { level: 1, name: c('notFound.title') })).toBeVisible();
      await expect(page.getByText(c('notFound.text'))).toBeVisible();
      await expect(page.getByText(w('unknownStep.text'))).toBeHidden();
    });
  });
}

test.describe('details', () => {
  const w = strings('en', 'wizard');

  test('the paste box says when it recognized nothing, and when the text was cut', async ({ page }) => {
    await page.goto(stepPath('en', START_ID));
    const field = page.getByLabel(w('paste.label'));
    await field.fill('hello, nothing to see here');
    await page.getByRole('button', { name: w('paste.button') }).click();
    await expect(page.getByText(w('paste.notRecognized'))).toBeVisible();
    await expectStep(page, 'en', START_ID, false);
    await field.fill(`${LINE} ${'x'.repeat(2500)}`);
    await field.press('Enter'); // a line break in the box, not a submit
    await page.getByRole('button', { name: w('paste.button') }).click();
    await expectStep(page, 'en', '4-4-316', true);
    await expect(page.getByText(w('paste.truncated'))).toBeVisible();
    await page.getByRole('link', { name: w('answers.owner.partner') }).click();
    await expectStep(page, 'en', '316-partner', true);
    await expect(page.getByText(w('paste.truncated'))).toBeHidden();
  });

  test('a paste submitted before the box is wired is answered once it is, without a reload', async ({ page }) => {
    // The box shows as soon as the page does; its code arrives late here.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/wizard-paste\.[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(stepPath('en', START_ID));
    await page.getByLabel(w('paste.label')).fill(LINE);
    await page.getByRole('button', { name: w('paste.button') }).click();
    await expectStep(page, 'en', START_ID, false);
    release();
    await expectStep(page, 'en', '4-4-316', true);
    expect(page.url()).not.toContain('?');
  });

  test('every guide links to its own branch', async ({ page }) => {
    const cta = strings('en')('guide.wizardCta');
    for (const branch of BRANCHES) {
      const guide = resultsUnder(branch)[0]!.guide;
      await page.goto(`/en/errors/${guide}/`);
      await page.getByRole('link', { name: cta }).click();
      await expectStep(page, 'en', branch, false);
    }
  });

  test('works at 320 px without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const id of [START_ID, '4-4-316', '316-no-on-premises', '317-tls-required'] as NodeId[]) {
      await page.goto(stepPath('pl', id));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide, id).toBeLessThanOrEqual(320);
    }
  });
});
