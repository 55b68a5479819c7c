/**
 * What each diagnostic says, as a message key and typed parameters (ids, values as written, counts):
 * the words are in the message catalogue (`lint.*` keys in src/i18n), so the command line, the
 * facilitator's console and the server's replies render the same finding in the reader's language.
 * Several keys can share one code (SC306 has a dozen different problems); a key names one sentence.
 *
 * Keys under `lint.condition.*`, `lint.ref.*` and `lint.after.*` are also the parts other messages
 * nest (a condition's problem inside SC203), and what tools that write scenario files (the MSEL
 * import) report about a condition or a relative time.
 */
import type { ValueType } from '../refs.ts';
import type { Channel, Cluster } from '../vocabulary.ts';

export type { ValueType };

type None = Readonly<Record<string, never>>;

/** A suggestion for a misspelt id or key ("did you mean …"), or null when nothing is close. */
type Suggestion = string | null;

/**
 * Where in the file a value sits, as the checker names it: a key (`"length"`), an item of a list
 * (0-based index; shown 1-based), or the whole file.
 */
export type Place = { readonly key: string } | { readonly item: number } | { readonly file: true };

/** A value found in the file, described by its kind (and the value itself where it helps). */
export type Found =
  | { readonly kind: 'null' | 'list' | 'map' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'nan' | 'inf' | '-inf' }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'other'; readonly type: string };

/** The things an id can name. `option` takes the inject or question it belongs to. */
export type IdKind =
  | 'persona'
  | 'stakeholder'
  | 'ending'
  | 'rumour'
  | 'press-conference'
  | 'fact-or-key-message'
  | 'seat'
  | 'inject'
  | 'option'
  | 'fact'
  | 'key-message'
  | 'variable'
  | 'holding-statement'
  | 'risk'
  | 'contact';

/** A rule a value broke that the schema states (an id's characters, a duration's shape, …). */
export type Rule = 'id-chars' | 'id-length' | 'id-reserved' | 'language-code' | 'tolerance';

/** A rule a map key broke: one of ours, or a check of the validator's own, in its words. */
export type KeyRule = Rule | { readonly detail: string };


export type Bound = 'min' | 'max';

/** Why an inject can never fire (SC301). */
export type NeverFires = 'if-false' | 'parent-never-fires' | 'parent-unanswerable' | 'parent-no-deadline' | 'when-false' | 'conference-never-starts' | 'no-trigger';

/** Why a press follow-up can never be asked (SC605). */
export type NeverAsked = 'no-premise' | 'no-loaded-words' | 'no-remit-facts';

export interface LintMessages {
  // The file itself (SC001–SC008, SC999).
  'lint.SC001.key-not-plain': None;
  'lint.SC001.yaml': { readonly detail: string };
  'lint.SC002.yaml': { readonly detail: string };
  'lint.SC002.duplicate-key': { readonly key: string };
  'lint.SC003.too-many-aliases': { readonly max: number };
  'lint.SC003.expands': { readonly detail: string };
  'lint.SC004.reserved-key': { readonly key: string; readonly proto: boolean };
  'lint.SC005.file-chars': { readonly chars: number; readonly max: number };
  'lint.SC005.file-bytes': { readonly max: number };
  'lint.SC005.too-many-values': { readonly max: number };
  'lint.SC005.text-too-long': { readonly chars: number; readonly max: number };
  'lint.SC006.unreadable': { readonly detail: string };
  'lint.SC006.too-deep': { readonly max: number };
  'lint.SC007.empty': None;
  'lint.SC007.scenario-not-map': None;
  'lint.SC007.playbook-not-map': None;
  'lint.SC008.missing': { readonly version: number };
  'lint.SC008.playbook-missing': { readonly version: number };
  'lint.SC008.unsupported-range': { readonly given: string; readonly latest: number };
  'lint.SC008.unsupported': { readonly given: string; readonly allowed: readonly string[] };
  'lint.SC008.playbook-unsupported': { readonly given: string; readonly version: number };
  'lint.SC999.internal': { readonly detail: string };
  // Shape (SC101–SC110).
  'lint.SC101.missing-key': { readonly key: string };
  'lint.SC102.unknown-key': { readonly key: string; readonly suggestion: Suggestion };
  'lint.SC102.not-together': { readonly key: string };
  'lint.SC103.wrong-type': { readonly at: Place; readonly expected: string; readonly found: Found };
  'lint.SC103.text-expected': { readonly at: Place; readonly found: Found };
  'lint.SC103.wrong-shape': { readonly at: Place; readonly found: Found };
  'lint.SC104.not-allowed': { readonly at: Place; readonly found: Found; readonly allowed: readonly string[]; readonly suggestion: Suggestion };
  'lint.SC104.list-size': { readonly at: Place; readonly bound: Bound; readonly limit: string };
  'lint.SC104.text-size': { readonly at: Place; readonly bound: Bound; readonly limit: string };
  'lint.SC104.number-range': { readonly at: Place; readonly bound: Bound; readonly limit: string; readonly found: Found };
  'lint.SC104.not-datetime': { readonly found: Found };
  'lint.SC104.rule': { readonly at: Place; readonly rule: Rule };
  /** A check the validator made that this layer has no words for: its own text, as it gave it. */
  'lint.SC104.validator': { readonly at: Place; readonly detail: string };
  'lint.SC105.not-duration': { readonly found: Found };
  'lint.SC106.not-effect': { readonly key: string; readonly suggestion: Suggestion; readonly verbs: readonly string[] };
  'lint.SC106.one-per-item': { readonly verbs: readonly string[] };
  'lint.SC107.invalid-id': { readonly found: Found; readonly rule: Rule };
  'lint.SC107.invalid-key': { readonly key: string; readonly variable: boolean; readonly rules: readonly KeyRule[]; readonly asId: string | null };
  'lint.SC108.duration-too-long': { readonly found: Found; readonly max: string };
  'lint.SC108.delay-too-long': { readonly text: string; readonly max: string };
  'lint.SC108.too-short': { readonly min: string; readonly length: string };
  'lint.SC109.out-of-range': { readonly at: Place; readonly bound: Bound; readonly limit: string; readonly perHour: boolean; readonly found: Found };
  'lint.SC109.fade': { readonly min: string; readonly max: string; readonly tau: string };
  'lint.SC110.too-many-items': { readonly at: Place; readonly count: number; readonly max: number };
  'lint.SC110.too-many-injects': { readonly max: number };
  'lint.SC110.too-many-variables': { readonly count: number; readonly max: number };
  // References (SC201–SC208).
  'lint.SC201.duplicate': { readonly what: IdKind; readonly id: string; readonly line: number; readonly within?: string };
  'lint.SC202.unknown': { readonly what: IdKind; readonly id: string; readonly suggestion: Suggestion };
  'lint.SC202.unknown-in-playbook': { readonly what: IdKind; readonly id: string; readonly suggestion: Suggestion };
  'lint.SC202.undeclared-variable': { readonly name: string; readonly suggestion: Suggestion };
  /** A problem inside a condition (SC202, SC203, SC204): "condition: " and the problem. */
  'lint.in-condition': { readonly problem: LintMessage };
  'lint.SC207.add-to-non-number': { readonly name: string; readonly type: string };
  'lint.SC207.wrong-type': { readonly name: string; readonly type: string; readonly given: string };
  'lint.SC208.approval-inbound': { readonly channel: Channel };
  'lint.SC208.option-inbound': { readonly channel: Channel };
  'lint.SC208.reply-inbound': { readonly channel: Channel };
  'lint.SC206.inject-timings': { readonly timings: readonly string[] };
  'lint.SC206.once-without-when': None;
  'lint.SC206.conference-timings': { readonly timings: readonly string[] };
  // Condition syntax (SC203, nested in lint.in-condition).
  'lint.condition.single-equals': None;
  'lint.condition.symbol-operator': { readonly op: string };
  'lint.condition.unclosed-quote': None;
  'lint.condition.not-duration': { readonly text: string };
  'lint.condition.duration-too-long': { readonly text: string; readonly max: string };
  'lint.condition.not-number': { readonly text: string };
  'lint.condition.name-after-dot': None;
  'lint.condition.unexpected-char': { readonly char: string };
  'lint.condition.empty': None;
  'lint.condition.unexpected-token': { readonly token: string | null };
  'lint.condition.too-deep': { readonly max: number };
  'lint.condition.ends-early': None;
  'lint.condition.unclosed-paren': None;
  'lint.condition.needs-both-sides': { readonly op: string };
  'lint.condition.expected-value': { readonly token: string | null };
  'lint.condition.too-long': { readonly max: number; readonly length: number };
  // What a condition reads (SC202) and whether it type-checks (SC204).
  'lint.ref.shape': { readonly ref: string; readonly shape: string };
  'lint.ref.unknown': { readonly what: IdKind; readonly id: string; readonly suggestion: Suggestion };
  'lint.ref.field': { readonly of: 'rumour' | 'fact' | 'inject'; readonly field: string; readonly fields: readonly string[]; readonly suggestion: Suggestion };
  'lint.ref.key-message-field': { readonly field: string };
  'lint.ref.statements': { readonly ref: string; readonly suggestion: Suggestion };
  'lint.ref.reply-outside-branches': None;
  'lint.ref.namespace': { readonly ref: string; readonly namespaces: readonly string[]; readonly suggestion: Suggestion };
  'lint.ref.not-empathy': { readonly element: string; readonly suggestion: Suggestion };
  'lint.ref.not-penalty': { readonly penalty: string; readonly suggestion: Suggestion };
  'lint.ref.reply-field': { readonly ref: string; readonly fields: readonly string[] };
  'lint.ref.no-options': { readonly inject: string; readonly option: string };
  'lint.ref.unknown-option': { readonly inject: string; readonly option: string; readonly suggestion: Suggestion; readonly options: readonly string[] };
  'lint.ref.not-boolean': { readonly type: ValueType };
  'lint.ref.type-mismatch': { readonly left: ValueType; readonly right: ValueType };
  'lint.ref.equality-only': { readonly type: ValueType };
  // Relative times (SC205).
  'lint.after.not-relative': { readonly text: string };
  'lint.after.not-event': { readonly event: string; readonly events: readonly string[] };
  'lint.after.not-duration': { readonly delay: string };
  // Reachability (SC301–SC310).
  'lint.SC301.never-fires': { readonly inject: string; readonly why: NeverFires; readonly parent?: string };
  'lint.SC302.nothing-fires': { readonly inject: string };
  'lint.SC303.unreachable-ending': { readonly ending: string };
  'lint.SC303.after-otherwise': { readonly ending: string; readonly otherwise: string };
  'lint.SC303.condition-never-true': { readonly ending: string };
  'lint.SC304.no-way-to-answer': { readonly inject: string };
  'lint.SC304.response-never-runs': { readonly inject: string };
  'lint.SC304.timeout-never-runs': { readonly inject: string };
  'lint.SC305.inject-after-end': { readonly inject: string; readonly at: string; readonly end: string };
  'lint.SC305.deadline-after-end': { readonly inject: string; readonly at: string; readonly end: string };
  'lint.SC305.conference-after-end': { readonly conference: string; readonly at: string; readonly end: string };
  'lint.SC305.rumour-after-end': { readonly rumour: string; readonly seed: string; readonly end: string };
  'lint.SC305.truth-after-end': { readonly from: string; readonly end: string };
  'lint.SC305.disclosure-after-end': { readonly by: string; readonly end: string };
  'lint.SC305.plan-step-after-end': { readonly step: number; readonly at: string; readonly end: string };
  'lint.SC306.first-truth': { readonly from: string };
  'lint.SC306.truth-order': { readonly from: string; readonly previous: string };
  'lint.SC306.unknown-again': { readonly fact: string; readonly from: string; readonly since: string };
  'lint.SC306.confidential-disclosed': { readonly fact: string; readonly by: string };
  'lint.SC306.disclosed-unknown': { readonly fact: string; readonly by: string; readonly knownFrom: string | null };
  'lint.SC306.tolerance': None;
  'lint.SC306.boolean-values-key': { readonly key: string };
  'lint.SC306.values-kind': None;
  /** A value that does not fit its fact's kind; `value` is the value as JSON. */
  'lint.SC306.fact-value': { readonly kind: 'number' | 'boolean' | 'date' | 'text'; readonly value: string };
  'lint.SC306.not-a-fact-value': { readonly value: string; readonly values: readonly string[] };
  'lint.SC306.plan-step-order': { readonly step: number; readonly at: string };
  'lint.SC307.no-otherwise': None;
  'lint.SC308.after-cycle': { readonly cycle: readonly string[] };
  'lint.SC309.no-trigger': { readonly ending: string };
  'lint.SC309.when-and-otherwise': { readonly ending: string };
  'lint.SC309.early-without-when': None;
  'lint.SC309.two-otherwise': { readonly otherwise: string };
  'lint.SC310.jump-outside': { readonly at: string; readonly end: string };
  'lint.SC310.jump-order': { readonly at: string };
  'lint.SC310.jump-backwards': { readonly at: string; readonly to: string };
  // Usage (SC401–SC406).
  'lint.SC401.unused-fact': { readonly fact: string };
  'lint.SC402.unused-key-message': { readonly keyMessage: string };
  'lint.SC403.silent-persona': { readonly persona: string };
  'lint.SC403.unread-variable': { readonly variable: string };
  'lint.SC404.missing-translation': { readonly missing: readonly string[]; readonly fallback: string };
  'lint.SC405.never-spreads': { readonly rumour: string };
  'lint.SC406.no-expectation': { readonly stakeholder: string };
  'lint.SC406.compensation-not-offered': { readonly stakeholder: string };
  'lint.SC406.implicit-ignored': { readonly stakeholder: string; readonly cluster: Cluster | null };
  // Playbooks (SC501–SC503).
  'lint.SC501.no-playbook': { readonly id: string };
  'lint.SC502.playbook-errors': { readonly id: string; readonly file: string; readonly errors: number };
  'lint.SC502.wrong-playbook': { readonly file: string; readonly found: string; readonly id: string };
  'lint.SC503.already-in-playbook': { readonly what: 'stakeholder' | 'key-message'; readonly id: string; readonly playbook: string };
  // Press conferences (SC601–SC608).
  'lint.SC601.no-premise': { readonly question: string };
  'lint.SC602.premise-true': { readonly question: string; readonly from: string; readonly fact: string; readonly value: string };
  'lint.SC603.no-proposition': { readonly question: string };
  'lint.SC603.proposition-kind': { readonly question: string; readonly proposition: string; readonly kind: string };
  'lint.SC604.no-owner': { readonly question: string };
  'lint.SC605.never-asked': { readonly followUp: string; readonly trigger: string; readonly why: NeverAsked };
  'lint.SC606.not-placeholder': { readonly followUp: string; readonly name: string; readonly placeholders: readonly string[] };
  'lint.SC606.nothing-to-quote': { readonly followUp: string; readonly name: string };
  'lint.SC607.no-follow-ups': { readonly question: string; readonly kind: string; readonly triggers: readonly string[] };
  'lint.SC608.pick-time': None;
}

export type LintKey = keyof LintMessages;

/** A message key with its parameters. */
export type LintMessage = { readonly [K in LintKey]: { readonly key: K; readonly params: LintMessages[K] } }[LintKey];

export function lint<K extends LintKey>(key: K, params: LintMessages[K]): LintMessage {
  // The mapped union does not narrow on a generic key; each key's params are checked by the signature.
  return { key, params } as LintMessage;
}
