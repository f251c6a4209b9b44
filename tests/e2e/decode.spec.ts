/**
 * The decode page (issue 13) in a real browser, in every locale: a pasted
 * NDR line, certificate and chained lines, delivery status fields, a saved
 * .eml and .msg (picked and dropped), the hand-off message, what is loaded
 * when, and what never happens: nothing pasted leaves the page, reaches the
 * URL or storage, or is run as markup; oversized input is cut with a note.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, LANGS, strings } from './fixtures';
import { bounceEml, bounceMsg } from '../support/bounce-files';
import { fillText } from '../../src/lib/decode/config';

const NDR_LINE = '550 5.4.316 Message expired, connection refused(Socket error code 10061)';
const CERT_LINE =
  "450 4.4.317 Cannot connect to remote server [Message=SubjectMismatch Expected Subject: mail.contoso.com Actual Subject: *.hosting.example.net] [LastAttemptedServerName=mail.contoso.com] [LastAttemptedIP=203.0.113.5:25]";

const decodeStrings = (lang: string) => strings(lang, 'decode');

/** The page's parts, by role and label in the page's language. */
function parts(page: Page, lang: string) {
  const t = decodeStrings(lang);
  return {
    t,
    box: page.getByRole('textbox', { name: t('page.inputLabel') }),
    file: page.getByLabel(t('page.fileLabel')),
    decode: page.getByRole('button', { name: t('page.submit'), exact: true }),
    clear: page.getByRole('button', { name: t('page.clear'), exact: true }),
    status: page.getByRole('status').filter({ hasText: /\S/ }).last(),
    results: page.getByRole('region', { name: t('result.title') }),
    verdict: page.getByRole('region', { name: t('result.verdict') }),
  };
}

/** "Found 1 failure." in the locale's plural form. */
function found(lang: string, count: number): string {
  const rule = new Intl.PluralRules(lang).select(count);
  const t = decodeStrings(lang);
  return fillText(t(`status.found_${rule}`) ?? t('status.found_other'), { count: String(count) });
}

/** Every request the page makes from now on, as URLs. */
function requests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(r.url()));
  return seen;
}

/** The scripts among them. */
function scripts(seen: string[]): string[] {
  return seen.filter((u) => /\.js$/.test(new URL(u).pathname));
}

async function expectNothingLeaked(page: Page, seen: string[], secrets: RegExp): Promise<void> {
  expect(seen.filter((u) => secrets.test(decodeURIComponent(u))), 'no request carries what was pasted').toEqual([]);
  expect(new URL(page.url()).search, 'nothing in the URL').toBe('');
  const stored = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
  expect(stored).not.toMatch(secrets);
}

async function guideLink(verdict: Locator, lang: string, slug: string, section: string): Promise<void> {
  await expect(verdict.locator(`a[href="/${lang}/errors/${slug}/#${section}"]`)).toBeVisible();
}

for (const lang of LANGS) {
  test.describe(`${lang}: decode`, () => {
    test('an NDR line: the real code behind the expired form, the socket error, the guide section and who acts', async ({ page }) => {
      const seen = requests(page);
      await page.goto(`/${lang}/decode/`);
      const p = parts(page, lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await p.box.fill(NDR_LINE);
      await p.decode.click();
      await expect(p.status).toHaveText(found(lang, 1));
      await expect(p.verdict).toContainText('4.4.316');
      await expect(p.verdict).toContainText(fillText(p.t('result.reportedAs'), { code: '550 5.4.316' }));
      await expect(p.verdict).toContainText(fillText(p.t('result.expired'), { code: '5.4.316', twin: '4.4.316' }));
      await guideLink(p.verdict, lang, '4-4-316', 'cause-firewall');
      await expect(p.verdict).toContainText(fillText(p.t('result.because'), { token: 'Socket error code 10061', meaning: p.t('tokens.socket-10061') }));
      await expect(p.verdict.getByRole('listitem').filter({ hasText: p.t('result.actors.you') })).toBeVisible();
      // The hand-off message names the code and is ready to copy.
      const handoff = page.getByRole('region', { name: p.t('handoff.title') });
      await expect(handoff.getByRole('textbox').first()).toHaveValue(/4\.4\.316|5\.4\.316/);
      await expectNothingLeaked(page, seen, /10061|connection refused/i);
    });

    test('a saved .eml is read with its two recipients, its subject and a timeline; the message reader loads only for it', async ({ page }) => {
      const seen = requests(page);
      await page.goto(`/${lang}/decode/`);
      const p = parts(page, lang);
      await p.box.fill('421 4.4.2 Connection dropped');
      await p.decode.click();
      await expect(p.results).toBeVisible();
      expect(seen.filter((u) => /postal-mime/i.test(u)), 'no message reader for a line').toEqual([]);
      const before = new Set(scripts(seen));
      await p.file.setInputFiles({ name: 'bounce.eml', mimeType: 'message/rfc822', buffer: Buffer.from(bounceEml(), 'utf8') });
      await expect(p.status).toHaveText(found(lang, 2));
      for (const address of ['jan@fabrikam.pl', 'ola@fabrikam.pl']) await expect(p.results.getByRole('heading', { name: address })).toBeVisible();
      await guideLink(p.verdict, lang, '4-4-316', 'cause-firewall');
      await expect(p.results).toContainText('Niedostarczalne: Raport kwartalny');
      await expect(p.results.getByRole('heading', { name: p.t('result.timeline') })).toBeVisible();
      const fetched = scripts(seen).filter((u) => !before.has(u));
      expect(fetched.some((u) => /\/_astro\/postal-mime[^/]*\.js$/.test(u)), 'postal-mime fetched for the .eml').toBe(true);
      expect(fetched.filter((u) => !/\/_astro\/postal-mime[^/]*\.js$/.test(u)), 'and nothing else (no .msg reader)').toEqual([]);
      await expectNothingLeaked(page, seen, /fabrikam|Raport/i);
    });
  });
}

test.describe('decode: formats and files', () => {
  test('a certificate failure inside 4.4.317 leads to the certificate section, not a 4.4.317 cause', async ({ page }) => {
    await page.goto('/tr/decode/');
    const p = parts(page, 'tr');
    await p.box.fill(CERT_LINE);
    await p.decode.click();
    await guideLink(p.verdict, 'tr', '4-7-320', 'cause-name-mismatch');
    await expect(p.verdict).toContainText('mail.contoso.com (203.0.113.5:25)');
  });

  test('delivery status fields with CR line ends, one block per recipient', async ({ page }) => {
    await page.goto('/en/decode/');
    const p = parts(page, 'en');
    const fields = [
      'Reporting-MTA: dns; BN8PR12MB3456.namprd12.prod.outlook.com',
      '',
      'Final-Recipient: rfc822; ana@fabrikam.com',
      'Action: delayed',
      'Status: 4.4.315',
      'Diagnostic-Code: smtp; 451 4.4.315 Connection timed out [Message=Socket error code 10060]',
      'Will-Retry-Until: Thu, 3 Dec 2026 09:00:00 +0000',
      '',
      'Final-Recipient: rfc822; bo@fabrikam.com',
      'Action: failed',
      'Status: 5.1.1',
      "Diagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
    ].join('\r');
    await p.box.fill(fields);
    await p.decode.click();
    await expect(p.status).toHaveText(found('en', 2));
    await expect(p.results.getByRole('heading', { name: 'ana@fabrikam.com' })).toBeVisible();
    await expect(p.results.getByRole('heading', { name: 'bo@fabrikam.com' })).toBeVisible();
    await expect(p.results.locator('a[href="/en/codes/5-1-1/"]').first()).toBeVisible();
    await expect(p.results.getByRole('heading', { name: p.t('result.timeline') })).toBeVisible();
  });

  test('an Outlook .msg, dropped on the box, is read with msgreader (fetched only then)', async ({ page }) => {
    const seen = requests(page);
    await page.goto('/pl/decode/');
    const p = parts(page, 'pl');
    // First a line, so the parsers are in: what the drop fetches next is the .msg reader alone.
    await p.box.fill(NDR_LINE);
    await p.decode.click();
    await expect(p.results).toBeVisible();
    const before = new Set(scripts(seen));
    const bytes = Array.from(bounceMsg());
    // A real drop: a DataTransfer holding the file, dispatched on the drop zone.
    const transfer = await page.evaluateHandle((data) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], 'niedostarczalne.msg', { type: 'application/vnd.ms-outlook' }));
      return dt;
    }, bytes);
    const zone = p.box.locator('xpath=..');
    await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await expect(p.status).toHaveText(found('pl', 1));
    await guideLink(p.verdict, 'pl', '4-4-316', 'cause-firewall');
    await expect(p.results).toContainText(p.t('result.formats.msg'));
    const fetched = scripts(seen).filter((u) => !before.has(u));
    expect(fetched.length, 'the .msg reader is fetched for the .msg').toBeGreaterThan(0);
    expect(fetched.filter((u) => /postal-mime|engine/.test(u)), 'and nothing else').toEqual([]);
  });

  test('a file of another kind gets a clear answer', async ({ page }) => {
    await page.goto('/en/decode/');
    const p = parts(page, 'en');
    await p.file.setInputFiles({ name: 'bounce.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
    await expect(p.status).toHaveText(p.t('status.unsupported'));
    await expect(p.results).toBeHidden();
  });

  test('text with no code says what to paste; Clear empties the box and the results', async ({ page }) => {
    await page.goto('/en/decode/');
    const p = parts(page, 'en');
    await p.box.fill('hello, my mail is stuck');
    await p.decode.click();
    await expect(p.status).toHaveText(p.t('status.nothing'));
    await p.box.fill(NDR_LINE);
    await p.decode.click();
    await expect(p.results).toBeVisible();
    await p.clear.click();
    await expect(p.box).toHaveValue('');
    await expect(p.results).toBeHidden();
    await expect(p.box).toBeFocused();
  });

  test('markup in the input is shown as text and never runs', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto('/en/decode/');
    const p = parts(page, 'en');
    const evil = `450 4.4.316 Connection refused [LastAttemptedServerName=<img src=x onerror=alert(1)>] <script>alert(2)</script>`;
    await p.box.fill(evil);
    await p.decode.click();
    await expect(p.results).toBeVisible();
    await expect(p.results.locator('img, script')).toHaveCount(0);
    await expect(p.results).toContainText('<script>alert(2)</script>');
    expect(dialogs).toEqual([]);
  });

  test('more than 1 MB is cut with a note, and the page still answers', async ({ page }) => {
    await page.goto('/en/decode/');
    const p = parts(page, 'en');
    const line = `${NDR_LINE}\n`;
    // Put in as a paste would (typing 1 MB through fill() is Playwright's slow path, not the page's).
    await p.box.evaluate((el, text) => {
      (el as HTMLTextAreaElement).value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, line.repeat(Math.ceil(1_100_000 / line.length)));
    await p.decode.click();
    await expect(p.status).toContainText(p.t('status.truncated'), { timeout: 30_000 });
    await expect(p.verdict).toContainText('4.4.316');
  });

  test('on load the page fetches neither the parsers nor the code list; focusing the box starts them', async ({ page }) => {
    const seen = requests(page);
    await page.goto('/en/decode/');
    await page.waitForLoadState('networkidle');
    expect(seen.filter((u) => /\/_astro\/engine[^/]*\.js$|codes\.json|postal-mime|msgreader/.test(u))).toEqual([]);
    const loaded = page.waitForRequest((r) => /\/_astro\/engine[^/]*\.js$/.test(r.url()));
    await parts(page, 'en').box.focus();
    await loaded;
  });
});

test.describe('decode without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of LANGS) {
    test(`${lang}: says decoding needs JavaScript and links to the codes`, async ({ page }) => {
      await page.goto(`/${lang}/decode/`);
      const t = decodeStrings(lang);
      await expect(page.getByText(t('page.noJs'))).toBeVisible();
      await page.getByRole('link', { name: t('page.noJsLink') }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/codes/$`));
    });
  }
});
