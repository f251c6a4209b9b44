/**
 * Build-time data of one wizard step, computed once per page: its texts from
 * i18next, its links, its progress, and for a result the guide section it
 * points at (with that section's own heading). src/components/Wizard.astro
 * renders it; src/pages/[lang]/troubleshoot/[...step].astro takes the page
 * title from it. Throws, naming the step, on a guide or section that does not
 * exist (tests/unit/wizard-tree.test.ts checks them all beforehand).
 */
import { render } from 'astro:content';
import type { Lang } from '../i18n/config';
import { useWizardTranslations } from '../i18n/wizard';
import { guideTitle, OTHER_CODE } from '../lib/error-code';
import { fitTitle } from '../lib/page-title';
import { guidePath } from '../lib/url';
import { codeOf, getNode, parentOf, pathTo, placeholdersIn, progress } from '../lib/wizard-path';
import { START_ID, type NodeId, type WizardCommand } from '../lib/wizard-tree';
import { stepPath } from '../lib/wizard-url';
import { findGuide, guidesUrl, type Guide } from './guides';
import { handoffStrings } from './decode';
import { defaultLang } from '../i18n/config';
import { partnerMessage } from '../lib/partner-message';
import type { Handoff } from '../lib/decode/handoff';

/** Room for a step's title next to " | " and the site name within 70 characters. */
const TITLE_MAX = 50;

/** An answer as a link to the next step. */
export interface AnswerLink {
  label: string;
  href: string;
}

/** A result's content. */
export interface ResultView {
  cause: string;
  steps: string[];
  commands: (WizardCommand & { label: string })[];
  /** True when a command still holds a placeholder (`<smart-host>`). */
  hasPlaceholders: boolean;
  verify: string;
  /** The guide section it points at: URL, the section's heading, the guide's shown title. */
  guide: { href: string; section: string; title: string };
  /** On a #partner result: the message for the partner's administrators, in English, with placeholders; else null. */
  partnerMessage: Handoff | null;
}

/** Everything one step's page shows. */
export interface WizardStepView {
  id: NodeId;
  /** `/{lang}/troubleshoot/{id}/`. */
  path: string;
  /** The question, or the result's title. */
  heading: string;
  /** The label of the branch the step is in (the start's answer, `450 4.4.316 Connection refused`); null for the start. */
  context: string | null;
  /** The page title (without the site name): the branch's code first, so that steps every branch shares stay distinct. */
  title: string;
  progress: { step: number; total: number };
  /** "Back" (the parent's path); null for the start. */
  back: string | null;
  /** The question's hint and answers; null for a result. */
  question: { hint: string | null; answers: AnswerLink[] } | null;
  result: ResultView | null;
  /** The start's paste box: URL of the locale's guide list (the codes it knows); null elsewhere. */
  pasteGuides: string | null;
}

/** Each guide's section headings by id, rendered once per guide and locale. */
const sections = new Map<string, Promise<Map<string, string>>>();

function sectionTitles(guide: Guide): Promise<Map<string, string>> {
  const key = `${guide.lang}/${guide.slug}`;
  const known = sections.get(key);
  if (known !== undefined) return known;
  const titles = render(guide.entry).then(({ headings }) => new Map(headings.map((h) => [h.slug, h.text])));
  sections.set(key, titles);
  return titles;
}

/** The step `id` in locale `lang`, with every text resolved. */
export async function wizardStep(lang: Lang, id: NodeId): Promise<WizardStepView> {
  const { t, text } = useWizardTranslations(lang);
  const node = getNode(id);
  if (node === undefined) throw new Error(`Wizard: no step "${id}"`);

  const start = getNode(START_ID);
  const branch = pathTo(id)[1];
  const branchAnswer = start?.kind === 'question' ? start.answers.find((a) => a.next === branch) : undefined;
  const heading = text(node.kind === 'question' ? node.questionKey : node.titleKey);
  const code = codeOf(id);
  const prefix = code === undefined ? '' : `${code === OTHER_CODE ? t('page.title') : code}: `;
  const parent = parentOf(id);

  let result: ResultView | null = null;
  if (node.kind === 'result') {
    const guide = await findGuide(lang, node.guide);
    if (guide === undefined) throw new Error(`Wizard ${id}: no guide ${lang}/${node.guide}`);
    const section = (await sectionTitles(guide)).get(node.section);
    if (section === undefined) throw new Error(`Wizard ${id}: no #${node.section} in ${lang}/${node.guide}`);
    result = {
      cause: text(node.causeKey),
      steps: node.stepKeys.map((k) => text(k)),
      commands: node.commands.map((c) => ({ ...c, label: text(c.labelKey) })),
      hasPlaceholders: node.commands.some((c) => placeholdersIn(c.command).length > 0),
      verify: text(node.verifyKey),
      guide: {
        href: guidePath(lang, guide.slug, node.section),
        section,
        title: guideTitle(guide.entry.data.code, guide.entry.data.title),
      },
      partnerMessage:
        node.section === 'partner'
          ? partnerMessage(guide.entry.data.code === OTHER_CODE ? null : guide.entry.data.code, handoffStrings(defaultLang))
          : null,
    };
  }

  return {
    id,
    path: stepPath(lang, id),
    heading,
    context: branchAnswer === undefined ? null : text(branchAnswer.labelKey, branchAnswer.labelValues),
    title: id === START_ID ? t('page.title') : fitTitle(`${prefix}${heading}`, TITLE_MAX),
    progress: progress(id) ?? { step: 1, total: 1 },
    back: parent === undefined ? null : stepPath(lang, parent),
    question:
      node.kind === 'question'
        ? {
            hint: node.hintKey === undefined ? null : text(node.hintKey),
            answers: node.answers.map((a) => ({ label: text(a.labelKey, a.labelValues), href: stepPath(lang, a.next) })),
          }
        : null,
    result,
    pasteGuides: id === START_ID ? guidesUrl(lang) : null,
  };
}
