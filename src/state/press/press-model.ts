/**
 * Engine state → the press conference's view model: who is in the room, whose hand is up, the
 * question being asked, every question so far with the answer it got. Pure: the same session gives
 * the same view model, so it is tested in Node against real scenarios. Words from the scenario (a
 * question, a reporter's name) are here in the scenario's language; the game's own words are made
 * by the view from the message catalogue.
 */
import { textIn, type CompiledInject, type CompiledScenario } from '../../format/index.ts';
import type { SessionView } from '../../engine/index.ts';

export type Stance = 'friendly' | 'neutral' | 'skeptical' | 'hostile';
export type AskRole = 'opening' | 'question' | 'follow-up';
export type AskStatus = 'open' | 'awaiting-approval' | 'answered' | 'timed-out' | 'skipped';
/** Why a follow-up was asked (the engine's trigger), as a code. */
export type FollowUpTrigger = string;

export interface ReporterVM {
  readonly id: string;
  readonly name: string;
  readonly outlet: string | null;
  readonly country: string | null;
  readonly stance: Stance;
  /** How far their voice carries, 0–1 (sets the size of the headline they write). */
  readonly influence: number;
  /** asking: has the floor now; up: has a question still to ask; down: done for this conference. */
  readonly hand: 'asking' | 'up' | 'down';
  /** Questions of theirs still to come (follow-ups not counted: nobody knows yet). */
  readonly waiting: number;
}

export interface OptionVM {
  readonly id: string;
  readonly label: string;
  readonly text: string;
}

export interface AnswerVM {
  readonly statement: string;
  readonly text: string;
  readonly option: string | null;
  readonly at: number;
  readonly dodged: boolean;
  readonly contradicted: boolean;
}

/** One question asked at the podium (a firing of a conference inject). */
export interface AskVM {
  readonly key: string;
  readonly inject: string;
  readonly firing: number;
  readonly role: AskRole;
  /** The question's kind (open, hypothetical, loaded, …), `open` where the scenario does not say. */
  readonly kind: string;
  readonly reporter: string | null;
  readonly text: string;
  readonly askedAt: number;
  readonly deadlineAt: number | null;
  /** For a follow-up: what in the previous answer called for it, and the question it follows. */
  readonly trigger: FollowUpTrigger | null;
  readonly followsUp: string | null;
  readonly options: readonly OptionVM[];
  readonly freeText: boolean;
  readonly status: AskStatus;
  readonly answer: AnswerVM | null;
}

export interface PressVM {
  readonly conference: { readonly id: string; readonly title: string } | null;
  readonly phase: SessionView['phase'];
  readonly now: number;
  readonly startIso: string;
  /** The question with the floor (open, or its answer awaiting sign-off); null between questions. */
  readonly current: AskVM | null;
  /** Every question asked so far, in the order asked. */
  readonly asks: readonly AskVM[];
  readonly reporters: readonly ReporterVM[];
  /** Questions written for this conference (follow-ups not counted) and how many have been asked. */
  readonly questions: { readonly total: number; readonly asked: number };
  /** The conference has begun (its first question or opening was put). */
  readonly started: boolean;
  /** Every question has been asked and resolved: the moderator can close the conference. */
  readonly over: boolean;
  /** 0 calm … 1 hostile: how the room has taken the answers so far (drives flashes and noise). */
  readonly heat: number;
}

interface ConferenceShape {
  readonly id: string;
  readonly title: CompiledInject['title'];
  /** Question injects in the order written (follow-ups excluded). */
  readonly questions: readonly CompiledInject[];
  /** Every inject of the conference: opening, questions and follow-ups. */
  readonly injects: readonly CompiledInject[];
}

/** The scenario's press conferences, in the order written, each with its injects. */
export function conferencesOf(s: CompiledScenario): ConferenceShape[] {
  const byId = new Map<string, { id: string; title: CompiledInject['title']; questions: CompiledInject[]; injects: CompiledInject[] }>();
  for (const inj of s.injects) {
    const conf = inj.conference;
    if (!conf) continue;
    let entry = byId.get(conf.id);
    if (!entry) {
      entry = { id: conf.id, title: inj.title, questions: [], injects: [] };
      byId.set(conf.id, entry);
    }
    entry.injects.push(inj);
    if (roleOf(inj) === 'question') entry.questions.push(inj);
  }
  return [...byId.values()];
}

export function roleOf(inj: CompiledInject): AskRole {
  const conf = inj.conference;
  if (!conf) return 'question';
  if (conf.followUpOf !== null) return 'follow-up';
  return inj.tags.includes('press-opening') ? 'opening' : 'question';
}

/** The question's kind, from its tags (`question:loaded`), `open` when not given. */
export function kindOf(inj: CompiledInject): string {
  const tag = inj.tags.find((t) => t.startsWith('question:'));
  return tag ? tag.slice('question:'.length) : 'open';
}

/**
 * The conference the podium shows: the one with a question open now, else the latest one that has
 * begun, else the first one still to come. Null when the scenario has none.
 */
export function activeConference(v: SessionView): ConferenceShape | null {
  const all = conferencesOf(v.scenario);
  if (all.length === 0) return null;
  let latest: ConferenceShape | null = null;
  for (const f of v.state.firings) {
    const conf = v.scenario.injectIndex.get(f.inject)?.conference;
    if (conf) latest = all.find((c) => c.id === conf.id) ?? latest;
  }
  return latest ?? all[0] ?? null;
}

function statusOf(v: SessionView, firing: number): AskStatus {
  const f = v.state.firings[firing];
  if (!f) return 'skipped';
  if (f.respondedAt !== null) return 'answered';
  if (f.pendingStatement !== null) return 'awaiting-approval';
  if (f.closed || f.timedOut) return 'timed-out';
  return v.phase === 'ended' ? 'timed-out' : 'open';
}

/** How bad an answer went for the room: 0 fine … 1 a disaster (dodges and contradictions stack). */
export function answerHeat(ask: Pick<AskVM, 'status' | 'answer'>): number {
  if (ask.status === 'timed-out') return 0.6;
  const a = ask.answer;
  if (!a) return 0;
  return Math.min(1, (a.dodged ? 0.5 : 0) + (a.contradicted ? 0.7 : 0));
}

export function projectPress(v: SessionView, language: string): PressVM {
  const s = v.scenario;
  const t = (text: Parameters<typeof textIn>[0] | null): string => (text === null ? '' : textIn(text, language, s.language));
  const conf = activeConference(v);
  const mine = new Set(conf?.injects.map((i) => i.id) ?? []);
  const asks: AskVM[] = [];
  v.state.firings.forEach((f, firing) => {
    if (!mine.has(f.inject)) return;
    const inj = s.injectIndex.get(f.inject);
    if (!inj) return;
    const status = statusOf(v, firing);
    const st = f.statement === null ? undefined : v.state.statements.find((x) => x.id === f.statement);
    const cause = f.cause;
    const trigger = cause.code === 'cause.follow-up' ? cause.params.trigger : null;
    asks.push({
      key: `${inj.id}#${firing}`,
      inject: inj.id,
      firing,
      role: roleOf(inj),
      kind: kindOf(inj),
      reporter: inj.from,
      text: t(inj.text),
      askedAt: f.firedAt,
      deadlineAt: f.deadlineAt,
      trigger,
      followsUp: inj.conference?.followUpOf ?? null,
      options: inj.options.map((o) => ({ id: o.id, label: t(o.label) || o.id, text: t(o.text) })),
      freeText: inj.freeText !== null,
      status,
      answer: st ? { statement: st.id, text: st.text, option: st.option, at: st.publishedAt ?? st.submittedAt, dodged: f.dodged, contradicted: f.contradicted } : null,
    });
  });
  const current = [...asks].reverse().find((a) => a.status === 'open' || a.status === 'awaiting-approval') ?? null;

  const questions = conf?.questions ?? [];
  const statusOfInject = (id: string): string => v.state.injects[id]?.status ?? 'pending';
  const reporterIds: string[] = [];
  for (const inj of conf?.injects ?? []) if (inj.from !== null && !reporterIds.includes(inj.from) && roleOf(inj) !== 'opening') reporterIds.push(inj.from);
  const reporters: ReporterVM[] = reporterIds.map((id) => {
    const p = s.personas.get(id);
    const waiting = questions.filter((q) => q.from === id && statusOfInject(q.id) === 'pending').length;
    const asking = current?.reporter === id;
    return {
      id,
      name: p?.name ?? id,
      outlet: p?.outlet ?? null,
      country: personaCountry(p),
      stance: p?.disposition ?? 'neutral',
      influence: p?.influence ?? 0.5,
      hand: asking ? 'asking' : waiting > 0 && v.phase !== 'ended' ? 'up' : 'down',
      waiting,
    };
  });

  const asked = questions.filter((q) => statusOfInject(q.id) !== 'pending').length;
  const started = asks.length > 0;
  const over = started && current === null && questions.every((q) => statusOfInject(q.id) !== 'pending');
  // The room's mood follows the last few answers, the latest weighing most.
  const resolved = asks.filter((a) => a.status === 'answered' || a.status === 'timed-out');
  let heat = 0;
  for (const a of resolved) heat = heat * 0.55 + answerHeat(a) * 0.45;
  return {
    conference: conf ? { id: conf.id, title: t(conf.title) } : null,
    phase: v.phase,
    now: v.state.now,
    startIso: s.startIso,
    current,
    asks,
    reporters,
    questions: { total: questions.length, asked },
    started,
    over,
    heat: Math.round(Math.min(1, heat) * 100) / 100,
  };
}

/** A persona's country, where the scenario gives one (older scenarios have none). */
function personaCountry(p: object | undefined): string | null {
  const country = p && 'country' in p ? (p as { country?: unknown }).country : undefined;
  return typeof country === 'string' ? country : null;
}

/** Whether a scenario is a press-conference drill on its own (nothing but its conferences). */
export function isStandaloneDrill(s: CompiledScenario): boolean {
  return s.injects.length > 0 && s.injects.every((i) => i.conference !== null);
}
