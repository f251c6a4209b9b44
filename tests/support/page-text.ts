/**
 * The readable text of a built page, block by block, without what is meant to
 * stay in the service's English: code (`pre`, `code`, `kbd`, `samp`), anything
 * marked `lang` other than the page's (`<div lang="en">`), placeholders, and
 * scripts. For the language gate (tests/gates/language.test.ts).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'parse5';

interface P5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
  value?: string;
}

/** Elements whose text is one block of reading. */
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'figcaption', 'summary', 'label', 'button', 'caption', 'option', 'title', 'blockquote', 'legend']);
/** Subtrees that are not interface or prose text. */
const SKIP = new Set(['script', 'style', 'pre', 'code', 'kbd', 'samp', 'template', 'svg']);

export interface TextBlock {
  /** The block's tag (`p`, `li` …). */
  tag: string;
  text: string;
}

/**
 * The page's `lang` and its blocks of text in that language. With
 * `skipLabels`, bold text is left out too: a bold label is the service's
 * English where Microsoft's localized label is not confirmed (docs/writing-guides.md).
 */
export function pageText(file: string, { skipLabels = false } = {}): { lang: string; blocks: TextBlock[] } {
  const root = parse(readFileSync(file, 'utf8')) as unknown as P5Node;
  const blocks: TextBlock[] = [];
  let lang = '';
  const attr = (n: P5Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
  const walk = (node: P5Node, current: TextBlock | null): void => {
    if (node.nodeName === '#text') {
      if (current) current.text += node.value ?? '';
      return;
    }
    const tag = node.tagName;
    let here = current;
    if (tag) {
      if (tag === 'html') lang = attr(node, 'lang') ?? '';
      if (SKIP.has(tag) || (skipLabels && (tag === 'strong' || tag === 'b'))) return;
      const l = attr(node, 'lang');
      if (l !== undefined && l !== lang) return;
      if (/\bph\b/.test(attr(node, 'class') ?? '')) return;
      if (BLOCKS.has(tag)) {
        here = { tag, text: '' };
        blocks.push(here);
      }
      // Attributes people read or hear.
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const v = attr(node, name);
        if (v) blocks.push({ tag: `@${name}`, text: v });
      }
      if (tag === 'meta' && attr(node, 'name') === 'description') blocks.push({ tag: '@description', text: attr(node, 'content') ?? '' });
    }
    for (const child of node.childNodes ?? []) walk(child, here);
    if (node.content) walk(node.content, here);
  };
  walk(root, null);
  for (const b of blocks) b.text = b.text.replace(/\s+/g, ' ').trim();
  return { lang, blocks: blocks.filter((b) => b.text !== '') };
}
