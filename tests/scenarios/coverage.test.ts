/**
 * Issue 13's bar for every bundled scenario: simulated trainees reach every ending and fire every
 * inject. `crisis sim --runs 2000` with each policy is the full check (docs/authoring.md); here a
 * seeded subset keeps the suite fast: the random trainee's runs, one run each of the deterministic
 * policies, and the writer's free-text answers for the paths options cannot reach.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotatorFor } from '../../src/analysis/index.ts';
import { SimWriter, simulate, type Policy } from '../../src/engine/index.ts';
import { fixture } from '../helpers.ts';

const SCENARIOS = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .sort();

const RUNS: Readonly<Record<Policy, number>> = { random: 150, silent: 1, first: 1, best: 1, writer: 30 };

describe('every bundled scenario can be played down every path', () => {
  it('finds the bundled scenarios', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(4);
  });

  for (const file of SCENARIOS) {
    it(`${file}: simulated trainees reach every ending and fire every inject`, () => {
      const scenario = fixture(`scenarios/${file}`);
      const annotator = annotatorFor(scenario);
      const endings = new Map<string, Policy[]>();
      const fired = new Set(scenario.injects.map((i) => i.id));
      for (const policy of Object.keys(RUNS) as Policy[]) {
        const summary = simulate(scenario, { runs: RUNS[policy], policy, seed: 1, clock: () => 0, ...(policy === 'writer' ? { annotator } : {}) });
        for (const id of Object.keys(summary.endings)) endings.set(id, [...(endings.get(id) ?? []), policy]);
        for (const id of fired) if (!summary.neverFired.includes(id)) fired.delete(id);
      }
      expect([...fired], 'injects no policy fired').toEqual([]);
      const missing = scenario.endings.map((e) => e.id).filter((id) => !endings.has(id));
      expect(missing, `endings reached: ${JSON.stringify(Object.fromEntries(endings))}`).toEqual([]);
    }, 180_000);

    it(`${file}: the writer can state every fact's every value, and every key message reads as itself`, () => {
      const scenario = fixture(`scenarios/${file}`);
      const writer = new SimWriter(scenario, annotatorFor(scenario));
      const unstated = scenario.facts.flatMap((f) => [...new Set(f.truth.map((t) => t.value))].filter((v) => writer.sentenceFor(f, v) === null).map((v) => `${f.id} = ${String(v)}`));
      expect(unstated, 'facts the analyser cannot read from a sentence with their cues').toEqual([]);
      const unread = scenario.keyMessages.filter((k) => !writer.annotate(typeof k.text === 'string' ? k.text : (Object.values(k.text)[0] ?? '')).keyMessages.some((m) => m.id === k.id));
      expect(unread.map((k) => k.id), 'key messages the analyser does not find in their own text').toEqual([]);
    });
  }
});
