import { analysisContextFor, createAnalyser, GENERIC_VICTIM_TERMS } from '../../analysis/index.ts';
import { cue, genericContext, MAX_STATEMENT_CHARS, resolveAudience, scoreStatement, statementContext, timelinessFor, type Annotation, type Cue, type StatementContext } from '../../engine/index.ts';
import { CHANNELS, CLUSTERS, MAX_DURATION_MS, MAX_DURATION_TEXT, parseDuration, SEVERITIES, type Channel, type Cluster, type Severity } from '../../format/index.ts';
import { parseArgs, UsageError } from '../args.ts';
import { EXIT, json, type CommandOutput } from '../io.ts';
import { InvalidInput, scenarioFromFile } from '../load.ts';
import { cueText, withReason } from '../words.ts';

export const SCORE_HELP =
  'score [--scenario <file> --inject <id> --at <time> --audience <ids>] [--cluster victim|accidental|preventable] [--severity low|medium|high|critical] [--channel C] [--json] < text   score one statement';

type Scores = Record<'empathy' | 'transparency' | 'accuracy' | 'consistency' | 'timeliness' | 'proactivity', number | null>;

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
  const atMs = atText === undefined ? 0 : parseDuration(atText);
  if (atMs === null) throw new UsageError(`--at needs a duration such as 20m, not "${atText ?? ''}"`);
  if (atMs > MAX_DURATION_MS) throw new UsageError(`--at is at most ${MAX_DURATION_TEXT}, not ${atText ?? ''}`);

  const text = readStdin().trim();
  if (text === '') throw new InvalidInput('no statement to score: pipe the text in, for example  echo "We are sorry…" | npm run --silent crisis -- score');
  if (text.length > MAX_STATEMENT_CHARS) throw new InvalidInput(`the statement is ${text.length} characters; the longest scored is ${MAX_STATEMENT_CHARS} (about 3,000 words)`);

  let annotation: Annotation;
  let ctx: StatementContext;
  const scores: Scores = { empathy: null, transparency: null, accuracy: null, consistency: null, timeliness: null, proactivity: null };
  const cues: Cue[] = [];

  if (scenarioPath === undefined) {
    const cluster = clusterFlag ?? 'accidental';
    const severity = severityFlag ?? 'medium';
    annotation = createAnalyser({ language: 'en', cluster, severity, clockStart: null, facts: [], keyMessages: [], victimTerms: GENERIC_VICTIM_TERMS, avoidTerms: [] }).annotate(text, { now: 0 });
    ctx = genericContext(cluster, severity, channel ?? null, text);
  } else {
    const s = scenarioFromFile(scenarioPath);
    const inj = injectId === undefined ? undefined : s.injectIndex.get(injectId);
    if (injectId !== undefined && !inj) throw new InvalidInput(`${scenarioPath} has no inject "${injectId}"`);
    annotation = createAnalyser(analysisContextFor(s)).annotate(text, { now: atMs });
    // Addressed as an option or a published statement names its audience: stakeholder ids or kinds.
    const named = audienceText === undefined ? [] : audienceText.split(',').map((a) => a.trim()).filter((a) => a !== '');
    for (const a of named) {
      if (a !== 'public' && !s.stakeholders.some((sh) => sh.id === a || sh.kind === a)) throw new InvalidInput(`${scenarioPath} has no audience "${a}" (stakeholders: ${s.stakeholders.map((sh) => sh.id).join(', ')})`);
    }
    const outChannel = channel ?? inj?.replyChannel ?? null;
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
    if (inj?.trigger.kind === 'at' && inj.deadlineMs !== null) {
      const deadline = inj.trigger.atMs + inj.deadlineMs;
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
    }
  }

  const scored = scoreStatement(annotation, ctx);
  for (const dim of ['empathy', 'transparency', 'accuracy', 'consistency'] as const) {
    scores[dim] = scored[dim].score;
    cues.push(...scored[dim].cues);
  }
  const claims = Object.fromEntries(annotation.claims.map((c) => [c.fact, c.value]));
  if (args.booleans.has('json')) return { code: EXIT.ok, stdout: json({ scores, cues: cues.map(withReason), claims, annotation }) };
  return { code: EXIT.ok, stdout: renderScore(scores, cues, annotation) };
}

function renderScore(scores: Scores, cues: readonly Cue[], a: Annotation): string {
  const lines: string[] = ['Scores'];
  for (const [dim, v] of Object.entries(scores)) lines.push(`  ${dim.padEnd(13)} ${v === null ? '  –  (needs a scenario to judge)' : String(v).padStart(3)}`);
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
