/**
 * The troubleshooting wizard's decision tree, built from the code registry.
 *
 * The wizard starts with "Which error do you see?", branches per guide, asks
 * whether the receiving server is the admin's own or a partner
 * organization's, and then asks the questions that tell that code's causes
 * apart. Every path ends at a {@link ResultNode} that points at one guide
 * section. The questions of each code are data, declared once with the code
 * (`wizard` in src/codes/entries.ts, typed by WizardBranch in
 * src/codes/types.ts); {@link buildTree} turns them into nodes and
 * {@link wizardBranches} picks them from the registry.
 *
 * Rules the builder and the unit tests enforce (tests/unit/wizard-tree.test.ts):
 * - a strict tree: every node except {@link START_ID} has exactly one parent,
 *   so "Back" is always the parent ({@link parentOf} in ./wizard-path);
 * - ids are unique and URL-safe (`[a-z0-9-]`), because they are the last
 *   segment of `/{lang}/troubleshoot/{id}/`;
 * - at most {@link MAX_QUESTIONS} questions from the start to any result;
 * - every i18n key exists in `src/i18n/locales/{lang}/wizard.json`, every
 *   guide slug and section id exists in `content/errors/{lang}/{slug}.mdx`.
 *
 * Text keys (`questionKey`, `labelKey`, …) are dot paths inside the `wizard`
 * namespace. Command texts are language-neutral and may hold the placeholders
 * `<smart-host>`, `<domain>`, `<connector-name>` and `<ip-address>` (marked
 * in the page by ./code-block and filled in the browser by <wizard-flow>).
 *
 * No DOM, no astro:* imports: this file is shared by pages, tests and the
 * wizard's paste box.
 */
import { entries, otherWizard } from '../codes/entries';
import type { CodeDef, WizardBranch, WizardResult, WizardStep } from '../codes/types';
import { codeInClass, REGISTRY_FILE } from './code-registry';
import { codeToSlug, OTHER_CODE } from './error-code';

/** The id of a node of the tree: `start`, a branch (`4-4-316`, `other`), or `{prefix}-{name}` (`316-firewall`). */
export type NodeId = string;

/** The first node: "Which error do you see?". */
export const START_ID: NodeId = 'start';

/** The most questions on any path from the start to a result (the start question included). */
export const MAX_QUESTIONS = 4;

/** The placeholders a command may contain, as written in the guides. */
export const PLACEHOLDERS = ['<smart-host>', '<domain>', '<connector-name>', '<ip-address>'] as const;

/** One of {@link PLACEHOLDERS}. */
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** One answer of a question: its label and the node it leads to. */
export interface Answer {
  /** i18n key (wizard namespace) of the answer's label. */
  readonly labelKey: string;
  /** Values of the label's `{{placeholders}}`, language-neutral (the service's English error text). */
  readonly labelValues?: Readonly<Record<string, string>>;
  /** The node this answer leads to (its only parent is the question). */
  readonly next: NodeId;
}

/** A question with two or more answers. */
export interface QuestionNode {
  readonly id: NodeId;
  readonly kind: 'question';
  /** i18n key (wizard namespace) of the question text. */
  readonly questionKey: string;
  /** i18n key (wizard namespace) of a short hint under the question. */
  readonly hintKey?: string;
  /** The answers, in display order. */
  readonly answers: readonly Answer[];
}

/** A command to run, shown with a copy button. */
export interface WizardCommand {
  /** i18n key (wizard namespace) of what the command does. */
  readonly labelKey: string;
  /** The command text, language-neutral, possibly with {@link PLACEHOLDERS}. */
  readonly command: string;
  /** The shell it runs in (also the code block's language, as in the guides). */
  readonly shell: 'powershell' | 'bash';
}

/** A leaf: the likely cause, what to do, and the guide section that explains it. */
export interface ResultNode {
  readonly id: NodeId;
  readonly kind: 'result';
  /** Slug of the guide (`4-4-316`, `other-codes`): `content/errors/{lang}/{guide}.mdx`. */
  readonly guide: string;
  /** Id of the guide's section (a `{#id}` heading), without `#`. */
  readonly section: string;
  /** i18n key (wizard namespace) of the result's heading. */
  readonly titleKey: string;
  /** i18n key (wizard namespace) of the "Likely cause" text. */
  readonly causeKey: string;
  /** i18n keys (wizard namespace) of the steps, in order. */
  readonly stepKeys: readonly string[];
  /** Commands that help with the steps, in order. */
  readonly commands: readonly WizardCommand[];
  /** i18n key (wizard namespace) of "How to check it worked". */
  readonly verifyKey: string;
}

/** A node of the tree. */
export type WizardNode = QuestionNode | ResultNode;

/** The commands the results use (from FACTS.md, "Further facts"). */
export const COMMANDS = {
  connect: { labelKey: 'commands.connect', command: 'Connect-ExchangeOnline', shell: 'powershell' },
  showConnector: {
    labelKey: 'commands.showConnector',
    command:
      'Get-OutboundConnector | Format-List Name,Enabled,ConnectorType,SmartHosts,UseMXRecord,TlsSettings,TlsDomain,RecipientDomains',
    shell: 'powershell',
  },
  disableConnector: {
    labelKey: 'commands.disableConnector',
    command: 'Set-OutboundConnector -Identity "<connector-name>" -Enabled $false',
    shell: 'powershell',
  },
  removeConnector: {
    labelKey: 'commands.removeConnector',
    command: 'Remove-OutboundConnector -Identity "<connector-name>"',
    shell: 'powershell',
  },
  listDomains: { labelKey: 'commands.listDomains', command: 'Get-AcceptedDomain', shell: 'powershell' },
  setAuthoritative: {
    labelKey: 'commands.setAuthoritative',
    command: 'Set-AcceptedDomain -Identity <domain> -DomainType Authoritative',
    shell: 'powershell',
  },
  resolveMx: { labelKey: 'commands.resolveMx', command: 'Resolve-DnsName -Type MX <domain>', shell: 'powershell' },
  nslookupMx: { labelKey: 'commands.nslookupMx', command: 'nslookup -type=mx <domain>', shell: 'powershell' },
  digMx: { labelKey: 'commands.digMx', command: 'dig MX <domain>', shell: 'bash' },
  resolveA: { labelKey: 'commands.resolveA', command: 'Resolve-DnsName -Type A <smart-host>', shell: 'powershell' },
  digA: { labelKey: 'commands.digA', command: 'dig A <smart-host>', shell: 'bash' },
  testPort: { labelKey: 'commands.testPort', command: 'Test-NetConnection <smart-host> -Port 25', shell: 'powershell' },
  testPortIp: {
    labelKey: 'commands.testPortIp',
    command: 'Test-NetConnection <ip-address> -Port 25',
    shell: 'powershell',
  },
  openssl: {
    labelKey: 'commands.openssl',
    command: 'openssl s_client -connect <smart-host>:25 -starttls smtp -servername <smart-host>',
    shell: 'bash',
  },
} as const satisfies Record<string, WizardCommand>;

/** The name of one of {@link COMMANDS} (`testPort`), as the registry's wizard data lists them. */
export type WizardCommandKey = keyof typeof COMMANDS;

/** The commands every #partner result starts with, before the branch's own. */
const PARTNER_COMMANDS: readonly WizardCommandKey[] = ['connect', 'showConnector'];

/**
 * The generic branch, for a code with a guide of its own but no wizard data:
 * its "yours" result points at the guide's #causes, with texts shared by
 * every such code (`results.generic.*`, `checks.generic`).
 */
const GENERIC = {
  section: 'causes',
  key: 'generic',
  steps: 4,
  commands: ['connect', 'showConnector'] as readonly WizardCommandKey[],
  verify: 'generic',
  /** The start answer's label: the code's English error text, `{{error}}`. */
  startLabelKey: 'answers.start.code',
} as const;

/** One branch to build: a guide's code and its wizard data. */
export interface BranchSource {
  /** The guide's code (`4.4.316`), or `other` for the catch-all guide. */
  readonly code: string;
  /** Where the data is declared, for error messages (`src/codes/entries.ts: X.4.316`). */
  readonly where: string;
  /** The questions and results; without them the branch is the generic one. */
  readonly wizard?: WizardBranch | undefined;
  /** The generic branch's start label: the service's English text for the code (`450 4.4.319 …`). */
  readonly errorText?: string | undefined;
}

/** A built tree: every node by id, the ids in display order (start, then each branch). */
export interface WizardTree {
  readonly ids: readonly NodeId[];
  readonly nodes: ReadonlyMap<NodeId, WizardNode>;
}

/** Names of questions and results: lowercase words joined by `-` (they become URL segments). */
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Answer names and verify keys: a letter first (so object key order is insertion order), then letters and digits. */
const KEY = /^[a-z][A-Za-z0-9]*$/;

/** The first step of a branch: `4-4-316` for a code, `other` for the catch-all guide. */
function branchId(code: string): NodeId {
  return code === OTHER_CODE ? OTHER_CODE : codeToSlug(code);
}

/** The prefix of a branch's node ids and text keys: the code's last number (`316`), or `other`. */
function branchPrefix(code: string): string {
  return code === OTHER_CODE ? OTHER_CODE : (code.split('.').pop() ?? code);
}

const isQuestion = (step: WizardStep): step is Extract<WizardStep, { question: string }> => 'question' in step;
const isSame = (step: WizardStep): step is Extract<WizardStep, { sameAs: string }> => 'sameAs' in step;

/**
 * Builds the tree from its branches, in order: the start question (one
 * answer per branch), then per branch the owner question ("yours or a
 * partner organization's?", answers in that order), the #partner result and
 * the branch's own steps, depth first. A branch without wizard data gets the
 * generic steps: owner question → #partner, or the guide's #causes.
 *
 * Node ids: the branch's first step is the code's guide slug (`4-4-316`;
 * `other`), every other step `{prefix}-{name}` (`316-partner`,
 * `316-firewall`), the prefix being the code's last number. Throws, naming
 * `where` and the field, on a malformed name, a repeated id, a result that
 * repeats an unknown one, a question with fewer than two answers or an
 * unknown command.
 */
export function buildTree(branches: readonly BranchSource[]): WizardTree {
  const nodes = new Map<NodeId, WizardNode>();
  const ids: NodeId[] = [];
  const add = (node: WizardNode, where: string): void => {
    if (!NAME.test(node.id)) throw new Error(`${where}: the step id "${node.id}" is not lowercase words joined by "-"`);
    if (nodes.has(node.id)) throw new Error(`${where}: the step id "${node.id}" is used twice (two names, or two codes with the same last number)`);
    nodes.set(node.id, node);
    ids.push(node.id);
  };
  add(
    {
      id: START_ID,
      kind: 'question',
      questionKey: 'questions.start.text',
      hintKey: 'questions.start.hint',
      answers: branches.map((b) =>
        b.wizard === undefined
          ? { labelKey: GENERIC.startLabelKey, labelValues: { error: b.errorText ?? b.code }, next: branchId(b.code) }
          : { labelKey: `answers.start.${branchPrefix(b.code)}`, next: branchId(b.code) },
      ),
    },
    'wizard-tree: start',
  );
  for (const branch of branches) buildBranch(branch, add);
  return { ids, nodes };
}

function commandsOf(keys: readonly string[], where: string): WizardCommand[] {
  return keys.map((key) => {
    const command = (COMMANDS as Readonly<Record<string, WizardCommand>>)[key];
    if (command === undefined || !Object.hasOwn(COMMANDS, key)) throw new Error(`${where}: "${key}" is not one of COMMANDS in src/lib/wizard-tree.ts`);
    return command;
  });
}

function buildBranch(branch: BranchSource, add: (node: WizardNode, where: string) => void): void {
  const { code, where, wizard } = branch;
  const prefix = branchPrefix(code);
  const guide = codeToSlug(code);
  const root = branchId(code);
  const idOf = (name: string, field: string): NodeId => {
    if (!NAME.test(name)) throw new Error(`${where}: field "${field}": "${name}" is not lowercase words joined by "-"`);
    return `${prefix}-${name}`;
  };
  const partnerId = idOf('partner', 'wizard.partner');
  const yours = wizard?.yours;
  const yoursId =
    yours === undefined
      ? idOf(GENERIC.section, 'wizard')
      : isQuestion(yours)
        ? idOf(yours.question, 'wizard.yours.question')
        : idOf(yours.result, 'wizard.yours.result');

  add(
    {
      id: root,
      kind: 'question',
      questionKey: 'questions.owner.text',
      hintKey: 'questions.owner.hint',
      answers: [
        { labelKey: 'answers.owner.yours', next: yoursId },
        { labelKey: 'answers.owner.partner', next: partnerId },
      ],
    },
    where,
  );
  add(
    {
      id: partnerId,
      kind: 'result',
      guide,
      section: 'partner',
      titleKey: 'results.partner.title',
      causeKey: 'results.partner.cause',
      stepKeys: [
        'results.partner.steps.s1',
        'results.partner.steps.s2',
        'results.partner.steps.s3',
        'results.partner.steps.s4',
        `results.partner.ask.${wizard === undefined ? GENERIC.key : prefix}`,
        'results.partner.steps.s5',
      ],
      commands: commandsOf([...PARTNER_COMMANDS, ...(wizard?.partner ?? [])], `${where}: field "wizard.partner"`),
      verifyKey: 'checks.partner',
    },
    where,
  );

  if (yours === undefined) {
    add(
      {
        id: yoursId,
        kind: 'result',
        guide,
        section: GENERIC.section,
        titleKey: `results.${GENERIC.key}.title`,
        causeKey: `results.${GENERIC.key}.cause`,
        stepKeys: stepKeys(GENERIC.key, GENERIC.steps),
        commands: commandsOf(GENERIC.commands, where),
        verifyKey: `checks.${GENERIC.verify}`,
      },
      where,
    );
    return;
  }

  // Results by name, for the steps that repeat one (`sameAs`).
  const results = new Map<string, WizardResult>();
  const collect = (step: WizardStep): void => {
    if (isQuestion(step)) Object.values(step.answers).forEach(collect);
    else if (!isSame(step)) results.set(step.result, step);
  };
  collect(yours);

  const visit = (step: WizardStep, field: string): NodeId => {
    if (isQuestion(step)) {
      const id = idOf(step.question, `${field}.question`);
      const answers = Object.entries(step.answers);
      if (answers.length < 2) throw new Error(`${where}: field "${field}.answers": a question needs at least two answers`);
      const node: { -readonly [K in keyof QuestionNode]: QuestionNode[K] } = {
        id,
        kind: 'question',
        questionKey: `questions.${id}.text`,
        hintKey: `questions.${id}.hint`,
        answers: [],
      };
      add(node, where);
      node.answers = answers.map(([name, next]) => {
        if (!KEY.test(name)) throw new Error(`${where}: field "${field}.answers.${name}": an answer's name starts with a letter and has letters and digits only`);
        return { labelKey: `answers.${id}.${name}`, next: visit(next, `${field}.answers.${name}`) };
      });
      return id;
    }
    const id = idOf(step.result, `${field}.result`);
    const same = isSame(step) ? results.get(step.sameAs) : step;
    if (same === undefined) throw new Error(`${where}: field "${field}.sameAs": no result "${String((step as { sameAs: unknown }).sameAs)}" in this branch`);
    if (!Number.isInteger(same.steps) || same.steps < 1) throw new Error(`${where}: field "${field}.steps": must be a whole number of at least 1`);
    if (!KEY.test(same.verify)) throw new Error(`${where}: field "${field}.verify": "${same.verify}" is not a key of "checks"`);
    const key = `${prefix}-${same.result}`;
    add(
      {
        id,
        kind: 'result',
        guide,
        section: same.section ?? `cause-${same.result}`,
        titleKey: `results.${key}.title`,
        causeKey: `results.${key}.cause`,
        stepKeys: stepKeys(key, same.steps),
        commands: commandsOf(same.commands, `${where}: field "${field}.commands"`),
        verifyKey: `checks.${same.verify}`,
      },
      where,
    );
    return id;
  };
  visit(yours, 'wizard.yours');
}

/** `results.{key}.steps.s1` … `sN`. */
function stepKeys(key: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `results.${key}.steps.s${i + 1}`);
}

/**
 * The branches of the registry, in registry order, then the catch-all
 * "other" branch: one per entry whose `guide` is its own (`X.4.316` leads
 * to the 4.4.316 guide), with its `wizard` data, or none for the generic
 * branch. An entry that leads to another code's guide (`X.4.300` → `other`)
 * has no branch of its own. Throws on wizard data in an entry without a
 * guide of its own.
 */
export function wizardBranches(list: readonly CodeDef[], other: WizardBranch): BranchSource[] {
  const branches: BranchSource[] = [];
  for (const entry of list) {
    const guide = entry.guide?.code;
    const own = guide !== undefined && entry.classes.some((cls) => codeInClass(entry.id, cls) === guide);
    const where = `${REGISTRY_FILE}: ${entry.id}`;
    if (!own) {
      if (entry.wizard !== undefined) {
        throw new Error(`${where}: field "wizard": only an entry whose guide is its own has wizard questions (its guide is ${guide ?? 'not set'})`);
      }
      continue;
    }
    const errorText = entry.seen?.find((text) => text.split(/\s+/).includes(guide)) ?? `${guide} ${entry.name}`;
    branches.push({ code: guide, where, wizard: entry.wizard, errorText });
  }
  branches.push({ code: OTHER_CODE, where: `${REGISTRY_FILE}: otherWizard`, wizard: other });
  return branches;
}

/** The site's tree, built once from the registry. */
export const WIZARD_TREE: WizardTree = buildTree(wizardBranches(entries, otherWizard));

/** Every node id of the site's tree, in display order (start, then each branch). */
export const NODE_IDS: readonly NodeId[] = WIZARD_TREE.ids;
