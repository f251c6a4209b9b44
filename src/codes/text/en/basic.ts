/** Basic reply codes (RFC 5321), en: see src/codes/text/README.md. */
import type { BasicTexts } from '../../basic';

export default {
} satisfies Partial<BasicTexts>;
