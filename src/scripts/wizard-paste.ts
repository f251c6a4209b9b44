/**
 * The wizard's paste box (start step): analyzes what the reader pasted with
 * ../lib/wizard-url (the decoder's token rules) against the locale's guide
 * list, says what it read, and hands the values and the step to
 * <wizard-flow> (./wizard-flow.ts), which keeps them in the page only.
 * Loaded by <wizard-flow> only on a step that has the box; the analyzer and
 * the list load when the reader first focuses the box.
 */
import type { GuideRef } from '../lib/error-code';
import type { PasteResult } from '../lib/wizard-url';
import type { WizardValues } from '../lib/wizard-values';

/** What the partner message quotes from the paste: the code as read and its line (kept in the page only). */
export interface Pasted {
  code: string | null;
  line: string | null;
}

/** Called with the values read, the step to show, the note to show on it and what the partner message quotes. */
export type PasteGo = (values: WizardValues, href: string, note: string, pasted: Pasted) => Promise<void>;

/** Wires the paste box `form`; `strings` holds `truncated`, `notRecognized` and `read` (`{{items}}`). */
export function wirePaste(form: HTMLFormElement, lang: string, strings: DOMStringMap, go: PasteGo): void {
  const field = form.querySelector<HTMLTextAreaElement>('textarea');
  const message = form.querySelector<HTMLElement>('[data-paste-msg]');
  if (field === null || message === null) return;
  // The codes the site knows: the locale's guide list (as search uses it), fetched when the box is used.
  const listUrl = form.dataset['guides'] ?? '';
  let list: Promise<GuideRef[]> | undefined;
  const guides = (): Promise<GuideRef[]> =>
    (list ??= import('./guide-list')
      .then(({ fetchGuideList }) => fetchGuideList(listUrl))
      .catch(() => null)
      .then((found) => {
        if (found === null) list = undefined; // offline: asked again on the next try
        return found ?? [];
      }));
  const analyzer = (): Promise<typeof import('../lib/wizard-url')> => import('../lib/wizard-url');
  field.addEventListener(
    'focus',
    () => {
      void analyzer().catch(() => undefined);
      void guides();
    },
    { once: true },
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    let result: PasteResult | null = null;
    try {
      const [{ pasteHref }, known] = await Promise.all([analyzer(), guides()]);
      result = pasteHref(field.value, known, lang);
    } catch {
      /* the analyzer could not load (offline): say so like an unrecognized text */
    }
    const cut = result?.truncated ? (strings['truncated'] ?? '') : '';
    if (result === null || result.href === null) {
      message.textContent = [strings['notRecognized'] ?? '', cut].filter(Boolean).join(' ');
      field.focus();
      return;
    }
    message.textContent = '';
    // What was read, shown on the next step (text only): the code, the server, the IP address, the deciding detail.
    const read = result.read.length > 0 ? (strings['read'] ?? '{{items}}').replace('{{items}}', result.read.join(' · ')) : '';
    await go(result.values, result.href, [read, cut].filter(Boolean).join(' '), { code: result.code, line: result.line });
  });
  form.hidden = false;
}
