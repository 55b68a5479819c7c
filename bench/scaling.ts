/**
 * How lint and play scale with the size of a scenario and a plan: the generated inputs of the
 * hostile-input report (tests/robustness/inputs.ts) at 1k, 2k, 4k and 8k, timed in-process (no
 * process start-up), best of three. docs/performance.md keeps the table with the command.
 */
import { annotatorFor } from '../src/analysis/index.ts';
import { playPlan } from '../src/engine/index.ts';
import { loadPlan, loadScenario, type CompiledScenario } from '../src/format/index.ts';
import { afterChain, badVariables, fireChain, manyInjects, MINI, MINI_PLAN, publishPlan, unknownKeys, unknownReferences } from '../tests/robustness/inputs.ts';

const SIZES = [1000, 2000, 4000, 8000] as const;

function best(runs: number, f: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

function lintMs(text: string): number {
  return best(3, () => loadScenario(text, 'bench.yaml'));
}

function playMs(scenario: CompiledScenario, planText: string): number {
  const plan = loadPlan(planText, 'plan.yaml').plan;
  if (!plan) throw new Error('bench plan does not load');
  const annotator = annotatorFor(scenario);
  return best(3, () => playPlan(scenario, plan, { annotator }));
}

interface Row {
  readonly what: string;
  readonly unit: string;
  readonly ms: readonly (number | null)[];
}

export function scalingRows(): Row[] {
  const rows: Row[] = [];
  const scenarioRow = (what: string, make: (n: number) => string, play: boolean): void => {
    const lint: number[] = [];
    const played: (number | null)[] = [];
    for (const n of SIZES) {
      const text = make(n);
      lint.push(lintMs(text));
      const scenario = play ? loadScenario(text, 'bench.yaml').scenario : null;
      played.push(scenario ? playMs(scenario, MINI_PLAN) : null);
    }
    rows.push({ what: `lint: ${what}`, unit: 'ms', ms: lint });
    if (play) rows.push({ what: `play: ${what}`, unit: 'ms', ms: played });
  };
  scenarioRow('injects in an `after` chain', afterChain, true);
  scenarioRow('injects in a chain of `fire` effects', fireChain, true);
  scenarioRow('independent injects', manyInjects, true);
  scenarioRow('references to unknown injects (each an error)', unknownReferences, false);
  scenarioRow('unknown keys × 7 (each an error)', (n) => unknownKeys(7 * n), false);
  scenarioRow('variables of the wrong type × 7 (each an error)', (n) => badVariables(7 * n), false);
  const mini = loadScenario(MINI, 'mini.yaml').scenario;
  if (!mini) throw new Error('the fixture does not load');
  rows.push({ what: 'play: plan steps ÷ 4 (free-text statements, each analysed)', unit: 'ms', ms: SIZES.map((n) => playMs(mini, publishPlan(n / 4))) });
  return rows;
}

export function scalingTable(): string {
  const rows = scalingRows();
  const head = `| input (size n) | ${SIZES.map((n) => `n = ${n.toLocaleString('en')}`).join(' | ')} | 8k ÷ 1k |`;
  const rule = `|---|${SIZES.map(() => '---:').join('|')}|---:|`;
  const lines = rows.map((r) => {
    const first = r.ms[0];
    const last = r.ms[r.ms.length - 1];
    const ratio = first != null && last != null && first > 0 ? `${(last / first).toFixed(1)}×` : '–';
    return `| ${r.what} | ${r.ms.map((v) => (v === null ? '–' : `${Math.round(v).toLocaleString('en')} ms`)).join(' | ')} | ${ratio} |`;
  });
  const limit = lintMs(afterChain(9_997));
  return [head, rule, ...lines, '', `lint: a 10,000-inject \`after\` chain (the most a scenario may have): ${Math.round(limit).toLocaleString('en')} ms`].join('\n');
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  process.stdout.write(`${scalingTable()}\n`);
}
