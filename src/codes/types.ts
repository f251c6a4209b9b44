/**
 * Types of the code registry (src/codes/entries.ts and src/codes/text/*.ts).
 * Pure data types: no DOM, no astro:* imports.
 */
import type { WizardCommandKey } from '../lib/wizard-tree';

/** Class of an enhanced status code: 2 success, 4 temporary failure (retried), 5 permanent failure. */
export type CodeClass = 2 | 4 | 5;

/** Subject of an enhanced status code (RFC 3463): the second number. */
export type Subject = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Who has to act on a code, first the one who usually fixes it. */
export type Actor = 'you' | 'recipient-admin' | 'sender' | 'dns-host' | 'microsoft' | 'network-team';

/** Where a code's definition comes from. */
export type CodeSource = 'iana' | 'microsoft';

/**
 * One registry entry: a code used with one or more classes (`X.2.2` gives the
 * pages 4.2.2 and 5.2.2), or a range of details (`X.7.500-699`).
 */
export interface CodeDef {
  /**
   * `X.subject.detail` (RFC 3463 notation: X stands for the class), or
   * `X.subject.first-last` for a range, inclusive.
   */
  readonly id: string;
  /** The classes the code is used with; one page each. */
  readonly classes: readonly CodeClass[];
  /** Official English name: the IANA name, or Microsoft's own wording. Shown verbatim in every locale. */
  readonly name: string;
  /** IANA registry entry, or a code Microsoft 365 defines. */
  readonly source: CodeSource;
  /** The IANA entry's reference (`[RFC3463]`); IANA entries only. */
  readonly reference?: string;
  /** True when Microsoft 365 uses this IANA code with a meaning or text of its own. */
  readonly m365?: boolean;
  /** Service texts as admins see them, verbatim (the service's English), e.g. `550 5.4.1 Recipient address rejected: Access denied`. */
  readonly seen?: readonly string[];
  /** Who has to act, the usual fixer first. */
  readonly actors: readonly Actor[];
  /** The deep guide (its code, `4.4.316`, or `other`) and section this code leads to. */
  readonly guide?: { readonly code: string; readonly section?: string };
  /** Related codes, concrete (`5.1.10`), each one a registered code. */
  readonly related?: readonly string[];
  /**
   * The troubleshooting wizard's questions for this code (src/lib/wizard-tree.ts
   * builds the branch from them). Only for an entry whose `guide` is its own
   * (`X.4.316` → the 4.4.316 guide); such an entry without it gets the generic
   * branch: yours or a partner's → the guide's #partner or #causes.
   */
  readonly wizard?: WizardBranch;
}

/**
 * A code's branch of the troubleshooting wizard, below "Is the receiving
 * server yours or a partner organization's?". Node ids and text keys come
 * from the names: in the branch of 4.4.316 (prefix `316`, the code's last
 * number), the question `mailboxes` is the step `316-mailboxes` with the
 * texts `questions.316-mailboxes.text` and `.hint`, its answer `yes` the
 * label `answers.316-mailboxes.yes`, the result `firewall` the step
 * `316-firewall` with `results.316-firewall.title`, `.cause`,
 * `.steps.s1` … (src/i18n/locales/{lang}/wizard.json).
 */
export interface WizardBranch {
  /** Commands of the #partner result, after `connect` and `showConnector`; its request to the partner is `results.partner.ask.{prefix}`. */
  readonly partner: readonly WizardCommandKey[];
  /** What follows when the server is the admin's own. */
  readonly yours: WizardStep;
}

/** A question of a branch, or one of its results. */
export type WizardStep = WizardQuestion | WizardResult | WizardSameResult;

/** A question with two or more answers. */
export interface WizardQuestion {
  /** Its name in the branch (`mailboxes`): lowercase words joined by `-`. */
  readonly question: string;
  /** The answers in display order, by name (`yes`, `nameMismatch`: a letter first), each with the step it leads to. */
  readonly answers: Readonly<Record<string, WizardStep>>;
}

/** A result: the likely cause, the fix and the guide section that explains it. */
export interface WizardResult {
  /** Its name in the branch (`firewall`): lowercase words joined by `-`. */
  readonly result: string;
  /** The guide section (a `{#id}` heading) it links to; `cause-{result}` when left out. */
  readonly section?: string;
  /** How many steps it has (`results.{id}.steps.s1` … `sN`). */
  readonly steps: number;
  /** The commands shown, in order. */
  readonly commands: readonly WizardCommandKey[];
  /** Its "How to check it worked" text: `checks.{verify}`. */
  readonly verify: string;
}

/**
 * Another answer that leads to the same cause as a result of the branch: a
 * step of its own (the wizard is a strict tree, so "Back" is one step) with
 * that result's texts, section and commands.
 */
export interface WizardSameResult {
  /** Its name in the branch (`new-connector`). */
  readonly result: string;
  /** The name of the result it repeats (`wrong-smart-host`). */
  readonly sameAs: string;
}

/** An entry's text in one locale. Inline code is written in backticks (`Get-AcceptedDomain`). */
export interface CodeText {
  /** Short title in the locale (`Skrzynka pocztowa jest pełna`). */
  readonly title: string;
  /** What it means, in plain words: one to three sentences. */
  readonly meaning: string;
  /** The usual causes, most likely first. */
  readonly causes: readonly string[];
  /** The first steps, in order. */
  readonly steps: readonly string[];
  /** What is specific to one class (`5`: the expired form of 4.4.316 …), where the classes differ. */
  readonly classNotes?: Partial<Readonly<Record<`${CodeClass}`, string>>>;
}

/** A basic reply code (RFC 5321 section 4.2) and its text in one locale. */
export interface BasicText {
  /** What it means, in plain words: one or two sentences. */
  readonly meaning: string;
}

import type { EntryId } from './entries';

/** Part of a locale's texts (one file of src/codes/text/{lang}/). */
export type CodeTextsPart = { readonly [K in EntryId]?: CodeText };

/** A locale's text for every entry: a missing entry is a type error. */
export type CodeTexts = { readonly [K in EntryId]: CodeText };
