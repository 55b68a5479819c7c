import { analysisContextFor, createAnalyser, GENERIC_VICTIM_TERMS } from '../../analysis/index.ts';
import { cue, genericContext, MAX_STATEMENT_CHARS, resolveAudience, scoreStatement, statementContext, timelinessFor, type Annotation, type Cue, type StatementContext } from '../../engine/index.ts';
import { CHANNELS, CLUSTERS, fireTimeOf, formatDuration, MAX_DURATION_MS, MAX_DURATION_TEXT, parseDuration, SEVERITIES, type Channel, type Cluster, type Severity } from '../../format/index.ts';
import type { UnjudgedReason } from '../../i18n/index.ts';
import { parseArgs, UsageError } from '../args.ts';
import { EXIT, json, type CommandOutput } from '../io.ts';
import { InvalidInput, scenarioFromFile } from '../load.ts';
import { cueText, withReason, words } from '../words.ts';

export const SCORE_HELP =
  'score [--scenario <file> --inject <id> --at <time> --audience <ids>] [--cluster victim|accidental|preventable] [--severity low|medium|high|critical] [--channel C] [--json] < text   score one statement';

type ScoredDimension = 'empathy' | 'transparency' | 'accuracy' | 'consistency' | 'timeliness' | 'proactivity';
type Scores = Record<ScoredDimension, number | null>;
/** Why a dimension is null, as a code (`cli.score.unjudged` in the catalogue gives the words). */
type Unjudged = Partial<Record<ScoredDimension, UnjudgedReason>>;

function pick<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

export function scoreCommand(argv: readonly string[], readStdin: () => string): CommandOutput {
  const args = parseArgs(
    argv,
    { flags: { scenario: 'string', inject: 'string', at: 'string', audience: 'string', cluster: 'string', severity: 'string', channel: 'string', json: 'boolean' }, minPositionals: 0, maxPositionals: 0 },
    'score',
  );
  const channel = pick<Channel>(args.strings.get('channel'), CHANNELS, 'channel');
  const clusterFlag = pick<Cluster>(args.strings.get('cluster'), CLUSTERS, 'cluster');
  const severityFlag = pick<Severity>(args.strings.get('severity'), SEVERITIES, 'severity');
  const scenarioPath = args.strings.get('scenario');
  const injectId = args.strings.get('inject');
  const atText = args.strings.get('at');
  const audienceText = args.strings.get('audience');
  if (scenarioPath === undefined && (injectId !== undefined || atText !== undefined || audienceText !== undefined)) throw new UsageError('--inject, --at and --audience need --scenario');
  const atGiven = atText === undefined ? undefined : parseDuration(atText);
  if (atGiven === null) throw new UsageError(`--at needs a duration such as 20m, not "${atText ?? ''}"`);
  if (atGiven !== undefined && atGiven > MAX_DURATION_MS) throw new UsageError(`--at is at most ${MAX_DURATION_TEXT}, not ${atText ?? ''}`);

  const text = readStdin().trim();
  if (text === '') throw new InvalidInput('no statement to score: pipe the text in, for example  echo "We are sorry…" | npm run --silent crisis -- score');
  if (text.length > MAX_STATEMENT_CHARS) throw new InvalidInput(`the statement is ${text.length} characters; the longest scored is ${MAX_STATEMENT_CHARS} (about 3,000 words)`);

  let annotation: Annotation;
  let ctx: StatementContext;
  const scores: Scores = { empathy: null, transparency: null, accuracy: null, consistency: null, timeliness: null, proactivity: null };
  const cues: Cue[] = [];
  const known: Unjudged = {};

  if (scenarioPath === undefined) {
    const cluster = clusterFlag ?? 'accidental';
    const severity = severityFlag ?? 'medium';
    annotation = createAnalyser({ language: 'en', cluster, severity, clockStart: null, facts: [], keyMessages: [], victimTerms: GENERIC_VICTIM_TERMS, avoidTerms: [] }).annotate(text, { now: 0 }, channel ?? null);
    ctx = genericContext(cluster, severity, channel ?? null, text);
  } else {
    const s = scenarioFromFile(scenarioPath);
    const inj = injectId === undefined ? undefined : s.injectIndex.get(injectId);
    if (injectId !== undefined && !inj) throw new InvalidInput(`${scenarioPath} has no inject "${injectId}"`);
    const fires = inj ? fireTimeOf(s, inj.id) : null;
    // An answer cannot come before its question: scoring one would judge claims against a moment
    // the inject does not exist in, and give full timeliness for an impossible time.
    if (inj && fires && atGiven !== undefined && atGiven < fires.ms) {
      throw new InvalidInput(
        `--at ${atText ?? ''} is before "${inj.id}" can fire (${fires.exact ? 'it fires at' : 'at the earliest'} ${formatDuration(fires.ms)}): give a time from ${formatDuration(fires.ms)} on`,
      );
    }
    // Without --at, an inject with a known time is answered the moment it fires.
    const atMs = atGiven ?? fires?.ms ?? 0;
    const outChannel = channel ?? inj?.replyChannel ?? null;
    annotation = createAnalyser(analysisContextFor(s)).annotate(text, { now: atMs }, outChannel);
    // Addressed as an option or a published statement names its audience: stakeholder ids or kinds.
    const named = audienceText === undefined ? [] : audienceText.split(',').map((a) => a.trim()).filter((a) => a !== '');
    for (const a of named) {
      if (a !== 'public' && !s.stakeholders.some((sh) => sh.id === a || sh.kind === a)) throw new InvalidInput(`${scenarioPath} has no audience "${a}" (stakeholders: ${s.stakeholders.map((sh) => sh.id).join(', ')})`);
    }
    ctx = statementContext(s, {
      at: atMs,
      channel: outChannel,
      inject: inj,
      first: true,
      text,
      ...(named.length === 0 ? {} : { audience: resolveAudience(s, outChannel ?? 'press-release', named) }),
      ...(clusterFlag === undefined ? {} : { cluster: clusterFlag }),
      ...(severityFlag === undefined ? {} : { severity: severityFlag }),
    });
    if (!inj) known.timeliness = 'no-inject';
    else if (inj.deadlineMs === null) known.timeliness = 'no-deadline';
    else if (!fires?.exact) known.timeliness = 'no-fixed-time';
    else {
      const deadline = fires.ms + inj.deadlineMs;
      const value = Math.round(timelinessFor(deadline, inj.halfLifeMs, atMs));
      scores.timeliness = value;
      const late = atMs > deadline;
      cues.push(
        cue('timeliness', value, late ? { code: 'cue.timeliness.late', params: { at: atMs, late: atMs - deadline, halfLife: inj.halfLifeMs } } : { code: 'cue.timeliness.in-time', params: { at: atMs, deadline } }, text, 'cercFirst'),
      );
    }
    if (inj?.expects?.instructions || s.publicMustAct) {
      const given = annotation.instructions[0];
      scores.proactivity = given ? 100 : 0;
      if (given) cues.push(cue('proactivity', 100, { code: 'cue.proactivity.tells', params: {} }, given.quote, 'cercAction'));
    } else known.proactivity = 'not-expected';
  }

  const scored = scoreStatement(annotation, ctx);
  for (const dim of ['empathy', 'transparency', 'accuracy', 'consistency'] as const) {
    scores[dim] = scored[dim].score;
    cues.push(...scored[dim].cues);
  }
  const unjudged: Unjudged = {};
  for (const dim of Object.keys(scores) as ScoredDimension[]) {
    if (scores[dim] === null) unjudged[dim] = known[dim] ?? (scenarioPath === undefined ? 'no-scenario' : dim === 'accuracy' ? 'no-claims' : 'nothing-to-judge');
  }
  const claims = Object.fromEntries(annotation.claims.map((c) => [c.fact, c.value]));
  if (args.booleans.has('json')) return { code: EXIT.ok, stdout: json({ scores, unjudged, cues: cues.map(withReason), claims, annotation }) };
  return { code: EXIT.ok, stdout: renderScore(scores, unjudged, cues, annotation) };
}

function renderScore(scores: Scores, unjudged: Unjudged, cues: readonly Cue[], a: Annotation): string {
  const lines: string[] = ['Scores'];
  for (const dim of Object.keys(scores) as ScoredDimension[]) {
    const v = scores[dim];
    const why = words.t('cli.score.unjudged', { reason: unjudged[dim] ?? 'nothing-to-judge' });
    lines.push(`  ${dim.padEnd(13)} ${v === null ? `  –  (${why})` : String(v).padStart(3)}`);
  }
  lines.push('', 'Why');
  for (const c of cues) {
    const pts = `${c.points > 0 ? '+' : ''}${c.points}`;
    lines.push(`  ${c.dimension.padEnd(13)} ${pts.padStart(6)}  ${cueText(c)}`);
    if (c.quote) lines.push(`  ${''.padEnd(21)}"${c.quote.length > 100 ? `${c.quote.slice(0, 99)}…` : c.quote}"`);
  }
  if (a.claims.length > 0) {
    lines.push('', 'Claims');
    for (const c of a.claims) lines.push(`  ${c.fact}: ${String(c.value)}${c.update ? ' (update)' : ''}${c.hedged ? ' (hedged)' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
