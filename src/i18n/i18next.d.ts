import type codes from './locales/en/codes.json';
import type common from './locales/en/common.json';
import type decode from './locales/en/decode.json';
import type search from './locales/en/search.json';
import type wizard from './locales/en/wizard.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      codes: typeof codes;
      common: typeof common;
      decode: typeof decode;
      search: typeof search;
      wizard: typeof wizard;
    };
  }
}
