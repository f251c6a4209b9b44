/**
 * The troubleshooting wizard's decision tree, as plain typed data.
 *
 * The wizard starts with "Which error do you see?", branches per error code,
 * asks whether the receiving server is the admin's own or a partner
 * organization's, and then asks the questions that tell that code's causes
 * apart (see ../shared/FACTS.md and docs/writing-guides.md). Every path ends
 * at a {@link ResultNode} that points at one guide section.
 *
 * Rules the unit tests enforce (tests/unit/wizard-tree.test.ts):
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
 * `<smart-host>`, `<domain>`, `<connector-name>` and `<ip-address>`
 * (filled in by `fillPlaceholders` in ./wizard-path).
 *
 * No DOM, no astro:* imports: this file is shared by pages and tests.
 */

/** Every node id of the tree, in display order (start, then each code's branch). */
export const NODE_IDS = [
  'start',
  // 4.4.312 DNS query failed
  '4-4-312',
  '312-partner',
  '312-registration',
  '312-domain-expired',
  '312-recent-change',
  '312-mx-changed',
  '312-dns-hosting',
  // 4.4.315 Connection timed out
  '4-4-315',
  '315-partner',
  '315-history',
  '315-site-change',
  '315-network-changed',
  '315-server-down',
  '315-wrong-smart-host',
  '315-new-connector',
  // 4.4.316 Connection refused
  '4-4-316',
  '316-partner',
  '316-mailboxes',
  '316-firewall',
  '316-no-on-premises',
  // 4.4.317 Cannot connect to remote server
  '4-4-317',
  '317-partner',
  '317-symptom',
  '317-service-unavailable',
  '317-tls-required',
  // 4.4.318 Connection was closed abruptly
  '4-4-318',
  '318-partner',
  '318-inspection',
  '318-packet-inspection',
  '318-health',
  '318-server-unhealthy',
  '318-network',
  // 4.7.320 Certificate validation failed
  '4-7-320',
  '320-partner',
  '320-problem',
  '320-expired',
  '320-name-mismatch',
  '320-not-valid',
  '320-check',
  // Other codes
  'other',
  'other-partner',
  'other-server-name',
  'other-destination-server',
  'other-connector-misconfigured',
] as const;

/** The id of a node of the tree. */
export type NodeId = (typeof NODE_IDS)[number];

/** The first node: "Which error do you see?". */
export const START_ID = 'start' satisfies NodeId;

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

const C = COMMANDS;

/** The question every code branch starts with: own server or a partner's? */
function ownerQuestion<K extends NodeId>(id: K, partner: NodeId, yours: NodeId): QuestionNode & { readonly id: K } {
  return {
    id,
    kind: 'question',
    questionKey: 'questions.owner.text',
    hintKey: 'questions.owner.hint',
    answers: [
      { labelKey: 'answers.owner.yours', next: yours },
      { labelKey: 'answers.owner.partner', next: partner },
    ],
  };
}

/**
 * The partner result of a code: the guide's #partner section, the shared
 * "what to send them" steps, and one code-specific request (`results.partner.ask.{askKey}`).
 */
function partnerResult<K extends NodeId>(
  id: K,
  guide: string,
  askKey: string,
  commands: readonly WizardCommand[],
): ResultNode & { readonly id: K } {
  return {
    id,
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
      `results.partner.ask.${askKey}`,
      'results.partner.steps.s5',
    ],
    commands: [C.connect, C.showConnector, ...commands],
    verifyKey: 'checks.partner',
  };
}

/** A cause result whose texts live under `results.{key}` (title, cause, steps.s1…sN). */
function causeResult<K extends NodeId>(
  id: K,
  guide: string,
  section: string,
  key: string,
  stepCount: number,
  commands: readonly WizardCommand[],
  verifyKey: string,
): ResultNode & { readonly id: K } {
  return {
    id,
    kind: 'result',
    guide,
    section,
    titleKey: `results.${key}.title`,
    causeKey: `results.${key}.cause`,
    stepKeys: Array.from({ length: stepCount }, (_, i) => `results.${key}.steps.s${i + 1}`),
    commands,
    verifyKey,
  };
}

/** Every node, by id. The mapped type makes a missing node or a wrong `id` a type error. */
const NODES: { readonly [K in NodeId]: WizardNode & { readonly id: K } } = {
  start: {
    id: 'start',
    kind: 'question',
    questionKey: 'questions.start.text',
    hintKey: 'questions.start.hint',
    answers: [
      { labelKey: 'answers.start.312', next: '4-4-312' },
      { labelKey: 'answers.start.315', next: '4-4-315' },
      { labelKey: 'answers.start.316', next: '4-4-316' },
      { labelKey: 'answers.start.317', next: '4-4-317' },
      { labelKey: 'answers.start.318', next: '4-4-318' },
      { labelKey: 'answers.start.320', next: '4-7-320' },
      { labelKey: 'answers.start.other', next: 'other' },
    ],
  },

  // ── 4.4.312 DNS query failed ────────────────────────────────────────────
  '4-4-312': ownerQuestion('4-4-312', '312-partner', '312-registration'),
  '312-partner': partnerResult('312-partner', '4-4-312', '312', [C.resolveA, C.digA]),
  '312-registration': {
    id: '312-registration',
    kind: 'question',
    questionKey: 'questions.312-registration.text',
    hintKey: 'questions.312-registration.hint',
    answers: [
      { labelKey: 'answers.312-registration.expired', next: '312-domain-expired' },
      { labelKey: 'answers.312-registration.registered', next: '312-recent-change' },
    ],
  },
  '312-domain-expired': causeResult(
    '312-domain-expired',
    '4-4-312',
    'cause-domain-expired',
    '312-domain-expired',
    4,
    [C.resolveMx, C.nslookupMx, C.digMx, C.resolveA],
    'checks.dns',
  ),
  '312-recent-change': {
    id: '312-recent-change',
    kind: 'question',
    questionKey: 'questions.312-recent-change.text',
    hintKey: 'questions.312-recent-change.hint',
    answers: [
      { labelKey: 'answers.312-recent-change.changed', next: '312-mx-changed' },
      { labelKey: 'answers.312-recent-change.unchanged', next: '312-dns-hosting' },
    ],
  },
  '312-mx-changed': causeResult(
    '312-mx-changed',
    '4-4-312',
    'cause-mx-changed',
    '312-mx-changed',
    4,
    [C.resolveMx, C.digMx, C.resolveA, C.connect, C.showConnector],
    'checks.dns',
  ),
  '312-dns-hosting': causeResult(
    '312-dns-hosting',
    '4-4-312',
    'cause-dns-hosting',
    '312-dns-hosting',
    4,
    [C.connect, C.showConnector, C.resolveA, C.digA, C.resolveMx],
    'checks.dns',
  ),

  // ── 4.4.315 Connection timed out ────────────────────────────────────────
  // "Did it work before?" and "Was the connector changed?" are one question
  // with three answers, so that no path needs more than four questions.
  '4-4-315': ownerQuestion('4-4-315', '315-partner', '315-history'),
  '315-partner': partnerResult('315-partner', '4-4-315', '315', [C.testPort]),
  '315-history': {
    id: '315-history',
    kind: 'question',
    questionKey: 'questions.315-history.text',
    hintKey: 'questions.315-history.hint',
    answers: [
      { labelKey: 'answers.315-history.unchanged', next: '315-site-change' },
      { labelKey: 'answers.315-history.changed', next: '315-wrong-smart-host' },
      { labelKey: 'answers.315-history.never', next: '315-new-connector' },
    ],
  },
  '315-site-change': {
    id: '315-site-change',
    kind: 'question',
    questionKey: 'questions.315-site-change.text',
    hintKey: 'questions.315-site-change.hint',
    answers: [
      { labelKey: 'answers.315-site-change.changed', next: '315-network-changed' },
      { labelKey: 'answers.315-site-change.unchanged', next: '315-server-down' },
    ],
  },
  '315-network-changed': causeResult(
    '315-network-changed',
    '4-4-315',
    'cause-network-changed',
    '315-network-changed',
    4,
    [C.resolveA, C.connect, C.showConnector, C.testPort],
    'checks.port25',
  ),
  '315-server-down': causeResult(
    '315-server-down',
    '4-4-315',
    'cause-server-down',
    '315-server-down',
    4,
    [C.testPort, C.testPortIp],
    'checks.port25',
  ),
  '315-wrong-smart-host': causeResult(
    '315-wrong-smart-host',
    '4-4-315',
    'cause-wrong-smart-host',
    '315-wrong-smart-host',
    4,
    [C.connect, C.showConnector, C.resolveA, C.testPort],
    'checks.port25',
  ),
  // Same cause as 315-wrong-smart-host, reached by another answer (strict tree).
  '315-new-connector': causeResult(
    '315-new-connector',
    '4-4-315',
    'cause-wrong-smart-host',
    '315-wrong-smart-host',
    4,
    [C.connect, C.showConnector, C.resolveA, C.testPort],
    'checks.port25',
  ),

  // ── 4.4.316 Connection refused ──────────────────────────────────────────
  '4-4-316': ownerQuestion('4-4-316', '316-partner', '316-mailboxes'),
  '316-partner': partnerResult('316-partner', '4-4-316', '316', [C.testPort]),
  '316-mailboxes': {
    id: '316-mailboxes',
    kind: 'question',
    questionKey: 'questions.316-mailboxes.text',
    hintKey: 'questions.316-mailboxes.hint',
    answers: [
      { labelKey: 'answers.316-mailboxes.yes', next: '316-firewall' },
      { labelKey: 'answers.316-mailboxes.no', next: '316-no-on-premises' },
    ],
  },
  '316-firewall': causeResult(
    '316-firewall',
    '4-4-316',
    'cause-firewall',
    '316-firewall',
    4,
    [C.connect, C.showConnector, C.testPort],
    'checks.port25',
  ),
  '316-no-on-premises': causeResult(
    '316-no-on-premises',
    '4-4-316',
    'cause-no-on-premises',
    '316-no-on-premises',
    4,
    [C.connect, C.showConnector, C.disableConnector, C.removeConnector, C.listDomains, C.setAuthoritative],
    'checks.noOnPremises',
  ),

  // ── 4.4.317 Cannot connect to remote server ─────────────────────────────
  '4-4-317': ownerQuestion('4-4-317', '317-partner', '317-symptom'),
  '317-partner': partnerResult('317-partner', '4-4-317', '317', [C.testPort, C.openssl]),
  '317-symptom': {
    id: '317-symptom',
    kind: 'question',
    questionKey: 'questions.317-symptom.text',
    hintKey: 'questions.317-symptom.hint',
    answers: [
      { labelKey: 'answers.317-symptom.immediate', next: '317-service-unavailable' },
      { labelKey: 'answers.317-symptom.tls', next: '317-tls-required' },
    ],
  },
  '317-service-unavailable': causeResult(
    '317-service-unavailable',
    '4-4-317',
    'cause-service-unavailable',
    '317-service-unavailable',
    4,
    [C.testPort, C.openssl],
    'checks.service',
  ),
  '317-tls-required': causeResult(
    '317-tls-required',
    '4-4-317',
    'cause-tls-required',
    '317-tls-required',
    4,
    [C.connect, C.showConnector, C.openssl],
    'checks.certificate',
  ),

  // ── 4.4.318 Connection was closed abruptly ──────────────────────────────
  '4-4-318': ownerQuestion('4-4-318', '318-partner', '318-inspection'),
  '318-partner': partnerResult('318-partner', '4-4-318', '318', [C.testPort]),
  '318-inspection': {
    id: '318-inspection',
    kind: 'question',
    questionKey: 'questions.318-inspection.text',
    hintKey: 'questions.318-inspection.hint',
    answers: [
      { labelKey: 'answers.318-inspection.yes', next: '318-packet-inspection' },
      { labelKey: 'answers.318-inspection.no', next: '318-health' },
    ],
  },
  '318-packet-inspection': causeResult(
    '318-packet-inspection',
    '4-4-318',
    'cause-packet-inspection',
    '318-packet-inspection',
    4,
    [C.testPort, C.openssl],
    'checks.stable',
  ),
  '318-health': {
    id: '318-health',
    kind: 'question',
    questionKey: 'questions.318-health.text',
    hintKey: 'questions.318-health.hint',
    answers: [
      { labelKey: 'answers.318-health.unhealthy', next: '318-server-unhealthy' },
      { labelKey: 'answers.318-health.healthy', next: '318-network' },
    ],
  },
  '318-server-unhealthy': causeResult(
    '318-server-unhealthy',
    '4-4-318',
    'cause-server-unhealthy',
    '318-server-unhealthy',
    4,
    [C.testPort],
    'checks.stable',
  ),
  '318-network': causeResult(
    '318-network',
    '4-4-318',
    'cause-network',
    '318-network',
    4,
    [C.testPort, C.testPortIp],
    'checks.stable',
  ),

  // ── 4.7.320 Certificate validation failed ───────────────────────────────
  '4-7-320': ownerQuestion('4-7-320', '320-partner', '320-problem'),
  '320-partner': partnerResult('320-partner', '4-7-320', '320', [C.openssl]),
  '320-problem': {
    id: '320-problem',
    kind: 'question',
    questionKey: 'questions.320-problem.text',
    hintKey: 'questions.320-problem.hint',
    answers: [
      { labelKey: 'answers.320-problem.expired', next: '320-expired' },
      { labelKey: 'answers.320-problem.nameMismatch', next: '320-name-mismatch' },
      { labelKey: 'answers.320-problem.notValid', next: '320-not-valid' },
      { labelKey: 'answers.320-problem.notSure', next: '320-check' },
    ],
  },
  '320-expired': causeResult('320-expired', '4-7-320', 'cause-expired', '320-expired', 4, [C.openssl], 'checks.certificate'),
  '320-name-mismatch': causeResult(
    '320-name-mismatch',
    '4-7-320',
    'cause-name-mismatch',
    '320-name-mismatch',
    4,
    [C.connect, C.showConnector, C.openssl],
    'checks.certificate',
  ),
  '320-not-valid': causeResult(
    '320-not-valid',
    '4-7-320',
    'cause-not-valid',
    '320-not-valid',
    4,
    [C.openssl],
    'checks.certificate',
  ),
  // "Not sure": how to find out, then go Back and choose.
  '320-check': causeResult('320-check', '4-7-320', 'causes', '320-check', 5, [C.openssl, C.connect, C.showConnector], 'checks.identify'),

  // ── Other codes ─────────────────────────────────────────────────────────
  other: ownerQuestion('other', 'other-partner', 'other-server-name'),
  'other-partner': partnerResult('other-partner', 'other-codes', 'other', [C.resolveA, C.testPort]),
  'other-server-name': {
    id: 'other-server-name',
    kind: 'question',
    questionKey: 'questions.other-server-name.text',
    hintKey: 'questions.other-server-name.hint',
    answers: [
      { labelKey: 'answers.other-server-name.yes', next: 'other-destination-server' },
      { labelKey: 'answers.other-server-name.no', next: 'other-connector-misconfigured' },
    ],
  },
  'other-destination-server': causeResult(
    'other-destination-server',
    'other-codes',
    'cause-destination-server',
    'other-destination-server',
    4,
    [C.resolveA, C.testPort, C.testPortIp],
    'checks.port25',
  ),
  'other-connector-misconfigured': causeResult(
    'other-connector-misconfigured',
    'other-codes',
    'cause-connector-misconfigured',
    'other-connector-misconfigured',
    4,
    [C.connect, C.showConnector, C.resolveA, C.testPort],
    'checks.port25',
  ),
};

/** The whole tree, by id (read-only). */
export const WIZARD_TREE: Readonly<Record<NodeId, WizardNode>> = NODES;
