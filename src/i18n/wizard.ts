/**
 * Build-time strings of the troubleshooting wizard. `t` is the typed `wizard`
 * namespace; `text` takes the tree's keys (src/lib/wizard-tree.ts), which are
 * plain strings, and fails the build on a key that has no translation
 * (tests/unit/wizard-tree.test.ts checks them all beforehand). What a step
 * shows is put together in src/data/wizard.ts.
 */
import { useTranslations } from './index';
import type { Lang } from './config';

/** The wizard namespace of a locale: `t` for the typed keys, `text` for the tree's keys. */
export function useWizardTranslations(lang: Lang) {
  const t = useTranslations(lang, 'wizard');
  const lookup = t as unknown as (key: string, options?: Readonly<Record<string, unknown>>) => unknown;
  const text = (key: string, options?: Readonly<Record<string, unknown>>): string => {
    const value = lookup(key, options);
    if (typeof value !== 'string' || value === key) {
      throw new Error(`src/i18n/locales/${lang}/wizard.json: "${key}" is missing`);
    }
    return value;
  };
  return { t, text };
}
