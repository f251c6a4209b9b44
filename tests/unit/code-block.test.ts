import { describe, expect, it } from 'vitest';
import { codeBlockTransformer, markPlaceholders } from '../../src/lib/code-block';
import { anchorHeading } from '../../src/lib/heading-anchor';

const span = (value: string, color = '#000') => ({
  type: 'element' as const,
  tagName: 'span',
  properties: { style: `color:${color}` },
  children: [{ type: 'text' as const, value }],
});

describe('code blocks', () => {
  it('joins a placeholder split over several tokens into one span.ph', () => {
    const line = {
      type: 'element' as const,
      tagName: 'span',
      properties: { className: ['line'] },
      children: [span('Test-NetConnection', '#1'), span(' <', '#2'), span('smart', '#3'), span('-', '#2'), span('host', '#3'), span('>', '#2'), span(' -Port 25')],
    };
    markPlaceholders(line);
    const text = (n: { children?: unknown[]; value?: string }): string =>
      n.value ?? (n.children ?? []).map((c) => text(c as never)).join('');
    expect(text(line)).toBe('Test-NetConnection <smart-host> -Port 25');
    const ph = line.children.filter((c) => (c as { properties?: { className?: string[] } }).properties?.className?.includes('ph'));
    expect(ph).toHaveLength(1);
    expect(text(ph[0] as never)).toBe('<smart-host>');
    expect((ph[0] as { properties: Record<string, unknown> }).properties['data-ph']).toBe('smart-host');
  });

  it('marks command languages as copyable, output as not', () => {
    const pre = (lang: string) => {
      const node = { type: 'element' as const, tagName: 'pre', properties: {} as Record<string, unknown>, children: [] };
      codeBlockTransformer.pre.call({ options: { lang } }, node);
      return node.properties;
    };
    expect(pre('powershell')).toHaveProperty('data-copy');
    expect(pre('bash')).toHaveProperty('data-copy');
    expect(pre('text')).not.toHaveProperty('data-copy');
  });

  it('links headings with an id to themselves', () => {
    const h = anchorHeading({ type: 'element', tagName: 'h2', properties: { id: 'causes' }, children: [{ type: 'text', value: 'Causes' }] as never });
    expect(h?.children?.[0]).toMatchObject({ tagName: 'a', properties: { href: '#causes' } });
    expect(anchorHeading({ type: 'element', tagName: 'h2', properties: {}, children: [] })).toBeUndefined();
  });
});
