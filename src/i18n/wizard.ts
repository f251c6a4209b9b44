/**
 * Build-time strings of the troubleshooting wizard. `t` is the typed `wizard`
 * namespace; `text` takes the tree's keys (src/lib/wizard-tree.ts), which are
 * plain strings, and fails the build on a key that has no translation
 * (tests/unit/wizard-tree.test.ts checks them all beforehand).
 */
import { useTranslations } from './index';
import type { Lang } from './config';
import { codeOf, getNode, pathTo } from '../lib/wizard-path';
import { fitTitle } from '../lib/page-title';
import { START_ID, WIZARD_TREE, type NodeId } from '../lib/wizard-tree';

export function useWizardTranslations(lang: Lang) {
  const t = useTranslations(lang, 'wizard');
  const lookup = t as unknown as (key: string, options?: Record<string, unknown>) => unknown;
  const text = (key: string, options?: Record<string, unknown>): string => {
    const value = lookup(key, options);
    if (typeof value !== 'string' || value === key) {
      throw new Error(`src/i18n/locales/${lang}/wizard.json: "${key}" is missing`);
    }
    return value;
  };
  return { t, text };
}

/**
 * The heading of a step (its question, or the result's title) and the label
 * of the branch it is in (the start's answer, "450 4.4.316 Connection
 * refused"; null for the start). The page title adds the branch to the
 * questions that every branch shares, so that no two steps share a title.
 */
/** Room for a step's title next to " | " and the site name within 70 characters. */
const TITLE_MAX = 50;

export function stepHeading(lang: Lang, id: NodeId): { heading: string; context: string | null; title: string } {
  const { text } = useWizardTranslations(lang);
  const node = getNode(id);
  const heading = text(node.kind === 'question' ? node.questionKey : node.titleKey);
  const start = WIZARD_TREE[START_ID];
  const branch = pathTo(id)[1];
  const labelKey = start.kind === 'question' ? start.answers.find((a) => a.next === branch)?.labelKey : undefined;
  const context = labelKey === undefined ? null : text(labelKey);
  // The title leads with the branch's code, so steps that every branch shares
  // ("yours or a partner's?") stay distinct, and is cut to fit beside the site name.
  const code = codeOf(id);
  const prefix = code === undefined ? '' : `${code === 'other' ? text('page.title') : code}: `;
  return { heading, context, title: fitTitle(`${prefix}${heading}`, TITLE_MAX) };
}
