import { readFileSync } from 'node:fs';
import { PlayResult } from '../../src/engine/index.ts';

export const DENY_RESULT_PATH = 'tests/fixtures/results/engine-lab.deny.json';

/** The engine-lab "deny" play result (a fresh copy each call, so tests can change it). */
export function denyResult(): PlayResult {
  return PlayResult.parse(JSON.parse(readFileSync(DENY_RESULT_PATH, 'utf8')));
}

/** Trainee text meant to break each format. */
export const HOSTILE = {
  script: '<script>alert(1)</script> & "double" \'single\'',
  markdown: '| col | col2 |\n# heading\n> quote\n- item\n1. first\n`code` **bold** _em_ ~~strike~~ [link](http://evil.example) ![img](http://evil.example/x.png) <img src=x onerror=alert(1)> $x$ &lt;b&gt;',
  formula: '=HYPERLINK("http://evil.example","click")',
  plus: '+1 then -2',
  at: '@SUM(A1:A9)',
  minus: '-2+3',
  long: `Unbroken ${'x'.repeat(600)}`,
  emoji: 'Emoji 😀🙏🏽👩‍👩‍👧 and RTL: שלום עולם, نحن آسفون جدا. done',
  lines: 'Line one\r\nLine two, with a comma\nLine "three"',
} as const;

/**
 * The deny result with hostile text everywhere trainees and facilitators write: statement texts
 * (one per kind of attack), a seat name, claims, notes and a skipped step.
 */
export function hostileResult(): PlayResult {
  const r = denyResult();
  const texts = Object.values(HOSTILE);
  const template = r.statements[0];
  if (!template) throw new Error('fixture has no statements');
  const extra = texts.map((text, i) => ({
    ...template,
    id: `h${i}`,
    at: `${20 + i}m`,
    inject: null,
    option: null,
    text,
    claims: { [`fact|${i}`]: `=${i}|<b>` },
    cues: template.cues.map((c) => ({ ...c, quote: text })),
  }));
  r.statements = [...r.statements, ...extra];
  r.statements[1] = { ...r.statements[1]!, seat: '<b>seat|x</b>' };
  r.notes = [
    { at: '30m', by: '<i>observer</i>', text: HOSTILE.script },
    { at: '31m', by: null, text: HOSTILE.formula },
  ];
  r.skipped = [{ step: 3, at: '10m', refusal: { code: 'refusal.unknown-inject', params: { inject: HOSTILE.markdown } } }];
  return r;
}
