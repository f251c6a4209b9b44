/**
 * A small read-only view of a built HTML file, parsed with parse5 (the HTML
 * standard's parsing rules, as browsers do): elements with their attributes,
 * ancestors and text, for the dist-based gates.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'parse5';

export interface El {
  tag: string;
  attrs: Record<string, string>;
  parent: El | null;
  /** Text content (for <script> and <style>: the raw body). */
  text: string;
  /** Position in the document, in parse order. */
  index: number;
}

export interface Doc {
  file: string;
  elements: El[];
  /** Elements matching a tag name and an optional attribute test. */
  all(tag: string, test?: (el: El) => boolean): El[];
  /** Every `id` in the document (and `<a name>`), for #anchor checks. */
  ids: Set<string>;
}

interface P5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
  value?: string;
}

function textOf(node: P5Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(textOf).join('');
}

const cache = new Map<string, Doc>();

/** Parses a file once per test run. */
export function readDoc(file: string): Doc {
  const hit = cache.get(file);
  if (hit) return hit;
  const doc = parseDoc(readFileSync(file, 'utf8'), file);
  cache.set(file, doc);
  return doc;
}

export function parseDoc(html: string, file = '<string>'): Doc {
  const elements: El[] = [];
  const visit = (node: P5Node, parent: El | null) => {
    let here = parent;
    if (node.tagName) {
      const el: El = {
        tag: node.tagName,
        attrs: Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value])),
        parent,
        text: textOf(node),
        index: elements.length,
      };
      elements.push(el);
      here = el;
    }
    for (const child of node.childNodes ?? []) visit(child, here);
    if (node.content) visit(node.content, here);
  };
  visit(parse(html) as unknown as P5Node, null);
  const ids = new Set<string>();
  for (const el of elements) {
    if (el.attrs['id'] !== undefined) ids.add(el.attrs['id']);
    if (el.tag === 'a' && el.attrs['name'] !== undefined) ids.add(el.attrs['name']);
  }
  return {
    file,
    elements,
    ids,
    all: (tag, test = () => true) => elements.filter((el) => (tag === '*' || el.tag === tag) && test(el)),
  };
}

/** The element itself, then its ancestors. */
export function* selfAndAncestors(el: El): Generator<El> {
  for (let e: El | null = el; e; e = e.parent) yield e;
}

/** The language an element is in: the nearest `lang` attribute, primary subtag only. */
export function langOf(el: El): string | null {
  for (const e of selfAndAncestors(el)) {
    const lang = e.attrs['lang'];
    if (lang) return lang.split('-')[0]!.toLowerCase();
  }
  return null;
}

/** A <script> the browser executes: no `src`, and a JavaScript (or module) type. */
export function isInlineExecutableScript(el: El): boolean {
  if (el.tag !== 'script' || el.attrs['src'] !== undefined) return false;
  const type = (el.attrs['type'] ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

/** The CSP delivered in the page's <meta http-equiv>, as directive → sources. */
export function cspOf(doc: Doc): { meta: El[]; directives: Map<string, string[]> } {
  const meta = doc.all('meta', (m) => (m.attrs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy');
  const directives = new Map<string, string[]>();
  for (const part of (meta[0]?.attrs['content'] ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return { meta, directives };
}
