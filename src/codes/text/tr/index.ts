/** Every registry text in this locale, checked complete by the type (CodeTexts) and by validateRegistry. */
import type { CodeTexts } from '../../types';
import type { BasicTexts } from '../../basic';
import ianaA from './iana-a';
import ianaB from './iana-b';
import ianaC from './iana-c';
import microsoft from './microsoft';
import basicTexts from './basic';

export const codes = { ...ianaA, ...ianaB, ...ianaC, ...microsoft } satisfies CodeTexts;
export const basic = basicTexts satisfies BasicTexts;
