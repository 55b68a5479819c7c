/**
 * Every diagnostic the scenario checker can report, as data: its code, severity, what it means,
 * and a bad and a good example. The tests run every example (the bad one must report the code, the
 * good one must be clean), and docs/diagnostics.md is generated from this file, so the catalogue,
 * the checker and the documentation cannot drift apart.
 *
 * An example is either `raw` YAML (for problems of the file itself) or a `patch`: YAML whose
 * top-level keys replace those of BASE_SCENARIO, a small scenario that is clean on its own.
 */
export interface DiagnosticExample {
  readonly raw?: string;
  readonly patch?: string;
}

/** The playbook examples may name (\`playbook: example-foods\`); \`example-broken\` is one with an error. */
export const EXAMPLE_PLAYBOOK = `formatVersion: 1
id: example-foods
organisation: { name: Example Foods, sector: food }
stakeholders:
  - { id: customers, name: Customers, kind: customers, owner: spokesperson }
team: { seats: [spokesperson, legal], solo: spokesperson, approvals: { press-release: [legal] } }
keyMessages:
  - { id: safety, text: "Your safety comes first.", concepts: [[safety]], contradictedBy: { penalties: [minimising] } }
`;

/** Load options for the examples: they find EXAMPLE_PLAYBOOK (and a broken one) by id. */
export function exampleOptions(): { playbook: (id: string) => { text: string; file: string } | null } {
  return {
    playbook: (id) => {
      if (id === 'example-foods') return { text: EXAMPLE_PLAYBOOK, file: 'playbooks/example-foods.yaml' };
      if (id === 'example-broken') return { text: EXAMPLE_PLAYBOOK.replace('id: example-foods', 'id: example-broken').replace(/^team:.*$/m, ''), file: 'playbooks/example-broken.yaml' };
      return null;
    },
  };
}

export interface CatalogueEntry {
  readonly code: string;
  readonly title: string;
  readonly severity: 'error' | 'warning';
  readonly description: string;
  readonly bad: DiagnosticExample;
  readonly good: DiagnosticExample;
}

export const BASE_SCENARIO = `formatVersion: 1
id: example
title: Example
summary: A minimal scenario.
organisation: { name: Example Foods, sector: food }
crisis: { cluster: accidental, severity: medium }
clock: { start: "2026-05-12T09:00:00+02:00", length: 2h }
roles: { seats: [spokesperson, legal], solo: spokesperson }
personas:
  - { id: reporter, name: Sam Lee, kind: journalist }
stakeholders:
  - { id: customers, name: Customers, kind: customers }
facts:
  - id: batches
    label: Affected batches
    kind: number
    cues: [batch, batches]
    truth: [{ from: 0m, value: unknown }, { from: 30m, value: 3 }]
    discloseBy: 1h
keyMessages:
  - { id: safety, text: "Your safety comes first.", concepts: [[safety]] }
injects:
  - id: call
    at: 10m
    channel: press-call
    from: reporter
    text: "How many batches are affected?"
    deadline: 15m
    expects: { facts: [batches], keyMessages: [safety] }
    freeText: true
endings:
  - { id: done, title: Done, otherwise: true }
`;

const CALL = `  - id: call
    at: 10m
    channel: press-call
    from: reporter
    text: "How many batches are affected?"
    deadline: 15m
    expects: { facts: [batches], keyMessages: [safety] }
    freeText: true`;

/** A press conference at 20m in the base scenario; its questions follow (examples of SC601–SC608). */
const PC_HEAD = `pressConferences:
  - id: pc
    title: Briefing
    at: 20m`;
const PC = `${PC_HEAD}
    questions:`;

/** The base scenario's fact, and a yes/no fact for a yes-or-no question. */
const FACTS_WITH_SAFE = `facts:
  - id: batches
    label: Affected batches
    kind: number
    cues: [batch, batches]
    truth: [{ from: 0m, value: unknown }, { from: 30m, value: 3 }]
    discloseBy: 1h
  - id: safe
    label: The product is safe
    kind: boolean
    cues: [safe]
    truth: [{ from: 0m, value: unknown }]`;

export const CATALOGUE: readonly CatalogueEntry[] = [
  // --- The file itself -------------------------------------------------------------------------
  {
    code: 'SC001',
    title: 'YAML syntax error',
    severity: 'error',
    description: 'The file is not valid YAML (an unclosed bracket, a tab for indentation, a stray character).',
    bad: { raw: 'formatVersion: 1\nid: [unclosed\n' },
    good: { patch: 'id: example' },
  },
  {
    code: 'SC002',
    title: 'Duplicate key',
    severity: 'error',
    description: 'The same key appears twice in one map; YAML would silently keep only one of them.',
    bad: { raw: 'formatVersion: 1\nid: a\nid: b\n' },
    good: { patch: 'id: example' },
  },
  {
    code: 'SC003',
    title: 'Too many aliases',
    severity: 'error',
    description: 'The file uses YAML aliases (*name) so much that expanding them could exhaust memory (an "alias bomb"). Write the content out, or use fewer aliases.',
    bad: {
      raw: 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n',
    },
    good: { patch: 'tags: [recall, food]' },
  },
  {
    code: 'SC004',
    title: 'Forbidden key',
    severity: 'error',
    description: 'Keys named __proto__, constructor or prototype are refused: they are a classic way to tamper with programs that read data files.',
    bad: { raw: 'formatVersion: 1\n__proto__: { polluted: true }\n' },
    good: { patch: 'tags: [prototype]' },
  },
  {
    code: 'SC005',
    title: 'Input too large',
    severity: 'error',
    description: 'The file, or one text in it, is larger than a scenario needs (1 MB per file, 20,000 characters per text). Split long documents into attachments or shorten them.',
    bad: { raw: `formatVersion: 1\nsummary: "${'x'.repeat(20_001)}"\n` },
    good: { patch: `summary: "${'x'.repeat(200)}"` },
  },
  {
    code: 'SC006',
    title: 'Nested too deeply',
    severity: 'error',
    description: 'Values are nested more than 32 levels deep; no scenario needs that, and very deep input is a way to crash parsers.',
    bad: { raw: `formatVersion: 1\ntags: ${'['.repeat(40)}${']'.repeat(40)}\n` },
    good: { patch: 'tags: [nested]' },
  },
  {
    code: 'SC007',
    title: 'Not a scenario map',
    severity: 'error',
    description: 'The file is empty, or its top level is a list or a single value instead of a map of keys (formatVersion, id, title, …).',
    bad: { raw: '- just\n- a list\n' },
    good: { patch: 'id: example' },
  },
  {
    code: 'SC008',
    title: 'Missing or unsupported formatVersion',
    severity: 'error',
    description: 'Every scenario starts with formatVersion: 1. A newer version means the file was written for a newer Crisis Room.',
    bad: { raw: 'formatVersion: 9\nid: example\n' },
    good: { patch: 'formatVersion: 1' },
  },
  // --- The schema ------------------------------------------------------------------------------
  {
    code: 'SC101',
    title: 'Missing required key',
    severity: 'error',
    description: 'A key the format requires is not there (every inject needs an id, a channel and a text, for example).',
    bad: { patch: `injects:\n${CALL.replace('    channel: press-call\n', '')}` },
    good: { patch: `injects:\n${CALL}` },
  },
  {
    code: 'SC102',
    title: 'Unknown key',
    severity: 'error',
    description: 'A key the format does not know, usually a typo; the message suggests the closest key.',
    bad: { patch: `injects:\n${CALL.replace('channel: press-call', 'chanel: press-call')}` },
    good: { patch: `injects:\n${CALL}` },
  },
  {
    code: 'SC103',
    title: 'Wrong type',
    severity: 'error',
    description: 'A value of the wrong kind: a text where a list is expected, a number where a text is expected.',
    bad: { patch: 'tags: recall' },
    good: { patch: 'tags: [recall]' },
  },
  {
    code: 'SC104',
    title: 'Value not allowed',
    severity: 'error',
    description: 'A value outside what the key accepts: a channel or severity that does not exist, a number out of range, an empty list where one item is needed.',
    bad: { patch: 'crisis: { cluster: accidental, severity: severe }' },
    good: { patch: 'crisis: { cluster: accidental, severity: high }' },
  },
  {
    code: 'SC105',
    title: 'Not a duration',
    severity: 'error',
    description: 'Times are written as durations in scenario time: 90s, 12m, 1h30m, 2d. A bare number is not a duration.',
    bad: { patch: 'clock: { start: "2026-05-12T09:00:00+02:00", length: 2 hours }' },
    good: { patch: 'clock: { start: "2026-05-12T09:00:00+02:00", length: 2h }' },
  },
  {
    code: 'SC106',
    title: 'Unknown or malformed effect',
    severity: 'error',
    description: 'An effect must be one of trust, fire, cancel, set, add, seedRumour, counterRumour, boostRumour, reveal, end or note, one per list item, with the right arguments.',
    bad: { patch: `injects:\n${CALL}\n    onTimeout: [ { trsut: { customers: -0.1 } } ]` },
    good: { patch: `injects:\n${CALL}\n    onTimeout: [ { trust: { customers: -0.1 } } ]` },
  },
  {
    code: 'SC107',
    title: 'Invalid id',
    severity: 'error',
    description: 'Ids are lower-case letters, digits, "-" and "_", starting with a letter or digit, at most 64 characters; variable names and the stakeholders named in a trust effect follow the same rule (the message writes the name as an id: "Media Heat" → "media-heat"). "constructor" and "prototype" are reserved: they cannot be keys in a file either (SC004).',
    bad: { patch: 'id: Example Scenario' },
    good: { patch: 'id: example-scenario' },
  },
  {
    code: 'SC108',
    title: 'Duration out of range',
    severity: 'error',
    description: 'A duration is longer than the longest a file can use (30d), or the scenario lasts less than a minute. Every time in a file is bounded so that the clock, the timers and the rumour curves stay finite; run a longer exercise as several scenarios.',
    bad: { patch: 'clock: { start: "2026-05-12T09:00:00+02:00", length: 40d }' },
    good: { patch: 'clock: { start: "2026-05-12T09:00:00+02:00", length: 2h }' },
  },
  {
    code: 'SC109',
    title: 'Rumour parameter outside the model\'s range',
    severity: 'error',
    description: 'A rumour rate (lambda, sigma, delta, kappa) is outside 0–60 per hour, s0 outside 1e-9–0.5, or tau outside 1m–30d. Beyond these the mean-field model describes nothing real (60 per hour is a conversation a minute for every spreader); docs/rumour-model.md explains each parameter.',
    bad: { patch: 'rumours:\n  - { id: sabotage, claim: "It was sabotage", seed: 20m, audiences: [customers], spread: { lambda: 1000 } }' },
    good: { patch: 'rumours:\n  - { id: sabotage, claim: "It was sabotage", seed: 20m, audiences: [customers], spread: { lambda: 2 } }' },
  },
  {
    code: 'SC110',
    title: 'Too many items',
    severity: 'error',
    description: 'A list holds more items than the format allows (10,000 injects with press-conference questions and follow-ups, 50 seats, 50 options per inject, 1,000 variables, 2,000 plan steps, …; docs/reliability.md lists every limit). The limits are far above what an exercise needs and keep every check and every session fast.',
    bad: { patch: `roles: { seats: [${Array.from({ length: 51 }, (_, i) => `seat-${i + 1}`).join(', ')}], solo: seat-1 }` },
    good: { patch: 'roles: { seats: [spokesperson, legal], solo: spokesperson }' },
  },
  // --- Ids and references ----------------------------------------------------------------------
  {
    code: 'SC201',
    title: 'Duplicate id',
    severity: 'error',
    description: 'Two injects (or two personas, options of one inject, …) share an id, so references to it would be ambiguous.',
    bad: { patch: `injects:\n${CALL}\n${CALL.replace('at: 10m', 'at: 20m')}` },
    good: { patch: `injects:\n${CALL}\n${CALL.replace('id: call', 'id: call-2').replace('at: 10m', 'at: 20m')}` },
  },
  {
    code: 'SC202',
    title: 'Unknown reference',
    severity: 'error',
    description: 'A name that points nowhere: an inject, persona, stakeholder, fact, key message, rumour, seat, ending or variable that is not declared, or an option id compared with inject.<id>.option that the inject does not offer. The message suggests the closest declared name.',
    bad: { patch: `injects:\n${CALL}\n    onTimeout: [ { fire: folow-up } ]\n  - id: follow-up\n    channel: news\n    text: "Silence from Example Foods"` },
    good: { patch: `injects:\n${CALL}\n    onTimeout: [ { fire: follow-up } ]\n  - id: follow-up\n    channel: news\n    text: "Silence from Example Foods"` },
  },
  {
    code: 'SC203',
    title: 'Condition syntax error',
    severity: 'error',
    description: 'A condition that cannot be read. Conditions use names such as trust.customers, comparisons (== != < <= > >=), and/or/not and parentheses; percentages (20%) and durations (30m) are allowed.',
    bad: { patch: 'endings:\n  - { id: held, title: Held, when: "trust.customers = 0.5" }\n  - { id: done, title: Done, otherwise: true }' },
    good: { patch: 'endings:\n  - { id: held, title: Held, when: "trust.customers >= 0.5" }\n  - { id: done, title: Done, otherwise: true }' },
  },
  {
    code: 'SC204',
    title: 'Condition makes no sense',
    severity: 'error',
    description: 'A comparison between different kinds of value (time with a number, a text with a number), or a number used where true/false is needed.',
    bad: { patch: 'endings:\n  - { id: held, title: Held, when: "time > 30" }\n  - { id: done, title: Done, otherwise: true }' },
    good: { patch: 'endings:\n  - { id: held, title: Held, when: "time > 30m and trust.customers > 0.5" }\n  - { id: done, title: Done, otherwise: true }' },
  },
  {
    code: 'SC205',
    title: 'Relative time not understood',
    severity: 'error',
    description: '"after" is written as <inject>[.fired|.responded|.expired|.resolved] [+ <duration>], for example "call + 5m" or "call.responded + 2m".',
    bad: { patch: `injects:\n${CALL}\n  - id: story\n    after: "call plus 5m"\n    channel: news\n    text: "Example Foods responds"` },
    good: { patch: `injects:\n${CALL}\n  - id: story\n    after: "call + 5m"\n    channel: news\n    text: "Example Foods responds"` },
  },
  {
    code: 'SC206',
    title: 'Timed two ways',
    severity: 'error',
    description: 'An inject has more than one of at, after and when. Keep one; use "if" or "unless" for extra conditions.',
    bad: { patch: `injects:\n${CALL}\n    when: "trust.customers < 0.5"` },
    good: { patch: `injects:\n${CALL}\n    if: "trust.customers < 0.9"` },
  },
  {
    code: 'SC207',
    title: 'Variable given the wrong type',
    severity: 'error',
    description: 'A set or add effect gives a variable a value of a different type than it was declared with, or adds to a variable that is not a number.',
    bad: { patch: `variables: { heat: 0 }\ninjects:\n${CALL}\n    onTimeout: [ { set: { heat: high } } ]\n  - id: heated\n    when: "var.heat > 1"\n    channel: news\n    text: "Pressure grows"` },
    good: { patch: `variables: { heat: 0 }\ninjects:\n${CALL}\n    onTimeout: [ { add: { heat: 2 } } ]\n  - id: heated\n    when: "var.heat > 1"\n    channel: news\n    text: "Pressure grows"` },
  },
  {
    code: 'SC208',
    title: 'Channel cannot carry an answer',
    severity: 'error',
    description: 'Answers go out on channels the organisation can publish on; news articles and leaks arrive, they are not published by the trainees.',
    bad: { patch: `injects:\n${CALL}\n    options:\n      - { id: hold, text: "We are checking.", channel: news }` },
    good: { patch: `injects:\n${CALL}\n    options:\n      - { id: hold, text: "We are checking.", channel: press-release }` },
  },
  // --- Graph and timeline ----------------------------------------------------------------------
  {
    code: 'SC301',
    title: 'Inject can never fire',
    severity: 'error',
    description: 'Whatever the trainees do, this inject cannot fire: it follows an inject that never fires, waits for an answer to an inject that cannot be answered, or its condition can never be true.',
    bad: { patch: `injects:\n${CALL}\n  - id: story\n    when: "trust.customers > 1.5"\n    channel: news\n    text: "Example Foods praised"` },
    good: { patch: `injects:\n${CALL}\n  - id: story\n    when: "trust.customers > 0.7"\n    channel: news\n    text: "Example Foods praised"` },
  },
  {
    code: 'SC302',
    title: 'Only a facilitator can fire it',
    severity: 'warning',
    description: 'No at/after/when and no fire effect: nothing in the scenario fires this inject. Tag it facilitator-only if it is meant for facilitators to fire by hand.',
    bad: { patch: `injects:\n${CALL}\n  - id: spare\n    channel: news\n    text: "A spare headline"` },
    good: { patch: `injects:\n${CALL}\n  - id: spare\n    channel: news\n    text: "A spare headline"\n    tags: [facilitator-only]` },
  },
  {
    code: 'SC303',
    title: 'Ending can never be reached',
    severity: 'error',
    description: 'Its condition can never be true, or it comes after the otherwise ending (endings are tried in order).',
    bad: { patch: 'endings:\n  - { id: done, title: Done, otherwise: true }\n  - { id: held, title: Held, when: "trust.customers >= 0.5" }' },
    good: { patch: 'endings:\n  - { id: held, title: Held, when: "trust.customers >= 0.5" }\n  - { id: done, title: Done, otherwise: true }' },
  },
  {
    code: 'SC304',
    title: 'No way to answer',
    severity: 'error',
    description: 'The inject asks for an answer (it has a deadline or expectations) but offers neither options nor free text, so the trainees are stuck.',
    bad: { patch: 'injects:\n  - id: call\n    at: 10m\n    channel: press-call\n    from: reporter\n    text: "How many batches?"\n    deadline: 15m\n    expects: { facts: [batches], keyMessages: [safety] }' },
    good: { patch: `injects:\n${CALL}` },
  },
  {
    code: 'SC305',
    title: 'Scheduled after the end',
    severity: 'error',
    description: 'An inject, deadline, disclosure deadline or rumour is scheduled after the scenario clock runs out, so it could never matter. A regulator deadline (regulator: { within }) past the end is not reported: legal deadlines of days in an exercise of hours are normal, and the result says whether each duty was met, started, missed or still open when the exercise ended.',
    bad: { patch: `injects:\n${CALL.replace('at: 10m', 'at: 1h55m')}` },
    good: { patch: `injects:\n${CALL.replace('at: 10m', 'at: 1h30m')}` },
  },
  {
    code: 'SC306',
    title: 'Fact timeline contradicts itself',
    severity: 'error',
    description:
      'A fact\'s truth entries are out of order, do not start at 0m, hold a value of the wrong kind, go back to unknown after being known, or the fact must be disclosed before it is known. Two slips are warnings under the same code: `values` on a number or date fact (values name a text fact\'s values, or list a yes/no fact\'s predicate words under "true" and "false", as the good example does), and `tolerance` on a fact that is not a number.',
    bad: {
      patch: 'facts:\n  - id: batches\n    label: Affected batches\n    kind: number\n    cues: [batch]\n    truth: [{ from: 0m, value: unknown }, { from: 30m, value: 3 }, { from: 1h, value: unknown }]\n    discloseBy: 1h',
    },
    good: {
      patch:
        'facts:\n  - id: batches\n    label: Affected batches\n    kind: number\n    cues: [batch]\n    truth: [{ from: 0m, value: unknown }, { from: 30m, value: 3 }, { from: 1h, value: 5 }]\n    discloseBy: 1h\n  - id: memo-genuine\n    label: The leaked memo is genuine\n    kind: boolean\n    cues: [memo]\n    values: { "true": [genuine, authentic], "false": [fake, forged] }\n    truth: [{ from: 0m, value: unknown }, { from: 40m, value: true }]\n    discloseBy: 1h30m',
    },
  },
  {
    code: 'SC307',
    title: 'No fallback ending',
    severity: 'warning',
    description: 'No ending has otherwise: true, so a session in which no condition holds ends without a named outcome.',
    bad: { patch: 'endings:\n  - { id: held, title: Held, when: "trust.customers >= 0.5" }' },
    good: { patch: 'endings:\n  - { id: held, title: Held, when: "trust.customers >= 0.5" }\n  - { id: lost, title: Lost, otherwise: true }' },
  },
  {
    code: 'SC308',
    title: 'Timing goes round in a circle',
    severity: 'error',
    description: 'Injects wait for each other through "after" (a after b after a), so none of them can ever fire.',
    bad: { patch: `injects:\n${CALL}\n  - { id: a, after: "b + 5m", channel: news, text: "A" }\n  - { id: b, after: "a + 5m", channel: news, text: "B" }` },
    good: { patch: `injects:\n${CALL}\n  - { id: a, after: "call + 5m", channel: news, text: "A" }\n  - { id: b, after: "a + 5m", channel: news, text: "B" }` },
  },
  {
    code: 'SC309',
    title: 'Malformed ending',
    severity: 'error',
    description: 'An ending needs exactly one of when or otherwise (or an end effect that names it); only one ending can be otherwise; an early ending needs a condition.',
    bad: { patch: 'endings:\n  - { id: held, title: Held }\n  - { id: done, title: Done, otherwise: true }' },
    good: { patch: 'endings:\n  - { id: held, title: Held, when: "trust.customers > 0.6" }\n  - { id: done, title: Done, otherwise: true }' },
  },
  {
    code: 'SC310',
    title: 'Calendar jump out of place',
    severity: 'error',
    description:
      'A calendar jump (clock.jumps, the time skip between exercise modules) must fall inside the exercise, come after the jump above it, and move the calendar forward.',
    bad: { patch: 'clock: { start: "2026-05-12T09:00:00+02:00", length: 2h, jumps: [{ at: 1h30m, to: "2026-05-12T10:00:00+02:00" }] }' },
    good: { patch: 'clock: { start: "2026-05-12T09:00:00+02:00", length: 2h, jumps: [{ at: 1h30m, to: "2026-06-23T10:00:00+02:00", title: "Six weeks later" }] }' },
  },
  // --- Content that does nothing ---------------------------------------------------------------
  {
    code: 'SC401',
    title: 'Unused fact',
    severity: 'warning',
    description: 'A fact nothing asks for, asserts, requires or must disclose. Reference it in an inject\'s expects or an option, or give it discloseBy.',
    bad: {
      patch: 'facts:\n  - { id: batches, label: Batches, kind: number, cues: [batch], truth: [{ from: 0m, value: 3 }], discloseBy: 1h }\n  - { id: plant, label: Plant, kind: text, cues: [plant], truth: [{ from: 0m, value: Leeds }] }',
    },
    good: {
      patch: 'facts:\n  - { id: batches, label: Batches, kind: number, cues: [batch], truth: [{ from: 0m, value: 3 }], discloseBy: 1h }\n  - { id: plant, label: Plant, kind: text, cues: [plant], truth: [{ from: 0m, value: Leeds }], discloseBy: 1h30m }',
    },
  },
  {
    code: 'SC402',
    title: 'Unused key message',
    severity: 'warning',
    description: 'A key message no inject expects and no option uses.',
    bad: { patch: 'keyMessages:\n  - { id: safety, text: "Your safety comes first." }\n  - { id: refund, text: "Return it for a full refund." }' },
    good: { patch: `keyMessages:\n  - { id: safety, text: "Your safety comes first." }\n  - { id: refund, text: "Return it for a full refund." }\ninjects:\n${CALL.replace('keyMessages: [safety]', 'keyMessages: [safety, refund]')}` },
  },
  {
    code: 'SC403',
    title: 'Unused persona or variable',
    severity: 'warning',
    description: 'A persona who never sends an inject, or a variable no condition reads.',
    bad: { patch: 'personas:\n  - { id: reporter, name: Sam Lee, kind: journalist }\n  - { id: blogger, name: Kim Park, kind: influencer }' },
    good: { patch: 'personas:\n  - { id: reporter, name: Sam Lee, kind: journalist }' },
  },
  {
    code: 'SC404',
    title: 'Missing translation',
    severity: 'warning',
    description: 'The scenario declares several languages and a text lacks one of them; players in that language see the first language instead.',
    bad: { patch: 'languages: [en, fr]\ntitle: { en: Example }' },
    good: { patch: 'languages: [en, fr]\ntitle: { en: Example, fr: Exemple }' },
  },
  {
    code: 'SC405',
    title: 'Rumour never seeded',
    severity: 'warning',
    description: 'A rumour with no seed time and no seedRumour effect never spreads.',
    bad: { patch: 'rumours:\n  - { id: deaths, claim: "People died", audiences: [customers], counteredBy: [safety] }' },
    good: { patch: 'rumours:\n  - { id: deaths, claim: "People died", seed: 30m, audiences: [customers], counteredBy: [safety] }' },
  },
  {
    code: 'SC406',
    title: 'Audience expectation with no effect',
    severity: 'warning',
    description:
      "A stakeholder's expects (what a statement addressed to it must carry) declares nothing, expects compensation in a crisis that offers none, or sets responsibility: implicit where responsibility is not expected of statements to it.",
    bad: { patch: 'stakeholders:\n  - id: customers\n    name: Customers\n    kind: customers\n    expects: { empathy: [concern, corrective-action], responsibility: implicit }' },
    good: { patch: 'stakeholders:\n  - id: customers\n    name: Customers\n    kind: customers\n    expects: { empathy: [concern, corrective-action, responsibility], responsibility: implicit }' },
  },

  // --- Playbooks -------------------------------------------------------------------------------
  {
    code: 'SC501',
    title: 'Playbook not found',
    severity: 'error',
    description: 'The scenario names a playbook that is not there. A playbook is scenarios/playbooks/<id>.yaml, beside the scenario; its id is the file name.',
    bad: { patch: 'playbook: example-drinks\nstakeholders: []\nkeyMessages: []' },
    good: { patch: 'playbook: example-foods\nroles: { seats: [spokesperson, legal], solo: spokesperson }\nstakeholders: []\nkeyMessages: []' },
  },
  {
    code: 'SC502',
    title: 'Playbook with errors',
    severity: 'error',
    description: 'The playbook the scenario names has errors of its own (or another id inside), so nothing is taken from it. Lint the playbook file to see them.',
    bad: { patch: 'playbook: example-broken\nstakeholders: []\nkeyMessages: []' },
    good: { patch: 'playbook: example-foods\nroles: { seats: [spokesperson, legal], solo: spokesperson }\nstakeholders: []\nkeyMessages: []' },
  },
  {
    code: 'SC503',
    title: 'Defined in the playbook too',
    severity: 'error',
    description: 'A stakeholder or key message here has the id of one the scenario already takes from its playbook. Use the playbook\'s (delete this one), or give this one an id of its own.',
    bad: { patch: 'playbook: example-foods' },
    good: { patch: 'playbook: example-foods\nroles: { seats: [spokesperson, legal], solo: spokesperson }\nstakeholders: []\nkeyMessages: []' },
  },

  // --- Press conferences -----------------------------------------------------------------------
  {
    code: 'SC601',
    title: 'Loaded question without a premise',
    severity: 'error',
    description: 'A loaded question takes a false claim for granted ("why did you hide the test?"). Name it with `premise: { fact, value }`, so the engine can tell an answer that accepts it from one that corrects it.',
    bad: { patch: `${PC}\n      - { id: q, from: reporter, kind: loaded, text: "Why did you hide the five bad batches?", followUps: [{ id: q-admit, if: dodged, text: "So you did." }] }` },
    good: { patch: `${PC}\n      - id: q\n        from: reporter\n        kind: loaded\n        text: "Why did you hide the five bad batches?"\n        premise: { fact: batches, value: 5 }\n        followUps: [{ id: q-admit, if: premise-accepted, text: "So it was five." }]` },
  },
  {
    code: 'SC602',
    title: 'The premise is true',
    severity: 'warning',
    description: 'The value a loaded question takes for granted is the truth at some point of the scenario, so going along with it is not a mistake. Give the false value, or make the question open.',
    bad: { patch: `${PC}\n      - id: q\n        from: reporter\n        kind: loaded\n        text: "Why did you hide the three bad batches?"\n        premise: { fact: batches, value: 3 }\n        followUps: [{ id: q-admit, if: premise-accepted, text: "So it was three." }]` },
    good: { patch: `${PC}\n      - id: q\n        from: reporter\n        kind: loaded\n        text: "Why did you hide the five bad batches?"\n        premise: { fact: batches, value: 5 }\n        followUps: [{ id: q-admit, if: premise-accepted, text: "So it was five." }]` },
  },
  {
    code: 'SC603',
    title: 'Yes-or-no question without a yes/no fact',
    severity: 'error',
    description: 'A yes-or-no demand is answered by a position on a proposition: name it with `proposition:`, a fact of kind boolean. An honest "we don\'t know yet" is a position; anything else is a dodge.',
    bad: { patch: `${PC}\n      - { id: q, from: reporter, kind: yes-no, text: "Yes or no: is it safe?", followUps: [{ id: q-again, if: dodged, text: "Yes or no?" }] }` },
    good: {
      patch: `${FACTS_WITH_SAFE}\n${PC}\n      - { id: q, from: reporter, kind: yes-no, text: "Yes or no: is it safe?", proposition: safe, followUps: [{ id: q-again, if: dodged, text: "Yes or no?" }] }`,
    },
  },
  {
    code: 'SC604',
    title: 'Outside-remit question without an owner',
    severity: 'error',
    description: 'A question outside the spokesperson\'s remit belongs to someone (the regulator, the police). Name them with `remit: { owner, handOver, facts }`: handing the question over is a good answer, speaking for them is overreaching.',
    bad: { patch: `${PC}\n      - { id: q, from: reporter, kind: outside-remit, text: "Will the regulator fine you?", followUps: [{ id: q-again, if: dodged, text: "Will it?" }] }` },
    good: {
      patch: `${PC}\n      - id: q\n        from: reporter\n        kind: outside-remit\n        text: "Will the regulator fine you?"\n        remit: { owner: the Food Standards Agency, handOver: [Food Standards Agency, FSA] }\n        followUps: [{ id: q-again, if: dodged, text: "Will it?" }]`,
    },
  },
  {
    code: 'SC605',
    title: 'Follow-up that can never be asked',
    severity: 'error',
    description: 'The follow-up waits for something the question cannot set off: `premise-accepted` needs a `premise`, `loaded-words` needs `loaded` words, `overreached` needs `remit.facts`.',
    bad: { patch: `${PC}\n      - { id: q, from: reporter, text: "How many batches?", followUps: [{ id: q-admit, if: premise-accepted, text: "So you admit it." }] }` },
    good: { patch: `${PC}\n      - { id: q, from: reporter, text: "How many batches?", followUps: [{ id: q-again, if: dodged, text: "How many?" }] }` },
  },
  {
    code: 'SC606',
    title: 'Placeholder the follow-up cannot fill',
    severity: 'error',
    description: 'A follow-up can quote the trainee\'s earlier words only when it follows a contradiction (`if: contradicted`), and only with {earlierTime}, {earlierQuote}, {earlierValue}, {laterValue} and {fact}.',
    bad: { patch: `${PC}\n      - { id: q, from: reporter, text: "How many batches?", followUps: [{ id: q-again, if: dodged, text: "You said {earlierValue}. How many now?" }] }` },
    good: { patch: `${PC}\n      - { id: q, from: reporter, text: "How many batches?", followUps: [{ id: q-again, if: contradicted, text: "At {earlierTime} you said {earlierValue}; now {laterValue}?" }] }` },
  },
  {
    code: 'SC607',
    title: 'Question kind with none of its follow-ups',
    severity: 'warning',
    description: 'Each kind of question has follow-ups of its own (a hypothetical: `speculated`; a loaded question: `premise-accepted` or `loaded-words`; outside the remit: `overreached` or `dodged`; a yes-or-no demand: `dodged`; an interruption: `rambled`, `contradicted`, `dodged` or `timeout`). Without one, the room does not react to how it is answered.',
    bad: { patch: `${PC}\n      - { id: q, from: reporter, kind: hypothetical, text: "What if a child dies?" }` },
    good: { patch: `${PC}\n      - { id: q, from: reporter, kind: hypothetical, text: "What if a child dies?", followUps: [{ id: q-trap, if: speculated, text: "So it could happen?" }] }` },
  },
  {
    code: 'SC608',
    title: 'pickTime where the moderator picks',
    severity: 'warning',
    description: 'How long the room waits for the trainee to call on someone matters only with `picking: trainee`; with the moderator picking, questions come in the order written.',
    bad: { patch: `${PC_HEAD}\n    pickTime: 1m\n    questions:\n      - { id: q, from: reporter, text: "How many batches?" }` },
    good: { patch: `${PC_HEAD}\n    picking: trainee\n    pickTime: 1m\n    questions:\n      - { id: q, from: reporter, text: "How many batches?" }` },
  },
];

/** The example's full YAML text. */
export function exampleText(example: DiagnosticExample): string {
  if (example.raw !== undefined) return example.raw;
  const patch = example.patch ?? '';
  const patchKeys = new Set([...patch.matchAll(/^([A-Za-z$][\w$]*):/gm)].map((m) => m[1]));
  // Drop the base's top-level blocks that the patch replaces, then append the patch.
  const kept: string[] = [];
  let skipping = false;
  for (const line of BASE_SCENARIO.split('\n')) {
    const top = /^([A-Za-z$][\w$]*):/.exec(line);
    if (top) skipping = patchKeys.has(top[1] ?? '');
    if (!skipping) kept.push(line);
  }
  return `${kept.join('\n').trimEnd()}\n${patch}\n`;
}
