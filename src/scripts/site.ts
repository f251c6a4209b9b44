/**
 * The only script every page runs on load: theme toggle, language picker
 * (keeps the #section, or the one being read; remembers the choice), the
 * table of contents' mark on the section being read, copy buttons and the
 * loader of search. It enhances server-rendered HTML; everything still reads and
 * navigates without it.
 */

const root = document.documentElement;

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* storage may be disabled: the choice just is not remembered */
  }
}

/** Says `text` through the page's polite live region. */
export function announce(text: string): void {
  const live = document.getElementById('live');
  if (!live) return;
  live.textContent = '';
  window.setTimeout(() => (live.textContent = text), 50);
}

/**
 * Enhances the header, picker and code blocks of the current <body>; run on load and
 * again on `site:page` (the root 404 swaps in its locale's page: src/scripts/not-found.ts).
 */
function enhance(): void {
  // Phones: the menu button shows and hides the links and the theme toggle (CSS folds them).
  const menu = document.querySelector<HTMLButtonElement>('[data-nav-toggle]');
  const header = menu?.closest<HTMLElement>('.site-header');
  if (menu && header) {
    const set = (open: boolean): void => {
      menu.setAttribute('aria-expanded', String(open));
      header.toggleAttribute('data-menu-open', open);
    };
    menu.addEventListener('click', () => set(menu.getAttribute('aria-expanded') !== 'true'));
    header.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || menu.getAttribute('aria-expanded') !== 'true') return;
      if (!(e.target instanceof Element) || !e.target.closest('#main-nav, [data-nav-toggle], [data-theme-toggle]')) return;
      set(false);
      menu.focus();
    });
  }

  // Theme: follows the system until the reader picks one; the choice is remembered.
  const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (toggle) {
    const system = matchMedia('(prefers-color-scheme: dark)');
    const dark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : system.matches);
    const sync = () => toggle.setAttribute('aria-pressed', String(dark()));
    sync();
    toggle.hidden = false;
    toggle.addEventListener('click', () => {
      const next = dark() ? 'light' : 'dark';
      root.dataset.theme = next;
      store('theme', next);
      sync();
    });
    system.addEventListener('change', sync);
}

// On-page table of contents: marks the section being read (the last heading above
// the upper third of the window) with aria-current.
const toc = document.querySelector<HTMLElement>('.toc');
let current: string | undefined;
if (toc) {
  const links = new Map([...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) => [decodeURIComponent(a.hash.slice(1)), a]));
  const heads = [...links.keys()].map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  let queued = false;
  const mark = (): void => {
    queued = false;
    let id: string | undefined;
    for (const h of heads) {
      if (h.getBoundingClientRect().top > innerHeight / 3) break;
      id = h.id;
    }
    if (id === current) return;
    if (current) links.get(current)?.removeAttribute('aria-current');
    current = id;
    if (id) links.get(id)?.setAttribute('aria-current', 'true');
  };
  addEventListener('scroll', () => {
    if (!queued) requestAnimationFrame(mark);
    queued = true;
  }, { passive: true });
  mark();
}

// Language picker: same page, same #section (the one in the URL, else the one being
// read); remember the choice for `/`.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  link.addEventListener('click', () => {
    store('lang', link.dataset.langSwitch ?? '');
    const url = new URL(link.href);
    const hash = location.hash || (current ? `#${current}` : '');
    if (hash && !url.hash) {
      url.hash = hash;
      link.href = url.href;
    }
  });
}

for (const pre of document.querySelectorAll<HTMLPreElement>('pre[data-copy]')) addCopyButton(pre);
const fields = document.querySelectorAll<HTMLInputElement>('site-search input[name=q]');
const loadSearch = (): void => {
  // The search code fetches the locale's guide list and code registry as it starts.
  void import('./search-ui');
};
for (const field of fields) {
  // The search code caps input itself and says when it cut (the attribute is for no-JS).
  field.removeAttribute('maxlength');
  field.addEventListener('focus', loadSearch, { once: true });
  field.addEventListener('pointerdown', loadSearch, { once: true });
  // Submitted before the search code is in: wait for it, so a pasted line is
  // answered in the page and never sent as `?q=` (search-ui handles the submit).
  const form = field.form;
  const host = field.closest<HTMLElement>('site-search');
  form?.addEventListener('submit', (e) => {
    if (!host || host.dataset['ready'] !== undefined) return;
    e.preventDefault();
    void import('./search-ui').then(() => {
      if (host.dataset['ready'] !== undefined) form.requestSubmit();
      else form.submit();
    });
  });
}
}

// Copy buttons on command blocks.

function selectText(node: Node): void {
  const range = document.createRange();
  range.selectNodeContents(node);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function addCopyButton(pre: HTMLPreElement): void {
  // The strings are rendered on <body> by Base.astro in the page's language.
  const { copy = '', copyLabel = '', copied = '', copySelected = '' } = document.body.dataset;
  const wrap = document.createElement('div');
  wrap.className = 'code-wrap';
  pre.replaceWith(wrap);
  wrap.append(pre);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy';
  button.textContent = copy;
  // A block that is not a command names itself (the wizard's partner message: "Copy the message").
  button.setAttribute('aria-label', pre.dataset['copyLabel'] ?? copyLabel);
  wrap.append(button);
  button.addEventListener('click', async () => {
    const code = pre.querySelector('code') ?? pre;
    const text = (code.textContent ?? '').replace(/\n+$/, '');
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      button.textContent = copied;
      announce(copied);
    } catch {
      selectText(code);
      announce(copySelected);
      button.textContent = copy;
    }
    window.setTimeout(() => (button.textContent = copy), 2000);
  });
}

enhance();
document.addEventListener('site:page', enhance);
// Content put in later (the wizard's steps) asks for its buttons with a `site:content` event.
document.addEventListener('site:content', (e) => {
  if (!(e.target instanceof Element)) return;
  for (const pre of e.target.querySelectorAll<HTMLPreElement>('pre[data-copy]')) addCopyButton(pre);
});

// "Search the guides" links on the page open the header's field instead of another page.
document.addEventListener('click', (e) => {
  const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[data-search-focus]') : null;
  const field = document.querySelector<HTMLInputElement>('.site-header site-search input[name=q]');
  if (!link || !field || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  field.scrollIntoView({ block: 'nearest' });
  field.focus();
});

// Search: its code (and Pagefind's) loads only when the reader opens search,
// by focusing or pressing the field (enhance), `/` or Ctrl/Cmd+K; nothing on page load.
document.addEventListener('keydown', (e) => {
  const primary =
    document.querySelector<HTMLInputElement>('site-search[data-mode=page] input[name=q]') ??
    document.querySelector<HTMLInputElement>('site-search input[name=q]');
  if (!primary) return;
  const target = e.target as HTMLElement | null;
  const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  const slash = e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey;
  const k = (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && (e.key === 'k' || e.key === 'K');
  if (!slash && !k) return;
  e.preventDefault();
  primary.focus();
  primary.select();
});
