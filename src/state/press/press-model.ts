/**
 * Engine state → the press conference's view model: who is in the room, whose hand is up, the
 * question being asked (with the spokesperson's own earlier words filled in when a reporter quotes
 * them back), every question so far with the answer it got and the headline it would make. Read
 * from the engine's press events and turn selectors only. Pure: the same session gives the same
 * view model, so it is tested in Node against real scenarios. Words from the scenario (a question,
 * a reporter's name) are here in the scenario's language; the game's own words are made by the view
 * from the message catalogue.
 */
import { awaitingPick, handsUp, type Cue, type EngineEvent, type Headline, type SessionView } from '../../engine/index.ts';
import { textIn, type Channel, type CompiledConference, type CompiledInject, type CompiledScenario } from '../../format/index.ts';

export type Stance = 'friendly' | 'neutral' | 'skeptical' | 'hostile';
/** `aside`: something put to the spokesperson outside the conference itself (a doorstep question on the way in). */
export type AskRole = 'opening' | 'question' | 'follow-up' | 'aside';
export type AskStatus = 'open' | 'awaiting-approval' | 'answered' | 'timed-out';

type PressQuestion = Extract<EngineEvent, { type: 'press.question' }>['data'];
type PressAnswered = Extract<EngineEvent, { type: 'press.answered' }>['data'];

export interface ReporterVM {
  readonly id: string;
  readonly name: string;
  readonly outlet: string | null;
  readonly country: string | null;
  readonly stance: Stance;
  /** How far their voice carries, 0–1. */
  readonly influence: number;
  /** asking: has the floor; up: has a question left; waiting: has one, but the opening statement comes first; down: done. */
  readonly hand: 'asking' | 'up' | 'waiting' | 'down';
}

export interface OptionVM {
  readonly id: string;
  readonly label: string;
  readonly text: string;
}

/** How the room heard an answer (the engine's `press.answered`), when the engine judged it. */
export interface HeardVM {
  /** The answer's press score, 0–100. */
  readonly score: number;
  readonly dodged: boolean;
  /** What the answer set off (follow-up triggers). */
  readonly triggers: readonly string[];
  readonly cues: readonly Cue[];
  readonly headline: Headline | null;
}

export interface AnswerVM {
  readonly statement: string;
  readonly text: string;
  readonly option: string | null;
  readonly at: number;
  readonly dodged: boolean;
  readonly contradicted: boolean;
  readonly heard: HeardVM | null;
}

/** One question asked at the podium (a firing of a conference inject). */
export interface AskVM {
  readonly key: string;
  readonly inject: string;
  readonly firing: number;
  readonly role: AskRole;
  /** The question's kind (open, hypothetical, loaded, outside-remit, interruption, yes-no; opening). */
  readonly kind: string;
  readonly reporter: string | null;
  /** Who is asking, as shown (any persona, not only the conference's reporters). */
  readonly asker: { readonly name: string; readonly outlet: string | null } | null;
  /** As asked: a contradiction follow-up has the spokesperson's earlier words filled in. */
  readonly text: string;
  /** The earlier words a reporter quotes back, when they do. */
  readonly quote: PressQuestion['quote'];
  readonly askedAt: number;
  readonly deadlineAt: number | null;
  /** For a follow-up: what in the previous answer called for it, and the question it follows. */
  readonly trigger: string | null;
  readonly followsUp: string | null;
  readonly options: readonly OptionVM[];
  readonly freeText: boolean;
  /** Where the answer goes (a conference answer on the press-conference channel; a doorstep on the call). */
  readonly channel: Channel;
  /** An aside's own title ("Doorstep in the lobby"), when it has one. */
  readonly title: string | null;
  /** Loaded words the question hands over (the headline a repeat would make). */
  readonly loaded: readonly string[];
  readonly status: AskStatus;
  readonly answer: AnswerVM | null;
}

/** Something that needs no answer but changes what the spokesperson knows (a note passed to the podium). */
export interface NoteVM {
  readonly key: string;
  readonly inject: string;
  readonly from: string | null;
  readonly title: string | null;
  readonly text: string;
  readonly at: number;
}

export interface PressOptions {
  /**
   * A press drill: everything in the scenario happens at the podium (a doorstep on the way in, a
   * note passed mid-conference). Otherwise the conference is one event in a longer scenario and only
   * its own questions are shown.
   */
  readonly drill?: boolean;
}

export interface PressVM {
  readonly conference: { readonly id: string; readonly title: string; readonly picking: 'moderator' | 'trainee' } | null;
  readonly phase: SessionView['phase'];
  readonly now: number;
  readonly startIso: string;
  /** The question with the floor (open, or its answer awaiting sign-off); null between questions. */
  readonly current: AskVM | null;
  /** Every question asked so far, in the order asked. */
  readonly asks: readonly AskVM[];
  /** Notes passed to the spokesperson, oldest first (drills only). */
  readonly notes: readonly NoteVM[];
  readonly reporters: readonly ReporterVM[];
  /** Hands are up and the room waits for the spokesperson to call on someone, until `by`. */
  readonly picking: { readonly hands: readonly string[]; readonly by: number | null } | null;
  /** Questions written for this conference (follow-ups not counted) and how many have been asked. */
  readonly questions: { readonly total: number; readonly asked: number };
  /** The conference has begun (its opening or first question was put). */
  readonly started: boolean;
  /** The moderator closed the conference: no question is left. */
  readonly over: boolean;
  /** 0 calm … 1 hostile: how the room has taken the answers so far (drives flashes and noise). */
  readonly heat: number;
}

export function roleOf(inj: CompiledInject): AskRole {
  return inj.conference?.role ?? 'question';
}

/** The scenario's press conferences, in the order written. */
export function conferencesOf(s: CompiledScenario): readonly CompiledConference[] {
  return s.conferences;
}

/** Every inject of a conference: the opening, its questions and their follow-ups. */
function injectsOf(s: CompiledScenario, conf: CompiledConference): Set<string> {
  const out = new Set<string>();
  for (const inj of s.injects) if (inj.conference?.id === conf.id) out.add(inj.id);
  return out;
}

/**
 * The conference the podium shows: the latest one that has begun, else the first one still to
 * come. Null when the scenario has none.
 */
export function activeConference(v: SessionView): CompiledConference | null {
  let latest: CompiledConference | null = null;
  for (const e of v.state.log) if (e.type === 'press.opened') latest = v.scenario.conferenceIndex.get(e.data.conference) ?? latest;
  return latest ?? v.scenario.conferences[0] ?? null;
}

function statusOf(v: SessionView, firing: number): AskStatus {
  const f = v.state.firings[firing];
  if (!f) return 'timed-out';
  if (f.respondedAt !== null) return 'answered';
  if (f.pendingStatement !== null) return 'awaiting-approval';
  if (f.closed || f.timedOut || v.phase === 'ended') return 'timed-out';
  return 'open';
}

/** How badly an answer went for the room: 0 fine … 1 a disaster. */
export function answerHeat(ask: Pick<AskVM, 'status' | 'answer'>): number {
  if (ask.status === 'timed-out') return 0.6;
  const a = ask.answer;
  if (!a) return 0;
  const triggered = a.heard ? a.heard.triggers.length : 0;
  const fromScore = a.heard ? Math.max(0, (50 - a.heard.score) / 50) * 0.6 : 0;
  return Math.min(1, (a.dodged ? 0.5 : 0) + (a.contradicted ? 0.7 : 0) + triggered * 0.3 + fromScore);
}

export function projectPress(v: SessionView, language: string, options: PressOptions = {}): PressVM {
  const s = v.scenario;
  const t = (text: Parameters<typeof textIn>[0] | null): string => (text === null ? '' : textIn(text, language, s.language));
  const conf = activeConference(v);
  const mine = conf ? injectsOf(s, conf) : new Set<string>();
  // The press events of this conference, by inject: the question as asked, the answer as heard.
  const asked = new Map<string, PressQuestion>();
  const heard = new Map<string, PressAnswered>();
  let opened = false;
  let closed = false;
  for (const e of v.state.log) {
    if (e.type === 'press.question' && e.data.conference === conf?.id) asked.set(e.data.inject, e.data);
    else if (e.type === 'press.answered' && e.data.conference === conf?.id) heard.set(e.data.statement, e.data);
    else if (e.type === 'press.opened' && e.data.conference === conf?.id) opened = true;
    else if (e.type === 'press.closed' && e.data.conference === conf?.id) closed = true;
  }

  const asks: AskVM[] = [];
  const notes: NoteVM[] = [];
  const personName = (id: string | null): string | null => (id === null ? null : (s.personas.get(id)?.name ?? id));
  const askerOf = (id: string | null): AskVM['asker'] => (id === null ? null : { name: s.personas.get(id)?.name ?? id, outlet: s.personas.get(id)?.outlet ?? null });
  v.state.firings.forEach((f, firing) => {
    const inj = s.injectIndex.get(f.inject);
    if (!inj) return;
    if (!mine.has(f.inject)) {
      if (!options.drill || inj.conference !== null) return;
      if (inj.options.length === 0 && inj.freeText === null) {
        notes.push({ key: `${inj.id}#${firing}`, inject: inj.id, from: personName(inj.from), title: inj.title === null ? null : t(inj.title), text: t(inj.text), at: f.firedAt });
        return;
      }
    }
    const put = asked.get(inj.id);
    const st = f.statement === null ? undefined : v.state.statements.find((x) => x.id === f.statement);
    const h = st ? heard.get(st.id) : undefined;
    const role: AskRole = inj.conference === null ? 'aside' : roleOf(inj);
    asks.push({
      key: `${inj.id}#${firing}`,
      inject: inj.id,
      firing,
      role,
      kind: put?.kind ?? (role === 'opening' ? 'opening' : role === 'aside' ? 'aside' : (inj.conference?.question?.kind ?? 'open')),
      reporter: role === 'opening' ? (conf?.moderator ?? inj.from) : (put?.journalist ?? inj.conference?.question?.journalist ?? inj.from),
      asker: askerOf(role === 'opening' ? (conf?.moderator ?? inj.from) : (put?.journalist ?? inj.conference?.question?.journalist ?? inj.from)),
      text: put?.text ?? t(inj.text),
      quote: put?.quote ?? null,
      askedAt: f.firedAt,
      deadlineAt: f.deadlineAt,
      trigger: put?.trigger ?? (f.cause.code === 'cause.follow-up' ? f.cause.params.trigger : null),
      followsUp: inj.conference?.followUpOf ?? null,
      options: inj.options.map((o) => ({ id: o.id, label: t(o.label) || o.id, text: t(o.text) })),
      freeText: inj.freeText !== null,
      channel: inj.replyChannel,
      title: role === 'aside' && inj.title !== null ? t(inj.title) : null,
      loaded: inj.conference?.question?.loaded ?? [],
      status: statusOf(v, firing),
      answer: st
        ? {
            statement: st.id,
            text: st.text,
            option: st.option,
            at: st.publishedAt ?? st.submittedAt,
            dodged: f.dodged,
            contradicted: f.contradicted,
            heard: h ? { score: h.score, dodged: h.dodged, triggers: h.triggers, cues: h.cues, headline: h.headline } : null,
          }
        : null,
    });
  });
  // A conference question has the floor before anything else that is waiting.
  const waitingAsks = [...asks].reverse().filter((a) => a.status === 'open' || a.status === 'awaiting-approval');
  const current = waitingAsks.find((a) => a.role !== 'aside') ?? waitingAsks[0] ?? null;

  const questions = conf?.questions ?? [];
  const hands = conf && v.phase !== 'ended' && !closed ? handsUp(s, v.state, conf) : [];
  const reporterIds: string[] = [];
  for (const id of questions) {
    const who = s.injectIndex.get(id)?.conference?.question?.journalist;
    if (who !== undefined && !reporterIds.includes(who)) reporterIds.push(who);
  }
  const reporters: ReporterVM[] = reporterIds.map((id) => {
    const p = s.personas.get(id);
    return {
      id,
      name: p?.name ?? id,
      outlet: p?.outlet ?? null,
      country: p?.country ?? null,
      stance: p?.disposition ?? 'neutral',
      influence: p?.influence ?? 0.5,
      hand: current?.reporter === id && current.role !== 'opening' && current.role !== 'aside' ? 'asking' : hands.includes(id) ? (current?.role === 'opening' ? 'waiting' : 'up') : 'down',
    };
  });
  const waiting = conf !== null && current === null && v.phase !== 'ended' && awaitingPick(v.state, conf.id);
  const pickTimer = waiting ? v.state.timers.find((x) => x.kind === 'press-pick' && x.conference === conf.id) : undefined;

  const statusOfInject = (id: string): string => v.state.injects[id]?.status ?? 'pending';
  // The room's mood follows the last few answers, the latest weighing most.
  let heat = 0;
  for (const a of asks) if (a.status === 'answered' || a.status === 'timed-out') heat = heat * 0.55 + answerHeat(a) * 0.45;
  return {
    conference: conf ? { id: conf.id, title: t(conf.title), picking: conf.picking } : null,
    phase: v.phase,
    now: v.state.now,
    startIso: s.startIso,
    current,
    asks,
    notes,
    reporters,
    picking: waiting ? { hands, by: pickTimer?.at ?? null } : null,
    questions: { total: questions.length, asked: questions.filter((q) => statusOfInject(q) !== 'pending' && statusOfInject(q) !== 'skipped').length },
    started: opened || asks.some((a) => a.role !== 'aside'),
    over: closed || (asks.some((a) => a.role !== 'aside') && current === null && !waiting && questions.every((q) => statusOfInject(q) !== 'pending')),
    heat: Math.round(Math.min(1, heat) * 100) / 100,
  };
}

/** Whether a scenario is a press-conference drill on its own (nothing but its conferences). */
export function isStandaloneDrill(s: CompiledScenario): boolean {
  return s.injects.length > 0 && s.injects.every((i) => i.conference !== null);
}
