/**
 * Build-time treatment of code blocks (a Shiki transformer, so it works on the
 * highlighted HAST and ships no JavaScript):
 * - command blocks (`powershell`, `bash`, `sh`, `shell`) get `data-copy`, which
 *   the copy-button script looks for;
 * - placeholders such as `<smart-host>` become `<span class="ph" data-ph="smart-host">`
 *   so that they stand out and can be filled in.
 */

/** The Shiki themes of every code block (guides through astro.config.mjs, wizard through <Code>). */
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/** Languages whose blocks are commands to run (and get a copy button). */
export const COMMAND_LANGUAGES: readonly string[] = ['powershell', 'ps1', 'bash', 'sh', 'shell', 'console'];

/** Matches one placeholder: `<smart-host>`, `<domain>`, `<connector-name>`… */
export const PLACEHOLDER = /<([a-z][a-z0-9]*(?:-[a-z0-9]+)*)>/g;

interface HText { type: 'text'; value: string }
interface HElement { type: 'element'; tagName: string; properties: Record<string, unknown>; children: HNode[] }
type HNode = HText | HElement | { type: string };

function textOf(node: HNode): string {
  if (node.type === 'text') return (node as HText).value;
  if (node.type === 'element') return (node as HElement).children.map(textOf).join('');
  return '';
}

/**
 * Rebuilds one highlighted line so that every placeholder is a single
 * `span.ph`, keeping the token styling of the text around it.
 */
export function markPlaceholders(line: HElement): void {
  const tokens = line.children;
  const full = tokens.map(textOf).join('');
  const ranges = [...full.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index, end: m.index + m[0].length, name: m[1]! }));
  if (ranges.length === 0) return;
  const out: HNode[] = [];
  let offset = 0;
  let current: { el: HElement; end: number } | null = null;
  for (const token of tokens) {
    const text = textOf(token);
    const tokenStart = offset;
    offset += text.length;
    let pos = 0;
    while (pos < text.length) {
      const at = tokenStart + pos;
      const range = ranges.find((r) => at >= r.start && at < r.end);
      if (range) {
        if (!current || current.end !== range.end) {
          current = {
            el: { type: 'element', tagName: 'span', properties: { className: ['ph'], 'data-ph': range.name }, children: [] },
            end: range.end,
          };
          out.push(current.el);
        }
        const take = Math.min(text.length, range.end - tokenStart) - pos;
        current.el.children.push({ type: 'text', value: text.slice(pos, pos + take) });
        pos += take;
      } else {
        const next = ranges.find((r) => r.start > at);
        const take = Math.min(text.length, (next ? next.start : Infinity) - tokenStart) - pos;
        const piece = text.slice(pos, pos + take);
        if (token.type === 'element') {
          const el = token as HElement;
          // A new element, not a spread of `el`: Sätteri's node objects carry more than
          // these fields, and with MDX `optimize` a spread copy was rendered with the
          // colour of another token (seen in 4.4.315's `Test-NetConnection <smart-host> -Port 25`).
          out.push({ type: 'element', tagName: el.tagName, properties: { ...el.properties }, children: [{ type: 'text', value: piece }] });
        } else {
          out.push({ type: 'text', value: piece });
        }
        pos += take;
      }
    }
  }
  line.children = out;
}

/** The Shiki transformer used in astro.config.mjs. */
export const codeBlockTransformer = {
  name: 'mailflow:code-block',
  pre(this: { options: { lang?: string } }, node: HElement) {
    const lang = String(this.options.lang ?? '').toLowerCase();
    if (COMMAND_LANGUAGES.includes(lang)) node.properties['data-copy'] = '';
  },
  line(node: HElement) {
    markPlaceholders(node);
  },
};
