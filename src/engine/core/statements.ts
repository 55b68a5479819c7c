/**
 * Statements and approvals. A statement is drafted by a seat (an authored option or free text the
 * host has annotated), waits for the seats that must sign off its channel (simulated in solo play,
 * real in a team drill), and is published: it goes on the record (facts stated or disclosed, key
 * messages used), is checked against the message ledger, keeps promised updates, counters rumours,
 * moves trust, and answers the inject it replies to, whose effects then run.
 */
import { CHANNEL_INFO, textIn, type Channel, type CompiledInject } from '../../format/index.ts';
import { emptyAnnotation, freeTextChannel, type Annotation } from '../annotation.ts';
import type { Cause } from '../causes.ts';
import type { StatementSubmit } from '../commands.ts';
import type { ReplyScope } from '../evaluate.ts';
import { Ledger, type Contradiction } from '../ledger.ts';
import { askedOf, assessAnswer, missesExpectations } from '../press/assess.ts';
import { annotateOption } from '../option-annotation.ts';
import { APPROVAL } from '../scoring/weights.ts';
import type { Statement } from '../state.ts';
import { claimVerdict } from '../verdict.ts';
import { applyEffects } from './effects.ts';
import { notifyDependents } from './injects.ts';
import { conferenceNext } from './press-conferences.ts';
import { keepPromises } from './promises.ts';
import { counterRumours, exposeWrongDenials } from './rumours.ts';
import { addTimer, removeDeadline, removeTimers } from './timers.ts';
import { applyStatementTrust, countOnRecord } from './trust.ts';
import type { Work } from './work.ts';
import { resolveAudience } from '../scoring/audience.ts';

/** Statement ids are `s1`, `s2`, … in the order drafted: the id gives its place in the list. */
export function statementIndex(w: Work, id: string): number {
  const n = /^s(\d+)$/.exec(id);
  const i = n ? Number(n[1]) - 1 : -1;
  return w.st.statements[i]?.id === id ? i : w.st.statements.findIndex((x) => x.id === id);
}

function audienceFor(w: Work, channel: Channel, requested: readonly string[] | null | undefined): string[] {
  return resolveAudience(w.s, channel, requested);
}

export function submit(w: Work, cmd: StatementSubmit, seat: string): void {
  const inj = cmd.inject === undefined ? undefined : w.s.injectIndex.get(cmd.inject);
  const rt = cmd.inject === undefined ? undefined : w.st.injects[cmd.inject];
  const firingIndex = rt?.firing ?? null;
  const option = inj && cmd.option !== undefined ? inj.options.find((o) => o.id === cmd.option) : undefined;
  const channel: Channel = option?.channel ?? freeTextChannel(cmd.channel, inj);
  const text = option ? textIn(option.text, w.s.language, w.s.language) : (cmd.text ?? '').trim();
  // A reply in a meeting reaches the audiences the inject is about (its expects), if it names them.
  const meetingAudience = inj?.expects && inj.expects.audiences.length > 0 && !w.s.stakeholders.some((sh) => sh.reachedBy.has(channel)) ? inj.expects.audiences : undefined;
  const audience = audienceFor(w, channel, option?.audience ?? cmd.audience ?? meetingAudience);
  const needs = (w.s.approvals.get(channel) ?? []).filter((r) => r !== seat);
  const id = `s${w.st.statements.length + 1}`;
  const annotation: Annotation = option ? emptyAnnotation('option') : (cmd.annotation ?? wordsOnly(text));
  const analyser = option || cmd.annotation === undefined ? null : (cmd.analyser ?? null);
  const statement: Statement = {
    id,
    seat,
    submittedAt: w.st.now,
    publishedAt: null,
    status: 'awaiting-approval',
    channel,
    audience,
    text,
    inject: inj?.id ?? null,
    firing: firingIndex,
    option: option?.id ?? null,
    annotation,
    analyser,
    contradicts: [],
    approvals: {},
    needs,
    rejection: null,
  };
  w.st.statements.push(statement);
  w.log('statement.submitted', { statement: id, seat, channel, inject: statement.inject, option: statement.option, needs, analyser });
  if (firingIndex !== null) {
    const firing = w.st.firings[firingIndex];
    if (firing) w.setFiring(firingIndex, { ...firing, pendingStatement: id });
  }
  if (needs.length === 0) {
    publish(w, id);
    return;
  }
  if (w.st.mode === 'solo') {
    // Solo play simulates the approvers; their time is part of timeliness.
    for (const approver of needs) {
      addTimer(w, { kind: 'approval', at: w.st.now + (w.s.approvalTimeMs.get(approver) ?? APPROVAL.defaultMs), statement: id, seat: approver });
    }
  }
}

export function approve(w: Work, statementId: string, seat: string): void {
  const i = statementIndex(w, statementId);
  const stmt = w.st.statements[i];
  if (!stmt || stmt.status !== 'awaiting-approval' || stmt.approvals[seat] !== undefined) return;
  const updated = { ...stmt, approvals: { ...stmt.approvals, [seat]: w.st.now } };
  w.setStatement(i, updated);
  w.log('statement.approved', { statement: statementId, seat });
  if (updated.needs.every((r) => updated.approvals[r] !== undefined)) publish(w, statementId);
}

export function reject(w: Work, statementId: string, seat: string, reason: string): void {
  const i = statementIndex(w, statementId);
  const stmt = w.st.statements[i];
  if (!stmt || stmt.status !== 'awaiting-approval') return;
  w.setStatement(i, { ...stmt, status: 'rejected', rejection: { seat, reason } });
  removeTimers(w, (t) => t.kind === 'approval' && t.statement === statementId);
  if (stmt.firing !== null) {
    const firing = w.st.firings[stmt.firing];
    if (firing?.pendingStatement === statementId) w.setFiring(stmt.firing, { ...firing, pendingStatement: null });
  }
  w.log('statement.rejected', { statement: statementId, seat, reason });
}

/** The message ledger of the published statements, kept beside the session's statement list as it grows. */
const ledgers = new WeakMap<Statement[], Ledger>();

function ledger(w: Work): Ledger {
  let l = ledgers.get(w.st.statements);
  if (!l) {
    l = new Ledger(w.s);
    w.st.statements.forEach((x, i) => {
      if (x.status === 'published') l?.add(x, i);
    });
    ledgers.set(w.st.statements, l);
  }
  return l;
}

function publish(w: Work, statementId: string): void {
  const i = statementIndex(w, statementId);
  const draft = w.st.statements[i];
  if (!draft) return;
  const now = w.st.now;
  const inj = draft.inject === null ? undefined : w.s.injectIndex.get(draft.inject);
  const option = inj && draft.option !== null ? inj.options.find((o) => o.id === draft.option) : undefined;
  const annotation = option ? annotateOption(option, draft.text, now) : draft.annotation;
  const onRecord = ledger(w);
  const contradictions = onRecord.contradictions(annotation.claims);
  const statement: Statement = {
    ...draft,
    status: 'published',
    publishedAt: now,
    annotation,
    contradicts: [...new Set(contradictions.map((c) => c.earlier.statement))],
  };
  w.setStatement(i, statement);
  onRecord.add(statement, i);
  countOnRecord(w, statement);
  w.log('statement.published', { statement: statementId, channel: statement.channel, inject: statement.inject, option: statement.option, audience: statement.audience });

  recordClaims(w, statement);
  keepPromises(w, statement);
  counterRumours(w, statement);
  applyStatementTrust(w, statement, contradictions.length);

  if (inj && statement.firing !== null) respond(w, inj, statement, contradictions);
}

function recordClaims(w: Work, statement: Statement): void {
  const now = w.st.now;
  const isPublic = CHANNEL_INFO[statement.channel].isPublic;
  for (const claim of statement.annotation.claims) {
    const f = w.st.facts[claim.fact];
    if (!f) continue;
    // Disclosing means telling the truth: a wrong figure puts nothing on the record (and cannot
    // pre-empt a leak).
    const correct = claimVerdict(w.s, claim, now) === 'correct';
    const disclosed = isPublic && correct && f.disclosedAt === null;
    if (f.statedAt === null || disclosed) w.setFact(claim.fact, { ...f, statedAt: f.statedAt ?? now, disclosedAt: disclosed ? now : f.disclosedAt });
    // Telling the truth about something a wrong denial hid exposes the denial too.
    if (isPublic && correct) exposeWrongDenials(w, claim.fact);
  }
  for (const k of statement.annotation.keyMessages) w.countKeyMessage(k.id);
}

/** A published statement answers the inject it replies to, if that is still open; the inject's effects and branches run. */
function respond(w: Work, inj: CompiledInject, statement: Statement, contradictions: readonly Contradiction[]): void {
  const contradicted = contradictions.length > 0;
  const index = statement.firing;
  if (index === null) return;
  const firing = w.st.firings[index];
  const rt = w.st.injects[inj.id];
  if (!firing || !rt) return;
  if (firing.respondedAt !== null || firing.closed) {
    // It was approved after the question closed: it went out, but it no longer answers it.
    if (firing.pendingStatement === statement.id) w.setFiring(index, { ...firing, pendingStatement: null });
    return;
  }
  const assessment = inj.conference ? assessAnswer(w.s, inj, { annotation: statement.annotation, text: statement.text, at: w.st.now, contradictions }) : null;
  const dodged = assessment ? assessment.dodged : isDodge(inj, statement.annotation);
  w.setFiring(index, { ...firing, respondedAt: w.st.now, statement: statement.id, option: statement.option, pendingStatement: null, dodged, contradicted });
  if (rt.firing === index) w.setInject(inj.id, { ...rt, status: 'responded' });
  removeDeadline(w, index, firing.deadlineAt);
  w.log('inject.responded', { inject: inj.id, firing: index, statement: statement.id, option: statement.option, dodged, contradicted });
  if (inj.conference && assessment) {
    w.log('press.answered', {
      conference: inj.conference.id,
      inject: inj.id,
      statement: statement.id,
      kind: askedOf(inj),
      dodged,
      triggers: [...assessment.triggers],
      score: assessment.score,
      cues: [...assessment.cues],
      headline: assessment.headline,
    });
  }

  const cause: Cause = { code: 'cause.answer', params: { inject: inj.id } };
  applyEffects(w, inj.onResponse, cause);
  const option = statement.option === null ? undefined : inj.options.find((o) => o.id === statement.option);
  if (option) applyEffects(w, option.effects, { code: 'cause.option', params: { inject: inj.id, option: option.id } });
  else if (inj.freeText) {
    applyEffects(w, inj.freeText.effects, cause);
    const reply: ReplyScope = { annotation: statement.annotation, channel: statement.channel, dodged, contradicted };
    for (const b of inj.freeText.branches) if (w.test(b.when, reply)) applyEffects(w, b.effects, { code: 'cause.branch', params: { inject: inj.id } });
  }
  notifyDependents(w, inj.id, 'responded');
  notifyDependents(w, inj.id, 'resolved');
  if (inj.conference) conferenceNext(w, inj, index, assessment);
}

/** Did the answer miss what was asked? Nothing it expected was addressed, or it was "no comment". */
export function isDodge(inj: CompiledInject, a: Annotation): boolean {
  if (a.posture?.value === 'no-comment' || a.penalties.some((p) => p.kind === 'no-comment')) return true;
  return missesExpectations(inj, a);
}

/** Free text the host sent without an annotation: only its words count. */
function wordsOnly(text: string): Annotation {
  return { ...emptyAnnotation('analyser'), words: text.split(/\s+/).filter(Boolean).length };
}
