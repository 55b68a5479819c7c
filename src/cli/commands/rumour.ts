import { compareCorrection, type Curve, type RumourParams } from '../../engine/index.ts';
import { formatDuration, MAX_DURATION_MS, MAX_DURATION_TEXT, MS_PER_HOUR, MS_PER_MINUTE, parseDuration, RUMOUR_RANGE, RumourSpread, textIn } from '../../format/index.ts';
import { renderLineChart } from '../../report/line-chart.ts';
import { timeTicks } from '../../report/time-ticks.ts';
import { parseArgs, UsageError } from '../args.ts';
import { EXIT, json, writeText, type CommandOutput } from '../io.ts';
import { InvalidInput, scenarioFromFile } from '../load.ts';
import { textChart } from '../terminal-chart.ts';

export const RUMOUR_HELP =
  'rumour <scenario> <rumour-id> | --lambda L --sigma S --delta D --s0 X [--kappa K] [--tau 6h] [--epsilon E] [--hours H] [--respond-at <time>] [--credibility C] [--json] [--svg out.svg]   how a rumour spreads';

const STEP_MS = MS_PER_MINUTE;
/** The longest curve: the longest scenario a file can describe. */
const MAX_HOURS = MAX_DURATION_MS / MS_PER_HOUR;
const MAX_POINTS = 240;

interface Setup {
  readonly title: string;
  readonly params: RumourParams;
  readonly seedAtMs: number;
  readonly horizonMs: number;
  readonly note: string | null;
}

function number(args: ReturnType<typeof parseArgs>, name: string, min: number, max: number): number | undefined {
  const v = args.numbers.get(name);
  if (v === undefined) return undefined;
  if (!(v >= min && v <= max)) throw new UsageError(`--${name} must be between ${min} and ${max}, not ${v}`);
  return v;
}

function fromScenario(args: ReturnType<typeof parseArgs>): Setup {
  const [path, id] = args.positionals;
  const scenario = scenarioFromFile(path ?? '');
  const rumour = scenario.rumours.find((r) => r.id === id);
  if (!rumour) {
    const known = scenario.rumours.map((r) => r.id).join(', ') || 'none';
    throw new InvalidInput(`${path ?? ''} has no rumour "${id ?? ''}" (its rumours: ${known})`);
  }
  const hours = number(args, 'hours', 0.1, MAX_HOURS);
  return {
    title: `${textIn(rumour.claim, scenario.language, scenario.language)} (${rumour.id})`,
    params: rumour.params,
    seedAtMs: rumour.seedMs ?? 0,
    horizonMs: hours === undefined ? scenario.lengthMs : Math.round(hours * MS_PER_HOUR),
    note: rumour.seedMs === null ? 'this rumour is seeded by an effect; shown as if seeded at 0m' : null,
  };
}

function fromParams(args: ReturnType<typeof parseArgs>): Setup {
  const defaults = RumourSpread.parse({});
  const tau = args.strings.get('tau');
  const tauMs = tau === undefined ? (parseDuration(defaults.tau) ?? 0) : parseDuration(tau);
  if (tauMs === null) throw new UsageError(`--tau needs a duration such as 6h, not "${tau ?? ''}"`);
  if (tauMs < RUMOUR_RANGE.tauMs.min || tauMs > RUMOUR_RANGE.tauMs.max) {
    throw new UsageError(`--tau must be between ${formatDuration(RUMOUR_RANGE.tauMs.min)} and ${formatDuration(RUMOUR_RANGE.tauMs.max)}, not ${tau ?? ''}`);
  }
  // The same ranges lint accepts in a scenario: outside them the model means nothing.
  const params: RumourParams = {
    lambda: number(args, 'lambda', RUMOUR_RANGE.lambda.min, RUMOUR_RANGE.lambda.max) ?? defaults.lambda,
    sigma: number(args, 'sigma', RUMOUR_RANGE.sigma.min, RUMOUR_RANGE.sigma.max) ?? defaults.sigma,
    delta: number(args, 'delta', RUMOUR_RANGE.delta.min, RUMOUR_RANGE.delta.max) ?? defaults.delta,
    s0: number(args, 's0', RUMOUR_RANGE.s0.min, RUMOUR_RANGE.s0.max) ?? defaults.s0,
    kappa: number(args, 'kappa', RUMOUR_RANGE.kappa.min, RUMOUR_RANGE.kappa.max) ?? defaults.kappa,
    tauMs,
    epsilon: number(args, 'epsilon', RUMOUR_RANGE.epsilon.min, RUMOUR_RANGE.epsilon.max) ?? defaults.epsilon,
  };
  const hours = number(args, 'hours', 0.1, MAX_HOURS) ?? 24;
  return { title: `λ ${params.lambda}, σ ${params.sigma}, δ ${params.delta}, s0 ${params.s0}`, params, seedAtMs: 0, horizonMs: Math.round(hours * MS_PER_HOUR), note: null };
}

function curveJson(c: Curve) {
  const r = (x: number) => Math.round(x * 1e6) / 1e6;
  return {
    finalReach: r(c.finalReach),
    peakReach: r(c.peakReach),
    peakAt: formatDuration(c.peakAtMs),
    peakSpreaders: r(c.peakSpreaders),
    finalBelieving: r(c.finalBelieving),
    neverHeard: r(1 - c.finalReach),
    series: c.series.map((p) => ({ t: formatDuration(p.tMs), reach: r(p.reach), spreaders: r(p.spreaders), believing: r(p.believing) })),
  };
}

export function rumourCommand(argv: readonly string[]): CommandOutput {
  const args = parseArgs(
    argv,
    {
      flags: { lambda: 'number', sigma: 'number', delta: 'number', s0: 'number', kappa: 'number', tau: 'string', epsilon: 'number', hours: 'number', 'respond-at': 'string', credibility: 'number', json: 'boolean', svg: 'string' },
      minPositionals: 0,
      maxPositionals: 2,
    },
    'rumour',
  );
  const byParams = ['lambda', 'sigma', 'delta', 's0', 'kappa', 'epsilon'].some((f) => args.numbers.has(f)) || args.strings.has('tau');
  if (args.positionals.length === 1) throw new UsageError('give a scenario and a rumour id, or the rumour parameters (--lambda …)');
  if (args.positionals.length === 2 && byParams) throw new UsageError('give either a scenario rumour or the parameters, not both');
  if (args.positionals.length === 0 && !byParams) throw new UsageError('give a scenario and a rumour id, or the rumour parameters (--lambda …)');
  const setup = args.positionals.length === 2 ? fromScenario(args) : fromParams(args);

  const respond = args.strings.get('respond-at');
  const respondAtMs = respond === undefined ? null : parseDuration(respond);
  if (respondAtMs === null && respond !== undefined) throw new UsageError(`--respond-at needs a duration such as 30m or 3h, not "${respond}"`);
  if (respondAtMs !== null && respondAtMs > MAX_DURATION_MS) throw new UsageError(`--respond-at is at most ${MAX_DURATION_TEXT}, not ${respond ?? ''}`);
  const credibility = number(args, 'credibility', 0, 1) ?? 1;
  const span = Math.max(STEP_MS, setup.horizonMs - setup.seedAtMs);
  const sampleEveryMs = Math.max(STEP_MS, Math.ceil(span / MAX_POINTS / STEP_MS) * STEP_MS);
  const cmp = compareCorrection(setup.params, { respondAtMs, horizonMs: setup.horizonMs, stepMs: STEP_MS, credibility, sampleEveryMs, seedAtMs: setup.seedAtMs });

  const svgPath = args.strings.get('svg');
  if (svgPath !== undefined) writeText(svgPath, svgFor(setup, cmp.noResponse, cmp.withResponse, respondAtMs));

  const result = { noResponse: curveJson(cmp.noResponse), withResponse: cmp.withResponse ? curveJson(cmp.withResponse) : null };
  if (args.booleans.has('json')) return { code: EXIT.ok, stdout: json(result), ...(setup.note ? { stderr: `note: ${setup.note}\n` } : {}) };

  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [setup.title, ...(setup.note ? [`(${setup.note})`] : []), ''];
  const row = (label: string, c: Curve) =>
    `  ${label.padEnd(26)} final reach ${pct(c.finalReach).padStart(6)}   peak at ${formatDuration(c.peakAtMs).padStart(6)} (reach ${pct(c.peakReach)})   still believing ${pct(c.finalBelieving)}`;
  lines.push(row('no response', cmp.noResponse));
  if (cmp.withResponse && respondAtMs !== null) lines.push(row(`correction at ${formatDuration(respondAtMs)}`, cmp.withResponse));
  lines.push('', textChart(
    [
      { label: 'reach, no response', mark: '*', points: cmp.noResponse.series.map((p) => ({ x: p.tMs, y: p.reach })) },
      ...(cmp.withResponse ? [{ label: `reach, correction at ${formatDuration(respondAtMs ?? 0)}`, mark: 'o', points: cmp.withResponse.series.map((p) => ({ x: p.tMs, y: p.reach })) }] : []),
    ],
    { width: 64, height: 11, xLabel: formatDuration },
  ));
  if (svgPath !== undefined) lines.push('', `chart written to ${svgPath}`);
  return { code: EXIT.ok, stdout: `${lines.join('\n')}\n` };
}

function svgFor(setup: Setup, none: Curve, withResponse: Curve | null, respondAtMs: number | null): string {
  const toPoints = (c: Curve, key: 'reach' | 'believing') => c.series.map((p) => ({ x: p.tMs, y: p[key] }));
  const series = [
    { label: 'Heard it: no response', points: toPoints(none, 'reach'), colour: '#D55E00', dashed: false },
    { label: 'Believe it: no response', points: toPoints(none, 'believing'), colour: '#D55E00', dashed: true },
    ...(withResponse && respondAtMs !== null
      ? [
          { label: `Heard it: correction at ${formatDuration(respondAtMs)}`, points: toPoints(withResponse, 'reach'), colour: '#0072B2', dashed: false },
          { label: `Believe it: correction at ${formatDuration(respondAtMs)}`, points: toPoints(withResponse, 'believing'), colour: '#0072B2', dashed: true },
        ]
      : []),
  ];
  // Chart titles do not wrap: a long claim is shortened (the full claim is in the text output).
  const title = `Rumour: ${setup.title}`;
  return renderLineChart({
    title: title.length > 90 ? `${title.slice(0, 89)}…` : title,
    series,
    xLabel: 'scenario time',
    yLabel: 'share of the audience',
    xFormat: formatDuration,
    yFormat: (y: number) => `${Math.round(y * 100)}%`,
    width: 880,
    height: 480,
    yDomain: [0, 1],
    xDomain: [Math.min(setup.seedAtMs, respondAtMs ?? setup.seedAtMs), setup.horizonMs],
    xTicks: timeTicks(Math.min(setup.seedAtMs, respondAtMs ?? setup.seedAtMs), setup.horizonMs),
    markers: respondAtMs === null ? [] : [{ x: respondAtMs, label: `correction at ${formatDuration(respondAtMs)}` }],
  });
}
