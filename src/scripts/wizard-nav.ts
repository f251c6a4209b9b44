/**
 * The troubleshooting wizard's navigation in place, for <wizard-flow>
 * (./wizard-flow.ts), which loads this module on the reader's first intent
 * (a step link hovered, focused or clicked; Back or Forward) or on load when
 * the step needs it (the paste box, values from a link).
 *
 * A step link's page is fetched (prefetched on hover and focus), its
 * `[data-wizard-step]` block swapped in, the URL pushed, the title, head
 * links and language picker updated, and focus moved to the new heading.
 *
 * Values from a pasted error (server name, IP address, the line and its
 * code) stay in this object, never in the URL, history or storage: they are
 * filled into the `.ph` placeholders of each result as the reader moves on
 * in place, and are gone after a reload. Values from a link (`?host=…&ip=…`,
 * validated by ../lib/wizard-values) are carried along the step links and
 * labelled as coming from the link. Everything is set with `textContent`.
 */
import { hasValues, NO_VALUES, readValues, valuesQuery, type WizardValues } from '../lib/wizard-values';
import type { Pasted } from './wizard-paste';

/** Step pages' HTML by path; a failed fetch is forgotten so it can be retried. */
const pages = new Map<string, Promise<string>>();

function fetchPage(path: string): Promise<string> {
  let page = pages.get(path);
  if (page === undefined) {
    page = fetch(path, { credentials: 'same-origin' }).then((res) => {
      if (!res.ok) throw new Error(`${res.status} ${path}`);
      return res.text();
    });
    page.catch(() => pages.delete(path));
    pages.set(path, page);
  }
  return page;
}

/** A key that pairs a head element with its counterpart in another page. */
function headKey(el: Element): string {
  return [el.tagName, el.getAttribute('rel'), el.getAttribute('hreflang'), el.getAttribute('name'), el.getAttribute('property')].join('|');
}

const HEAD = 'link[rel=canonical], link[rel=alternate][hreflang], meta[name=description], meta[property^="og:"]';

/** The `[data-wizard-step]` block inside `root`. */
function stepIn(root: ParentNode): HTMLElement | null {
  return root.querySelector<HTMLElement>('[data-wizard-step]');
}

/** Moves one <wizard-flow> element through the wizard; its state lives here. */
export class WizardNavigator {
  readonly #el: HTMLElement;
  #values: WizardValues;
  /** Where {@link #values} came from: the page's link, the paste box (kept in memory only), or nowhere. */
  #source: 'link' | 'paste' | null;
  /** The pasted code and line the partner message quotes (from the paste box; memory only). */
  #pasted: Pasted | null = null;
  /** Increases with every navigation, so a slow fetch cannot overwrite a newer step. */
  #seq = 0;

  /** `el` is the <wizard-flow> element; `search` the query of the URL the page was loaded with. */
  constructor(el: HTMLElement, search: string) {
    this.#el = el;
    this.#values = readValues(search);
    this.#source = hasValues(this.#values) ? 'link' : null;
  }

  /** Fetches a step's page ahead of a click. */
  prefetch(url: URL): void {
    void fetchPage(url.pathname).catch(() => undefined);
  }

  /** Follows a step link in place; Start over forgets what was pasted. */
  follow(link: HTMLAnchorElement, url: URL): Promise<void> {
    if (link.hasAttribute('data-start-over')) {
      this.#values = NO_VALUES;
      this.#pasted = null;
      this.#source = null;
    }
    return this.#go(url, true);
  }

  /** Browser Back/Forward: shows the step of the URL the browser went to. */
  restore(): void {
    const current = stepIn(this.#el);
    const path = current === null ? '' : new URL(current.dataset.path ?? '', location.href).pathname;
    const sameValues = this.#source === 'paste' || valuesQuery(readValues(location.search)) === valuesQuery(this.#values);
    if (path === location.pathname && sameValues) return; // only the #hash changed
    void this.#go(new URL(location.href), false);
  }

  /** Shows the step at `url` in place; falls back to a normal page load when that fails. */
  async #go(url: URL, push: boolean, note = ''): Promise<void> {
    const el = this.#el;
    const seq = ++this.#seq;
    const slow = window.setTimeout(() => (el.dataset.state = 'loading'), 150);
    let html: string;
    try {
      html = await fetchPage(url.pathname);
    } catch {
      location.assign(url.href);
      return;
    } finally {
      window.clearTimeout(slow);
    }
    if (seq !== this.#seq) return;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const next = stepIn(doc);
    const current = stepIn(el);
    if (next === null || current === null) {
      location.assign(url.href);
      return;
    }
    if (push) history.pushState({ wizard: true }, '', url.href);
    // Pasted values live here only; a link's values come with its URL.
    if (this.#source !== 'paste') {
      this.#values = readValues(url.search);
      this.#source = hasValues(this.#values) ? 'link' : null;
    }
    const step = document.adoptNode(next);
    current.replaceWith(step);
    document.title = doc.title;
    syncHead(doc);
    const flowNote = el.querySelector<HTMLElement>('[data-flow-note]');
    if (flowNote) flowNote.textContent = note;
    el.dataset.state = 'idle';
    this.prepare(step);
    // site.ts adds copy buttons to the new command blocks.
    step.dispatchEvent(new CustomEvent('site:content', { bubbles: true }));
    step.querySelector<HTMLElement>('h1')?.focus();
  }

  /** Carries the values along the links, fills them into the commands and wires the paste box. */
  prepare(step: HTMLElement): void {
    const query = this.#source === 'link' ? valuesQuery(this.#values) : '';
    const carry = (a: HTMLAnchorElement): void => {
      const url = new URL(a.href);
      if (url.search !== query) a.setAttribute('href', url.pathname + query + url.hash);
    };
    for (const a of step.querySelectorAll<HTMLAnchorElement>('a[data-step-link]:not([data-start-over])')) carry(a);
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) carry(a);
    if (hasValues(this.#values) || this.#pasted !== null) this.#fill(step);
    const form = step.querySelector<HTMLFormElement>('form[data-paste]');
    // The paste box (start step only) is wired by its own module, loaded only where there is one.
    const el = this.#el;
    if (form)
      void import('./wizard-paste')
        .then(({ wirePaste }) =>
          wirePaste(form, el.dataset['lang'] ?? document.documentElement.lang, el.dataset, (values, href, note, pasted) => {
            this.#values = values;
            this.#pasted = pasted;
            this.#source = 'paste';
            return this.#go(new URL(href, location.href), true, note);
          }),
        )
        .then(() => {
          // Submitted while the box was not wired yet (<wizard-flow> held it back): submit it now.
          if (form.dataset['pending'] === undefined) return;
          delete form.dataset['pending'];
          form.requestSubmit();
        })
        .catch(() => undefined);
  }

  #fill(step: HTMLElement): void {
    const { host, ip } = this.#values;
    // The line and the code only from a paste in this page (a link carries host and IP alone).
    const pasted = this.#source === 'paste' ? this.#pasted : null;
    let filled = 0;
    for (const [name, value] of [
      ['smart-host', host],
      ['ip-address', ip],
      ['error-line', pasted?.line ?? null],
      ['status-code', pasted?.code ?? null],
    ] as const) {
      if (value === null) continue;
      for (const ph of step.querySelectorAll<HTMLElement>(`.ph[data-ph="${name}"]`)) {
        ph.textContent = value;
        ph.dataset.filled = '';
        filled += 1;
      }
    }
    const known = step.querySelector<HTMLElement>('[data-known]');
    const knownHost = known?.querySelector('[data-known-host]');
    if (known && knownHost && host !== null) {
      knownHost.textContent = host;
      known.hidden = false;
    }
    if (filled === 0) return;
    const note = step.querySelector<HTMLElement>(this.#source === 'paste' ? '[data-filled-note]' : '[data-link-note]');
    if (note) note.hidden = false;
    const replaceNote = step.querySelector<HTMLElement>('[data-ph-note]');
    if (replaceNote && step.querySelector('.ph:not([data-filled])') === null) replaceNote.hidden = true;
  }
}

/** Canonical, alternates, description, Open Graph and the language picker of the new step. */
function syncHead(doc: Document): void {
  const theirs = new Map([...doc.head.querySelectorAll(HEAD)].map((el) => [headKey(el), el]));
  for (const mine of document.head.querySelectorAll(HEAD)) {
    const other = theirs.get(headKey(mine));
    const attr = mine.tagName === 'LINK' ? 'href' : 'content';
    const value = other?.getAttribute(attr);
    if (value != null) mine.setAttribute(attr, value);
  }
  const links = new Map([...doc.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')].map((a) => [a.dataset.langSwitch, a.getAttribute('href')]));
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    const href = links.get(a.dataset.langSwitch);
    if (href) a.href = href;
  }
}
