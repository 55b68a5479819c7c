/**
 * Inputs for the lint-text golden test: one small file per sentence the checker can say, beyond the
 * catalogue's bad examples (which the test runs too). `patch` replaces top-level keys of the
 * catalogue's base scenario; `raw` is the whole file; `playbook` is linted as a playbook; `plan` is
 * loaded as a plan against the base scenario. Only the base scenario's text is imported, so the
 * recorded output (tests/fixtures/lint-text/expected.txt) can be regenerated with any version of
 * the loader.
 */
import { BASE_SCENARIO } from '../../src/format/diagnostics/catalogue.ts';

export interface LintCase {
  readonly name: string;
  readonly patch?: string;
  readonly raw?: string;
  readonly playbook?: string;
  readonly plan?: string;
}

/** A top-level block of the base scenario, as written there (`injects:` and its items). */
function baseBlock(key: string): string {
  const lines = BASE_SCENARIO.split('\n');
  const from = lines.findIndex((l) => l.startsWith(`${key}:`));
  const to = lines.findIndex((l, i) => i > from && /^[A-Za-z]/.test(l));
  return lines.slice(from, to < 0 ? undefined : to).join('\n').trimEnd();
}

/** The base scenario's injects with more lines after them (keys of its one inject, or more injects). */
const INJECT = (extra: string): string => `${baseBlock('injects')}\n${extra}`;

const PC = (questions: string): string => `pressConferences:
  - id: pc
    title: Briefing
    at: 20m
    questions:
${questions}`;

/** The base scenario's facts with more lines after them. */
const FACTS = (extra: string): string => `${baseBlock('facts')}\n${extra}`;

const PLAYBOOK_OK = `formatVersion: 1
id: pb
organisation: { name: Example Foods, sector: food }
team: { seats: [spokesperson, legal], solo: spokesperson }
`;

export const LINT_CASES: readonly LintCase[] = [
  { name: 'empty', raw: '' },
  { name: 'list', raw: '- a\n- b\n' },
  { name: 'no-version', raw: 'id: x\ntitle: X\n' },
  { name: 'version-unsupported', raw: 'formatVersion: 7\nid: x\n' },
  { name: 'version-text', raw: 'formatVersion: "one"\nid: x\n' },
  { name: 'tab', raw: 'formatVersion: 1\nid:\n\t- x\n' },
  { name: 'yaml-duplicate', raw: 'formatVersion: 1\nid: a\nid: b\n' },
  { name: 'complex-key', raw: 'formatVersion: 1\n? [a, b]\n: c\n' },
  { name: 'proto', raw: 'formatVersion: 1\n__proto__: x\n' },
  { name: 'constructor-key', raw: 'formatVersion: 1\nconstructor: x\n' },
  { name: 'aliases', raw: `formatVersion: 1\na: &a [1, 2]\n${Array.from({ length: 120 }, (_, i) => `k${i}: *a`).join('\n')}\n` },
  { name: 'deep', raw: `formatVersion: 1\nx: ${'['.repeat(80)}${']'.repeat(80)}\n` },
  { name: 'long-text', raw: `formatVersion: 1\nx: "${'a'.repeat(20_001)}"\n` },
  { name: 'missing-key', raw: 'formatVersion: 1\nid: x\n' },
  { name: 'unknown-key-suggested', patch: 'titel: Example' },
  { name: 'unknown-key', patch: 'zzzzzzzz: 1' },
  { name: 'wrong-type-list', patch: 'title: [a, b]' },
  { name: 'wrong-type-map', patch: 'summary: { a: 1 }' },
  { name: 'wrong-type-number', patch: 'roles: { seats: [spokesperson, legal], solo: 5 }' },
  { name: 'wrong-type-bool', patch: 'organisation: { name: Example Foods, sector: true }' },
  { name: 'wrong-type-null', patch: 'crisis: { cluster: accidental, severity: ~ }' },
  { name: 'nan', patch: 'crisis: { cluster: accidental, severity: .nan }' },
  { name: 'text-expected', patch: 'title: 42' },
  { name: 'not-allowed-suggested', patch: 'crisis: { cluster: accidentl, severity: medium }' },
  { name: 'not-allowed-long', patch: INJECT('').replace('channel: press-call', 'channel: fax') },
  { name: 'list-min', patch: 'roles: { seats: [], solo: spokesperson }' },
  { name: 'text-min', patch: 'title: ""' },
  { name: 'datetime', patch: 'clock: { start: "tomorrow", length: 2h }' },
  { name: 'not-duration', patch: 'clock: { start: "2026-05-12T09:00:00+02:00", length: soon }' },
  { name: 'duration-long', patch: 'clock: { start: "2026-05-12T09:00:00+02:00", length: 900d }' },
  { name: 'too-short', patch: 'clock: { start: "2026-05-12T09:00:00+02:00", length: 1m }' },
  { name: 'bad-id', patch: 'personas:\n  - { id: Sam Lee, name: Sam Lee, kind: journalist }' },
  { name: 'reserved-id', patch: 'personas:\n  - { id: constructor, name: Sam Lee, kind: journalist }' },
  { name: 'long-id', patch: `personas:\n  - { id: ${'a'.repeat(70)}, name: Sam Lee, kind: journalist }` },
  { name: 'bad-variable-name', patch: 'variables: { Media Heat: 0 }' },
  { name: 'bad-language', patch: 'languages: [english]' },
  { name: 'not-effect', patch: INJECT('    onTimeout: [{ fier: call }]') },
  { name: 'not-effect-far', patch: INJECT('    onTimeout: [{ zzzzzzzz: call }]') },
  { name: 'two-effects', patch: INJECT('    onTimeout: [{ fire: call, end: done }]') },
  { name: 'spread-range', patch: 'rumours:\n  - { id: r, claim: "x", seed: 5m, audiences: [customers], spread: { lambda: 1000 } }' },
  { name: 'duplicate-persona', patch: 'personas:\n  - { id: reporter, name: Sam Lee, kind: journalist }\n  - { id: reporter, name: Sam Lee, kind: journalist }' },
  { name: 'duplicate-option', patch: INJECT('    options:\n      - { id: a, text: A }\n      - { id: a, text: B }') },
  { name: 'unknown-persona-suggested', patch: INJECT('    from: reportr').replace('    from: reporter\n', '') },
  { name: 'unknown-seat', patch: 'roles: { seats: [spokesperson, legal], solo: zzzzzzz }' },
  { name: 'unknown-variable', patch: `variables: { heat: 0 }\n${INJECT('    onTimeout: [{ set: { haet: 1 } }]')}` },
  { name: 'add-to-text', patch: `variables: { mood: calm }\n${INJECT('    onTimeout: [{ add: { mood: 1 } }]')}` },
  { name: 'set-wrong-type', patch: `variables: { heat: 0 }\n${INJECT('    onTimeout: [{ set: { heat: hot } }]')}` },
  { name: 'approval-inbound', patch: 'roles: { seats: [spokesperson, legal], solo: spokesperson, approvals: { news: [legal] } }' },
  { name: 'option-inbound', patch: INJECT('    options:\n      - { id: a, text: A, channel: leak }') },
  { name: 'reply-inbound', patch: INJECT('    replyChannel: news') },
  { name: 'timed-twice', patch: INJECT('    when: time > 5m') },
  { name: 'once-false', patch: INJECT('    once: false') },
  { name: 'conference-timed-twice', patch: PC('      - { id: q1, from: reporter, text: "Why?" }').replace('    at: 20m\n', '    at: 20m\n    when: time > 5m\n') },
  { name: 'cond-equals', patch: INJECT('  - { id: b, when: time = 5m, channel: email, from: reporter, text: "x" }') },
  { name: 'cond-symbol', patch: INJECT('  - { id: b, when: "time > 5m && time < 9m", channel: email, from: reporter, text: "x" }') },
  { name: 'cond-quote', patch: INJECT(`  - { id: b, when: 'inject.call.option == "hold', channel: email, from: reporter, text: "x" }`) },
  { name: 'cond-duration', patch: INJECT('  - { id: b, when: time > 5q, channel: email, from: reporter, text: "x" }') },
  { name: 'cond-duration-long', patch: INJECT('  - { id: b, when: time > 999d, channel: email, from: reporter, text: "x" }') },
  { name: 'cond-dot', patch: INJECT('  - { id: b, when: "fact.", channel: email, from: reporter, text: "x" }') },
  { name: 'cond-char', patch: INJECT('  - { id: b, when: "time > 5m ; x", channel: email, from: reporter, text: "x" }') },
  { name: 'cond-empty', patch: INJECT('  - { id: b, when: " ", channel: email, from: reporter, text: "x" }') },
  { name: 'cond-extra', patch: INJECT('  - { id: b, when: "time > 5m time > 6m", channel: email, from: reporter, text: "x" }') },
  { name: 'cond-deep', patch: INJECT(`  - { id: b, when: "${'('.repeat(40)}time > 5m${')'.repeat(40)}", channel: email, from: reporter, text: "x" }`) },
  { name: 'cond-early', patch: INJECT('  - { id: b, when: "time >", channel: email, from: reporter, text: "x" }') },
  { name: 'cond-paren', patch: INJECT('  - { id: b, when: "(time > 5m", channel: email, from: reporter, text: "x" }') },
  { name: 'cond-sides', patch: INJECT('  - { id: b, when: "and time > 5m", channel: email, from: reporter, text: "x" }') },
  { name: 'cond-value', patch: INJECT('  - { id: b, when: "time > )", channel: email, from: reporter, text: "x" }') },
  { name: 'cond-number', patch: INJECT('  - { id: b, when: "time > 5x5", channel: email, from: reporter, text: "x" }') },
  { name: 'ref-shape', patch: INJECT('  - { id: b, when: "fact.batches", channel: email, from: reporter, text: "x" }') },
  { name: 'ref-unknown', patch: INJECT('  - { id: b, when: "fact.bathces.disclosed", channel: email, from: reporter, text: "x" }') },
  { name: 'ref-trust', patch: INJECT('  - { id: b, when: "trust.zzzzzzzz > 0.5", channel: email, from: reporter, text: "x" }') },
  { name: 'ref-fact-field', patch: INJECT('  - { id: b, when: "fact.batches.disclsed", channel: email, from: reporter, text: "x" }') },
  { name: 'ref-inject-field', patch: INJECT('  - { id: b, when: "inject.call.answred", channel: email, from: reporter, text: "x" }') },
  { name: 'ref-rumour-field', patch: `rumours:\n  - { id: r, claim: "x", seed: 5m, audiences: [customers] }\n${INJECT('  - { id: b, when: "rumour.r.rech > 0.2", channel: email, from: reporter, text: "x" }')}` },
  { name: 'ref-key-message-field', patch: INJECT('  - { id: b, when: "keyMessage.safety.said", channel: email, from: reporter, text: "x" }') },
  { name: 'ref-statements', patch: INJECT('  - { id: b, when: "statements.emial > 1", channel: email, from: reporter, text: "x" }') },
  { name: 'ref-reply-outside', patch: INJECT('  - { id: b, when: "reply.apology", channel: email, from: reporter, text: "x" }') },
  { name: 'ref-namespace', patch: INJECT('  - { id: b, when: "facts.batches.disclosed", channel: email, from: reporter, text: "x" }') },
  { name: 'ref-not-boolean', patch: INJECT('  - { id: b, when: "time", channel: email, from: reporter, text: "x" }') },
  { name: 'ref-mismatch', patch: INJECT('  - { id: b, when: "time > 0.5", channel: email, from: reporter, text: "x" }') },
  { name: 'ref-mismatch-plain', patch: INJECT('  - { id: b, when: "trust > \'x\'", channel: email, from: reporter, text: "x" }') },
  { name: 'ref-equality', patch: INJECT('  - { id: b, when: "inject.call.responded > true", channel: email, from: reporter, text: "x" }') },
  { name: 'ref-no-options', patch: INJECT('  - { id: b, when: "inject.call.option == hold", channel: email, from: reporter, text: "x" }') },
  {
    name: 'ref-option',
    patch: INJECT('    options:\n      - { id: hold, text: A }\n      - { id: recall, text: B }\n  - { id: b, when: "inject.call.option == hodl", channel: email, from: reporter, text: "x" }\n  - { id: c, when: "inject.call.option == zzzzzzzzzz", channel: email, from: reporter, text: "x" }'),
  },
  {
    name: 'ref-reply',
    patch: INJECT(
      '    freeText:\n      branches:\n        - { when: "reply.empathy.sory", effects: [{ fire: call }] }\n        - { when: "reply.penalty.zzzzzz", effects: [{ fire: call }] }\n        - { when: "reply.fact.zzzzzz", effects: [{ fire: call }] }\n        - { when: "reply.keyMessage.safty", effects: [{ fire: call }] }\n        - { when: "reply.zzzz", effects: [{ fire: call }] }',
    ).replace('    freeText: true\n', ''),
  },
  { name: 'after-not-relative', patch: INJECT('  - { id: b, after: "soon", channel: email, from: reporter, text: "x" }') },
  { name: 'after-not-event', patch: INJECT('  - { id: b, after: "call.answerd + 5m", channel: email, from: reporter, text: "x" }') },
  { name: 'after-not-duration', patch: INJECT('  - { id: b, after: "call + 5q", channel: email, from: reporter, text: "x" }') },
  { name: 'after-unknown', patch: INJECT('  - { id: b, after: "cal + 5m", channel: email, from: reporter, text: "x" }') },
  { name: 'after-too-long', patch: INJECT('  - { id: b, after: "call + 99999999999999999999d", channel: email, from: reporter, text: "x" }') },
  { name: 'after-cycle', patch: INJECT('  - { id: b, after: "c + 5m", channel: email, from: reporter, text: "x" }\n  - { id: c, after: "b + 5m", channel: email, from: reporter, text: "x" }') },
  { name: 'never-fires-if', patch: INJECT('  - { id: b, at: 5m, if: "time > 9h", channel: email, from: reporter, text: "x" }') },
  { name: 'never-fires-when', patch: INJECT('  - { id: b, when: "time > 9h", channel: email, from: reporter, text: "x" }') },
  { name: 'never-fires-parent', patch: INJECT('  - { id: b, when: "time > 9h", channel: email, from: reporter, text: "x" }\n  - { id: c, after: "b + 5m", channel: email, from: reporter, text: "x" }') },
  { name: 'never-fires-unanswerable', patch: INJECT('  - { id: b, at: 5m, channel: email, from: reporter, text: "x" }\n  - { id: c, after: "b.responded + 5m", channel: email, from: reporter, text: "x" }') },
  { name: 'never-fires-expired', patch: INJECT('  - { id: b, at: 5m, channel: email, from: reporter, text: "x", freeText: true }\n  - { id: c, after: "b.expired + 5m", channel: email, from: reporter, text: "x" }') },
  { name: 'nothing-fires', patch: INJECT('  - { id: b, channel: email, from: reporter, text: "x" }') },
  { name: 'no-way-to-answer', patch: INJECT('  - { id: b, at: 5m, deadline: 5m, channel: email, from: reporter, text: "x" }') },
  { name: 'response-never-runs', patch: INJECT('  - { id: b, at: 5m, onResponse: [{ fire: call }], channel: email, from: reporter, text: "x" }') },
  { name: 'timeout-never-runs', patch: INJECT('  - { id: b, at: 5m, freeText: true, onTimeout: [{ fire: call }], channel: email, from: reporter, text: "x" }') },
  { name: 'inject-after-end', patch: INJECT('  - { id: b, at: 3h, channel: email, from: reporter, text: "x" }') },
  { name: 'deadline-after-end', patch: INJECT('  - { id: b, at: 1h50m, deadline: 30m, freeText: true, channel: email, from: reporter, text: "x" }') },
  { name: 'version-list', raw: 'formatVersion: [1]\nid: x\n' },
  { name: 'wrong-shape', patch: 'title: { en: [a] }' },
  { name: 'tolerance', patch: FACTS('    tolerance: lots') },
  { name: 'number-range', patch: FACTS('    tolerance: -1') },
  { name: 'scenario-too-short', patch: 'clock: { start: "2026-05-12T09:00:00+02:00", length: 30s }' },
  { name: 'cond-too-long', patch: INJECT(`  - { id: b, when: "time > 5m${' or time > 5m'.repeat(200)}", channel: email, from: reporter, text: "x" }`) },
  { name: 'ending-unreachable', patch: `${INJECT('  - { id: b, when: "time > 9h", deadline: 5m, freeText: true, channel: email, from: reporter, text: "x", onTimeout: [{ end: a }] }')}\nendings:\n  - { id: a, title: A }\n  - { id: done, title: Done, otherwise: true }` },
  { name: 'ending-otherwise-twice', patch: `${INJECT('  - { id: b, at: 5m, deadline: 5m, freeText: true, channel: email, from: reporter, text: "x", onTimeout: [{ end: also }] }')}\nendings:\n  - { id: done, title: Done, otherwise: true }\n  - { id: also, title: Also, otherwise: true }` },
  { name: 'boolean-values-key', patch: FACTS('  - { id: flag, label: F, kind: boolean, cues: [f], truth: [{ from: 0m, value: true }], values: { maybe: [a] } }') },
  { name: 'rumour-after-end', patch: 'rumours:\n  - { id: r, claim: "x", seed: 3h, audiences: [customers] }' },
  { name: 'conference-after-end', patch: PC('      - { id: q1, from: reporter, text: "Why?" }').replace('at: 20m', 'at: 3h') },
  { name: 'truth-after-end', patch: FACTS('    tolerance: 1').replace('{ from: 30m, value: 3 }', '{ from: 30m, value: 3 }, { from: 3h, value: 4 }') },
  { name: 'disclosure-after-end', patch: FACTS('').replace('discloseBy: 1h', 'discloseBy: 3h') },
  { name: 'first-truth', patch: FACTS('').replace('{ from: 0m, value: unknown }, ', '') },
  { name: 'truth-order', patch: FACTS('').replace('{ from: 30m, value: 3 }', '{ from: 30m, value: 3 }, { from: 20m, value: 4 }') },
  { name: 'unknown-again', patch: FACTS('').replace('{ from: 30m, value: 3 }', '{ from: 30m, value: 3 }, { from: 40m, value: unknown }') },
  { name: 'confidential', patch: FACTS('    confidential: true') },
  { name: 'disclosed-unknown', patch: FACTS('').replace('discloseBy: 1h', 'discloseBy: 20m') },
  { name: 'disclosed-never-known', patch: FACTS('').replace(', { from: 30m, value: 3 }', '') },
  {
    name: 'fact-kinds',
    patch: FACTS(`  - { id: flag, label: F, kind: boolean, cues: [f], truth: [{ from: 0m, value: 3 }], values: { yes: [a] } }
  - { id: day, label: D, kind: date, cues: [d], truth: [{ from: 0m, value: "soon" }], tolerance: 1 }
  - { id: word, label: W, kind: text, cues: [w], truth: [{ from: 0m, value: 4 }] }
  - { id: pick, label: P, kind: text, cues: [p], truth: [{ from: 0m, value: "c" }], values: { a: [a], b: [b] } }
  - { id: num, label: N, kind: number, cues: [n], truth: [{ from: 0m, value: "x" }], values: { a: [a] } }`).replace('    discloseBy: 1h\n', ''),
  },
  { name: 'no-otherwise', patch: 'endings:\n  - { id: done, title: Done, when: "time > 1h" }' },
  { name: 'ending-no-trigger', patch: 'endings:\n  - { id: a, title: A }\n  - { id: done, title: Done, otherwise: true }' },
  { name: 'ending-both', patch: 'endings:\n  - { id: done, title: Done, when: "time > 1h", otherwise: true }' },
  { name: 'ending-early', patch: 'endings:\n  - { id: done, title: Done, otherwise: true, early: true }' },
  { name: 'ending-two-otherwise', patch: 'endings:\n  - { id: done, title: Done, otherwise: true }\n  - { id: also, title: Also, otherwise: true }' },
  { name: 'ending-after-otherwise', patch: 'endings:\n  - { id: done, title: Done, otherwise: true }\n  - { id: late, title: Late, when: "time > 1h" }' },
  { name: 'ending-never-true', patch: 'endings:\n  - { id: a, title: A, when: "time > 9h" }\n  - { id: done, title: Done, otherwise: true }' },
  { name: 'ending-end-effect', patch: `${INJECT('  - { id: b, when: "time > 9h", channel: email, from: reporter, text: "x", onTimeout: [{ end: a }] }')}\nendings:\n  - { id: a, title: A }\n  - { id: done, title: Done, otherwise: true }` },
  { name: 'jumps', patch: 'clock: { start: "2026-05-12T09:00:00+02:00", length: 2h, jumps: [{ at: 3h, to: "2026-05-13T09:00:00+02:00" }, { at: 30m, to: "2026-05-12T08:00:00+02:00" }, { at: 30m, to: "2026-05-14T09:00:00+02:00" }] }' },
  { name: 'jump-order', patch: 'clock: { start: "2026-05-12T09:00:00+02:00", length: 2h, jumps: [{ at: 30m, to: "2026-05-13T09:00:00+02:00" }, { at: 20m, to: "2026-05-14T09:00:00+02:00" }] }' },
  { name: 'unused', patch: `${FACTS('  - { id: other, label: O, kind: number, cues: [o], truth: [{ from: 0m, value: 1 }] }')}\nkeyMessages:\n  - { id: safety, text: "Your safety comes first.", concepts: [[safety]] }\n  - { id: spare, text: "Spare.", concepts: [[spare]] }\npersonas:\n  - { id: reporter, name: Sam Lee, kind: journalist }\n  - { id: quiet, name: Q, kind: journalist }\nvariables: { heat: 0 }\nrumours:\n  - { id: r, claim: "x", audiences: [customers] }` },
  { name: 'translations', patch: 'languages: [en, fr, de]\ntitle: { en: Example }' },
  { name: 'translation', patch: 'languages: [en, fr]\ntitle: { en: Example }' },
  { name: 'stakeholders', patch: 'crisis: { cluster: accidental, severity: medium, compensation: false }\nstakeholders:\n  - { id: customers, name: Customers, kind: customers, expects: {} }\n  - { id: staff, name: Staff, kind: employees, expects: { empathy: [compensation] } }\n  - { id: press, name: Press, kind: media, expects: { empathy: [concern], responsibility: implicit } }' },
  { name: 'playbook-missing', patch: 'playbook: nowhere' },
  { name: 'playbook-broken', patch: 'playbook: example-broken' },
  { name: 'playbook-clash', patch: 'playbook: example-foods\nstakeholders:\n  - { id: customers, name: Customers, kind: customers }' },
  {
    name: 'press',
    patch: `${FACTS('  - { id: safe, label: S, kind: boolean, cues: [safe], truth: [{ from: 0m, value: true }] }')}\n${PC(`      - { id: q1, from: reporter, text: "Why?", kind: loaded }
      - { id: q2, from: reporter, text: "Why?", kind: loaded, premise: { fact: safe, value: true } }
      - { id: q3, from: reporter, text: "Why?", kind: yes-no }
      - { id: q4, from: reporter, text: "Why?", kind: yes-no, proposition: batches }
      - { id: q5, from: reporter, text: "Why?", kind: outside-remit }
      - id: q6
        from: reporter
        text: "Why?"
        kind: hypothetical
        followUps:
          - { id: f1, if: premise-accepted, text: "So?" }
          - { id: f2, if: loaded-words, text: "So {nope}?" }
          - { id: f3, if: overreached, text: "You said {earlierQuote}?" }`).replace('    at: 20m\n', '    at: 20m\n    picking: moderator\n    pickTime: 1m\n')}`,
  },
  { name: 'playbook-empty', playbook: '' },
  { name: 'playbook-list', playbook: '- a\n' },
  { name: 'playbook-no-version', playbook: 'id: pb\n' },
  { name: 'playbook-version', playbook: 'formatVersion: 9\nid: pb\n' },
  { name: 'playbook-refs', playbook: `${PLAYBOOK_OK.replace('solo: spokesperson', 'solo: spokesprson, approvals: { news: [legal] }')}stakeholders:\n  - { id: c, name: C, kind: customers, owner: legal }\n  - { id: c, name: C, kind: customers, owner: zzzzzz }\n` },
  { name: 'plan-order', plan: 'steps:\n  - { at: 20m, respond: { inject: call, text: "Three batches." } }\n  - { at: 15m, respond: { inject: call, text: "Three batches." } }\n' },
  { name: 'plan-late', plan: 'steps:\n  - { at: 3h, respond: { inject: call, text: "Three batches." } }\n' },
  { name: 'plan-shape', plan: 'steps:\n  - { at: 20m, respond: { inject: call, text: "Three batches.", option: a } }\n' },
];
