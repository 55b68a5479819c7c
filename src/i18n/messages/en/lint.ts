import type { Catalogue, Message } from '../../catalogue.ts';
import type { Format } from '../../format.ts';
import type { Channel, Found, IdKind, LintMessage, LintMessages, LintWords, Place, Rule, ValueType } from '../lint-keys.ts';

/** `(did you mean "x"?)` after a name that is not known, when a close one is. */
const mean = (suggestion: string | null): string => (suggestion === null ? '' : ` (did you mean "${suggestion}"?)`);

const at = (p: Place): string => ('file' in p ? 'the file' : 'item' in p ? `item ${p.item + 1}` : `"${p.key}"`);

const found = (v: Found): string => {
  switch (v.kind) {
    case 'null':
      return 'nothing (null)';
    case 'list':
      return 'a list';
    case 'map':
      return 'a map';
    case 'text':
      return `the text "${v.text.length > 40 ? `${v.text.slice(0, 40)}…` : v.text}"`;
    case 'number':
      return `the number ${v.value}`;
    // YAML's .nan and .inf, named as the author wrote them.
    case 'nan':
      return 'the value .nan';
    case 'inf':
      return 'the value .inf';
    case '-inf':
      return 'the value -.inf';
    case 'boolean':
      return `${v.value}`;
    case 'other':
      return v.type;
  }
};

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of keys',
  record: 'a map of keys',
};

const RULES: Readonly<Record<Rule, string>> = {
  'id-chars': 'an id is lower-case letters, digits, "-" and "_", starting with a letter or digit (e.g. first-call)',
  'id-length': 'an id is at most 64 characters',
  'id-reserved': 'an id cannot be "constructor" or "prototype": those words are reserved',
  'language-code': 'a language code is like en, fr or pt-BR',
  tolerance: 'a tolerance is a number or a percentage like 10%',
};

const WHAT: Readonly<Record<IdKind, string>> = {
  persona: 'persona',
  stakeholder: 'stakeholder',
  ending: 'ending',
  rumour: 'rumour',
  'press-conference': 'press conference',
  'fact-or-key-message': 'fact or key message',
  seat: 'seat',
  inject: 'inject',
  option: 'option',
  fact: 'fact',
  'key-message': 'key message',
  variable: 'variable',
  'holding-statement': 'holding statement',
  risk: 'risk',
  contact: 'contact',
};

const TYPE: Readonly<Record<ValueType, string>> = { string: 'text', boolean: 'true/false value', number: 'number', duration: 'duration' };
const EXAMPLE: Readonly<Record<ValueType, string>> = { number: '>= 0.5', duration: '>= 30m', string: '== "hold"', boolean: '== "hold"' };

const NEVER_FIRES: Readonly<Record<Exclude<LintMessages['lint.SC301.never-fires']['why'], 'parent-never-fires' | 'parent-unanswerable' | 'parent-no-deadline'>, string>> = {
  'if-false': 'its "if" condition can never be true',
  'when-false': 'its "when" condition can never be true',
  'conference-never-starts': 'the press conference it belongs to never starts',
  'no-trigger': 'nothing triggers it',
};

const NEVER_ASKED: Readonly<Record<LintMessages['lint.SC605.never-asked']['why'], string>> = {
  'no-premise': 'the question has no premise to accept (add `premise`)',
  'no-loaded-words': 'the question has no loaded words to repeat (add `loaded`)',
  'no-remit-facts': 'the question names no facts that belong to someone else (add `remit.facts`)',
};

const FACT_VALUE: Readonly<Record<LintMessages['lint.SC306.fact-value']['kind'], string>> = {
  number: 'a number fact needs a number (or "unknown")',
  boolean: 'a yes/no fact needs true or false (or "unknown")',
  date: 'a date fact needs an ISO date or date-time such as 2026-05-12 or 2026-05-12T06:00:00+02:00',
  text: 'a text fact needs a text value',
};

/** The channels nothing can be published on, as SC208 names what they carry. */
const INBOUND_ONLY: Readonly<Partial<Record<Channel, string>>> = { news: 'news article', leak: 'leaked document' };

const quoted = (items: readonly string[]): string => items.map((x) => `"${x}"`).join(' and ');

/** A lint message inside another message (a condition's problem in SC203, in an MSEL problem), in the same words. */
export function lintText(m: LintMessage, f: Format): string {
  // Each key's message takes that key's parameters; the lookup by a union key loses the pairing.
  const message = lint[m.key] as Message<object>;
  return message(m.params, f);
}

export const lint: Catalogue<LintMessages> = {
  'lint.SC001.key-not-plain': () => 'keys must be plain words, not lists or maps',
  'lint.SC001.yaml': ({ detail }) => detail,
  'lint.SC002.yaml': ({ detail }) => `duplicate key: ${detail}`,
  'lint.SC002.duplicate-key': ({ key }) => `duplicate key: "${key}" appears twice in this map; keep one`,
  'lint.SC003.too-many-aliases': ({ max }) => `the file uses more than ${max} aliases (*name)`,
  'lint.SC003.expands': ({ detail }) => `the file expands too much through aliases (*name): ${detail}`,
  'lint.SC004.reserved-key': ({ key, proto }) =>
    `the key "${key}" is not allowed (${proto ? 'it could tamper with the program reading the file' : 'it is reserved, and cannot be an id either'})`,
  'lint.SC005.file-chars': ({ chars, max }) => `the file is ${chars} characters; scenario and plan files are limited to ${max}`,
  'lint.SC005.file-bytes': ({ max }, f) => `the file is larger than ${f.number(max)} bytes; scenario and plan files are limited to 1 MB`,
  'lint.SC005.too-many-values': ({ max }) => `the file has more than ${max} values`,
  'lint.SC005.text-too-long': ({ chars, max }) => `a text of ${chars} characters is longer than the ${max} allowed`,
  'lint.SC006.unreadable': ({ detail }) => `the file could not be read: ${detail}`,
  'lint.SC006.too-deep': ({ max }) => `values are nested more than ${max} levels deep`,
  'lint.SC007.empty': () => 'the file is empty',
  'lint.SC007.scenario-not-map': () => 'a scenario file is a map of keys (formatVersion, id, title, …), not a list or a single value',
  'lint.SC007.playbook-not-map': () => 'a playbook file is a map of keys (formatVersion, id, stakeholders, team, …)',
  'lint.SC008.missing': ({ version }) => `missing "formatVersion: ${version}" at the top of the file`,
  'lint.SC008.playbook-missing': ({ version }) => `missing "formatVersion: ${version}" at the top of the playbook`,
  'lint.SC008.unsupported-range': ({ given, latest }) => `formatVersion ${given} is not supported; this version of Crisis Room reads formatVersion 1 to ${latest}`,
  'lint.SC008.unsupported': ({ given, allowed }) => `formatVersion ${given} is not supported; this version of Crisis Room reads formatVersion ${allowed.join(', ')}`,
  'lint.SC008.playbook-unsupported': ({ given, version }) => `playbook formatVersion ${given} is not supported; this version reads ${version}`,
  'lint.SC999.internal': ({ detail }) => `internal: the scenario passed its checks but could not be compiled (${detail}); please report this`,

  'lint.SC101.missing-key': ({ key }) => `missing required key "${key}"`,
  'lint.SC102.unknown-key': ({ key, suggestion }) => `unknown key "${key}"${mean(suggestion)}`,
  'lint.SC102.not-together': ({ key }) => `"${key}" cannot be used together with the other keys here`,
  'lint.SC103.wrong-type': ({ at: p, expected, found: v }) => `${at(p)} should be ${EXPECTED[expected] ?? expected}, not ${found(v)}`,
  'lint.SC103.text-expected': ({ at: p, found: v }) => `${at(p)} should be a text (or a map of language → text), not ${found(v)}`,
  'lint.SC103.wrong-shape': ({ at: p, found: v }) => `${at(p)} has the wrong shape (${found(v)})`,
  'lint.SC104.not-allowed': ({ at: p, found: v, allowed, suggestion }) =>
    `${found(v)} is not allowed for ${at(p)}; use one of: ${allowed.length > 14 ? `${allowed.slice(0, 14).join(', ')}, …` : allowed.join(', ')}${mean(suggestion)}`,
  'lint.SC104.list-size': ({ at: p, bound, limit }) => `${at(p)} needs ${bound === 'min' ? 'at least' : 'at most'} ${limit} item${limit === '1' ? '' : 's'}`,
  'lint.SC104.text-size': ({ at: p, bound, limit }) => `${at(p)} must ${bound === 'min' ? 'not be empty' : `be at most ${limit} characters`}`,
  'lint.SC104.number-range': ({ at: p, bound, limit, found: v }) => `${at(p)} must be ${bound === 'min' ? `at least ${limit}` : `at most ${limit}`}, not ${found(v)}`,
  'lint.SC104.not-datetime': ({ found: v }) => `${found(v)} is not an ISO date-time with an offset, like "2026-05-12T07:30:00+02:00"`,
  'lint.SC104.rule': ({ at: p, rule }) => `${at(p)}: ${RULES[rule]}`,
  'lint.SC104.validator': ({ at: p, detail }) => `${at(p)}: ${detail}`,
  'lint.SC105.not-duration': ({ found: v }) => `${found(v)} is not a duration: a duration is written like 90s, 12m, 1h30m or 2d`,
  'lint.SC106.not-effect': ({ key, suggestion, verbs }) => `"${key}" is not an effect${mean(suggestion)}; effects are ${verbs.join(', ')}`,
  'lint.SC106.one-per-item': ({ verbs }) => `one effect per list item: split ${quoted(verbs)} into separate items`,
  'lint.SC107.invalid-id': ({ found: v, rule }) => `${found(v)} is not a valid id: ${RULES[rule]}`,
  'lint.SC107.invalid-key': ({ key, variable, rules, asId }) =>
    `"${key}" is not valid as ${variable ? 'a variable name' : 'a key here'}: ${rules.map((r) => (typeof r === 'string' ? RULES[r] : r.detail)).join('; ')}${asId === null ? '' : ` (write it as "${asId}")`}`,
  'lint.SC108.duration-too-long': ({ found: v, max }) => `${found(v)} is too long: the longest duration a file can use is ${max}`,
  'lint.SC108.delay-too-long': ({ text, max }) => `the delay in "${text.length > 40 ? `${text.slice(0, 40)}…` : text}" is too long: the longest duration a file can use is ${max}`,
  'lint.SC108.too-short': ({ min, length }) => `the scenario must last at least ${min}, not ${length}`,
  'lint.SC109.out-of-range': ({ at: p, bound, limit, perHour, found: v }) =>
    `${at(p)} must be ${bound === 'min' ? `at least ${limit}` : `at most ${limit}`}${perHour ? ' per hour' : ''}, not ${found(v)}: the rumour model means nothing outside that range`,
  'lint.SC109.fade': ({ min, max, tau }) => `a correction must fade over ${min} to ${max}, not ${tau}: the rumour model means nothing outside that range`,
  'lint.SC110.too-many-items': ({ at: p, count, max }, f) => `${at(p)} has ${count} items; the format allows at most ${f.number(max)}`,
  'lint.SC110.too-many-injects': ({ max }, f) => `with the press-conference questions and follow-ups there are more than ${f.number(max)} injects, the most a scenario can have`,
  'lint.SC110.too-many-variables': ({ count, max }, f) => `there are ${count} variables; the format allows at most ${f.number(max)}`,

  'lint.SC201.duplicate': ({ what, id, line, within }) => `duplicate ${WHAT[what]}${within === undefined ? '' : ` (in ${within})`} id "${id}" (first defined on line ${line})`,
  'lint.SC202.unknown': ({ what, id, suggestion }) => `there is no ${WHAT[what]} "${id}"${mean(suggestion)}`,
  'lint.SC202.unknown-in-playbook': ({ what, id, suggestion }) => `there is no ${WHAT[what]} "${id}" in this playbook${mean(suggestion)}`,
  'lint.SC202.undeclared-variable': ({ name, suggestion }) => `there is no variable "${name}"${mean(suggestion)}; declare it under "variables"`,
  'lint.in-condition': ({ problem }, f) => `condition: ${lintText(problem, f)}`,
  'lint.SC207.add-to-non-number': ({ name, type }) => `"${name}" is a ${type}; only numbers can be added to`,
  'lint.SC207.wrong-type': ({ name, type, given }) => `"${name}" holds a ${type}, not a ${given}`,
  'lint.SC208.approval-inbound': ({ channel }) => `nothing can be published on "${channel}", so it needs no approval`,
  'lint.SC208.option-inbound': ({ channel }) => `an answer cannot go out on "${channel}" (nobody publishes a ${INBOUND_ONLY[channel] ?? channel})`,
  'lint.SC208.reply-inbound': ({ channel }) => `answers cannot go out on "${channel}"`,
  'lint.SC206.inject-timings': ({ timings }) => `an inject is timed one way: it has ${quoted(timings)}; keep one (use "if" or "unless" for extra conditions)`,
  'lint.SC206.once-without-when': () => '"once: false" only matters with "when"',
  'lint.SC206.conference-timings': ({ timings }) => `a press conference is timed one way: it has ${timings.join(' and ')}`,

  'lint.condition.single-equals': () => 'use "==" to compare, not "="',
  'lint.condition.symbol-operator': ({ op }) => `use "and", "or" and "not" instead of "${op}"`,
  'lint.condition.unclosed-quote': () => 'this text has no closing quote',
  'lint.condition.not-duration': ({ text }) => `"${text}" is not a duration`,
  'lint.condition.duration-too-long': ({ text, max }) => `"${text}" is too long: the longest duration a file can use is ${max}`,
  'lint.condition.not-number': ({ text }) => `"${text}…" is neither a number nor a duration (durations look like 30m or 1h30m)`,
  'lint.condition.name-after-dot': () => 'a name must follow "."',
  'lint.condition.unexpected-char': ({ char }) => `unexpected character "${char}"`,
  'lint.condition.empty': () => 'the condition is empty',
  'lint.condition.unexpected-token': ({ token }) => `unexpected "${token ?? 'value'}": join conditions with "and" or "or"`,
  'lint.condition.too-deep': ({ max }) => `brackets and "not" are nested more than ${max} deep; simplify the condition`,
  'lint.condition.ends-early': () => 'the condition ends too early',
  'lint.condition.unclosed-paren': () => 'a "(" is not closed',
  'lint.condition.needs-both-sides': ({ op }) => `"${op}" needs a condition on each side`,
  'lint.condition.expected-value': ({ token }) => `expected a value, found "${token ?? 'value'}"`,
  'lint.condition.too-long': ({ max, length }) => `a condition is at most ${max} characters; this one has ${length}`,

  'lint.ref.shape': ({ ref, shape }) => `"${ref}" should look like ${shape}`,
  'lint.ref.unknown': ({ what, id, suggestion }) => `there is no ${WHAT[what]} "${id}"${mean(suggestion)}`,
  'lint.ref.field': ({ of, field, fields, suggestion }) =>
    of === 'inject' ? `an inject has ${fields.join(', ')} and option, not "${field}"${mean(suggestion)}` : `a ${of} has ${fields.join(', ')}, not "${field}"${mean(suggestion)}`,
  'lint.ref.key-message-field': ({ field }) => `a key message has only "used", not "${field}"`,
  'lint.ref.statements': ({ ref, suggestion }) => `"${ref}" should be "statements" or statements.<channel>${mean(suggestion)}`,
  'lint.ref.reply-outside-branches': () => '"reply" can only be used in the branches of an answer (freeText.branches)',
  'lint.ref.namespace': ({ ref, namespaces, suggestion }) => `"${ref}" is not something a condition can read; start with one of ${namespaces.join(', ')}${mean(suggestion)}`,
  'lint.ref.not-empathy': ({ element, suggestion }) => `"${element}" is not an empathy element${mean(suggestion)}`,
  'lint.ref.not-penalty': ({ penalty, suggestion }) => `"${penalty}" is not a penalty${mean(suggestion)}`,
  'lint.ref.reply-field': ({ ref, fields }) =>
    `"${ref}" is not part of a reply; use reply.${fields.join(', reply.')}, reply.keyMessage.<id>, reply.fact.<id>, reply.empathy.<element> or reply.penalty.<kind>`,
  'lint.ref.no-options': ({ inject, option }) => `"${inject}" has no options, so no option "${option}" can be chosen`,
  'lint.ref.unknown-option': ({ inject, option, suggestion, options }) =>
    `"${inject}" has no option "${option}"${suggestion === null ? `; its options are ${options.join(', ')}` : mean(suggestion)}`,
  'lint.ref.not-boolean': ({ type }) => `this is a ${TYPE[type]}, not true/false: compare it (for example ${EXAMPLE[type]})`,
  'lint.ref.type-mismatch': ({ left, right }) =>
    `cannot compare a ${TYPE[left]} with a ${TYPE[right]}${left === 'duration' || right === 'duration' ? ' (compare time with a duration such as 30m)' : ''}`,
  'lint.ref.equality-only': ({ type }) => `a ${TYPE[type]} can only be compared with == or !=`,

  'lint.after.not-relative': ({ text }) => `"${text}" is not a relative time; write it like "call-1 + 5m" or "call-1.responded + 2m"`,
  'lint.after.not-event': ({ event, events }) => `"${event}" is not an inject event; use one of ${events.join(', ')}`,
  'lint.after.not-duration': ({ delay }) => `"${delay}" is not a duration (write 5m, 1h30m)`,

  'lint.SC301.never-fires': ({ inject, why, parent }) => {
    const reason =
      why === 'parent-never-fires'
        ? `it follows "${parent ?? ''}", which never fires`
        : why === 'parent-unanswerable'
          ? `it waits for an answer to "${parent ?? ''}", which cannot be answered`
          : why === 'parent-no-deadline'
            ? `it waits for "${parent ?? ''}" to expire, but that has no deadline`
            : NEVER_FIRES[why];
    return `"${inject}" can never fire: ${reason}`;
  },
  'lint.SC302.nothing-fires': ({ inject }) => `nothing fires "${inject}": no at/after/when and no "fire" effect; only a facilitator can (tag it facilitator-only to say that is intended)`,
  'lint.SC303.unreachable-ending': ({ ending }) => `ending "${ending}" can never be reached: the injects whose "end" effect names it never fire`,
  'lint.SC303.after-otherwise': ({ ending, otherwise }) => `ending "${ending}" comes after the otherwise ending "${otherwise}", so it can never be chosen; move it up`,
  'lint.SC303.condition-never-true': ({ ending }) => `ending "${ending}" can never be reached: its condition can never be true`,
  'lint.SC304.no-way-to-answer': ({ inject }) => `"${inject}" asks for an answer (it has a deadline or expectations) but offers no way to give one: add options or freeText: true`,
  'lint.SC304.response-never-runs': ({ inject }) => `"${inject}" has onResponse effects but cannot be answered, so they never run: add options or freeText: true`,
  'lint.SC304.timeout-never-runs': ({ inject }) => `"${inject}" has onTimeout effects but no deadline to miss, so they never run: add a deadline (and a way to answer)`,
  'lint.SC305.inject-after-end': ({ inject, at: time, end }) => `"${inject}" fires at ${time}, after the scenario ends at ${end}`,
  'lint.SC305.deadline-after-end': ({ inject, at: time, end }) => `the deadline of "${inject}" passes at ${time} at the earliest, after the scenario ends at ${end}`,
  'lint.SC305.conference-after-end': ({ conference, at: time, end }) => `"${conference}" starts at ${time}, after the scenario ends at ${end}`,
  'lint.SC305.rumour-after-end': ({ rumour, seed, end }) => `"${rumour}" is seeded at ${seed}, after the scenario ends at ${end}`,
  'lint.SC305.truth-after-end': ({ from, end }) => `this truth starts at ${from}, after the scenario ends at ${end}`,
  'lint.SC305.disclosure-after-end': ({ by, end }) => `disclosure deadline ${by} is after the scenario ends at ${end}`,
  'lint.SC305.plan-step-after-end': ({ step, at: time, end }) => `step ${step} at ${time} comes after the scenario ends at ${end} (say "lenient: true" to skip such steps)`,
  'lint.SC306.first-truth': ({ from }) => `the first truth entry must start at 0m (write value: unknown until it is known), not at ${from}`,
  'lint.SC306.truth-order': ({ from, previous }) => `truth entries must be in time order: ${from} is not after ${previous}`,
  'lint.SC306.unknown-again': ({ fact, from, since }) => `"${fact}" goes back to unknown at ${from} after being known since ${since}`,
  'lint.SC306.confidential-disclosed': ({ fact, by }) => `"${fact}" is confidential and must also be disclosed by ${by}: choose one`,
  'lint.SC306.disclosed-unknown': ({ fact, by, knownFrom }) => `"${fact}" must be disclosed by ${by} but is unknown until ${knownFrom ?? 'the end'}`,
  'lint.SC306.tolerance': () => 'tolerance only applies to number facts',
  'lint.SC306.boolean-values-key': ({ key }) => `a yes/no fact lists its predicate words under "true" and "false", not "${key}"`,
  'lint.SC306.values-kind': () => 'values only apply to text and yes/no facts',
  'lint.SC306.fact-value': ({ kind, value }) => `${FACT_VALUE[kind]}, not ${value}`,
  'lint.SC306.not-a-fact-value': ({ value, values }) => `"${value}" is not one of this fact's values (${values.join(', ')})`,
  'lint.SC306.plan-step-order': ({ step, at: time }) => `step ${step} at ${time} comes before the step above it: steps are in time order`,
  'lint.SC307.no-otherwise': () => 'no ending has "otherwise: true": a session where no condition holds ends without a named outcome',
  'lint.SC308.after-cycle': ({ cycle }) => `"after" goes round in a circle: ${cycle.join(' → ')}`,
  'lint.SC309.no-trigger': ({ ending }) => `ending "${ending}" needs "when: <condition>" or "otherwise: true" (or an "end" effect that names it)`,
  'lint.SC309.when-and-otherwise': ({ ending }) => `ending "${ending}" has both "when" and "otherwise"; keep one`,
  'lint.SC309.early-without-when': () => 'an early ending needs a "when" condition',
  'lint.SC309.two-otherwise': ({ otherwise }) => `only one ending can be "otherwise" ("${otherwise}" already is)`,
  'lint.SC310.jump-outside': ({ at: time, end }) => `the calendar jump at ${time} is outside the exercise (after 0m and before the end at ${end})`,
  'lint.SC310.jump-order': ({ at: time }) => `the calendar jump at ${time} comes before or with the jump above it: list jumps in time order`,
  'lint.SC310.jump-backwards': ({ at: time, to }) => `the calendar jump at ${time} goes to ${to}, which is not later than the clock already shows then: a jump moves the calendar forward`,

  'lint.SC401.unused-fact': ({ fact }) => `fact "${fact}" is never asked for, asserted, required or disclosed (add discloseBy, or reference it in expects or an option)`,
  'lint.SC402.unused-key-message': ({ keyMessage }) => `key message "${keyMessage}" is never expected or used by any option`,
  'lint.SC403.silent-persona': ({ persona }) => `persona "${persona}" never sends an inject`,
  'lint.SC403.unread-variable': ({ variable }) => `variable "${variable}" is never read by a condition`,
  'lint.SC404.missing-translation': ({ missing, fallback }) =>
    `no ${missing.join(', ')} text here; players in ${missing.length > 1 ? 'those languages' : 'that language'} will see ${fallback}`,
  'lint.SC405.never-spreads': ({ rumour }) => `rumour "${rumour}" has no seed time and no seedRumour effect, so it never spreads`,
  'lint.SC406.no-expectation': ({ stakeholder }) =>
    `"${stakeholder}" declares no expectation: give empathy (the elements it expects), responsibility (how it expects fault to be admitted), or both`,
  'lint.SC406.compensation-not-offered': ({ stakeholder }) =>
    `"${stakeholder}" expects compensation, but this crisis does not offer it (crisis.compensation: false), so it is never expected`,
  'lint.SC406.implicit-ignored': ({ stakeholder, cluster }) =>
    `responsibility: implicit has no effect on "${stakeholder}": responsibility is not expected of statements addressed to it (${
      cluster === null ? 'it is not in its empathy list' : `${cluster === 'accidental' ? 'an' : 'a'} ${cluster} crisis does not call for it`
    })`,

  'lint.SC501.no-playbook': ({ id }) => `there is no playbook "${id}": it would be scenarios/playbooks/${id}.yaml, beside the scenario`,
  'lint.SC502.playbook-errors': ({ id, file, errors }) => `the playbook "${id}" (${file}) has ${errors} error${errors === 1 ? '' : 's'}; run "crisis lint ${file}"`,
  'lint.SC502.wrong-playbook': ({ file, found: id, id: wanted }) => `${file} is the playbook "${id}", not "${wanted}"`,
  'lint.SC503.already-in-playbook': ({ what, id, playbook }) =>
    `${what === 'stakeholder' ? 'stakeholder' : 'key message'} "${id}" is already in the playbook "${playbook}"; use the playbook's, or give this one another id`,

  'lint.SC601.no-premise': ({ question }) => `"${question}" is a loaded question but names no premise: add premise: { fact, value } with the false claim it takes for granted`,
  'lint.SC602.premise-true': ({ question, from, fact, value }) => `the premise of "${question}" is true from ${from} on (${fact} is ${value}), so accepting it is not a mistake`,
  'lint.SC603.no-proposition': ({ question }) => `"${question}" demands a yes or a no but names no proposition: add proposition: <a yes/no fact>`,
  'lint.SC603.proposition-kind': ({ question, proposition, kind }) =>
    `the proposition of "${question}" must be a yes/no fact (kind: boolean); "${proposition}" is a ${kind} fact`,
  'lint.SC604.no-owner': ({ question }) => `"${question}" is outside the spokesperson's remit but names no owner: add remit: { owner, handOver, facts }`,
  'lint.SC605.never-asked': ({ followUp, trigger, why }) => `follow-up "${followUp}" (if: ${trigger}) can never be asked: ${NEVER_ASKED[why]}`,
  'lint.SC606.not-placeholder': ({ followUp, name, placeholders }) =>
    `follow-up "${followUp}" has {${name}}, which is not a placeholder; use ${placeholders.map((x) => `{${x}}`).join(', ')}`,
  'lint.SC606.nothing-to-quote': ({ followUp, name }) =>
    `follow-up "${followUp}" quotes the trainee with {${name}}, but only a follow-up with if: contradicted has earlier words to quote`,
  'lint.SC607.no-follow-ups': ({ question, kind, triggers }) =>
    `"${question}" is ${kind === 'outside-remit' ? 'an' : 'a'} ${kind} question with none of its follow-ups (${triggers.map((t) => `if: ${t}`).join(', ')}): the room will not react to how it is answered`,
  'lint.SC608.pick-time': () => 'pickTime only matters when the trainee picks (picking: trainee); the moderator calls the questions in order',
};

export const lintWords: Catalogue<LintWords> = {
  'lint.severity.error': () => 'error',
  'lint.severity.warning': () => 'warning',
  'lint.unrendered': () => 'run "crisis lint" on the file for the details',
};
