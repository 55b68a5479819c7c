import { annotatorFor } from '../../analysis/index.ts';
import { POLICIES, simulate, type Policy } from '../../engine/index.ts';
import { DIMENSIONS } from '../../format/index.ts';
import { parseArgs, UsageError } from '../args.ts';
import { EXIT, json, type CommandOutput } from '../io.ts';
import { scenarioFromFile } from '../load.ts';

export const SIM_HELP = 'sim <scenario> --runs N [--policy random|silent|first|best|writer] [--seed S] [--json]   simulated trainees';

export function simCommand(argv: readonly string[]): CommandOutput {
  const args = parseArgs(argv, { flags: { runs: 'number', policy: 'string', seed: 'number', json: 'boolean' }, minPositionals: 1, maxPositionals: 1 }, 'sim');
  const runs = args.numbers.get('runs');
  if (runs === undefined) throw new UsageError('sim needs --runs N');
  if (!Number.isInteger(runs) || runs < 1 || runs > 1_000_000) throw new UsageError('--runs needs a whole number from 1 to 1000000');
  const policy = args.strings.get('policy') ?? 'random';
  if (!(POLICIES as readonly string[]).includes(policy)) throw new UsageError(`--policy must be one of ${POLICIES.join(', ')}, not "${policy}"`);
  const seed = args.numbers.get('seed') ?? 1;
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31 - 1) throw new UsageError('--seed needs a whole number from 0 to 2147483647');
  const scenario = scenarioFromFile(args.positionals[0] ?? '');
  // Only the writer writes free text; the analyser is set up for it alone.
  const summary = simulate(scenario, { runs, policy: policy as Policy, seed, clock: () => performance.now(), ...(policy === 'writer' ? { annotator: annotatorFor(scenario) } : {}) });
  if (args.booleans.has('json')) return { code: EXIT.ok, stdout: json(summary) };
  const lines = [`${summary.runs} runs, policy ${summary.policy}: ${summary.runsPerSecond} runs/s`, '', 'Endings:'];
  for (const [id, n] of Object.entries(summary.endings)) lines.push(`  ${id.padEnd(28)} ${String(n).padStart(6)}  ${Math.round((n / summary.runs) * 100)}%`);
  lines.push('', `Never fired: ${summary.neverFired.length === 0 ? 'none' : summary.neverFired.join(', ')}`, '', 'Scores         mean   p10   p50   p90');
  for (const d of ['overall', ...DIMENSIONS] as const) {
    const s = summary.scores[d];
    lines.push(`  ${d.padEnd(13)} ${s.mean.toFixed(1).padStart(5)} ${String(s.p10).padStart(5)} ${String(s.p50).padStart(5)} ${String(s.p90).padStart(5)}`);
  }
  return { code: EXIT.ok, stdout: `${lines.join('\n')}\n` };
}
