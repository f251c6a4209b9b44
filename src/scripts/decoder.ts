/**
 * <mail-decoder>: the decode page (src/pages/[lang]/decode.astro). Reads the
 * pasted text or the opened/dropped file in the browser with the pure
 * decoder (src/lib/decode/), and shows per recipient and failure every code
 * (linked to its code page or guide section), the servers, tokens and dates,
 * the timeline, the verdict and the hand-off message (page language and
 * English) with copy buttons.
 *
 * - Loaded only on that page, as a shell: the parsers and the verdict
 *   (src/lib/decode/engine.ts) are imported when the reader first focuses
 *   the box, drags a file or decodes. postal-mime is imported only for a whole raw
 *   message, @kenjiuno/msgreader only for a .msg file; the locale's code list
 *   (`/{lang}/codes.json`) is fetched on the first decode. Nothing else is
 *   fetched, nothing is written to the URL, history or storage.
 * - Output is built with createElement/textContent only.
 * - State in `data-state`: idle | working | done | empty | error.
 */
import { basicCodes } from '../codes/basic';
import type { CodeIndex } from '../lib/code-registry';
import { parseCodeList } from '../lib/code-list';
import { fillText, indexOfList, parseDecodeConfig, type DecodeConfig } from '../lib/decode/config';
import { AUDIENCES, buildHandoff, defaultAudience, type Audience, type HandoffStrings } from '../lib/decode/handoff';
import type { DecodeEntry, DecodeReport, Failure, FoundCode, Server, Verdict } from '../lib/decode/index';
import { capText, MAX_FILE_BYTES, MAX_MSG_BYTES } from '../lib/decode/input';
import type { MessageParts, MsgFields, ParsedEmail } from '../lib/decode/mime';

/** The parsers and the verdict: loaded on the first decode, not with the page. */
const engine = (): Promise<typeof import('../lib/decode/engine')> => import('../lib/decode/engine');
import { pluralForm } from '../lib/plural';
import { codePath, guidePath } from '../lib/url';

type Index = CodeIndex<DecodeEntry>;

const BASIC = new Set<string>(basicCodes);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a', undefined, text);
  a.href = href;
  return a;
}

/** `name (ip:port)`, `ip:port`, or `name`. */
function endpointText(s: Server): string {
  const ip = s.ip === null ? null : s.port !== null ? (s.ip.includes(':') ? `[${s.ip}]:${s.port}` : `${s.ip}:${s.port}`) : s.ip;
  if (s.name !== null && ip !== null) return `${s.name} (${ip})`;
  return s.name ?? ip ?? '';
}

/** Reads a file's start as text (the cap applies to bytes, then to characters). */
async function fileText(file: Blob): Promise<{ text: string; truncated: boolean }> {
  const truncated = file.size > MAX_FILE_BYTES;
  const text = await file.slice(0, MAX_FILE_BYTES).text();
  return { text, truncated };
}

type MsgReaderClass = new (b: ArrayBuffer) => {
  getFileData(): MsgFields & { attachments?: { fileName?: string; contentLength?: number; innerMsgContent?: true }[]; error?: string };
  getAttachment(a: unknown): { fileName: string; content: Uint8Array };
};

/**
 * msgreader's class from its module. It is CommonJS with `exports.default`:
 * bundled for the browser, the namespace's `default` is that exports object,
 * so the class is one level further down (in Node it is not).
 */
function msgReaderClass(mod: unknown): MsgReaderClass | null {
  let m = mod;
  for (let depth = 0; depth < 3 && m !== null && m !== undefined; depth++) {
    if (typeof m === 'function') return m as MsgReaderClass;
    m = (m as { default?: unknown }).default;
  }
  return null;
}

class MailDecoder extends HTMLElement {
  #config!: DecodeConfig;
  #input!: HTMLTextAreaElement;
  #status!: HTMLElement;
  #results!: HTMLElement;
  #output!: HTMLElement;
  #index: Promise<Index> | null = null;
  #codesFailed = false;
  #seq = 0;

  connectedCallback(): void {
    if (this.dataset['ready'] !== undefined) return;
    const config = parseDecodeConfig(this.querySelector('#decode-config')?.textContent ?? '');
    const form = this.querySelector<HTMLFormElement>('[data-form]');
    const input = this.querySelector<HTMLTextAreaElement>('[data-input]');
    const file = this.querySelector<HTMLInputElement>('[data-file]');
    const drop = this.querySelector<HTMLElement>('[data-drop]');
    const clear = this.querySelector<HTMLButtonElement>('[data-clear]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const results = this.querySelector<HTMLElement>('[data-results]');
    const output = this.querySelector<HTMLElement>('[data-output]');
    if (!config || !form || !input || !file || !drop || !clear || !status || !results || !output) return;
    this.dataset['ready'] = '';
    this.#config = config;
    this.#input = input;
    this.#status = status;
    this.#results = results;
    this.#output = output;

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.#decodeText(input.value);
    });
    clear.addEventListener('click', () => {
      this.#input.value = '';
      file.value = '';
      this.#seq += 1;
      this.#show(null);
      this.#say('');
      this.dataset['state'] = 'idle';
      input.focus();
    });
    file.addEventListener('change', () => {
      const f = file.files?.[0];
      if (f) void this.#decodeFile(f);
    });
    drop.addEventListener('dragover', (e) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      drop.dataset['over'] = '';
    });
    drop.addEventListener('dragleave', () => delete drop.dataset['over']);
    drop.addEventListener('drop', (e) => {
      delete drop.dataset['over'];
      const f = e.dataTransfer?.files[0];
      if (!f) return;
      e.preventDefault();
      void this.#decodeFile(f);
    });
    // Warm the code list and the parsers when the reader starts, so that the first result is not kept waiting.
    const warm = (): void => {
      void this.#loadIndex();
      void engine().catch(() => undefined);
    };
    input.addEventListener('focus', warm, { once: true });
    drop.addEventListener('dragenter', warm, { once: true });
    file.addEventListener('click', warm, { once: true });
  }

  #say(text: string): void {
    this.#status.textContent = text;
  }

  /** The registry over the locale's packed list (fetched once; an empty one when it cannot be had). */
  #loadIndex(): Promise<Index> {
    this.#index ??= (async () => {
      try {
        const res = await fetch(this.#config.codes, { credentials: 'same-origin' });
        const list = res.ok ? parseCodeList(await res.json()) : null;
        if (list !== null) return indexOfList(list.codes);
      } catch {
        /* offline or blocked: decode without meanings */
      }
      this.#codesFailed = true;
      this.#index = null;
      return indexOfList([]) as unknown as Index;
    })();
    return this.#index;
  }

  async #decodeText(raw: string): Promise<void> {
    const seq = ++this.#seq;
    this.dataset['state'] = 'working';
    this.#say(this.#config.strings.status.working);
    let loaded: [Index, Awaited<ReturnType<typeof engine>>];
    try {
      loaded = await Promise.all([this.#loadIndex(), engine()]);
    } catch {
      // The parsers could not be loaded (offline, a half-deployed site): say so, keep the text.
      if (seq !== this.#seq) return;
      this.#say(this.#config.strings.status.loadError);
      this.dataset['state'] = 'error';
      return;
    }
    const [index, { decode, decodeMessage, looksLikeRawMessage }] = loaded;
    let report: DecodeReport;
    let note: string | null = null;
    const capped = capText(raw);
    if (looksLikeRawMessage(capped.text)) {
      const parts = await this.#parseEml(capped.text);
      if (parts === null) note = this.#config.strings.status.readerError;
      report = parts === null ? decode(capped.text, index) : decodeMessage(parts, index, 'message', capped.truncated);
    } else {
      report = decode(raw, index);
    }
    if (seq === this.#seq) this.#finish(report, note);
  }

  async #decodeFile(file: File): Promise<void> {
    const seq = ++this.#seq;
    const s = this.#config.strings.status;
    const name = file.name.toLowerCase();
    const ext = /\.([a-z0-9]{1,5})$/.exec(name)?.[1] ?? '';
    if (!['eml', 'msg', 'txt', ''].includes(ext)) {
      this.#say(s.unsupported);
      this.dataset['state'] = 'error';
      return;
    }
    this.dataset['state'] = 'working';
    this.#say(s.working);
    try {
      const [index, { decode, decodeMessage, looksLikeRawMessage }] = await Promise.all([this.#loadIndex(), engine()]);
      if (ext === 'msg') {
        if (file.size > MAX_MSG_BYTES) {
          this.#say(s.tooBig);
          this.dataset['state'] = 'error';
          return;
        }
        const parts = await this.#parseMsg(await file.arrayBuffer());
        if (seq !== this.#seq) return;
        if (parts === null) {
          this.#say(s.readerError);
          this.dataset['state'] = 'error';
          return;
        }
        this.#finish(decodeMessage(parts, index, 'msg'), null);
        return;
      }
      const { text, truncated } = await fileText(file);
      let report: DecodeReport;
      let note: string | null = null;
      if (ext === 'eml' || looksLikeRawMessage(text)) {
        const parts = await this.#parseEml(text);
        if (parts === null) note = s.readerError;
        report = parts === null ? decode(text, index, { truncated }) : decodeMessage(parts, index, 'message', truncated);
      } else {
        report = decode(text, index, { truncated });
      }
      if (seq === this.#seq) this.#finish(report, note);
    } catch {
      if (seq !== this.#seq) return;
      this.#say(s.fileError);
      this.dataset['state'] = 'error';
    }
  }

  /** A raw message through postal-mime (loaded on first use); null when it cannot be loaded or parsed. */
  async #parseEml(text: string): Promise<MessageParts | null> {
    this.#say(this.#config.strings.status.loadingReader);
    try {
      const { default: PostalMime } = await import('postal-mime');
      const email = (await PostalMime.parse(text, { attachmentEncoding: 'arraybuffer' })) as unknown as ParsedEmail;
      return (await engine()).fromParsedEmail(email);
    } catch {
      return null;
    }
  }

  /** An Outlook .msg through msgreader (loaded on first use); null when it cannot be read. */
  async #parseMsg(buffer: ArrayBuffer): Promise<MessageParts | null> {
    this.#say(this.#config.strings.status.loadingReader);
    try {
      const MsgReader = msgReaderClass(await import('@kenjiuno/msgreader'));
      if (MsgReader === null) return null;
      const reader = new MsgReader(buffer);
      const data = reader.getFileData();
      if (data.error) return null;
      const texts: string[] = [];
      for (const a of data.attachments ?? []) {
        if (a.innerMsgContent || (a.contentLength ?? 0) > 256_000) continue;
        if (!/\.(?:txt|dsn)$|delivery|details/i.test(a.fileName ?? '')) continue;
        const got = reader.getAttachment(a);
        texts.push(new TextDecoder('utf-8').decode(got.content));
      }
      return (await engine()).fromMsgFields(data, texts);
    } catch {
      return null;
    }
  }

  #finish(report: DecodeReport, note: string | null): void {
    const s = this.#config.strings.status;
    const count = report.failures.length;
    const messages: string[] = [];
    if (count === 0) messages.push(s.nothing);
    else messages.push(pluralForm(this.#config.intl, count, this.#config.found));
    if (report.truncated) messages.push(s.truncated);
    if (note) messages.push(note);
    if (this.#codesFailed) messages.push(s.codesError);
    this.#say(messages.join(' '));
    this.dataset['state'] = count === 0 ? 'empty' : 'done';
    this.#show(count === 0 ? null : report);
  }

  #show(report: DecodeReport | null): void {
    this.#output.replaceChildren();
    this.#results.hidden = report === null;
    if (report === null) return;
    const frag = document.createDocumentFragment();
    if (report.verdict) frag.append(this.#verdictCard(report.verdict, report));
    if (report.verdict) frag.append(this.#handoffCard(report.verdict, report));
    frag.append(...this.#recipients(report));
    if (report.timeline.length > 0) frag.append(this.#timeline(report));
    frag.append(this.#about(report));
    this.#output.append(frag);
  }

  // ── Pieces ────────────────────────────────────────────────────────────

  #codeLine(c: FoundCode): HTMLElement {
    const r = this.#config.strings.result;
    const lang = this.#config.lang;
    const li = el('li');
    const label = [c.basic, c.code].filter(Boolean).join(' ');
    if (c.page) li.append(link(codePath(lang, c.page.slug), label));
    else if (c.code === null && c.basic !== null && BASIC.has(c.basic)) li.append(link(`${codePath(lang, 'basic')}#${c.basic}`, label));
    else li.append(el('span', 'dec-mono', label));
    const bits: string[] = [];
    if (c.page?.title) bits.push(c.page.title);
    bits.push(c.cls === 5 ? r.permanent : c.cls === 4 ? r.temporary : '');
    bits.push(r.roles[c.role]);
    li.append(` ${bits.filter(Boolean).join(' · ')}`);
    if (!c.page && c.code !== null) {
      li.append(el('br'), fillText(r.unregistered, { code: c.code }), ' ');
      if (c.nearest) li.append(link(codePath(lang, c.nearest.slug), `${c.nearest.code} ${c.nearest.title}`.trim()));
    }
    if (c.expired && c.twin) li.append(el('br'), el('span', 'dec-note', fillText(r.expired, { code: c.code ?? '', twin: c.twin.code })));
    return li;
  }

  #guideLink(v: Verdict): HTMLElement | null {
    const r = this.#config.strings.result;
    if (v.guide === null) return null;
    const href = guidePath(this.#config.lang, v.guide.slug, v.guide.section ?? undefined);
    const p = el('p');
    if (v.family !== null) {
      p.append(link(href, r.causes[v.family]));
      if (v.guide.guide !== 'other') p.append(` (${fillText(r.inGuide, { code: v.guide.guide })})`);
    } else {
      p.append(link(href, v.guide.guide === 'other' ? r.readGuide : fillText(r.guideOf, { code: v.guide.guide })));
    }
    return p;
  }

  #verdictCard(v: Verdict, report: DecodeReport): HTMLElement {
    const r = this.#config.strings.result;
    const t = this.#config.strings.tokens;
    const lang = this.#config.lang;
    const card = el('section', 'dec-card dec-verdict');
    card.setAttribute('aria-labelledby', 'dec-verdict-title');
    const h = el('h3', undefined, r.verdict);
    h.id = 'dec-verdict-title';
    card.append(h);
    const dl = el('dl');
    const row = (label: string, ...value: (Node | string)[]): void => {
      const dd = el('dd');
      dd.append(...value);
      dl.append(el('dt', undefined, label), dd);
    };
    if (v.code) {
      const big = el('p', 'dec-big');
      const label = [v.reported === null ? v.code.basic : null, v.code.code ?? v.code.basic].filter(Boolean).join(' ');
      if (v.code.page) big.append(link(codePath(lang, v.code.page.slug), label));
      else if (v.code.code === null && v.code.basic !== null && BASIC.has(v.code.basic)) big.append(link(`${codePath(lang, 'basic')}#${v.code.basic}`, label));
      else big.append(label);
      if (v.code.page?.title) big.append(` ${v.code.page.title}`);
      const parts: (Node | string)[] = [big];
      if (v.reported) parts.push(el('span', 'dec-note', fillText(r.reportedAs, { code: [v.reported.basic, v.reported.code].filter(Boolean).join(' ') })));
      row(r.realCode, ...parts);
      if (v.permanent !== null) row('', v.permanent ? r.permanent : r.temporary);
      if (v.expired && v.reported?.code && v.code.code) row('', fillText(r.expired, { code: v.reported.code, twin: v.code.code }));
      else if (v.permanent === false && v.code.twin && v.code.cls === 4) row('', fillText(r.willExpire, { twin: v.code.twin.code }));
    }
    const guide = this.#guideLink(v);
    if (guide) row(r.likelyCause, guide);
    if (v.token) row('', fillText(r.because, { token: v.token.raw, meaning: t[v.token.kind] }));
    else if (v.code) row('', r.byCode);
    row(r.direction, r.directions[v.direction ?? 'unknown']);
    const who = el('ul');
    for (const a of v.actors) who.append(el('li', undefined, r.actors[a]));
    row(r.who, who);
    if (v.server) row(r.hop, el('span', 'dec-mono', endpointText(v.server)));
    if (v.time) row(r.lastAttempt, el('span', 'dec-mono', v.time.text));
    if (v.recipient && report.recipients.length > 1) row(r.recipient, el('span', 'dec-mono', v.recipient));
    card.append(dl);
    return card;
  }

  #handoffCard(v: Verdict, report: DecodeReport): HTMLElement {
    const hs = this.#config.strings.handoff;
    const card = el('section', 'dec-card dec-handoff');
    card.setAttribute('aria-labelledby', 'dec-handoff-title');
    const h = el('h3', undefined, hs.title);
    h.id = 'dec-handoff-title';
    card.append(h, el('p', 'dec-note', hs.intro));
    const pick = el('p', 'dec-row');
    const select = el('select');
    select.id = 'dec-audience';
    const label = el('label', undefined, hs.audience);
    label.htmlFor = select.id;
    for (const a of AUDIENCES) {
      const opt = el('option', undefined, hs.audiences[a]);
      opt.value = a;
      select.append(opt);
    }
    select.value = defaultAudience(v);
    pick.append(label, select);
    card.append(pick);
    const failure = v.failure === null ? null : (report.failures[v.failure] ?? null);
    const blocks: { strings: HandoffStrings; heading: string | null; copy: string; id: string }[] = [
      { strings: this.#config.handoff.page, heading: null, copy: hs.copy, id: 'dec-handoff-page' },
    ];
    if (this.#config.lang !== 'en') blocks.push({ strings: this.#config.handoff.en, heading: hs.inEnglish, copy: hs.copyEnglish, id: 'dec-handoff-en' });
    const areas: { area: HTMLTextAreaElement; strings: HandoffStrings }[] = [];
    for (const b of blocks) {
      if (b.heading) card.append(el('h4', undefined, b.heading));
      const area = el('textarea');
      area.id = b.id;
      area.readOnly = true;
      area.spellcheck = false;
      area.rows = 14;
      if (b.strings === this.#config.handoff.en) area.lang = 'en';
      const areaLabel = el('label', 'visually-hidden', b.heading ?? hs.title);
      areaLabel.htmlFor = area.id;
      const button = el('button', undefined, b.copy);
      button.type = 'button';
      button.addEventListener('click', () => void this.#copy(area, button, b.copy));
      card.append(areaLabel, area, el('p', 'dec-row'));
      card.lastElementChild?.append(button);
      areas.push({ area, strings: b.strings });
    }
    const render = (): void => {
      const audience = select.value as Audience;
      for (const { area, strings } of areas) {
        const m = buildHandoff(v, failure, strings, audience);
        const subjectLabel = strings === this.#config.handoff.en ? 'Subject' : hs.subjectLabel;
        area.value = `${subjectLabel}: ${m.subject}\n\n${m.body}`;
      }
    };
    select.addEventListener('change', render);
    render();
    return card;
  }

  async #copy(area: HTMLTextAreaElement, button: HTMLButtonElement, label: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(area.value);
    } catch {
      area.select();
    }
    button.textContent = this.#config.strings.handoff.copied;
    window.setTimeout(() => (button.textContent = label), 2000);
  }

  #recipients(report: DecodeReport): HTMLElement[] {
    const r = this.#config.strings.result;
    const out: HTMLElement[] = [];
    const groups: { title: string; failures: Failure[]; verdict: Verdict | null }[] = report.recipients.map((rc) => ({
      title: rc.address,
      failures: rc.failures.map((id) => report.failures[id]!).filter(Boolean),
      verdict: rc.verdict,
    }));
    const orphans = report.failures.filter((f) => f.recipient === null);
    if (orphans.length > 0) groups.push({ title: r.noRecipient, failures: orphans, verdict: null });
    const heading = el('h3', undefined, r.recipients);
    out.push(heading);
    for (const g of groups) {
      const card = el('section', 'dec-card');
      card.append(el('h4', 'dec-mono', g.title));
      if (g.verdict && g.verdict !== report.verdict && report.recipients.length > 1) {
        const p = el('p');
        const code = g.verdict.code?.code ?? g.verdict.code?.basic;
        if (code) p.append(`${r.realCode}: ${code}. `);
        const guide = this.#guideLink(g.verdict);
        card.append(p);
        if (guide) card.append(guide);
      }
      for (const f of g.failures) card.append(this.#failure(f));
      out.push(card);
    }
    return out;
  }

  #failure(f: Failure): HTMLElement {
    const r = this.#config.strings.result;
    const t = this.#config.strings.tokens;
    const box = el('div', 'dec-failure');
    const sources = f.sources.map((s) => r.sources[s]).join(', ');
    box.append(el('h5', undefined, `${r.failure}: ${sources}`));
    const dl = el('dl');
    const row = (label: string, value: Node | string): void => {
      const dd = el('dd');
      dd.append(value);
      dl.append(el('dt', undefined, label), dd);
    };
    if (f.line !== '') row(r.line, el('code', 'dec-line', f.line));
    if (f.codes.length > 0) {
      const ul = el('ul');
      for (const c of f.codes) ul.append(this.#codeLine(c));
      row(r.codes, ul);
    }
    if (f.action) row(r.action, el('span', 'dec-mono', f.action));
    if (f.servers.length > 0) {
      const ul = el('ul');
      for (const s of f.servers) ul.append(el('li', undefined, `${r.serverRoles[s.role]}: ${endpointText(s)}${s.microsoft ? ` (${r.microsoftHost})` : ''}`));
      row(r.servers, ul);
    }
    if (f.tokens.length > 0) {
      const ul = el('ul');
      for (const tok of f.tokens) {
        const li = el('li');
        li.append(el('span', 'dec-mono', tok.raw), ` — ${t[tok.kind]}`);
        ul.append(li);
      }
      row(r.tokens, ul);
    }
    const extra = f.details.filter((d) => !/^(?:Message|LastAttemptedServerName|LastAttemptedIP)$/i.test(d.key));
    if (extra.length > 0) {
      const ul = el('ul');
      for (const d of extra.slice(0, 12)) ul.append(el('li', 'dec-mono', `${d.key}=${d.value}`));
      row(r.details, ul);
    }
    box.append(dl);
    return box;
  }

  #timeline(report: DecodeReport): HTMLElement {
    const r = this.#config.strings.result;
    const card = el('section', 'dec-card');
    card.setAttribute('aria-labelledby', 'dec-timeline-title');
    const h = el('h3', undefined, r.timeline);
    h.id = 'dec-timeline-title';
    const ol = el('ol', 'dec-timeline');
    for (const e of report.timeline) {
      const li = el('li');
      const label = e.label ? `${r.events[e.role]}: ${e.label}` : r.events[e.role];
      li.append(el('span', 'dec-mono', e.text), el('span', undefined, label), el('span', 'dec-note', r.sources[e.source]));
      ol.append(li);
    }
    card.append(h, ol);
    return card;
  }

  #about(report: DecodeReport): HTMLElement {
    const r = this.#config.strings.result;
    const p = el('p', 'dec-note');
    p.append(`${r.readAs}: ${report.formats.map((f) => r.formats[f]).join(', ')}.`);
    if (report.message?.subject) p.append(el('br'), `${r.messageSubject}: ${report.message.subject}`);
    if (report.message?.originalSubject) p.append(el('br'), `${r.originalSubject}: ${report.message.originalSubject}`);
    return p;
  }
}

customElements.define('mail-decoder', MailDecoder);
