/**
 * Fuzzing the scenario and plan loaders with generated and mutated YAML. Whatever the text, the
 * loaders return diagnostics (never throw), each with a position and a catalogued code; and whatever
 * lint accepts can be played, simulated, charted and reported without an exception or a NaN.
 * `npm test` runs a short campaign with a fixed seed; `npm run fuzz` a long one (tests/fuzz/settings.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { annotatorFor } from '../../src/analysis/index.ts';
import { compareCorrection, playPlan, simulate } from '../../src/engine/index.ts';
import { playbookResolver } from '../../src/cli/load.ts';
import { BASE_SCENARIO, CATALOGUE, loadPlan, loadScenario, Plan, type CompiledScenario, type Diagnostic } from '../../src/format/index.ts';
import { buildReport } from '../../src/report/aar.ts';
import { renderCsv } from '../../src/report/csv.ts';
import { renderHtml } from '../../src/report/html.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { fuzzParams, PROPERTY_TIMEOUT_MS } from './settings.ts';
import { lintEn } from '../helpers.ts';

const CODES = new Set([...CATALOGUE.map((e) => e.code)]);

const SOURCES: readonly string[] = [
  BASE_SCENARIO,
  readFileSync('tests/fixtures/cold-chain.yaml', 'utf8'),
  readFileSync('tests/fixtures/engine-lab.yaml', 'utf8'),
  ...readdirSync('scenarios')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => readFileSync(`scenarios/${f}`, 'utf8')),
];

const PLANS: readonly string[] = readdirSync('scenarios/plans')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(`scenarios/plans/${f}`, 'utf8'));

function wellFormed(diagnostics: readonly Diagnostic[], text: string): void {
  const lines = text.split('\n').length + 1;
  for (const d of diagnostics) {
    if (!CODES.has(d.code)) throw new Error(`uncatalogued code ${d.code}: ${lintEn(d)}`);
    if (!(d.line >= 1 && d.line <= lines && d.col >= 1)) throw new Error(`bad position ${d.line}:${d.col} for ${d.code}`);
    if (lintEn(d).length === 0 || lintEn(d).includes('\n')) throw new Error(`a message must be one non-empty line: ${JSON.stringify(lintEn(d))}`);
    if (/NaN|Infinity|undefined|\[object /.test(lintEn(d))) throw new Error(`a message shows a broken value: ${lintEn(d)}`);
  }
}

/** Every number in a value is finite (a NaN would show as null in JSON and as "NaN%" in reports). */
function assertFinite(value: unknown, path = '$'): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => assertFinite(v, `${path}[${i}]`));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) assertFinite(v, `${path}.${k}`);
  }
}

/** What a user can do with a scenario lint accepted: each must work. */
function exercise(scenario: CompiledScenario): void {
  const annotator = annotatorFor(scenario);
  const plan = Plan.parse({ lenient: true, steps: [{ at: '1m', publish: { channel: 'social', text: 'We are sorry. Do not use the product; we will update you within the hour.' } }] });
  const { result } = playPlan(scenario, plan, { annotator });
  assertFinite(result);
  const report = buildReport(result);
  renderHtml(report);
  renderMarkdown(report);
  renderCsv(report);
  const summary = simulate(scenario, { runs: 1, policy: 'random', seed: 1, clock: () => 0 });
  assertFinite(summary);
  for (const r of scenario.rumours) {
    const seedAt = r.seedMs ?? 0;
    const cmp = compareCorrection(r.params, { respondAtMs: seedAt + 30 * 60_000, horizonMs: scenario.lengthMs, stepMs: 60_000, credibility: 1, sampleEveryMs: 10 * 60_000, seedAtMs: Math.min(seedAt, scenario.lengthMs) });
    assertFinite(cmp);
  }
}

/** Values that have broken loaders and engines before. */
const NASTY = [
  '',
  '0',
  '-1',
  '1e308',
  '-1e308',
  '.inf',
  '-.inf',
  '.nan',
  '99999999999999999999d',
  '366d',
  '31d',
  '0m',
  '"x"',
  '[]',
  '{}',
  '[[[[[[]]]]]]',
  'null',
  '~',
  'true',
  '*nope',
  '&a x',
  '!!binary AAAA',
  '!!js/function "x"',
  '__proto__',
  'constructor',
  '"<script>alert(1)</script>"',
  '"=HYPERLINK(\\"x\\")"',
  '"trust.x >= 0.5 and (((("',
  '"first-call + 99999999d"',
  '"a\\u0000b"',
  '"שלום 😀"',
  `"${'x'.repeat(300)}"`,
];

type Mutation = (lines: string[]) => string[];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((n): Mutation => (lines) => lines.filter((_, i) => i !== n % lines.length)),
  fc.nat().map((n): Mutation => (lines) => lines.flatMap((l, i) => (i === n % lines.length ? [l, l] : [l]))),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (lines) => {
    const out = [...lines];
    const i = a % out.length;
    const j = b % out.length;
    [out[i], out[j]] = [out[j] ?? '', out[i] ?? ''];
    return out;
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...NASTY)).map(([n, value]): Mutation => (lines) =>
    lines.map((l, i) => (i === n % lines.length ? l.replace(/:\s+\S.*$/, `: ${value}`) : l)),
  ),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...NASTY)).map(([n, k, value]): Mutation => (lines) =>
    // A value inside a flow map: { id: x, at: 12m } → { id: x, at: <value> }
    lines.map((l, i) => {
      if (i !== n % lines.length) return l;
      const keys = [...l.matchAll(/([A-Za-z$][\w$]*): ([^,}\]]+)/g)];
      const m = keys[k % Math.max(1, keys.length)];
      return m?.index === undefined ? l : `${l.slice(0, m.index)}${m[1] ?? ''}: ${value}${l.slice(m.index + m[0].length)}`;
    }),
  ),
  fc.tuple(fc.nat(), fc.string({ maxLength: 8 })).map(([n, s]): Mutation => (lines) => {
    const text = lines.join('\n');
    const at = n % (text.length + 1);
    return `${text.slice(0, at)}${s}${text.slice(at)}`.split('\n');
  }),
  fc.nat().map((n): Mutation => (lines) => lines.slice(0, n % (lines.length + 1))),
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([n, d]): Mutation => (lines) =>
    lines.map((l, i) => (i === n % lines.length ? (d >= 0 ? `${' '.repeat(d)}${l}` : l.slice(-d)) : l)),
  ),
);

describe('scenario loader, fuzzed', () => {
  it(
    'never throws on generated YAML, and says where each problem is',
    () => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
          const text = stringify(value);
          wellFormed(loadScenario(text, 'gen.yaml').diagnostics, text);
          wellFormed(loadPlan(text, 'gen.plan.yaml').diagnostics, text);
        }),
        fuzzParams(200),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'never throws on mutated scenarios, and whatever it accepts plays, simulates, charts and reports',
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(fc.nat({ max: SOURCES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (source, mutations) => {
          const text = mutations.reduce((lines, m) => m(lines), (SOURCES[source] ?? '').split('\n')).join('\n');
          const loaded = loadScenario(text, 'mutant.yaml');
          wellFormed(loaded.diagnostics, text);
          expect(loaded.scenario === null).toBe(loaded.diagnostics.some((d) => d.severity === 'error'));
          if (loaded.scenario) {
            accepted += 1;
            exercise(loaded.scenario);
          }
        }),
        fuzzParams(30),
      );
      // Most mutants break the file, but a campaign that never reaches the engine tests nothing.
      expect(accepted).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'never throws on mutated plans; a plan it accepts plays or is refused with a reason',
    () => {
      const scenario = loadScenario(readFileSync('scenarios/global-foods-recall.yaml', 'utf8'), 'recall.yaml', { playbook: playbookResolver('scenarios/global-foods-recall.yaml') }).scenario;
      if (!scenario) throw new Error('the bundled scenario does not load');
      const annotator = annotatorFor(scenario);
      fc.assert(
        fc.property(fc.nat({ max: PLANS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (source, mutations) => {
          const text = mutations.reduce((lines, m) => m(lines), (PLANS[source] ?? '').split('\n')).join('\n');
          const loaded = loadPlan(text, 'mutant.plan.yaml', scenario);
          wellFormed(loaded.diagnostics, text);
          if (!loaded.plan) return;
          try {
            assertFinite(playPlan(scenario, { ...loaded.plan, lenient: true }, { annotator }).result);
          } catch (e) {
            // A lenient plan never fails; a strict one may only fail naming its step.
            throw e instanceof Error ? new Error(`a lenient plan failed: ${e.message}`) : e;
          }
        }),
        fuzzParams(30),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
