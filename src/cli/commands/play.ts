import { annotatorFor } from '../../analysis/index.ts';
import { PlanError, playPlan, type PlayResult } from '../../engine/index.ts';
import { DIMENSIONS, type Plan } from '../../format/index.ts';
import { parseArgs, UsageError } from '../args.ts';
import { EXIT, json, writeText, type CommandOutput } from '../io.ts';
import { InvalidInput, planFromFile, scenarioFromFile } from '../load.ts';
import { resultWithReasons, words } from '../words.ts';

export const PLAY_HELP = 'play <scenario> --plan <plan.yaml> [--seed N] [--json] [--save session.json]   play a scripted trainee';

export function playCommand(argv: readonly string[]): CommandOutput {
  const args = parseArgs(argv, { flags: { plan: 'string', seed: 'number', json: 'boolean', save: 'string' }, minPositionals: 1, maxPositionals: 1 }, 'play');
  const planPath = args.strings.get('plan');
  if (planPath === undefined) throw new UsageError('play needs --plan <plan.yaml>');
  const seed = args.numbers.get('seed');
  if (seed !== undefined && (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31 - 1)) throw new UsageError('--seed needs a whole number from 0 to 2147483647');
  const scenario = scenarioFromFile(args.positionals[0] ?? '');
  const plan = planFromFile(planPath, scenario);
  let played: ReturnType<typeof playPlan>;
  try {
    played = playPlan(scenario, plan, { ...(seed === undefined ? {} : { seed }), annotator: annotatorFor(scenario) });
  } catch (e) {
    if (e instanceof PlanError) throw new InvalidInput(`${planPath}: ${stepLabel(plan, e.step)}: ${words.render(e.refusal)}`);
    throw e;
  }
  const save = args.strings.get('save');
  if (save !== undefined) writeText(save, json(played.session.save()));
  const { result } = played;
  if (args.booleans.has('json')) return { code: EXIT.ok, stdout: json(resultWithReasons(result)) };
  return { code: EXIT.ok, stdout: renderPlay(result) };
}

/** "step 3 (at 12m, respond to "call" with "hold")": which step of the plan, as its author wrote it. */
function stepLabel(plan: Plan, n: number): string {
  const step = plan.steps[n - 1];
  if (!step) return `step ${n}`;
  const what =
    'respond' in step
      ? `respond to "${step.respond.inject}"${'option' in step.respond ? ` with "${step.respond.option}"` : ''}`
      : 'pick' in step
        ? `call on "${step.pick.journalist}" at "${step.pick.conference}"`
        : `publish on ${step.publish.channel}`;
  return `step ${n} (at ${step.at}, ${what})`;
}

export function renderPlay(r: PlayResult): string {
  const lines: string[] = [];
  lines.push(`${r.title} — seed ${r.seed}`);
  lines.push(`Ending: ${r.endingTitle ?? r.ending ?? 'none'} (at ${r.endedAt})`);
  lines.push('');
  lines.push(`Overall ${r.scores.overall}/100`);
  for (const d of DIMENSIONS) lines.push(`  ${d.padEnd(13)} ${String(r.scores[d]).padStart(3)}${r.unjudged.includes(d) ? '  (nothing to judge)' : ''}`);
  lines.push('');
  lines.push('Injects:');
  for (const i of r.injects) {
    const answered = i.respondedAt === null ? (i.deadline === null ? '' : 'unanswered') : `answered ${i.respondedAt}${i.option ? ` (${i.option})` : ''}`;
    const scores = Object.entries(i.scores).map(([k, v]) => `${k.slice(0, 4)} ${String(v)}`).join(' ');
    lines.push(`  ${i.firedAt.padStart(6)}  ${i.id.padEnd(28)} ${answered.padEnd(26)} ${scores}`);
  }
  if (r.rumours.length > 0) {
    lines.push('');
    lines.push('Rumours:');
    for (const x of r.rumours) lines.push(`  ${x.id}: reach ${pct(x.finalReach)} (silence: ${x.reachIfSilent === null ? '–' : pct(x.reachIfSilent)}), still believing ${pct(x.finalBelieving)}`);
  }
  lines.push('');
  lines.push('Trust:');
  for (const s of r.stakeholders) lines.push(`  ${s.name.padEnd(24)} ${pct(s.initialTrust)} → ${pct(s.trust)}`);
  if (r.skipped.length > 0) {
    lines.push('');
    lines.push('Skipped steps:');
    for (const s of r.skipped) lines.push(`  step ${s.step} (at ${s.at}): ${words.render(s.refusal)}`);
  }
  return `${lines.join('\n')}\n`;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}
