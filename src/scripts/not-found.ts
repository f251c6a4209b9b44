/**
 * The 404 pages. Static servers (and `astro preview`) answer every unknown path
 * with the root `dist/404.html`, which is English. When the path (else the saved
 * or browser language) names another locale, this fetches that locale's
 * `/{lang}/404/` and swaps in its <body>, title and `lang`, keeping the URL, so
 * header, footer, picker and search are that locale's; `site:page` tells the
 * site script to enhance the new body. Without JavaScript the English page
 * stays, and its language picker links to every locale's home.
 * Then, on any 404: the wizard's "Unknown step" under /{lang}/troubleshoot/,
 * and the search link asks for the last path segment.
 */
import { negotiateLanguage } from '../lib/language';

const root = document.documentElement;
const parts = location.pathname.split('/');
const available = (document.body.dataset.langs ?? '').split(' ').filter(Boolean);
const first = parts[1] ?? '';

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function wanted(): string {
  if (available.includes(first)) return first;
  let saved: string | null = null;
  try {
    saved = localStorage.getItem('lang');
  } catch {
    /* storage disabled */
  }
  return negotiateLanguage(saved, navigator.languages ?? [], available, root.lang);
}

/** Fills in the shown 404 section for the path asked. */
function localize(): void {
  const section = document.querySelector<HTMLElement>('[data-not-found]');
  if (!section) return;
  const unknownStep = section.querySelector<HTMLElement>('[data-wizard-unknown]');
  const h1 = section.querySelector('h1');
  if (available.includes(first) && parts[2] === 'troubleshoot' && unknownStep && h1) {
    const title = unknownStep.dataset.wizardUnknown ?? '';
    document.title = document.title.replace(h1.textContent ?? '', title);
    h1.textContent = title;
    unknownStep.hidden = false;
    (unknownStep.previousElementSibling as HTMLElement).hidden = true;
  }
  const asked = decodeSafe(parts.filter(Boolean).pop() ?? '').slice(0, 100);
  const search = section.querySelector<HTMLAnchorElement>('a[data-search]');
  if (search && asked) {
    const url = new URL(search.href);
    url.searchParams.set('q', asked);
    search.href = url.href;
  }
}

async function swap(lang: string): Promise<void> {
  const res = await fetch(`/${lang}/404/`);
  if (!res.ok) throw new Error(String(res.status));
  const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
  root.lang = doc.documentElement.lang;
  root.dir = doc.documentElement.dir;
  document.title = doc.title;
  document.body.replaceWith(document.adoptNode(doc.body));
  document.dispatchEvent(new Event('site:page'));
}

const lang = wanted();
if (document.body.hasAttribute('data-root-404') && lang !== root.lang) {
  swap(lang).then(localize, localize);
} else {
  localize();
}
