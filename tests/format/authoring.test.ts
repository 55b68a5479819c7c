/**
 * Problems a new scenario writer met, each reported so that it can be fixed from the message alone:
 * what is wrong, the rule, and where.
 */
import { describe, expect, it } from 'vitest';
import { exampleText, loadScenario, type Diagnostic } from '../../src/format/index.ts';
import { lintEn } from '../helpers.ts';

const CALL_WITH_OPTIONS = `injects:
  - id: call
    at: 10m
    channel: press-call
    from: reporter
    text: "How many batches are affected?"
    deadline: 15m
    expects: { facts: [batches], keyMessages: [safety] }
    options:
      - { id: holding, text: "We are checking and will update you by 10:00.", asserts: { facts: { batches: unknown } } }
      - { id: deny, text: "Nothing is wrong with our products.", asserts: { posture: deny } }
`;

function lint(patch: string): readonly Diagnostic[] {
  return loadScenario(exampleText({ patch }), 'scenario.yaml').diagnostics;
}

function lineOf(patch: string, needle: string): { line: number; col: number } {
  const lines = exampleText({ patch }).split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  return { line: line + 1, col: (lines[line] ?? '').indexOf(needle) + 1 };
}

describe('an invalid variable name', () => {
  it('gets the naming rule, coded and placed at the name, with the name written as an id', () => {
    const patch = 'variables: { "Media Heat": 0, boardInformed: false }';
    const found = lint(patch);
    expect(found).toHaveLength(2);
    const [first, second] = found;
    expect(first).toMatchObject({ code: 'SC107', severity: 'error', ...lineOf(patch, '"Media Heat"') });
    expect((first && lintEn(first))).toBe(
      '"Media Heat" is not valid as a variable name: an id is lower-case letters, digits, "-" and "_", starting with a letter or digit (e.g. first-call) (write it as "media-heat")',
    );
    expect(second).toMatchObject({ code: 'SC107', ...lineOf(patch, 'boardInformed') });
    expect((second && lintEn(second))).toMatch(/"boardInformed" is not valid as a variable name: .*\(write it as "boardinformed"\)/);
    expect(found.map((d) => lintEn(d)).join('\n')).not.toMatch(/Invalid key in record/);
  });

  it('in a trust effect names the rule too', () => {
    const patch = `${CALL_WITH_OPTIONS}    onTimeout: [ { trust: { "All Customers": -0.1 } } ]`;
    const found = lint(patch).filter((d) => d.code === 'SC107');
    expect(found.map((d) => lintEn(d))).toEqual([expect.stringMatching(/^"All Customers" is not valid as a key here: an id is lower-case/)]);
  });

  it('the suggested name is accepted as written', () => {
    const patch = `variables: { media-heat: 0 }\n${CALL_WITH_OPTIONS}    onTimeout: [ { add: { media-heat: 1 } } ]\n  - id: heat-story\n    when: "var.media-heat >= 1"\n    channel: news\n    text: "Silence"`;
    expect(lint(patch)).toEqual([]);
  });
});

describe('a mistyped option id in a condition', () => {
  it('gets a "did you mean" at the mistyped id', () => {
    const patch = `${CALL_WITH_OPTIONS}  - id: story\n    after: "call + 5m"\n    if: "inject.call.option == holdng"\n    channel: news\n    text: "Example Foods says it is checking"`;
    const found = lint(patch);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'SC202', severity: 'error', ...lineOf(patch, 'holdng') });
    expect((found[0] && lintEn(found[0]))).toBe('condition: "call" has no option "holdng" (did you mean "holding"?)');
  });

  it('with nothing close lists the options, on either side of the comparison, in endings too', () => {
    const patch = `${CALL_WITH_OPTIONS}endings:\n  - { id: held, title: Held, when: "hold == inject.call.option" }\n  - { id: done, title: Done, otherwise: true }`;
    const found = lint(patch);
    expect(found.map((d) => [d.code, lintEn(d)])).toEqual([['SC202', 'condition: "call" has no option "hold"; its options are holding, deny']]);
    expect(found[0]).toMatchObject(lineOf(patch, 'hold =='));
  });

  it('is not reported for a right id or for "no option chosen"', () => {
    const patch = `${CALL_WITH_OPTIONS}endings:\n  - { id: held, title: Held, when: "inject.call.option == holding" }\n  - { id: silent, title: Silent, when: 'inject.call.option == ""' }\n  - { id: done, title: Done, otherwise: true }`;
    expect(lint(patch)).toEqual([]);
  });
});
