/**
 * What the UI and the session server read from a session, as pure functions of the scenario, the
 * state and the phase. Each returns plain data with ids (the scenario has the words), so a Zustand
 * projection or a server broadcast can call them after every update; collections the engine did not
 * touch keep their identity in the state, so selectors on them are cheap to compare.
 */
import type { Channel, CompiledScenario, Dimension } from '../format/index.ts';
import { COMMAND_SENDERS, type Actor } from './actors.ts';
import { COMMAND_TYPES, type CommandType } from './commands.ts';
import { rumourFeeds, type RumourFeed } from './feed-view.ts';
import { phaseAccepts, type Phase } from './machine.ts';
import { awaitingPick, handsUp } from './press/turns.ts';
import { rumourReadout } from './rumours.ts';
import { scoreSession } from './scoring/session-scores.ts';
import type { EngineState, Statement } from './state.ts';

/** A session as selectors see it. `Session.view()` gives one; a store can keep its own. */
export interface SessionView {
  readonly scenario: CompiledScenario;
  readonly state: EngineState;
  readonly phase: Phase;
}

export interface OpenInject {
  readonly inject: string;
  readonly firing: number;
  readonly channel: Channel;
  /** The persona it comes from. */
  readonly from: string | null;
  /** The seats it is addressed to; null: every seat. */
  readonly to: readonly string[] | null;
  readonly firedAt: number;
  /** When the answer is due (scenario ms); null: no deadline. */
  readonly deadlineAt: number | null;
  /** Past its deadline and still open (it does not close at its deadline). */
  readonly overdue: boolean;
  /** A drafted answer waiting for approval, if any: no other answer is accepted meanwhile. */
  readonly awaitingApproval: string | null;
  /** Authored options to choose from (empty: free text only). */
  readonly options: readonly string[];
  readonly freeText: boolean;
}

/** Injects that are open now (fired, answerable, not yet answered), oldest first. */
export function openInjects(v: SessionView): OpenInject[] {
  const out: OpenInject[] = [];
  for (const inj of v.scenario.injects) {
    const rt = v.state.injects[inj.id];
    if (!rt || (rt.status !== 'active' && rt.status !== 'overdue') || rt.firing === null) continue;
    const f = v.state.firings[rt.firing];
    if (!f || f.closed || f.respondedAt !== null) continue;
    out.push({
      inject: inj.id,
      firing: rt.firing,
      channel: inj.channel,
      from: inj.from,
      to: inj.to,
      firedAt: f.firedAt,
      deadlineAt: f.deadlineAt,
      overdue: rt.status === 'overdue',
      awaitingApproval: f.pendingStatement,
      options: inj.options.map((o) => o.id),
      freeText: inj.freeText !== null,
    });
  }
  return out.sort((a, b) => a.firedAt - b.firedAt || a.firing - b.firing);
}

export interface UpcomingInject {
  readonly inject: string;
  readonly channel: Channel;
  readonly from: string | null;
  readonly to: readonly string[] | null;
  /** When it is due (scenario ms); null: it waits for a condition, another inject, or a facilitator. */
  readonly dueAt: number | null;
  /** How it is triggered in the scenario: at a time, after another inject, when a condition holds, or only by hand. */
  readonly trigger: 'at' | 'after' | 'when' | 'manual';
}

/**
 * Injects still to come (not fired, skipped or cancelled), those with a time first, in the order
 * they are due: what a facilitator may fire now, skip, or (when it has a time) delay.
 */
export function upcomingInjects(v: SessionView): UpcomingInject[] {
  const due = new Map<string, number>();
  for (const t of v.state.timers) if (t.kind === 'fire' && !due.has(t.inject)) due.set(t.inject, t.at);
  const out: UpcomingInject[] = [];
  for (const inj of v.scenario.injects) {
    const rt = v.state.injects[inj.id];
    if (!rt || rt.status !== 'pending' || rt.fireCount > 0) continue;
    // Before the start no timer is set: an `at` inject is due at its time.
    const dueAt = due.get(inj.id) ?? (inj.trigger.kind === 'at' && v.phase === 'briefing' ? inj.trigger.atMs : null);
    out.push({ inject: inj.id, channel: inj.channel, from: inj.from, to: inj.to, dueAt, trigger: inj.trigger.kind });
  }
  const order = (u: UpcomingInject) => u.dueAt ?? Infinity;
  return out.sort((a, b) => order(a) - order(b));
}

export interface StatementView {
  readonly id: string;
  readonly seat: string;
  readonly status: Statement['status'];
  readonly channel: Channel;
  readonly audience: readonly string[];
  readonly text: string;
  readonly inject: string | null;
  readonly option: string | null;
  readonly submittedAt: number;
  readonly publishedAt: number | null;
  /** Seats that must sign it off, and when each did. */
  readonly needs: readonly string[];
  readonly approvals: Readonly<Record<string, number>>;
  /** Seats whose sign-off is still missing (empty once published or rejected). */
  readonly waitingFor: readonly string[];
  readonly rejection: { readonly seat: string; readonly reason: string } | null;
}

/** Every statement drafted so far, with its approval state, in the order they were drafted. */
export function statements(v: SessionView): StatementView[] {
  return v.state.statements.map((s) => ({
    id: s.id,
    seat: s.seat,
    status: s.status,
    channel: s.channel,
    audience: s.audience,
    text: s.text,
    inject: s.inject,
    option: s.option,
    submittedAt: s.submittedAt,
    publishedAt: s.publishedAt,
    needs: s.needs,
    approvals: s.approvals,
    waitingFor: s.status === 'awaiting-approval' ? s.needs.filter((seat) => s.approvals[seat] === undefined) : [],
    rejection: s.rejection,
  }));
}

/** The social feed now: for each spreading rumour, posts a minute and a sample of posts. */
export function feed(v: SessionView, sample = 6): RumourFeed[] {
  return rumourFeeds(v.scenario, v.state, sample);
}

export interface TrustView {
  readonly stakeholder: string;
  readonly trust: number;
  readonly initial: number;
  readonly weight: number;
}

export function trust(v: SessionView): TrustView[] {
  return v.scenario.stakeholders.map((sh) => ({ stakeholder: sh.id, trust: v.state.trust[sh.id] ?? sh.trust, initial: sh.trust, weight: sh.weight }));
}

export interface RumourView {
  readonly rumour: string;
  readonly seededAt: number | null;
  readonly counteredAt: number | null;
  /** Share of its audience that has heard it, believes it, and is spreading it now (0–1). */
  readonly reach: number;
  readonly believing: number;
  readonly spreaders: number;
  readonly peak: { readonly at: number; readonly reach: number; readonly spreaders: number } | null;
  /** [time, reach, spreaders, believing] every five scenario minutes since seeding. */
  readonly history: readonly (readonly [number, number, number, number])[];
}

export function rumours(v: SessionView): RumourView[] {
  return v.scenario.rumours.map((r) => {
    const rt = v.state.rumours[r.id];
    const readout = rt ? rumourReadout(rt) : { reach: 0, believing: 0, spreaders: 0 };
    const peak = rt?.model?.peak ?? null;
    return {
      rumour: r.id,
      seededAt: rt?.seededAt ?? null,
      counteredAt: rt?.counteredAt ?? null,
      reach: readout.reach,
      believing: readout.believing,
      spreaders: readout.spreaders,
      peak: peak === null ? null : { at: peak.atMs, reach: peak.reach, spreaders: peak.spreaders },
      history: rt?.history ?? [],
    };
  });
}

export interface ScoresSoFar {
  readonly overall: number;
  readonly dimensions: Readonly<Record<Dimension, number>>;
  /** Dimensions with nothing to judge yet. */
  readonly unjudged: readonly Dimension[];
}

/** The session's scores if it ended now (the whole scorer runs: call it on demand, not every frame). */
export function scoresSoFar(v: SessionView): ScoresSoFar {
  const scoring = scoreSession(v.scenario, v.state);
  return { overall: scoring.overall, dimensions: scoring.dimensions, unjudged: scoring.unjudged };
}

export interface Allowed {
  /** Command types this actor may send in this phase (the state may still refuse one, e.g. an unknown inject). */
  readonly commands: readonly CommandType[];
  /** Open injects a trainee can answer now (in a team session, only those addressed to its seat), and whether each is addressed to its seat. */
  readonly answer: readonly { readonly inject: string; readonly firing: number; readonly addressedToMe: boolean }[];
  /** Statements waiting for this approver's sign-off. */
  readonly approve: readonly string[];
  /** Press conferences waiting for this actor to call on a reporter, and whose hands are up (most influential first). */
  readonly pick: readonly { readonly conference: string; readonly journalists: readonly string[] }[];
}

/** What this actor may do now. */
export function allowed(v: SessionView, actor: Actor): Allowed {
  const rooms = v.scenario.conferences.filter((c) => awaitingPick(v.state, c.id));
  // Calling on a reporter is only possible while a room waits for it, so it is offered only then.
  const commands = COMMAND_TYPES.filter(
    (type) => COMMAND_SENDERS[type][v.state.mode].includes(actor.kind) && phaseAccepts(v.phase, type) && (type !== 'press.pick' || rooms.length > 0),
  );
  const canSubmit = commands.includes('statement.submit') && actor.kind === 'trainee' && v.scenario.seats.includes(actor.seat);
  const answer = canSubmit
    ? openInjects(v)
        .filter((o) => o.awaitingApproval === null)
        .map((o) => ({ inject: o.inject, firing: o.firing, addressedToMe: o.to === null || o.to.includes(actor.seat) }))
        // In a team session the engine refuses an answer from a seat the inject was not sent to.
        .filter((o) => v.state.mode === 'solo' || o.addressedToMe)
    : [];
  const approve =
    actor.kind === 'approver' && commands.includes('statement.approve')
      ? v.state.statements.filter((s) => s.status === 'awaiting-approval' && s.needs.includes(actor.seat) && s.approvals[actor.seat] === undefined).map((s) => s.id)
      : [];
  const pick = commands.includes('press.pick') ? rooms.map((c) => ({ conference: c.id, journalists: handsUp(v.scenario, v.state, c) })) : [];
  return { commands, answer, approve, pick };
}
