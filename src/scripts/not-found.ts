/**
 * The 404 pages' script (src/pages/404.astro, src/pages/[lang]/404.astro): shows
 * the message of the locale in the path (else the saved or browser language),
 * the wizard's "unknown step" for /{lang}/troubleshoot/…, and fills the search
 * link with the missing path's last segment. The production server sends
 * /{lang}/404/ for an unknown path under /{lang}/ and the root page otherwise
 * (deploy/nginx/mailflow.conf); both need the same behaviour.
 */
import { negotiateLanguage } from '../lib/language';

const sections = [...document.querySelectorAll<HTMLElement>('[data-not-found]')];
const available = sections.map((s) => s.dataset.notFound ?? '');
const first = location.pathname.split('/')[1] ?? '';
let saved: string | null = null;
try {
  saved = localStorage.getItem('lang');
} catch {
  /* ignore */
}
const lang = available.includes(first) ? first : negotiateLanguage(saved, navigator.languages ?? [], available, available[0] ?? 'en');
// An unknown wizard step (/{lang}/troubleshoot/…): the wizard's message and Start over.
const wizard = available.includes(first) && location.pathname.split('/')[2] === 'troubleshoot';
const asked = decodeURIComponentSafe(location.pathname.split('/').filter(Boolean).pop() ?? '').slice(0, 100);
for (const section of sections) {
  const match = section.dataset.notFound === lang;
  section.hidden = !match;
  if (!match) continue;
  document.documentElement.lang = lang;
  document.title = section.dataset.title ?? document.title;
  const unknownStep = section.querySelector<HTMLElement>('[data-wizard-unknown]');
  const h1 = section.querySelector('h1');
  if (wizard && unknownStep && h1) {
    const title = unknownStep.dataset.wizardUnknown ?? '';
    document.title = document.title.replace(h1.textContent ?? '', title);
    h1.textContent = title;
    unknownStep.hidden = false;
    (unknownStep.previousElementSibling as HTMLElement).hidden = true;
  }
  const search = section.querySelector<HTMLAnchorElement>('a[data-search]');
  if (search && asked) {
    const url = new URL(search.href);
    url.searchParams.set('q', asked);
    search.href = url.href;
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
