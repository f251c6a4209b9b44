/**
 * <wizard-flow>: moves through the troubleshooting wizard without page loads.
 *
 * Every step is a static page and every answer, Back and Start over a plain
 * link (`a[data-step-link]`), so the wizard works without this script. With
 * it, a click on a step link fetches that step's HTML (prefetched on hover
 * and focus), swaps the `[data-wizard-step]` block, pushes the URL, updates
 * the title, the head links and the language picker, and moves focus to the
 * new heading. The browser's Back and Forward buttons swap the same way.
 *
 * Values from a pasted error (server name, IP address) stay in this element,
 * never in the URL, history or storage: they are filled into the `.ph`
 * placeholders of each result's commands as the reader moves on in place,
 * and are gone after a reload. Values from a link (`?host=…&ip=…`, validated
 * by ../lib/wizard-values) are carried along the step links and labelled as
 * coming from the link. Everything is set with `textContent` only.
 *
 * State lives in `data-state` (`idle`, `loading`); strings come from
 * `data-*` attributes rendered at build time. On load this needs only the
 * light ../lib/wizard-values; the paste box's analyzer (and the tree) and
 * the locale's guide list (`/{lang}/guides.json`, shared with search) load
 * when the reader first focuses the box.
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

/** The step link an event happened on, if any. */
function stepLink(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>('a[data-step-link]') : null;
}

/** A key that pairs a head element with its counterpart in another page. */
function headKey(el: Element): string {
  return [el.tagName, el.getAttribute('rel'), el.getAttribute('hreflang'), el.getAttribute('name'), el.getAttribute('property')].join('|');
}

const HEAD = 'link[rel=canonical], link[rel=alternate][hreflang], meta[name=description], meta[property^="og:"]';

class WizardFlow extends HTMLElement {
  #values: WizardValues = NO_VALUES;
  /** Where {@link #values} came from: the page's link, the paste box (kept in memory only), or nowhere. */
  #source: 'link' | 'paste' | null = null;
  /** The pasted code and line the partner message quotes (from the paste box; memory only). */
  #pasted: Pasted | null = null;
  #lang = '';
  /** Increases with every navigation, so a slow fetch cannot overwrite a newer step. */
  #seq = 0;

  connectedCallback(): void {
    this.#lang = this.dataset.lang ?? document.documentElement.lang;
    this.#values = readValues(location.search);
    this.#source = hasValues(this.#values) ? 'link' : null;
    this.dataset.state = 'idle';
    history.replaceState({ ...(history.state as object | null), wizard: true }, '', location.href);
    // Steps replace each other in place: focus, not the browser, decides where the view goes.
    history.scrollRestoration = 'manual';
    this.addEventListener('click', this);
    this.addEventListener('pointerover', this);
    this.addEventListener('focusin', this);
    window.addEventListener('popstate', this);
    const step = this.#step();
    if (step) this.#prepare(step);
  }

  handleEvent(event: Event): void {
    if (event.type === 'popstate') {
      this.#restore();
      return;
    }
    const link = stepLink(event.target);
    if (link === null) return;
    const url = new URL(link.href);
    if (!this.#inWizard(url)) return;
    if (event.type !== 'click') {
      void fetchPage(url.pathname).catch(() => undefined);
      return;
    }
    const click = event as MouseEvent;
    if (click.defaultPrevented || click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return;
    click.preventDefault();
    if (link.hasAttribute('data-start-over')) {
      // Starting over forgets what was pasted.
      this.#values = NO_VALUES;
      this.#pasted = null;
      this.#source = null;
    }
    void this.#go(url, true);
  }

  /** A URL of this locale's wizard (whether the step exists is the server's answer). */
  #inWizard(url: URL | Location): boolean {
    // The locale's wizard path comes from the page (data-base), so this element needs no URL module on load.
    const base = this.dataset['base'];
    return base !== undefined && url.origin === location.origin && url.pathname.startsWith(base);
  }

  #step(): HTMLElement | null {
    return this.querySelector<HTMLElement>('[data-wizard-step]');
  }

  /** Browser Back/Forward: show the step of the URL the browser went to. */
  #restore(): void {
    if (!this.#inWizard(location)) {
      location.reload();
      return;
    }
    const current = this.#step();
    const path = current === null ? '' : new URL(current.dataset.path ?? '', location.href).pathname;
    const sameValues = this.#source === 'paste' || valuesQuery(readValues(location.search)) === valuesQuery(this.#values);
    if (path === location.pathname && sameValues) return; // only the #hash changed
    void this.#go(new URL(location.href), false);
  }

  /** Shows the step at `url` in place; falls back to a normal page load when that fails. */
  async #go(url: URL, push: boolean, note = ''): Promise<void> {
    const seq = ++this.#seq;
    const slow = window.setTimeout(() => (this.dataset.state = 'loading'), 150);
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
    const next = doc.querySelector<HTMLElement>('[data-wizard-step]');
    const current = this.#step();
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
    this.#syncHead(doc);
    const flowNote = this.querySelector<HTMLElement>('[data-flow-note]');
    if (flowNote) flowNote.textContent = note;
    this.dataset.state = 'idle';
    this.#prepare(step);
    // site.ts adds copy buttons to the new command blocks.
    step.dispatchEvent(new CustomEvent('site:content', { bubbles: true }));
    step.querySelector<HTMLElement>('h1')?.focus();
  }

  /** Canonical, alternates, description, Open Graph and the language picker of the new step. */
  #syncHead(doc: Document): void {
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

  /** Carries the values along the links, fills them into the commands and wires the paste box. */
  #prepare(step: HTMLElement): void {
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
    if (form)
      void import('./wizard-paste')
        .then(({ wirePaste }) =>
          wirePaste(form, this.#lang, this.dataset, (values, href, note, pasted) => {
            this.#values = values;
            this.#pasted = pasted;
            this.#source = 'paste';
            return this.#go(new URL(href, location.href), true, note);
          }),
        )
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
    if (filled === 0) return;
    const note = step.querySelector<HTMLElement>(this.#source === 'paste' ? '[data-filled-note]' : '[data-link-note]');
    if (note) note.hidden = false;
    const replaceNote = step.querySelector<HTMLElement>('[data-ph-note]');
    if (replaceNote && step.querySelector('.ph:not([data-filled])') === null) replaceNote.hidden = true;
  }
}

customElements.define('wizard-flow', WizardFlow);
