/**
 * The after-action report as one self-contained HTML page: inline CSS and SVG, no fonts, scripts
 * or images from anywhere, readable on screen and printing cleanly to A4 PDF (rows, findings and
 * charts never split across pages, table headers repeat, big sections start on a new page, and
 * nothing depends on colour). Every text from the result is escaped; trainee text is also
 * isolated for right-to-left scripts and wraps inside its cell however long its words are.
 */
import { DIMENSIONS, type Dimension } from '../format/index.ts';
import { DIMENSION_INFO, findingById, type AarReport, type Capability, type Finding, type InjectEntry, type Omission, type StatementEntry } from './aar.ts';
import { rumourChart, trustChart } from './curves.ts';
import { createTranslator } from '../i18n/index.ts';
import { escapeHtml as h } from './escape.ts';

const CSS = `
:root { --ink: #111; --muted: #444; --rule: #999; --faint: #e6e6e6; --shade: #f2f2f2; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font-family: "Liberation Sans", Helvetica, Arial, "DejaVu Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji"; font-size: 10.5pt; line-height: 1.45; }
main { max-width: 190mm; margin: 0 auto; padding: 12mm 8mm 16mm; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 2mm; }
h2 { font-size: 15pt; margin: 8mm 0 3mm; padding-bottom: 1mm; border-bottom: 2px solid var(--ink); }
h3 { font-size: 12pt; margin: 6mm 0 2mm; }
h4 { font-size: 10.5pt; margin: 3mm 0 1mm; text-transform: uppercase; letter-spacing: 0.04em; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 2mm; }
.doc-type { font-size: 10pt; font-weight: bold; text-transform: uppercase; letter-spacing: 0.08em; margin: 0 0 2mm; }
.subtitle { font-size: 12pt; margin: 0 0 1mm; }
.muted, .meaning, .more, .note { color: var(--muted); }
.small { font-size: 9pt; }
nav ol { margin: 2mm 0 0; padding-left: 6mm; columns: 2; font-size: 9.5pt; }
a { color: inherit; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 4mm; }
thead { display: table-header-group; }
tr, li.finding, figure, .keep { break-inside: avoid; page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 1.4mm 2mm; border-bottom: 1px solid var(--rule); overflow-wrap: anywhere; word-break: break-word; }
th { font-size: 9pt; border-bottom: 1.5px solid var(--ink); overflow-wrap: normal; word-break: normal; }
table.kv th { width: 32%; border-bottom: 1px solid var(--rule); font-size: 10pt; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.rating { display: inline-block; min-width: 7mm; padding: 0 1.2mm; border: 1.5px solid var(--ink); font-weight: bold; text-align: center; }
.rating.r-U, .rating.r-M { border-style: double; border-width: 3px; }
.bar { vertical-align: middle; }
td.nowrap { white-space: nowrap; }
.rated { display: flex; gap: 2mm; align-items: flex-start; }
.rated .rating { flex: none; }
.quote { margin: 1mm 0 1mm; padding: 0.5mm 0 0.5mm 3mm; border-left: 3px solid var(--ink); white-space: pre-wrap; overflow-wrap: anywhere; word-break: break-word; }
.finding-list { list-style: none; padding: 0; margin: 0 0 2mm; }
li.finding { padding: 1.5mm 0 1.5mm; border-bottom: 1px dotted var(--rule); }
li.finding .id { display: inline-block; min-width: 8mm; font-weight: bold; }
.improvement .id { text-decoration: underline; }
.ev, .anchor { font-size: 9pt; color: var(--muted); margin: 0; overflow-wrap: anywhere; }
.capability { margin-bottom: 5mm; }
.capability h3 .score { font-weight: normal; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0 6mm; }
.breakdown { font-size: 9pt; margin: 0 0 2mm; padding-left: 5mm; }
.timeline td { font-size: 9pt; }
.timeline tr.inject td { background: var(--shade); }
.timeline .kind { font-weight: bold; text-transform: uppercase; font-size: 8pt; letter-spacing: 0.05em; }
.timeline .scores { margin: 0; padding: 0; list-style: none; font-variant-numeric: tabular-nums; display: grid; grid-template-columns: 1fr 1fr; gap: 0 2.5mm; }
.timeline .scores li { display: flex; justify-content: space-between; gap: 1mm; white-space: nowrap; }
.timeline td.sc { overflow-wrap: normal; word-break: normal; font-size: 8.5pt; padding-left: 1.5mm; padding-right: 1mm; }
.timeline .scores abbr { text-decoration: none; }
.timeline tr.inject td, .rating, .bar { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.cap-head { break-inside: avoid; page-break-inside: avoid; break-after: avoid; page-break-after: avoid; }
.timeline .flags { margin: 1mm 0 0; padding-left: 4mm; font-size: 8.5pt; }
.timeline .flags li::marker { content: "✗ "; }
.timeline .claims { font-size: 8.5pt; margin: 1mm 0 0; }
figure { margin: 0 0 4mm; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 9pt; color: var(--muted); margin-top: 1mm; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 2mm 4mm; }
.plan td.blank { height: 16mm; }
#plan { page: plan; }
.plan td { font-size: 9.5pt; }
.plan td + td, .plan th + th { border-left: 1px solid #bbb; }
bdi { unicode-bidi: isolate; }
footer { margin-top: 8mm; font-size: 8.5pt; color: var(--muted); border-top: 1px solid var(--rule); padding-top: 2mm; }
@page { size: A4; margin: 14mm 13mm 16mm; @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt "Liberation Sans", Helvetica, Arial, sans-serif; color: #444; } @bottom-left { content: "Crisis Room · After-Action Report / Improvement Plan"; font: 8pt "Liberation Sans", Helvetica, Arial, sans-serif; color: #444; } }
@page plan { size: A4 landscape; }
@media print {
  body { font-size: 9.5pt; }
  footer { display: none; }
  main { max-width: none; padding: 0; }
  .page-break { break-before: page; page-break-before: always; }
  h2 { margin-top: 0; }
  nav { display: none; }
  a { text-decoration: none; }
}
@media screen and (max-width: 700px) { .columns, .grid2 { grid-template-columns: 1fr; } nav ol { columns: 1; } td.nowrap { white-space: normal; } main { padding: 6mm 4mm; } }
`;

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Trainee or author text inline, isolated so right-to-left text cannot reorder what surrounds it. */
function t(text: string): string {
  return `<bdi>${h(text)}</bdi>`;
}

function when(time: { at: string; clock: string | null } | null): string {
  if (!time) return '';
  return time.clock === null ? h(time.at) : `${h(time.at)} <span class="muted">(${h(time.clock)})</span>`;
}

/** A score bar that prints in black and white (SVG, not a CSS background). */
function bar(score: number): string {
  const w = Math.round(Math.max(0, Math.min(100, score)) * 0.8 * 10) / 10;
  return `<svg class="bar" width="82" height="10" viewBox="0 0 82 10" role="img" aria-label="${score} of 100"><rect x="0.5" y="0.5" width="81" height="9" fill="#fff" stroke="#000"/><rect x="1" y="1" width="${w}" height="8" fill="#333"/></svg>`;
}

function ratingBadge(code: string): string {
  const cls = code === 'N/A' ? 'NA' : code;
  return `<span class="rating r-${cls}">${h(code)}</span>`;
}

/** Legal filing duties, when any fired: where each stood at the end. */
function duties(r: AarReport): string {
  if (r.duties.length === 0) return '';
  const t = createTranslator('en').t;
  const items = r.duties.map((d) => `<li class="duty duty-${d.status}"><strong>${h(d.what)}</strong>: ${h(d.observation)}</li>`).join('');
  return `<div class="keep" id="duties"><h3>${h(t('report.duties.heading'))}</h3><p>${h(t('report.duties.lead'))}</p><ul>${items}</ul></div>
`;
}

function overview(r: AarReport): string {
  const o = r.overview;
  const c = o.counts;
  const rows: [string, string][] = [
    ['Scenario', `${t(o.title)} <span class="muted">(${t(o.scenario)})</span>`],
    ['Organisation', t(o.organisation)],
    ['Scenario date', h(o.date)],
    ...o.jumps.map((j): [string, string] => ['Calendar jump', `at ${h(j.at.at)} the clock moves to ${h(j.date)}${j.title === null ? '' : ` (${t(j.title)})`}`]),
    ['Ending', o.ending === null ? 'none (the clock ran out)' : `${t(o.ending.title)} <span class="muted">(${t(o.ending.id)})</span>, at ${when(o.endedAt)}`],
    ['Exercise length', when(o.endedAt)],
    ['Seed', String(o.seed)],
    ['Injects', `${c.injects} fired; ${c.withDeadline} with a deadline: ${c.answeredInTime} answered in time, ${c.answeredLate} late, ${c.unanswered} unanswered`],
    ['Statements', String(c.statements)],
  ];
  const participants =
    o.participants.length === 0
      ? '<p>No seat made a statement.</p>'
      : `<table><colgroup><col style="width:34%"><col style="width:26%"><col style="width:40%"></colgroup><thead><tr><th>Seat (role)</th><th class="num">Statements</th><th>Channels</th></tr></thead><tbody>${o.participants
          .map((p) => `<tr><td>${t(p.seat)}</td><td class="num">${p.statements}</td><td>${p.channels.map(t).join(', ')}<br><span class="muted small">${h(p.first)} to ${h(p.last)}</span></td></tr>`)
          .join('')}</tbody></table>`;
  const simulated =
    o.simulated.length === 0
      ? ''
      : `<p class="small muted">Played by the simulation (inject senders): ${o.simulated.map((s) => `${t(s.from)} (${s.injects})`).join(', ')}.</p>`;

  const scoreRows = r.capabilities
    .map(
      (cap) =>
        `<tr><td><a href="#cap-${cap.dimension}"><strong>${h(cap.label)}</strong></a><br><span class="muted small">${h(cap.meaning)}</span></td><td class="num nowrap">${cap.judged ? `${String(cap.score)} ${bar(cap.score)}` : '–'}</td><td><div class="rated">${ratingBadge(cap.rating)}<span class="small">${h(cap.ratingLabel)}</span></div></td></tr>`,
    )
    .join('');
  const scale = r.ratingScale.map((b) => `<tr><td>${ratingBadge(b.code)}</td><td><strong>${h(b.label)}</strong>: ${h(b.description)}</td><td class="num">${b.min}–${b.max}</td></tr>`).join('');

  const brief = (ids: readonly string[], empty: string): string =>
    ids.length === 0
      ? `<p class="muted">${empty}</p>`
      : `<ul>${ids
          .map((id) => findingById(r, id))
          .filter((f): f is Finding => f !== undefined)
          .map((f) => `<li><strong>${h(f.id)}</strong> ${h(DIMENSION_INFO[f.dimension].label)}: ${t(f.observation)}${f.count > 1 ? ` <span class="muted">(${f.count} times)</span>` : ''}</li>`)
          .join('')}</ul>`;

  return `<section id="overview">
<h2>1. Overview</h2>
<h3>Scores and ratings</h3>
<p>Overall score <strong>${o.overall.score}</strong>/100 ${bar(o.overall.score)} ${ratingBadge(o.overall.rating)} ${h(o.overall.ratingLabel)}. Each capability below is scored 0–100; the rating is proposed from the score (key below) for the evaluators to confirm or change.</p>
<table><colgroup><col style="width:52%"><col style="width:19%"><col style="width:29%"></colgroup><thead><tr><th>Capability and what it measures</th><th class="num">Score</th><th>Rating</th></tr></thead><tbody>${scoreRows}</tbody></table>
<div class="columns keep">
<div><h3>Major strengths</h3>${brief(r.summary.strengths, 'No strengths were recorded.')}</div>
<div><h3>Primary areas for improvement</h3>${brief(r.summary.improvements, 'No areas for improvement were recorded.')}</div>
</div>
<div class="columns">
<div class="keep"><h3>Exercise</h3><table class="kv"><tbody>${rows.map(([k, v]) => `<tr><th scope="row">${h(k)}</th><td>${v}</td></tr>`).join('')}</tbody></table></div>
<div class="keep"><h3>Participants and roles</h3>${participants}${simulated}</div>
</div>
${duties(r)}<h3>Rating key</h3>
<table class="keep small"><colgroup><col style="width:10%"><col style="width:76%"><col style="width:14%"></colgroup><thead><tr><th>Rating</th><th>Meaning (HSEEP-style)</th><th class="num">Score band</th></tr></thead><tbody>${scale}<tr><td>${ratingBadge('N/A')}</td><td>Not rated: nothing in the session to judge it by.</td><td class="num">–</td></tr></tbody></table>
</section>`;
}

function finding(f: Finding): string {
  const ev = f.evidence;
  const where: string[] = [];
  if (ev.time) where.push(when(ev.time));
  if (ev.ref !== null) where.push(t(ev.ref));
  if (ev.where !== null) where.push(t(ev.where));
  if (ev.fact !== null) where.push(`fact: ${t(ev.fact)}`);
  const also = f.alsoAt.length === 0 ? '' : `<p class="ev">Also at ${f.alsoAt.map(h).join(', ')}.</p>`;
  return `<li class="finding ${f.kind}" id="${h(f.id)}">
<p><span class="id">${h(f.id)}</span> ${t(f.observation)}${f.count > 1 ? ` <span class="muted">(${f.count} times)</span>` : ''}</p>
${ev.quote === '' ? '' : `<blockquote class="quote" dir="auto">${h(ev.quote)}</blockquote>`}
${where.length === 0 ? '' : `<p class="ev">${where.join(' · ')}</p>`}${also}
${f.anchor === '' ? '' : `<p class="anchor">Research: ${t(f.anchor)}</p>`}
</li>`;
}

function omissions(list: readonly Omission[]): string {
  if (list.length === 0) return '';
  const item = (o: Omission): string =>
    `<li class="finding omission"><p>${t(o.observation)} <span class="muted">(${o.count} of ${o.of} statements)</span></p><p class="ev">At ${o.at.map(h).join(', ')}.</p>${o.anchor === '' ? '' : `<p class="anchor">Research: ${t(o.anchor)}</p>`}</li>`;
  return `<h4>What the statements left out</h4><ul class="finding-list">${list.map(item).join('')}</ul>`;
}

function findings(list: readonly Finding[], more: number, kind: 'strength' | 'improvement'): string {
  const noun = kind === 'strength' ? 'strength' : 'area for improvement';
  const plural = kind === 'strength' ? 'strengths' : 'areas for improvement';
  const head = `<h4>${kind === 'strength' ? 'Strengths' : 'Areas for improvement'}</h4>`;
  if (list.length === 0) return `${head}<p class="muted">None recorded.</p>`;
  const where = kind === 'strength' ? '' : '; the timeline marks each statement’s problems with ✗';
  const rest = more === 0 ? '' : `<p class="more small">${more} more ${more === 1 ? noun : plural} of lesser weight ${more === 1 ? 'is' : 'are'} not listed${where}.</p>`;
  return `${head}<ol class="finding-list">${list.map(finding).join('')}</ol>${rest}`;
}

function capability(c: Capability): string {
  const breakdown = c.breakdown.length === 0 ? '' : `<p class="small"><strong>How the score is made up</strong></p><ul class="breakdown">${c.breakdown.map((b) => `<li>${h(b.reason)}: ${b.points} points</li>`).join('')}</ul>`;
  return `<article class="capability" id="cap-${c.dimension}">
<div class="cap-head">
<h3>${ratingBadge(c.rating)} ${h(c.label)} <span class="score">${c.judged ? `${c.score}/100` : 'not judged'} · ${h(c.ratingLabel)}</span></h3>
<p class="meaning">${h(c.meaning)}</p>
${breakdown}
${c.note === null ? '' : `<p class="note small">${h(c.note)}</p>`}
</div>
${findings(c.strengths, c.moreStrengths, 'strength')}
${findings(c.improvements, c.moreImprovements, 'improvement')}
${omissions(c.omissions)}
</article>`;
}

function analysis(r: AarReport): string {
  return `<section id="analysis" class="page-break">
<h2>2. Strengths and areas for improvement</h2>
<p class="small muted">For each capability: the few observations that weigh most (points earned or lost, added up over every time they happened), each with its evidence: the words, the minute, the fact and the research behind it. Areas for improvement are numbered A1, A2 … and carried into the improvement plan (appendix A).</p>
${r.capabilities.map(capability).join('\n')}
</section>`;
}

function rumoursAndTrust(r: AarReport): string {
  const endMs = r.overview.endedAt.ms;
  const rumourTable =
    r.rumours.length === 0
      ? '<p class="muted">This scenario has no rumours.</p>'
      : `<table class="keep small"><colgroup><col style="width:34%"><col><col><col><col><col><col></colgroup><thead><tr><th>Rumour</th><th>Seeded</th><th>Corrected</th><th class="num">Reach at peak spread</th><th class="num">Final reach</th><th class="num">Believing at end</th><th class="num">Reach if silent</th></tr></thead><tbody>${r.rumours
          .map(
            (x) =>
              `<tr><td>${t(x.id)}<br><span class="muted">${t(x.claim)}</span></td><td>${x.seededAt === null ? 'never' : h(x.seededAt)}</td><td>${x.counteredAt === null ? 'never' : h(x.counteredAt)}</td><td class="num">${pct(x.peakReach)}</td><td class="num">${pct(x.finalReach)}</td><td class="num">${pct(x.finalBelieving)}</td><td class="num">${x.reachIfSilent === null ? '–' : pct(x.reachIfSilent)}</td></tr>`,
          )
          .join('')}</tbody></table>`;
  const rumourFigures = r.rumours
    .filter((x) => x.series.length > 0)
    .map(
      (x) =>
        `<figure>${rumourChart(x, endMs)}<figcaption>Rumour “${t(x.id)}”: ${t(x.claim)} Seeded at ${h(x.seededAt ?? '–')}; ${x.counteredAt === null ? 'never corrected' : `corrected at ${h(x.counteredAt)}`}. Solid line: the share who have heard it; dotted: the share who believe it (the two coincide until a correction starts to work).${x.reachIfSilent === null ? '' : ` With no response it would have reached ${pct(x.reachIfSilent)}.`}</figcaption></figure>`,
    )
    .join('');
  const trustTable =
    r.stakeholders.length === 0
      ? '<p class="muted">This scenario tracks no stakeholders.</p>'
      : `<table class="keep small"><colgroup><col style="width:52%"><col><col><col></colgroup><thead><tr><th>Stakeholder</th><th class="num">Trust at start</th><th class="num">At end</th><th class="num">Change</th></tr></thead><tbody>${r.stakeholders
          .map((s) => {
            const d = Math.round((s.trust - s.initialTrust) * 100);
            return `<tr><td>${t(s.name)}</td><td class="num">${pct(s.initialTrust)}</td><td class="num">${pct(s.trust)}</td><td class="num">${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(d)} pts</td></tr>`;
          })
          .join('')}</tbody></table>`;
  const trustFigures = r.stakeholders.map((s) => `<figure>${trustChart(s, endMs)}<figcaption>${t(s.name)}: ${pct(s.initialTrust)} → ${pct(s.trust)}.</figcaption></figure>`).join('');
  return `<section id="curves" class="page-break">
<h2>3. Rumours and trust</h2>
<h3>Rumours</h3>
${rumourTable}
${rumourFigures}
<h3>Stakeholder trust</h3>
<p class="small muted">Trust moves in steps when an audience hears something; each chart runs from the start to the end of the exercise. The dashed line is the trust at the start.</p>
${trustTable}
${trustFigures === '' ? '' : `<div class="grid2">${trustFigures}</div>`}
</section>`;
}

/** Short labels for the timeline's narrow score column (the column's heading explains them). */
const SHORT: Readonly<Record<Dimension, string>> = { timeliness: 'Tim', accuracy: 'Acc', consistency: 'Con', empathy: 'Emp', transparency: 'Tra', proactivity: 'Pro' };

function scoreList(scores: Partial<Record<Dimension, number>>): string {
  const items = DIMENSIONS.filter((d) => scores[d] !== undefined).map((d) => `<li><abbr title="${h(DIMENSION_INFO[d].label)}">${SHORT[d]}</abbr><span>${String(scores[d])}</span></li>`);
  return items.length === 0 ? '<span class="muted">–</span>' : `<ul class="scores">${items.join('')}</ul>`;
}

const STATUS_TEXT: Readonly<Record<InjectEntry['status'], string>> = {
  answered: 'answered',
  late: 'answered late',
  unanswered: 'NOT ANSWERED',
  'no reply expected': 'no reply expected',
};

/** Words for the timeline's entries that come from the catalogue (the report is written in English). */
const words = createTranslator('en');

function injectRow(e: InjectEntry): string {
  const delayed = e.delayedBy === undefined ? '' : `<br><span class="small delayed">${h(words.t('team.report.delayedBy', { duration: e.delayedBy }))}</span>`;
  const reply =
    e.status === 'no reply expected' && e.respondedAt === null
      ? '<span class="muted">no reply expected</span>'
      : `${e.deadline === null ? '' : `deadline ${h(e.deadline)} · `}<strong>${h(STATUS_TEXT[e.status])}</strong>${e.respondedAt === null ? '' : ` at ${h(e.respondedAt)}`}${e.option === null ? '' : ` · option ${t(e.option)}`}${e.statement === null ? '' : ` · ${t(e.statement)}`}`;
  return `<tr class="inject"><td>${when(e.time)}</td><td><span class="kind">Inject</span><br>${t(e.id)}</td><td>${t(e.channel)}${e.from === null ? '' : `<br><span class="muted">from</span> ${t(e.from)}`}</td><td><strong>${t(e.title)}</strong><br><span class="small">${reply}</span>${delayed}</td><td class="sc">${scoreList(e.scores)}</td></tr>`;
}

function statementRow(e: StatementEntry): string {
  const claims = e.claims.length === 0 ? '' : `<p class="claims"><strong>Claims:</strong> ${e.claims.map((c) => `${t(c.fact)} = ${t(c.value)}`).join('; ')}</p>`;
  const flags = e.flags.length === 0 ? '' : `<ul class="flags">${e.flags.map((f) => `<li>${t(f)}</li>`).join('')}</ul>`;
  const answer = e.inject === null ? '<span class="muted">unprompted</span>' : `<span class="muted">answers</span> ${t(e.inject)}${e.option === null ? ' (free text)' : ` (option ${t(e.option)})`}`;
  const audience = `<span class="muted">to</span> ${e.audience.length === 0 ? '–' : e.audience.map(t).join(', ')}`;
  return `<tr class="statement"><td>${when(e.time)}</td><td><span class="kind">Statement</span><br>${t(e.id)}</td><td>${t(e.channel)}<br><span class="muted">seat</span> ${t(e.seat)}</td><td><div class="quote" dir="auto">${h(e.text)}</div><span class="small">${answer} · ${audience}</span>${claims}${flags}</td><td class="sc">${scoreList(e.scores)}</td></tr>`;
}

function timeline(r: AarReport): string {
  const rows = r.timeline.map((e) => (e.kind === 'inject' ? injectRow(e) : statementRow(e))).join('\n');
  return `<section id="timeline" class="page-break">
<h2>4. Timeline</h2>
<p class="small muted">Every inject (shaded) and every statement, in time order, with its scores: Tim timeliness, Acc accuracy, Con consistency, Emp empathy, Tra transparency, Pro proactivity (0–100; an inject's scores are those of its answer). ✗ marks what counted against a statement.</p>
<table class="timeline"><colgroup><col style="width:11%"><col style="width:13%"><col style="width:15%"><col style="width:42%"><col style="width:19%"></colgroup>
<thead><tr><th>Time</th><th>Entry</th><th>Channel, who</th><th>What was said</th><th>Scores</th></tr></thead>
<tbody>
${rows === '' ? '<tr><td colspan="5" class="muted">Nothing happened.</td></tr>' : rows}
</tbody></table>
</section>`;
}

function notes(r: AarReport): string {
  const noteTable = r.notesWithheld
    ? '<p class="muted">The facilitator\'s and observers\' notes stay with the facilitator: they are not in the participants\' copy.</p>'
    : r.notes.length === 0
      ? '<p class="muted">No facilitator or observer notes were recorded.</p>'
      : `<table><colgroup><col style="width:14%"><col style="width:18%"><col></colgroup><thead><tr><th>Time</th><th>By</th><th>Note</th></tr></thead><tbody>${r.notes
          .map((n) => `<tr><td>${when(n.time)}</td><td>${n.by === null ? '<span class="muted">–</span>' : t(n.by)}</td><td><div class="quote" dir="auto">${h(n.text)}</div></td></tr>`)
          .join('')}</tbody></table>`;
  const skipped =
    r.skipped.length === 0
      ? '<p class="muted">No plan steps were skipped.</p>'
      : `<table><colgroup><col style="width:14%"><col></colgroup><thead><tr><th class="num">Step</th><th>Why it was skipped</th></tr></thead><tbody>${r.skipped.map((s) => `<tr><td class="num">${s.step}</td><td>${t(s.reason)}</td></tr>`).join('')}</tbody></table>`;
  return `<section id="notes">
<h2>5. Notes and skipped plan steps</h2>
<h3>Facilitator and observer notes</h3>
${noteTable}
<h3>Skipped plan steps</h3>
${skipped}
</section>`;
}

/** Empty rows under the improvement plan for issues the team raises itself. */
const EXTRA_PLAN_ROWS = 3;

function improvementPlan(r: AarReport): string {
  const rows =
    r.improvementPlan.length === 0
      ? '<tr><td colspan="6" class="muted">No areas for improvement were recorded.</td></tr>'
      : r.improvementPlan
          .map(
            (p) =>
              `<tr><td><strong>${h(p.ref)}</strong></td><td>${t(p.issue)}${p.evidence === '' ? '' : `<br><span class="ev">${t(p.evidence)}</span>`}</td><td>${h(p.capability)}<br>${ratingBadge(p.rating)}</td><td class="blank"></td><td class="blank"></td><td class="blank"></td></tr>`,
          )
          .join('\n');
  return `<section id="plan" class="page-break">
<h2>Appendix A. Improvement plan</h2>
<p class="small">One row per area for improvement. In the hot wash, agree a corrective action for each, name an owner and set a due date; then track them to completion.</p>
<table class="plan"><colgroup><col style="width:5%"><col style="width:34%"><col style="width:11%"><col style="width:28%"><col style="width:12%"><col style="width:10%"></colgroup>
<thead><tr><th>Ref</th><th>Issue / area for improvement</th><th>Capability</th><th>Corrective action</th><th>Owner</th><th>Due date</th></tr></thead>
<tbody>
${rows}
${'<tr><td>+</td><td class="blank"></td><td></td><td class="blank"></td><td class="blank"></td><td class="blank"></td></tr>'.repeat(EXTRA_PLAN_ROWS)}
</tbody></table>
<p class="small muted">The rows marked + are for issues raised in the hot wash.</p>
</section>`;
}

export function renderHtml(r: AarReport): string {
  const o = r.overview;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Crisis Room">
<title>After-Action Report: ${h(o.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header>
<p class="doc-type">After-Action Report / Improvement Plan</p>
<h1>${t(o.title)}</h1>
<p class="subtitle">${t(o.organisation)} · ${h(o.date)}</p>
<p class="small muted">Crisis-communication exercise played in Crisis Room (scenario ${t(o.scenario)}, seed ${o.seed}). Scores are computed; ratings are proposed from them for the evaluators to confirm in the hot wash.</p>
</header>
<nav aria-label="Contents"><strong>Contents</strong><ol>
<li><a href="#overview">Overview</a></li><li><a href="#analysis">Strengths and areas for improvement</a></li><li><a href="#curves">Rumours and trust</a></li><li><a href="#timeline">Timeline</a></li><li><a href="#notes">Notes and skipped plan steps</a></li><li><a href="#plan">Appendix A. Improvement plan</a></li>
</ol></nav>
${overview(r)}
${analysis(r)}
${rumoursAndTrust(r)}
${timeline(r)}
${notes(r)}
${improvementPlan(r)}
<footer>Generated by Crisis Room from the result of scenario ${t(o.scenario)} with seed ${o.seed}. The same result always gives the same report.</footer>
</main>
</body>
</html>
`;
}
