/**
 * The after-action report as Markdown (GitHub-flavoured: tables). Same sections as the HTML page;
 * the curves become small tables of values at round times. Every text from the result goes
 * through escapeMarkdown, so a statement cannot open a table cell, a heading, a link, code or HTML.
 */
import { DIMENSIONS, formatDuration, type Dimension } from '../format/index.ts';
import { DIMENSION_INFO, findingById, type AarReport, type Capability, type Finding, type Omission, type TimelineEntry } from './aar.ts';
import { createTranslator } from '../i18n/index.ts';
import { escapeMarkdown as md } from './escape.ts';
import { timeTicks } from './time-ticks.ts';

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const rule = head.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  return [row(head), row(rule), ...rows.map(row)].join('\n');
}

function when(time: { at: string; clock: string | null } | null): string {
  if (!time) return '';
  return time.clock === null ? md(time.at) : `${md(time.at)} (${md(time.clock)})`;
}

const SHORT: Readonly<Record<Dimension, string>> = { timeliness: 'Tim', accuracy: 'Acc', consistency: 'Con', empathy: 'Emp', transparency: 'Tra', proactivity: 'Pro' };

function scores(s: Partial<Record<Dimension, number>>): string {
  const parts = DIMENSIONS.filter((d) => s[d] !== undefined).map((d) => `${SHORT[d]} ${String(s[d])}`);
  return parts.length === 0 ? '–' : parts.join('<br>');
}

function overview(r: AarReport): string {
  const o = r.overview;
  const c = o.counts;
  const brief = (title: string, ids: readonly string[], empty: string): string[] => {
    const found = ids.map((id) => findingById(r, id)).filter((f): f is Finding => f !== undefined);
    return [`### ${title}`, '', ...(found.length === 0 ? [empty] : found.map((f) => `- **${f.id}** ${md(DIMENSION_INFO[f.dimension].label)}: ${md(f.observation)}${f.count > 1 ? ` (${f.count} times)` : ''}`)), ''];
  };
  const out: string[] = [
    '## 1. Overview',
    '',
    '### Scores and ratings',
    '',
    `Overall score **${o.overall.score}**/100, rated **${o.overall.rating}** (${md(o.overall.ratingLabel)}). Ratings are proposed from the scores for the evaluators to confirm or change.`,
    '',
    table(
      ['Capability', 'Score', 'Rating', 'What it measures'],
      r.capabilities.map((cap) => [`**${md(cap.label)}**`, cap.judged ? String(cap.score) : '–', `**${cap.rating}** ${md(cap.ratingLabel)}`, md(cap.meaning)]),
      ['l', 'r', 'l', 'l'],
    ),
    '',
    ...brief('Major strengths', r.summary.strengths, 'No strengths were recorded.'),
    ...brief('Primary areas for improvement', r.summary.improvements, 'No areas for improvement were recorded.'),
    '### Exercise',
    '',
    table(
      ['', ''],
      [
        ['Scenario', `${md(o.title)} (${md(o.scenario)})`],
        ['Organisation', md(o.organisation)],
        ['Scenario date', md(o.date)],
        ...o.jumps.map((j) => ['Calendar jump', `at ${md(j.at.at)} the clock moves to ${md(j.date)}${j.title === null ? '' : ` (${md(j.title)})`}`]),
        ['Ending', o.ending === null ? 'none (the clock ran out)' : `${md(o.ending.title)} (${md(o.ending.id)}), at ${when(o.endedAt)}`],
        ['Exercise length', when(o.endedAt)],
        ['Seed', String(o.seed)],
        ['Injects', `${c.injects} fired; ${c.withDeadline} with a deadline: ${c.answeredInTime} answered in time, ${c.answeredLate} late, ${c.unanswered} unanswered`],
        ['Statements', String(c.statements)],
      ].map(([k, v]) => [`**${k ?? ''}**`, v ?? '']),
    ),
    '',
    '### Participants and roles',
    '',
    o.participants.length === 0
      ? 'No seat made a statement.'
      : table(
          ['Seat (role)', 'Statements', 'Channels', 'First – last'],
          o.participants.map((p) => [md(p.seat), String(p.statements), p.channels.map(md).join(', '), `${md(p.first)} – ${md(p.last)}`]),
          ['l', 'r', 'l', 'l'],
        ),
    '',
  ];
  if (o.simulated.length > 0) out.push(`Played by the simulation (inject senders): ${o.simulated.map((s) => `${md(s.from)} (${s.injects})`).join(', ')}.`, '');
  out.push(...duties(r));
  out.push(
    '### Rating key',
    '',
    table(
      ['Rating', 'Meaning (HSEEP-style)', 'Score band'],
      [...r.ratingScale.map((b) => [`**${b.code}**`, `${md(b.label)}: ${md(b.description)}`, `${b.min}–${b.max}`]), ['**N/A**', 'Not rated: nothing in the session to judge it by.', '–']],
      ['l', 'l', 'r'],
    ),
    '',
  );
  return out.join('\n');
}

/** Legal filing duties, when any fired: where each stood at the end. */
function duties(r: AarReport): string[] {
  if (r.duties.length === 0) return [];
  const t = createTranslator('en').t;
  return [`### ${t('report.duties.heading')}`, '', md(t('report.duties.lead')), '', ...r.duties.map((d) => `- **${md(d.what)}**: ${md(d.observation)}`), ''];
}

function finding(f: Finding): string {
  const ev = f.evidence;
  const where: string[] = [];
  if (ev.time) where.push(when(ev.time));
  if (ev.ref !== null) where.push(md(ev.ref));
  if (ev.where !== null) where.push(md(ev.where));
  if (ev.fact !== null) where.push(`fact: ${md(ev.fact)}`);
  const lines = [`- **${f.id}** ${md(f.observation)}${f.count > 1 ? ` (${f.count} times)` : ''}`];
  if (ev.quote !== '') lines.push(`  Evidence: “${md(ev.quote)}”`);
  if (where.length > 0) lines.push(`  ${where.join(' · ')}`);
  if (f.alsoAt.length > 0) lines.push(`  Also at ${f.alsoAt.map(md).join(', ')}.`);
  if (f.anchor !== '') lines.push(`  Research: ${md(f.anchor)}`);
  // Two trailing spaces: a line break inside the list item.
  return lines.join('  \n');
}

function findings(title: string, list: readonly Finding[], more: number, noun: string, plural: string): string[] {
  const out = [`#### ${title}`, ''];
  if (list.length === 0) return [...out, 'None recorded.', ''];
  for (const f of list) out.push(finding(f));
  out.push('');
  if (more > 0) out.push(`${more} more ${more === 1 ? noun : plural} of lesser weight ${more === 1 ? 'is' : 'are'} not listed${noun === 'strength' ? '' : '; the timeline marks each statement’s problems with ✗'}.`, '');
  return out;
}

function omissions(list: readonly Omission[]): string[] {
  if (list.length === 0) return [];
  const item = (o: Omission): string => {
    const lines = [`- ${md(o.observation)} (${o.count} of ${o.of} statements)`, `  At ${o.at.map(md).join(', ')}.`];
    if (o.anchor !== '') lines.push(`  Research: ${md(o.anchor)}`);
    return lines.join('  \n');
  };
  return ['#### What the statements left out', '', ...list.map(item), ''];
}

function capability(c: Capability): string {
  const out = [`### ${md(c.label)}: ${c.judged ? `${c.score}/100` : 'not judged'}, rated ${c.rating} (${md(c.ratingLabel)})`, '', `_${md(c.meaning)}_`, ''];
  if (c.breakdown.length > 0) out.push('How the score is made up:', '', ...c.breakdown.map((b) => `- ${md(b.reason)}: ${b.points} points`), '');
  if (c.note !== null) out.push(md(c.note), '');
  out.push(...findings('Strengths', c.strengths, c.moreStrengths, 'strength', 'strengths'));
  out.push(...findings('Areas for improvement', c.improvements, c.moreImprovements, 'area for improvement', 'areas for improvement'));
  out.push(...omissions(c.omissions));
  return out.join('\n');
}

/** The value of a step series at time t: the last point at or before t, or null before the first. */
function valueAt<T extends { ms: number }>(series: readonly T[], t: number): T | null {
  let hit: T | null = null;
  for (const p of series) {
    if (p.ms <= t) hit = p;
    else break;
  }
  return hit;
}

function curves(r: AarReport): string {
  const end = r.overview.endedAt.ms;
  const ticks = timeTicks(0, end, 7);
  if (ticks[ticks.length - 1] !== end) ticks.push(end);
  const out = ['## 3. Rumours and trust', '', '### Rumours', ''];
  if (r.rumours.length === 0) out.push('This scenario has no rumours.', '');
  else {
    out.push(
      table(
        ['Rumour', 'Seeded', 'Corrected', 'Reach at peak spread', 'Final reach', 'Believing at end', 'Reach if silent'],
        r.rumours.map((x) => [`**${md(x.id)}**: ${md(x.claim)}`, x.seededAt === null ? 'never' : md(x.seededAt), x.counteredAt === null ? 'never' : md(x.counteredAt), pct(x.peakReach), pct(x.finalReach), pct(x.finalBelieving), x.reachIfSilent === null ? '–' : pct(x.reachIfSilent)]),
        ['l', 'l', 'l', 'r', 'r', 'r', 'r'],
      ),
      '',
    );
    for (const x of r.rumours.filter((y) => y.series.length > 0)) {
      out.push(`Rumour **${md(x.id)}** over time (share of the audience that has heard it / believes it):`, '');
      out.push(
        table(
          ['Time', ...ticks.map((t) => formatDuration(t))],
          [
            ['Heard it', ...ticks.map((t) => { const p = valueAt(x.series, t); return p === null ? '–' : pct(p.reach); })],
            ['Believe it', ...ticks.map((t) => { const p = valueAt(x.series, t); return p === null ? '–' : pct(p.believing); })],
          ],
          ['l', ...ticks.map(() => 'r' as const)],
        ),
        '',
      );
    }
  }
  out.push('### Stakeholder trust', '');
  if (r.stakeholders.length === 0) out.push('This scenario tracks no stakeholders.', '');
  else {
    out.push(
      'Trust moves in steps when an audience hears something; the table gives it at round times.',
      '',
      table(
        ['Stakeholder', ...ticks.map((t) => formatDuration(t)), 'Change'],
        r.stakeholders.map((s) => {
          const d = Math.round((s.trust - s.initialTrust) * 100);
          return [md(s.name), ...ticks.map((t) => pct(valueAt(s.series, t)?.trust ?? s.initialTrust)), `${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(d)} pts`];
        }),
        ['l', ...ticks.map(() => 'r' as const), 'r'],
      ),
      '',
    );
  }
  return out.join('\n');
}

const STATUS_TEXT = { answered: 'answered', late: 'answered late', unanswered: '**NOT ANSWERED**', 'no reply expected': 'no reply expected' } as const;

/** Words for the timeline's entries that come from the catalogue (the report is written in English). */
const words = createTranslator('en');

function timelineRow(e: TimelineEntry): string[] {
  if (e.kind === 'inject') {
    const reply =
      e.status === 'no reply expected' && e.respondedAt === null
        ? 'no reply expected'
        : `${e.deadline === null ? '' : `deadline ${md(e.deadline)} · `}${STATUS_TEXT[e.status]}${e.respondedAt === null ? '' : ` at ${md(e.respondedAt)}`}${e.option === null ? '' : ` · option ${md(e.option)}`}${e.statement === null ? '' : ` · ${md(e.statement)}`}`;
    const delayed = e.delayedBy === undefined ? '' : `<br>_${md(words.t('team.report.delayedBy', { duration: e.delayedBy }))}_`;
    return [when(e.time), `**Inject** ${md(e.id)}`, `${md(e.channel)}${e.from === null ? '' : `, from ${md(e.from)}`}`, `**${md(e.title)}**<br>${reply}${delayed}`, scores(e.scores)];
  }
  const parts = [md(e.text)];
  parts.push(`_${e.inject === null ? 'unprompted' : `answers ${md(e.inject)}${e.option === null ? ' (free text)' : ` (option ${md(e.option)})`}`} · to ${e.audience.length === 0 ? '–' : e.audience.map(md).join(', ')}_`);
  if (e.claims.length > 0) parts.push(`Claims: ${e.claims.map((c) => `${md(c.fact)} = ${md(c.value)}`).join('; ')}`);
  for (const f of e.flags) parts.push(`✗ ${md(f)}`);
  return [when(e.time), `**Statement** ${md(e.id)}`, `${md(e.channel)}, seat ${md(e.seat)}`, parts.join('<br>'), scores(e.scores)];
}

function timeline(r: AarReport): string {
  return [
    '## 4. Timeline',
    '',
    'Every inject and every statement, in time order, with its scores: Tim timeliness, Acc accuracy, Con consistency, Emp empathy, Tra transparency, Pro proactivity (0–100; an inject\'s scores are those of its answer). ✗ marks what counted against a statement.',
    '',
    r.timeline.length === 0 ? 'Nothing happened.' : table(['Time', 'Entry', 'Channel, who', 'What was said', 'Scores'], r.timeline.map(timelineRow)),
    '',
  ].join('\n');
}

function notes(r: AarReport): string {
  return [
    '## 5. Notes and skipped plan steps',
    '',
    '### Facilitator and observer notes',
    '',
    r.notesWithheld ? "The facilitator's and observers' notes stay with the facilitator: they are not in the participants' copy." : r.notes.length === 0 ? 'No facilitator or observer notes were recorded.' : table(['Time', 'By', 'Note'], r.notes.map((n) => [when(n.time), n.by === null ? '–' : md(n.by), md(n.text)])),
    '',
    '### Skipped plan steps',
    '',
    r.skipped.length === 0 ? 'No plan steps were skipped.' : table(['Step', 'Why it was skipped'], r.skipped.map((s) => [String(s.step), md(s.reason)]), ['r', 'l']),
    '',
  ].join('\n');
}

function improvementPlan(r: AarReport): string {
  return [
    '## Appendix A. Improvement plan',
    '',
    'One row per area for improvement. In the hot wash, agree a corrective action for each, name an owner and set a due date.',
    '',
    r.improvementPlan.length === 0
      ? 'No areas for improvement were recorded.'
      : table(
          ['Ref', 'Issue / area for improvement', 'Capability', 'Corrective action', 'Owner', 'Due date'],
          r.improvementPlan.map((p) => [`**${p.ref}**`, p.evidence === '' ? md(p.issue) : `${md(p.issue)}<br>${md(p.evidence)}`, `${md(p.capability)} (${p.rating})`, ' ', ' ', ' ']),
        ),
    '',
  ].join('\n');
}

export function renderMarkdown(r: AarReport): string {
  const o = r.overview;
  return [
    `# After-Action Report / Improvement Plan: ${md(o.title)}`,
    '',
    `**${md(o.organisation)}** · ${md(o.date)}`,
    '',
    `Crisis-communication exercise played in Crisis Room (scenario ${md(o.scenario)}, seed ${o.seed}). Scores are computed; ratings are proposed from them for the evaluators to confirm in the hot wash.`,
    '',
    overview(r),
    '## 2. Strengths and areas for improvement',
    '',
    'For each capability: the few observations that weigh most (points earned or lost, added up over every time they happened), each with its evidence. Areas for improvement are numbered A1, A2 … and carried into the improvement plan (appendix A).',
    '',
    ...r.capabilities.map((c) => `${capability(c)}\n`),
    curves(r),
    timeline(r),
    notes(r),
    improvementPlan(r),
  ].join('\n');
}
