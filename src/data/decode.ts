/**
 * Build-time data for the decode page: every string of the decode namespace
 * in the locale (plural forms prepared for the browser), the hand-off
 * templates in the locale and in English, and where the code list is.
 */
import { defaultLang, localeInfo, type Lang } from '../i18n/config';
import { pluralForms, resources } from '../i18n';
import type { DecodeConfig, DecodeStrings } from '../lib/decode/config';
import type { HandoffStrings } from '../lib/decode/handoff';
import { codesDataPath } from '../lib/url';
import { underBase } from './base';

type DecodeJson = DecodeStrings & { handoff: DecodeStrings['handoff'] & { template: Omit<HandoffStrings, 'tokens'> } };

function namespace(lang: Lang): DecodeJson {
  const json = resources[lang]?.['decode'];
  if (json === undefined) throw new Error(`src/i18n/locales/${lang}/decode.json is missing`);
  return json as unknown as DecodeJson;
}

/** The hand-off templates of a locale, with its token meanings. */
export function handoffStrings(lang: Lang): HandoffStrings {
  const ns = namespace(lang);
  return { ...ns.handoff.template, tokens: ns.tokens };
}

/** Everything <mail-decoder> needs, for one locale. */
export function decodeConfig(lang: Lang): DecodeConfig {
  const ns = namespace(lang);
  const { template: _template, ...handoff } = ns.handoff;
  const status = Object.fromEntries(Object.entries(ns.status).filter(([k]) => !/^found_/.test(k))) as DecodeStrings['status'];
  return {
    lang,
    intl: localeInfo(lang).intl,
    codes: underBase(codesDataPath(lang)),
    strings: { ...ns, status, handoff },
    found: pluralForms(lang, 'decode', 'status.found'),
    handoff: { page: handoffStrings(lang), en: handoffStrings(defaultLang) },
  };
}
