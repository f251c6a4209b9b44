/**
 * <code-filter>: a filter box over the server-rendered code tables. Each row
 * carries its folded text (`data-filter-text`); the typed filter is folded
 * the same way (src/lib/search-text.ts), rows that do not contain it are
 * hidden, and so are groups left empty. Without JavaScript the box stays
 * hidden and the group anchors do the job.
 */
import { foldText } from '../lib/search-text';
import { pluralForm, type PluralForms } from '../lib/plural';

class CodeFilter extends HTMLElement {
  connectedCallback(): void {
    const box = this.querySelector<HTMLElement>('[data-filter-box]');
    const input = box?.querySelector('input');
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    if (!box || !input || !status) return;
    const lang = this.dataset['lang'] ?? 'en';
    let shown: PluralForms | null = null;
    try {
      shown = JSON.parse(this.dataset['shown'] ?? 'null') as PluralForms | null;
    } catch {
      shown = null;
    }
    const rows = [...this.querySelectorAll<HTMLElement>('tr[data-filter-text]')];
    const groups = [...this.querySelectorAll<HTMLElement>('[data-filter-group]')];
    box.hidden = false;
    input.addEventListener('input', () => {
      const query = foldText(input.value, lang);
      let count = 0;
      for (const row of rows) {
        const match = query === '' || (row.dataset['filterText'] ?? '').includes(query);
        row.hidden = !match;
        if (match) count++;
      }
      for (const group of groups) group.hidden = group.querySelector('tr[data-filter-text]:not([hidden])') === null;
      status.textContent =
        query === '' ? '' : count === 0 ? (this.dataset['none'] ?? '') : shown ? pluralForm(lang, count, shown) : String(count);
    });
  }
}

if (!customElements.get('code-filter')) customElements.define('code-filter', CodeFilter);
