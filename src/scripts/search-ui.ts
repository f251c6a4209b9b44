/**
 * <site-search>: enhances the server-rendered search form (SearchForm.astro).
 * Loaded only when the reader first opens search (see site.ts), or at once on
 * the search page.
 *
 * - `data-mode="panel"` (header): ARIA 1.2 combobox; results in a listbox
 *   popup (arrows, Enter, Esc). `data-mode="page"` (search page): results
 *   listed as links, the query kept in the URL (`?q=`).
 * - A code or pasted bounce line is answered at once from the code registry
 *   and the guide list (card first, then the most likely cause, by the
 *   decoder's token rules), without Pagefind: `/{lang}/codes.json` and
 *   `/{lang}/guides.json` are fetched when search opens, not carried by every
 *   page. Pagefind's bundle is imported by the first query with words.
 * - What the reader types is never written to the URL; `?q=` is read once.
 * - Pagefind runs on the main thread (no worker to fetch), is asked once per
 *   pause in typing (no per-keystroke prefix preloads: each may fetch an index
 *   chunk of ~30 KB) and loads the text of the results it shows, no more.
 * - State in `data-state`: idle | loading | results | empty | error.
 * - Text from the reader or the index is set with textContent; only an
 *   excerpt that passed safeExcerpt() (nothing but <mark>) uses innerHTML.
 */
import { pluralForm } from '../lib/plural';
import { parseSearchConfig, type GuideCauses, type SearchConfig, type SearchGuide } from '../lib/search-config';
import type { SearchPlan } from '../lib/search-plan';
import { excerptText, mergeResults, pageOf, safeExcerpt, toHit, type PagefindData } from '../lib/search-results';
import { capInput, MAX_INPUT } from '../lib/search-text';
import { basicCodePath, codePath, guidePath } from '../lib/url';
import { fetchCodeList, fetchGuideCauses, fetchGuideList } from './guide-list';
import { answerCode, guideRefs } from '../lib/code-answer';
import { createCodeIndex, displayCode, type CodeIndex } from '../lib/code-registry';
import type { ListedCode } from '../lib/code-list';
import type { GuideRef } from '../lib/error-code';
import { CODE_PREFIX, codeOnlyPlan } from '../lib/code-plan';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
/** The part of Pagefind's JS API (pagefind.js) used here. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<PagefindResponse | null>;
}

/** Metadata ranking: title, keywords and their folded forms (`lacznik`) count more than body text. */
const META_WEIGHTS = { title: 5, keywords: 3, folded: 3, code: 5 };
/** Pause in typing before Pagefind is asked (a code or bounce line is answered without waiting). */
const DEBOUNCE_MS = 120;
/** Options shown, the code card included; each full-text result costs one fragment (4–6 KB). */
const LIMIT = { panel: 5, page: 20 } as const;

let pagefind: Promise<Pagefind> | undefined;

let planner: Promise<typeof import('../lib/search-plan')> | undefined;

/** Loads the full planner (with the bounce-line reader) once; a failed load is retried. */
function loadPlanner(): Promise<typeof import('../lib/search-plan')> {
  planner ??= import('../lib/search-plan').catch((error: unknown) => {
    planner = undefined;
    throw error;
  });
  return planner;
}

/** Imports Pagefind once (a failed load is retried on the next search). */
function loadPagefind(url: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Set before the first search, so that it applies to Pagefind's start: no worker (a 13 KB
    // download, and messaging), since searching a few thousand pages takes milliseconds.
    await pf.options({ noWorker: true, ranking: { metaWeights: META_WEIGHTS }, excerptLength: 24 });
    return pf;
  })().catch((error: unknown) => {
    pagefind = undefined;
    throw error;
  });
  return pagefind;
}

type Kind = 'card' | 'cause' | 'hit' | 'english' | 'help';

interface Item {
  kind: Kind;
  href: string;
  /** Small line above the title ("Go to the guide"). */
  kicker?: string;
  title: string;
  section?: string | null;
  /** Pagefind excerpt (escaped, with <mark>). */
  excerpt?: string;
  hreflang?: string;
  describedBy?: string;
}

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

class SiteSearch extends HTMLElement {
  #config!: SearchConfig;
  #input!: HTMLInputElement;
  #list!: HTMLElement;
  #box!: HTMLElement;
  #note!: HTMLElement;
  #analysis!: HTMLElement;
  #message!: HTMLElement;
  #live!: HTMLElement;
  #panel = true;
  /** The locale's guides; null until /{lang}/guides.json is in (or has failed: then []). */
  #guides: SearchGuide[] | null = null;
  /** The registry (`/{lang}/codes.json`) and the guide refs it extends (expired forms …); empty until loaded. */
  #codes: CodeIndex<ListedCode> = createCodeIndex<ListedCode>([]);
  #basic: string[] = [];
  #refs: GuideRef[] = [];
  #guidesLoad: Promise<void> = Promise.resolve();
  /** Cause headings per guide: fetched by the first pasted line that has a likely cause; {} when that failed. */
  #causes: Promise<GuideCauses> | undefined;
  #causeHeadings: GuideCauses | null = null;
  #options: HTMLAnchorElement[] = [];
  #active = -1;
  #seq = 0;
  #truncated = false;

  connectedCallback(): void {
    if (this.dataset['ready'] !== undefined) return;
    const config = parseSearchConfig(document.getElementById('search-config')?.textContent ?? '');
    const input = this.querySelector<HTMLInputElement>('input[name=q]');
    const list = this.querySelector<HTMLElement>('[data-list]');
    const box = list?.parentElement;
    const note = this.querySelector<HTMLElement>('[data-note]');
    const analysis = this.querySelector<HTMLElement>('[data-analysis]');
    const message = this.querySelector<HTMLElement>('[data-message]');
    const live = this.querySelector<HTMLElement>('[data-live]');
    if (!config || !input || !list || !box || !note || !analysis || !message || !live) return;
    this.dataset['ready'] = '';
    this.#config = config;
    this.#input = input;
    this.#list = list;
    this.#box = box;
    this.#note = note;
    this.#analysis = analysis;
    this.#message = message;
    this.#live = live;
    this.#panel = this.dataset['mode'] !== 'page';
    // Preloaded by site.ts when search opened; without it, codes are not recognized but full text still works.
    this.#guidesLoad = Promise.all([fetchGuideList(config.guides), fetchCodeList(config.codes)]).then(([guides, codes]) => {
      this.#guides = guides ?? [];
      this.#codes = createCodeIndex(codes?.codes ?? []);
      this.#basic = codes?.basic ?? [];
      this.#refs = guideRefs(this.#guides, this.#codes);
    });

    // Capping is done here, so that a cut can be noticed and said.
    input.removeAttribute('maxlength');
    list.setAttribute('aria-label', config.strings.resultsLabel);
    if (this.#panel) {
      input.setAttribute('role', 'combobox');
      input.setAttribute('aria-autocomplete', 'list');
      input.setAttribute('aria-expanded', 'false');
      input.setAttribute('aria-controls', list.id);
      list.setAttribute('role', 'listbox');
      input.addEventListener('keydown', (e) => this.#onKey(e));
      input.addEventListener('focus', () => {
        if (this.#hasContent()) this.#open(true);
      });
      this.addEventListener('focusout', (e) => {
        const next = e.relatedTarget;
        if (!(next instanceof Node) || !this.contains(next)) this.#open(false);
      });
      addEventListener('pagehide', () => this.#open(false));
      input.form?.addEventListener('submit', (e) => {
        e.preventDefault();
        void this.#submit();
      });
    } else {
      input.form?.addEventListener('submit', (e) => {
        e.preventDefault();
        void this.#update(true);
      });
      for (const el of document.querySelectorAll<HTMLElement>('[data-search-fallback]')) el.hidden = true;
      const q = new URLSearchParams(location.search).get('q');
      if (q) input.value = q;
    }
    input.addEventListener('input', () => void this.#update(false));
    // Pagefind is fetched by the first query with words to look up (a code or
    // a pasted line never needs it). Text typed into the header field before
    // this code arrived waits for the pause in typing like any other; a `?q=`
    // the search page was opened with is answered at once.
    if (input.value !== '') void this.#update(!this.#panel);
  }

  /**
   * The header form's Enter or Search button. Words go to the search page as
   * `?q=` (a link that can be shared); a code or a pasted line is answered
   * here and its card opened, so what was pasted never reaches a URL.
   */
  async #submit(): Promise<void> {
    const form = this.#input.form;
    await this.#guidesLoad;
    const value = this.#input.value;
    const plan = codeOnlyPlan(value, this.#refs) ?? (await loadPlanner()).planSearch(value, this.#config.lang, this.#refs);
    if (plan.code === null && plan.analysis === null) {
      if (plan.text.trim() !== '') form?.submit();
      return;
    }
    await this.#update(true);
    const chosen = this.#options[this.#active] ?? this.#options[this.#preferred()] ?? this.#options[0];
    if (chosen) chosen.click();
    else this.#open(true);
  }

  #hasContent(): boolean {
    return this.#input.value.trim() !== '' && this.dataset['state'] !== 'idle';
  }

  #setState(state: 'idle' | 'loading' | 'results' | 'empty' | 'error', message = ''): void {
    this.dataset['state'] = state;
    this.#message.textContent = message;
    this.#message.hidden = message === '';
  }

  #open(open: boolean): void {
    if (!this.#panel) return;
    const wasOpen = !this.#box.hidden;
    this.#box.hidden = !open;
    this.#input.setAttribute('aria-expanded', String(open));
    if (!open) this.#activate(-1);
    else if (!wasOpen && this.#active < 0) this.#activate(this.#preferred());
  }

  /** The option chosen without the reader: a recognized code's card (or cause), else none. */
  #preferred(): number {
    const first = this.#options[0];
    return first && /\bsearch-(card|cause)\b/.test(first.className) ? 0 : -1;
  }

  #activate(index: number): void {
    this.#active = index;
    this.#options.forEach((el, i) => el.setAttribute('aria-selected', String(i === index)));
    const active = this.#options[index];
    if (active) {
      this.#input.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView({ block: 'nearest' });
    } else {
      this.#input.removeAttribute('aria-activedescendant');
    }
  }

  #onKey(e: KeyboardEvent): void {
    if (e.isComposing || e.altKey || e.ctrlKey || e.metaKey) return;
    const count = this.#options.length;
    const open = this.#input.getAttribute('aria-expanded') === 'true';
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!this.#hasContent()) return;
      e.preventDefault();
      if (count === 0) return this.#open(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      if (!open) {
        // Opening: a recognized code's card is chosen already; else the first (or last) option.
        this.#open(true);
        if (this.#active < 0) this.#activate(step > 0 ? 0 : count - 1);
        return;
      }
      const from = this.#active < 0 ? (step > 0 ? -1 : count) : this.#active;
      this.#activate((from + step + count) % count);
    } else if (e.key === 'Enter') {
      const active = this.#options[this.#active];
      if (open && active) {
        e.preventDefault();
        active.click();
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        this.#open(false);
      } else if (this.#input.value !== '') {
        e.preventDefault();
        this.#input.value = '';
        void this.#update(true);
      }
    }
  }

  /** Caps the field at MAX_INPUT characters; true while the text is the cut one. */
  #cap(): boolean {
    const value = this.#input.value;
    if (value.length > MAX_INPUT) {
      this.#input.value = capInput(value).text;
      this.#truncated = true;
    } else if (value.length < MAX_INPUT - 1) {
      this.#truncated = false;
    }
    return this.#truncated;
  }

  async #update(immediate: boolean): Promise<void> {
    const seq = ++this.#seq;
    const truncated = this.#cap();
    if (this.#guides === null) {
      // Only before the first answer: the list was asked for when search opened.
      await this.#guidesLoad;
      if (seq !== this.#seq) return;
    }
    const { lang, strings } = this.#config;
    const value = this.#input.value;
    let plan = codeOnlyPlan(value, this.#refs);
    if (plan === null) {
      // Anything but a code alone needs the bounce-line reader. What may be a code being typed
      // (4, 44, 4.4.3 …) waits for the pause in typing first: a whole code never loads it.
      if (!immediate && planner === undefined && CODE_PREFIX.test(value)) {
        await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS));
        if (seq !== this.#seq) return;
      }
      try {
        plan = (await loadPlanner()).planSearch(this.#input.value, lang, this.#refs);
      } catch {
        if (seq !== this.#seq) return;
        this.#setState('error', strings.error);
        this.#announce(strings.error);
        return;
      }
      if (seq !== this.#seq) return;
    }
    this.#note.textContent = truncated ? strings.cut : '';
    this.#note.hidden = !truncated;
    if (!this.#panel) {
      // What the reader types stays out of the URL (and so out of history and
      // referrers); a `?q=` the page was opened with is dropped once the text changes.
      const url = new URL(location.href);
      if (url.searchParams.has('q') && url.searchParams.get('q') !== plan.text) {
        url.searchParams.delete('q');
        history.replaceState(history.state, '', url);
      }
    }
    if (plan.text.trim() === '') {
      this.#render(plan, [], false);
      this.#setState('idle');
      this.#open(false);
      return;
    }

    if (plan.analysis?.likelyCause && this.#causeHeadings === null) {
      // A pasted line's likely cause is titled by its section's heading (one small file, once).
      this.#causes ??= fetchGuideCauses(this.#config.causes).then((c) => c ?? {});
      this.#causeHeadings = await this.#causes;
      if (seq !== this.#seq) return;
    }
    // At once, from the guide list: the code card and the bounce-line findings.
    const instant = this.#instantItems(plan);
    this.#render(plan, instant, true);
    this.#setState('loading', strings.loading);
    this.#open(document.activeElement === this.#input || !this.#panel);
    if (plan.queries.length === 0) return this.#finish(plan, instant);

    let hits: Item[];
    try {
      // Words start Pagefind's download at once; what may be a code being typed (4, 44, 4.4.3 …)
      // does not: a whole code is answered from the registry, so Pagefind waits for the pause.
      const loading = CODE_PREFIX.test(plan.text) && !immediate ? null : loadPagefind(this.#config.pagefind);
      // Handled below, unless a newer query takes over during the pause.
      loading?.catch(() => undefined);
      if (!immediate) {
        await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS));
        if (seq !== this.#seq) return;
      }
      const pf = await (loading ?? loadPagefind(this.#config.pagefind));
      if (seq !== this.#seq) return;
      const [typed, folded] = plan.queries as [string, string?];
      const limit = LIMIT[this.#panel ? 'panel' : 'page'];
      const lists = [(await pf.search(typed))?.results ?? []];
      if (seq !== this.#seq) return;
      // The folded form (`lacznik` for `łącznik`) only when the query as typed leaves room:
      // it usually needs another index chunk.
      if (folded !== undefined && lists[0]!.length < limit) {
        lists.push((await pf.search(folded))?.results ?? []);
        if (seq !== this.#seq) return;
      }
      const shown = new Set(instant.map((i) => pageOf(i.href)));
      const toItems = (data: PagefindData[]): Item[] =>
        data
          .map(toHit)
          .filter((h) => !shown.has(pageOf(h.url)))
          .slice(0, Math.max(0, limit - instant.length))
          .map((h) => ({ kind: 'hit', href: h.url, title: h.title, section: h.section, excerpt: h.excerpt }));
      // All fragments are asked for at once; the best result is shown as soon as its own is in.
      const pending = mergeResults(lists)
        .slice(0, limit)
        .map((r) => r.data());
      const best = await pending[0];
      if (seq !== this.#seq) return;
      if (best !== undefined && pending.length > 1) this.#render(plan, [...instant, ...toItems([best])], true);
      const data = await Promise.all(pending);
      if (seq !== this.#seq) return;
      hits = toItems(data);
    } catch {
      if (seq !== this.#seq) return;
      this.#setState('error', strings.error);
      this.#announce(strings.error);
      // The search page falls back to its list of every guide (without the no-JS note).
      if (!this.#panel) {
        for (const el of document.querySelectorAll<HTMLElement>('[data-search-fallback]')) el.hidden = false;
        for (const el of document.querySelectorAll<HTMLElement>('[data-nojs]')) el.hidden = true;
      }
      return;
    }
    this.#finish(plan, [...instant, ...hits]);
  }

  #finish(plan: SearchPlan, items: Item[]): void {
    const { strings, englishSearchPath, intl } = this.#config;
    const count = items.length;
    if (count === 0) {
      // Nothing found: the same words in English (not a pasted line: that stays out of URLs), then other ways in.
      items = [];
      if (englishSearchPath !== null && plan.analysis === null) {
        items.push({ kind: 'english', href: `${englishSearchPath}?q=${encodeURIComponent(plan.text)}`, title: strings.inEnglish, hreflang: 'en' });
      }
      items.push(...this.#config.help.map((h, i) => ({ kind: 'help' as const, href: h.href, title: h.title, ...(i === 0 ? { kicker: strings.helpTitle } : {}) })));
    }
    this.#render(plan, items, false);
    const said = count === 0 ? strings.none : pluralForm(intl, count, strings.results);
    this.#setState(count === 0 ? 'empty' : 'results', count === 0 ? strings.none : '');
    this.#announce(said);
  }

  #guide(slug: string): SearchGuide | undefined {
    return this.#guides?.find((g) => g.slug === slug);
  }

  /** The code card (guide, code page or the explained answer) and the most likely cause, from the lists alone. */
  #instantItems(plan: SearchPlan): Item[] {
    const { lang, codeStrings: cs } = this.#config;
    const items: Item[] = [];
    const { code, analysis } = plan;
    const basic = /^\s*([2-5]\d\d)\s*$/.exec(plan.text)?.[1];
    const answer = code ? answerCode(code.code, this.#codes, this.#refs, this.#basic) : basic ? answerCode(basic, this.#codes, this.#refs, this.#basic) : null;
    const fill = (text: string, values: Record<string, string>): string => text.replace(/\{\{(\w+)\}\}/g, (m, k: string) => values[k] ?? m);
    const pageTitle = (p: { entry: ListedCode } & Parameters<typeof displayCode>[0]): string => `${displayCode(p)} ${p.entry.title.replace(/`/g, '')}`;
    if (answer?.kind === 'guide') {
      const guide = this.#guide(answer.guide.slug);
      items.push({
        kind: 'card',
        href: guidePath(lang, answer.guide.slug),
        kicker: answer.expired ? fill(cs.expired, { code: answer.code, twin: answer.guide.code }) : this.#config.strings.goToGuide,
        title: guide?.title ?? answer.guide.code,
      });
      items.push({ kind: 'card', href: codePath(lang, answer.page.slug), kicker: cs.codePage, title: pageTitle(answer.page) });
    } else if (answer?.kind === 'page') {
      items.push({ kind: 'card', href: codePath(lang, answer.page.slug), kicker: cs.codePage, title: pageTitle(answer.page) });
    } else if (answer?.kind === 'basic') {
      items.push({ kind: 'card', href: basicCodePath(lang, answer.code), kicker: fill(cs.basic, { code: answer.code }), title: fill(cs.basic, { code: answer.code }) });
    } else if (answer?.kind === 'unregistered') {
      const title = fill(cs.unregisteredTitle, {
        cls: String(answer.cls),
        className: cs.classes[String(answer.cls)] ?? '',
        subject: answer.code.split('.')[1] ?? '',
        subjectName: answer.subject === null ? cs.unknownSubject : (cs.subjects[answer.subject] ?? ''),
      });
      items.push({
        kind: 'card',
        href: answer.nearest ? codePath(lang, answer.nearest.slug) : this.#config.codesIndex,
        kicker: fill(cs.unregistered, { code: answer.code }),
        title,
        section: answer.nearest ? fill(cs.nearest, { title: pageTitle(answer.nearest) }) : null,
      });
    }
    // A code with a page of its own is answered by that page, not by the catch-all guide's sections.
    const cause = answer?.kind === 'page' || answer?.kind === 'unregistered' ? null : analysis?.likelyCause;
    const causeGuide = cause ? this.#guide(cause.slug) : undefined;
    if (cause && causeGuide) {
      const heading = this.#causeHeadings?.[causeGuide.slug]?.[cause.section];
      items.push({
        kind: 'cause',
        href: guidePath(lang, causeGuide.slug, cause.section),
        kicker: this.#config.strings.likelyCause,
        title: heading ?? causeGuide.title,
        section: heading === undefined ? null : causeGuide.title,
        describedBy: this.#analysis.id,
      });
    }
    return items;
  }

  #renderAnalysis(plan: SearchPlan): void {
    const a = plan.analysis;
    const box = this.#analysis;
    box.replaceChildren();
    box.hidden = a === null;
    if (a === null) return;
    const s = this.#config.strings;
    const meaning = a.socketMeaning === 'refused' ? s.socket10061 : a.socketMeaning === 'timed-out' ? s.socket10060 : null;
    // The value as read (monospace), and for the socket error what it means (prose).
    const rows: [string, string | null, string | null][] = [
      [s.code, a.code ? [a.replyCode, a.code.code].filter(Boolean).join(' ') : null, null],
      [s.server, a.serverName, null],
      [s.ip, a.ip, null],
      [s.port, a.port === null ? null : String(a.port), null],
      [s.socket, a.socketError === null ? null : String(a.socketError), meaning],
    ];
    const dl = document.createElement('dl');
    for (const [label, value, prose] of rows) {
      if (value === null) continue;
      const row = document.createElement('div');
      const dt = document.createElement('dt');
      const dd = document.createElement('dd');
      dt.textContent = label;
      dd.append(span('search-value', value));
      if (prose !== null) dd.append(' – ', prose);
      row.append(dt, dd);
      dl.append(row);
    }
    box.append(span('search-analysis-title', s.analysisTitle), dl);
  }

  #render(plan: SearchPlan, items: Item[], loading: boolean): void {
    const previous = this.#options[this.#active]?.href;
    this.#renderAnalysis(plan);
    this.#list.setAttribute('aria-busy', String(loading));
    this.#options = items.map((item, i) => this.#option(item, i));
    this.#list.replaceChildren(
      ...this.#options.map((a) => {
        if (this.#panel) return a;
        const li = document.createElement('li');
        li.append(a);
        return li;
      }),
    );
    if (!this.#panel) return;
    // Keep the reader's choice; otherwise a recognized code is chosen already, so Enter opens it.
    const kept = previous === undefined ? -1 : this.#options.findIndex((a) => a.href === previous);
    this.#activate(kept >= 0 ? kept : this.#preferred());
  }

  #option(item: Item, index: number): HTMLAnchorElement {
    const a = document.createElement('a');
    a.href = item.href;
    a.className = `search-option search-${item.kind}`;
    if (item.hreflang) a.hreflang = item.hreflang;
    if (this.#panel) {
      a.id = `${this.#list.id}-${index}`;
      a.setAttribute('role', 'option');
      a.setAttribute('aria-selected', 'false');
      a.tabIndex = -1;
      if (item.describedBy && !this.#analysis.hidden) a.setAttribute('aria-describedby', item.describedBy);
    }
    const parts: HTMLElement[] = [];
    if (item.kicker) parts.push(span('search-kicker', item.kicker));
    parts.push(span('search-title', item.title));
    if (item.section) parts.push(span('search-section', item.section));
    if (item.excerpt) {
      const excerpt = span('search-excerpt', '');
      const safe = safeExcerpt(item.excerpt);
      if (safe === null) excerpt.textContent = excerptText(item.excerpt);
      else excerpt.innerHTML = safe;
      parts.push(excerpt);
    }
    // Spaces between the parts, so the option's accessible name reads as words.
    parts.forEach((part, i) => a.append(...(i === 0 ? [part] : [' ', part])));
    return a;
  }

  #announce(text: string): void {
    const live = this.#live;
    live.textContent = '';
    window.setTimeout(() => (live.textContent = text), 50);
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
