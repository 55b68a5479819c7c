/**
 * One engine transition: state + command → new state. Pure (the input state is never mutated): a
 * Step copies the collections it may touch, works on the copies and hands back a new state. The
 * session machine (machine.ts) calls these through named actions; the scheduler, inject lifecycle,
 * statements and effects all live here because they interleave within a single moment of scenario
 * time and must happen in one well-defined order.
 *
 * Order within a moment: due timers in (time, creation) order → conditions (when/unless/early
 * endings), repeated until nothing changes → the end of the scenario if it was reached or asked for.
 */
import { CHANNEL_INFO, textIn, type Channel, type CompiledEffect, type CompiledInject, type CompiledScenario, type RExpr } from '../format/index.ts';
import { actorName, type Actor } from './actors.ts';
import { emptyAnnotation, UNKNOWN, type Annotation } from './annotation.ts';
import { delayed, type Cause, type EndCause, type TrustFactor } from './causes.ts';
import type { Command, StatementSubmit } from './commands.ts';
import type { EventData, EventType } from './events.ts';
import { evaluate, truthAt, type ReplyScope } from './evaluate.ts';
import { changesWithClock, conditionIndex, type Continuity } from './condition-index.ts';
import { contradictionsOf } from './ledger.ts';
import { annotateOption } from './option-annotation.ts';
import { boostRumour, correctRumour, emptyRumour, HISTORY_EVERY_MS, RUMOUR_STEP_MS, rumourReadout, seedRumour, syncRumour } from './rumours.ts';
import type { EngineState, Firing, InjectRuntime, Statement, Timer } from './state.ts';
import { SILENCE_BOOKING_STEP, silenceCost, statementTrustImpact } from './trust-impact.ts';
import { credibility, shiftTrust } from './trust.ts';
import { claimVerdict } from './verdict.ts';

export interface EngineDeps {
  readonly scenario: CompiledScenario;
}

type Collection = 'injects' | 'firings' | 'timers' | 'vars' | 'trust' | 'rumours' | 'facts' | 'keyMessages' | 'statements' | 'promises' | 'log';

/** A timer before it gets its sequence number (distributes Omit over the union). */
type TimerInput = Timer extends infer T ? (T extends Timer ? Omit<T, 'seq'> : never) : never;

/** Guard against a scenario whose conditions and effects keep re-triggering each other. */
const MAX_SETTLE_PASSES = 64;
const DEFAULT_APPROVAL_MS = 5 * 60_000;
/** A promised update counts as kept up to this long after the promised time. */
const PROMISE_GRACE_MS = 5 * 60_000;
/** …and from this long before it (or a quarter of the promised interval, if longer). */
const PROMISE_WINDOW_MIN_MS = 10 * 60_000;

export function initialState(scenario: CompiledScenario, seed: number, mode: 'solo' | 'team'): EngineState {
  const injects: Record<string, InjectRuntime> = {};
  for (const inj of scenario.injects) injects[inj.id] = { status: 'pending', firing: null, fireCount: 0, lastCondition: false };
  const trust: Record<string, number> = {};
  for (const sh of scenario.stakeholders) trust[sh.id] = sh.trust;
  const rumours: EngineState['rumours'] = {};
  for (const r of scenario.rumours) rumours[r.id] = emptyRumour();
  const facts: EngineState['facts'] = {};
  for (const f of scenario.facts) facts[f.id] = { revealedAt: null, disclosedAt: null, statedAt: null };
  const keyMessages: Record<string, number> = {};
  for (const k of scenario.keyMessages) keyMessages[k.id] = 0;
  return {
    scenario: scenario.id,
    seed,
    now: 0,
    speed: scenario.defaultSpeed,
    mode,
    seq: 0,
    injects,
    firings: [],
    timers: [],
    vars: { ...scenario.variables },
    trust,
    rumours,
    facts,
    keyMessages,
    statements: [],
    promises: [],
    ending: null,
    endRequested: null,
    log: [],
  };
}

export class Step {
  private readonly s: CompiledScenario;
  private readonly st: EngineState;

  constructor(deps: EngineDeps, state: EngineState) {
    this.s = deps.scenario;
    this.st = { ...state };
  }

  /**
   * Copy-on-write: the first change to a collection in this step copies it, so the state the step
   * started from is never mutated and collections nothing touched are shared, not copied. The
   * objects inside are replaced, never mutated.
   */
  private readonly owned = new Set<Collection>();

  private w<K extends Collection>(key: K): EngineState[K] {
    if (!this.owned.has(key)) {
      const value: unknown = this.st[key];
      (this.st as Record<Collection, unknown>)[key] = Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) };
      this.owned.add(key);
    }
    return this.st[key];
  }

  private replace<K extends Collection>(key: K, value: EngineState[K]): void {
    this.st[key] = value;
    this.owned.add(key);
  }

  get state(): EngineState {
    return this.st;
  }

  /** A method, not a getter: the end can arrive in the middle of a loop, and TypeScript would narrow a getter. */
  isEnded(): boolean {
    return this.st.ending !== null;
  }

  // -------------------------------------------------------------------------------------------
  // Commands

  apply(cmd: Command, actor: Actor): this {
    switch (cmd.type) {
      case 'session.start':
        this.start();
        break;
      case 'session.pause':
        this.log('session.paused', {});
        break;
      case 'session.resume':
        this.log('session.resumed', {});
        break;
      case 'session.end':
        this.finish({ code: 'end.requested', params: { by: actor.kind } }, cmd.note ?? null);
        break;
      case 'clock.advance':
        this.advanceTo(this.st.now + cmd.by);
        break;
      case 'clock.advanceTo':
        this.advanceTo(Math.max(this.st.now, cmd.to));
        break;
      case 'clock.skip':
        this.skipToNextInject(cmd.until ?? this.s.lengthMs);
        break;
      case 'speed.set':
        this.st.speed = cmd.speed;
        this.log('speed.changed', { speed: cmd.speed });
        break;
      case 'note.add':
        this.log('note.added', { text: cmd.text, by: actorName(actor) });
        break;
      case 'inject.fire':
        this.fire(cmd.inject, { code: 'cause.facilitator', params: {} }, true);
        this.settle();
        break;
      case 'statement.submit':
        this.submit(cmd, actorName(actor));
        this.settle();
        break;
      case 'statement.approve':
        this.approve(cmd.statement, actorName(actor));
        this.settle();
        break;
      case 'statement.reject':
        this.reject(cmd.statement, actorName(actor), cmd.reason);
        break;
    }
    return this;
  }

  private start(): void {
    this.log('session.started', { scenario: this.s.id, seed: this.st.seed, mode: this.st.mode });
    // All at once and then sorted (stably, so creation order breaks ties as addTimer would):
    // inserting thousands of timers one by one into a sorted list is quadratic.
    const timers: Timer[] = [...this.st.timers];
    for (const inj of this.s.injects) {
      if (inj.trigger.kind === 'at') timers.push({ kind: 'fire', at: inj.trigger.atMs, inject: inj.id, cause: { code: 'cause.at', params: { at: inj.trigger.atMs } }, seq: this.st.seq++ });
    }
    for (const r of this.s.rumours) {
      if (r.seedMs !== null) timers.push({ kind: 'seed', at: r.seedMs, rumour: r.id, seq: this.st.seq++ });
    }
    this.replace('timers', timers.sort((a, b) => a.at - b.at));
    this.fireTimers = null;
    this.settle();
  }

  // -------------------------------------------------------------------------------------------
  // Time

  /**
   * How many pending `fire` timers each inject has, built on first use in this step and kept up to
   * date, so firing an inject does not scan every timer to remove its other fire timers (there are
   * almost never any): that scan made playing n injects quadratic.
   */
  private fireTimers: Map<string, number> | null = null;

  private fireTimerCount(inject: string): number {
    if (this.fireTimers === null) {
      this.fireTimers = new Map();
      for (const t of this.st.timers) if (t.kind === 'fire') this.countFireTimer(t.inject, 1);
    }
    return this.fireTimers.get(inject) ?? 0;
  }

  private countFireTimer(inject: string, delta: number): void {
    if (this.fireTimers === null) return;
    this.fireTimers.set(inject, (this.fireTimers.get(inject) ?? 0) + delta);
  }

  private removeFireTimers(inject: string): void {
    if (this.fireTimerCount(inject) === 0) return;
    this.removeTimers((t) => t.kind === 'fire' && t.inject === inject);
  }

  private addTimer(t: TimerInput): void {
    const timer = { ...t, seq: this.st.seq++ };
    if (timer.kind === 'fire') this.countFireTimer(timer.inject, 1);
    // Keep timers sorted by (time, creation order) so they fire in a replayable order.
    let i = this.st.timers.length;
    while (i > 0) {
      const prev = this.st.timers[i - 1];
      if (!prev || prev.at <= timer.at) break;
      i -= 1;
    }
    this.w('timers').splice(i, 0, timer);
  }

  private hasSeededRumour(): boolean {
    for (const r of this.s.rumours) if (this.st.rumours[r.id]?.model) return true;
    return false;
  }

  /**
   * Conditions that can change with time alone (they read time, a rumour or a truth timeline) need
   * checking on the grid. Whether any exist can change only when something happens, i.e. when the log
   * moves, so the answer is cached per log sequence number.
   */
  private gridNeed: { readonly seq: number; readonly value: boolean } | null = null;

  private needsGridChecks(): boolean {
    if (this.gridNeed?.seq !== this.st.seq) this.gridNeed = { seq: this.st.seq, value: this.computeGridNeed() };
    return this.gridNeed.value;
  }

  private computeGridNeed(): boolean {
    const index = conditionIndex(this.s);
    for (const w of index.watchedInjects) {
      if (!this.movesWithClock(w.continuity)) continue;
      const status = this.st.injects[w.inject.id]?.status;
      if (status === 'pending' || (w.inject.trigger.kind === 'when' && !w.inject.trigger.once)) return true;
    }
    return index.earlyEndings.some((e) => this.movesWithClock(e.continuity));
  }

  private readonly running = (id: string): boolean => this.st.rumours[id]?.model != null;

  private movesWithClock(c: Continuity): boolean {
    return changesWithClock(c, this.running);
  }

  advanceTo(target: number): void {
    const end = this.s.lengthMs;
    const stopAt = Math.min(target, end);
    this.settle();
    while (!this.isEnded()) {
      const nextTimer = this.st.timers[0]?.at ?? Infinity;
      // Stop every minute while a condition moves with the clock; otherwise a running rumour only
      // needs the five-minute points where its history is sampled and silence is booked (it is
      // integrated on the same one-minute grid either way, so the result is identical).
      const every = this.needsGridChecks() ? RUMOUR_STEP_MS : this.hasSeededRumour() ? HISTORY_EVERY_MS : Infinity;
      const grid = every === Infinity ? Infinity : (Math.floor(this.st.now / every) + 1) * every;
      const t = Math.min(nextTimer, grid, stopAt);
      if (t > this.st.now) {
        this.st.now = t;
        // Only on the grid and at timer moments: never at the host's frame times (see rumours.ts).
        if (t === grid || t === nextTimer) this.syncRumours(t);
      }
      // Where the host stops the clock (before the end), answers given now come before deadlines now.
      const hold = this.st.now === stopAt && stopAt < end;
      this.settle(hold);
      if (this.isEnded()) break;
      if (this.st.now >= end) {
        this.finish({ code: 'end.clock', params: {} });
        break;
      }
      if (this.st.now >= stopAt && !this.dueNow(hold)) break;
    }
  }

  /** Solo practice: jump to the moment the next inject fires, but no further than `limit` (or the end). */
  private skipToNextInject(limit: number): void {
    const fired = this.st.firings.length;
    while (!this.isEnded() && this.st.firings.length === fired && this.st.now < limit) {
      const nextFire = this.st.timers.find((t) => t.kind === 'fire')?.at ?? Infinity;
      const nextGrid = (Math.floor(this.st.now / RUMOUR_STEP_MS) + 1) * RUMOUR_STEP_MS;
      const target = this.needsGridChecks() ? Math.min(nextFire, nextGrid) : nextFire;
      this.advanceTo(Math.min(target, limit, this.s.lengthMs));
    }
  }

  private syncRumours(to: number): void {
    for (const r of this.s.rumours) {
      const rt = this.st.rumours[r.id];
      if (!rt?.model) continue;
      let synced = syncRumour(rt, r, to);
      // Silence costs trust while the rumour runs and nobody answers it. It accrues every five
      // minutes and is booked once it reaches a visible amount, so the log is not flooded with dust.
      if (synced.seededAt !== null && synced.counteredAt === null && to % HISTORY_EVERY_MS === 0 && to > synced.seededAt) {
        const debt = synced.silenceDebt + silenceCost(rumourReadout(synced), HISTORY_EVERY_MS / 3_600_000);
        if (debt >= SILENCE_BOOKING_STEP) {
          for (const sh of r.audiences) this.adjustTrust(sh, -debt, { code: 'cause.silence', params: { rumour: r.id } });
          synced = { ...synced, silenceDebt: 0 };
        } else synced = { ...synced, silenceDebt: debt };
      }
      this.w('rumours')[r.id] = synced;
    }
  }

  /** The log sequence number when conditions were last fully checked: until it moves, only continuous ones can change. */
  private checkedAtSeq = -1;

  /**
   * Is the next timer due now? With `holdDeadlines`, a deadline falling exactly now waits, with
   * everything after it at this moment: "answer within 15 minutes" includes minute 15, so an answer
   * given at that moment comes first. Holding the rest too keeps the order of what happens at this
   * moment the same whether the host stops here or jumps past it.
   */
  private dueNow(holdDeadlines: boolean): boolean {
    const t = this.st.timers[0];
    if (!t || t.at > this.st.now) return false;
    return !(holdDeadlines && this.holding());
  }

  private holding(): boolean {
    const t = this.st.timers[0];
    return t !== undefined && t.at === this.st.now && this.st.timers.some((x) => x.at === this.st.now && x.kind === 'deadline');
  }

  /** Runs everything due now, then conditions, until nothing changes. */
  private settle(holdDeadlines = false): void {
    for (let pass = 0; pass < MAX_SETTLE_PASSES && !this.isEnded(); pass++) {
      let changed = false;
      while (!this.isEnded()) {
        const timer = this.st.timers[0];
        if (!timer || timer.at > this.st.now) break;
        if (holdDeadlines && timer.kind === 'deadline' && timer.at === this.st.now) return;
        this.w('timers').shift();
        if (timer.kind === 'fire') this.countFireTimer(timer.inject, -1);
        this.runTimer(timer);
        changed = true;
      }
      // Conditions run after every timer of this moment; while a deadline is held, so are they.
      if (holdDeadlines && this.holding()) return;
      if (this.isEnded()) return;
      changed = this.checkConditions() || changed;
      if (this.st.endRequested !== null) {
        this.finish({ code: 'end.effect', params: {} });
        return;
      }
      if (!changed) return;
    }
    if (!this.isEnded()) this.log('engine.loop-stopped', { passes: MAX_SETTLE_PASSES });
  }

  private runTimer(t: Timer): void {
    switch (t.kind) {
      case 'fire':
        this.fire(t.inject, t.cause, false);
        break;
      case 'deadline':
        this.deadline(t.firing);
        break;
      case 'approval':
        this.approve(t.statement, t.seat);
        break;
      case 'seed':
        this.seed(t.rumour, null, { code: 'cause.scheduled', params: {} });
        break;
    }
  }

  private checkConditions(): boolean {
    const onlyContinuous = this.st.seq === this.checkedAtSeq;
    const index = conditionIndex(this.s);
    let changed = false;
    for (const { inject: inj, continuity } of index.watchedInjects) {
      if (onlyContinuous && !this.movesWithClock(continuity)) continue;
      const rt = this.st.injects[inj.id];
      if (!rt) continue;
      const rearms = inj.trigger.kind === 'when' && !inj.trigger.once;
      if (rt.status !== 'pending' && !rearms) continue;
      if (rt.status === 'pending' && inj.cancelIf && this.test(inj.cancelIf)) {
        this.cancel(inj.id, { code: 'cause.unless', params: {} });
        changed = true;
        continue;
      }
      if (inj.trigger.kind !== 'when') continue;
      const now = this.test(inj.trigger.condition);
      const rising = now && !rt.lastCondition;
      const open = rt.status === 'active' || rt.status === 'overdue';
      if (now !== rt.lastCondition) this.w('injects')[inj.id] = { ...rt, lastCondition: now };
      if (rt.status === 'pending' ? now : !inj.trigger.once && rising && !open && rt.status !== 'cancelled') {
        this.fire(inj.id, { code: 'cause.when', params: {} }, false);
        changed = true;
      }
    }
    for (const { ending: e, continuity } of index.earlyEndings) {
      if (onlyContinuous && !this.movesWithClock(continuity)) continue;
      if (e.when && this.test(e.when)) {
        this.st.endRequested = e.id;
        this.finish({ code: 'end.early', params: { ending: e.id } });
        return true;
      }
    }
    this.checkedAtSeq = this.st.seq;
    return changed;
  }

  private test(expr: RExpr, reply: ReplyScope | null = null): boolean {
    return evaluate(expr, this.s, this.st, reply);
  }

  // -------------------------------------------------------------------------------------------
  // Injects

  private fire(id: string, cause: Cause, manual: boolean): void {
    const inj = this.s.injectIndex.get(id);
    const rt = this.st.injects[id];
    if (!inj || !rt || this.isEnded()) return;
    const repeatable = inj.trigger.kind === 'when' && !inj.trigger.once;
    if (rt.status === 'cancelled' && !manual) return;
    if (rt.fireCount > 0 && !repeatable && !manual) return;
    if (rt.status === 'active' || rt.status === 'overdue') return;
    if (inj.guard && !manual && !this.test(inj.guard)) {
      this.w('injects')[id] = { ...rt, status: 'skipped' };
      this.log('inject.skipped', { inject: id, cause: { code: 'cause.guard', params: {} } });
      this.removeFireTimers(id);
      return;
    }
    const answerable = inj.options.length > 0 || inj.freeText !== null;
    const firing: Firing = {
      inject: id,
      firedAt: this.st.now,
      deadlineAt: inj.deadlineMs === null || !answerable ? null : this.st.now + inj.deadlineMs,
      respondedAt: null,
      pendingStatement: null,
      statement: null,
      option: null,
      timedOut: false,
      closed: !answerable,
      dodged: false,
      contradicted: false,
      cause,
    };
    const index = this.st.firings.length;
    this.w('firings').push(firing);
    this.w('injects')[id] = { ...rt, status: answerable ? 'active' : 'delivered', firing: index, fireCount: rt.fireCount + 1 };
    this.removeFireTimers(id);
    if (firing.deadlineAt !== null) this.addTimer({ kind: 'deadline', at: firing.deadlineAt, firing: index });
    this.log('inject.fired', {
      inject: id,
      firing: index,
      channel: inj.channel,
      from: inj.from,
      to: inj.to === null ? null : [...inj.to],
      deadlineAt: firing.deadlineAt,
      cause,
    });
    for (const fact of inj.reveals) this.reveal(fact, { code: 'cause.reveal', params: { inject: id } });
    this.notifyDependents(id, 'fired');
    if (!answerable) this.notifyDependents(id, 'resolved');
  }

  private removeTimers(match: (t: Timer) => boolean): void {
    this.replace('timers', this.st.timers.filter((t) => !match(t)));
    this.fireTimers = null;
  }

  private cancel(id: string, cause: Cause): void {
    const rt = this.st.injects[id];
    if (!rt || rt.status !== 'pending') return;
    this.w('injects')[id] = { ...rt, status: 'cancelled' };
    this.removeFireTimers(id);
    this.log('inject.cancelled', { inject: id, cause });
  }

  private notifyDependents(id: string, event: 'fired' | 'responded' | 'expired' | 'resolved'): void {
    for (const dep of this.s.dependents.get(id) ?? []) {
      if (dep.trigger.kind !== 'after' || dep.trigger.event !== event) continue;
      if (this.st.injects[dep.id]?.status !== 'pending') continue;
      this.addTimer({
        kind: 'fire',
        at: this.st.now + dep.trigger.delayMs,
        inject: dep.id,
        cause: { code: 'cause.after', params: { inject: id, event, delay: dep.trigger.delayMs } },
      });
    }
  }

  private deadline(index: number): void {
    const firing = this.st.firings[index];
    if (!firing || firing.respondedAt !== null || firing.timedOut) return;
    const inj = this.s.injectIndex.get(firing.inject);
    const rt = this.st.injects[firing.inject];
    if (!inj || !rt) return;
    const closed = inj.closesAtDeadline;
    this.w('firings')[index] = { ...firing, timedOut: true, closed };
    if (rt.firing === index) this.w('injects')[firing.inject] = { ...rt, status: closed ? 'expired' : 'overdue' };
    this.log('inject.deadline', { inject: firing.inject, firing: index, closed });
    this.applyEffects(inj.onTimeout, { code: 'cause.timeout', params: { inject: firing.inject } });
    this.notifyDependents(firing.inject, 'expired');
    this.notifyDependents(firing.inject, 'resolved');
    if (closed) this.conferenceNext(inj, index);
  }

  /** Press conferences: after a question is resolved, its follow-up (if the answer called for one) or the next question. */
  private conferenceNext(inj: CompiledInject, index: number): void {
    const conf = inj.conference;
    const firing = this.st.firings[index];
    if (!conf || !firing) return;
    if (conf.followUpOf === null) {
      for (const f of conf.followUps) {
        const due =
          (f.trigger === 'dodged' && firing.dodged) ||
          (f.trigger === 'contradicted' && firing.contradicted) ||
          (f.trigger === 'timeout' && firing.timedOut && firing.respondedAt === null) ||
          (f.trigger === 'answered' && firing.respondedAt !== null);
        if (due && this.st.injects[f.inject]?.status === 'pending') {
          this.fire(f.inject, { code: 'cause.follow-up', params: { inject: inj.id, trigger: f.trigger } }, false);
          return;
        }
      }
    }
    if (conf.next !== null && this.st.injects[conf.next]?.status === 'pending') this.fire(conf.next, { code: 'cause.next-question', params: { inject: inj.id } }, false);
  }

  // -------------------------------------------------------------------------------------------
  // Statements

  private audienceFor(channel: Channel, requested: readonly string[] | null | undefined): string[] {
    // A channel reaches whom it reaches: a meeting with no named audience reaches nobody outside it.
    const reached = this.s.stakeholders.filter((sh) => sh.reachedBy.has(channel)).map((sh) => sh.id);
    if (!requested || requested.length === 0 || requested.includes('public')) return reached;
    const ids = new Set<string>();
    for (const a of requested) {
      for (const sh of this.s.stakeholders) if (sh.id === a || sh.kind === a) ids.add(sh.id);
    }
    return [...ids];
  }

  private submit(cmd: StatementSubmit, seat: string): void {
    const inj = cmd.inject === undefined ? undefined : this.s.injectIndex.get(cmd.inject);
    const rt = cmd.inject === undefined ? undefined : this.st.injects[cmd.inject];
    const firingIndex = rt?.firing ?? null;
    const option = inj && cmd.option !== undefined ? inj.options.find((o) => o.id === cmd.option) : undefined;
    const channel: Channel = option?.channel ?? cmd.channel ?? inj?.freeText?.channel ?? inj?.replyChannel ?? 'press-release';
    const text = option ? textIn(option.text, this.s.language, this.s.language) : (cmd.text ?? '').trim();
    // A reply in a meeting reaches the audiences the inject is about (its expects), if it names them.
    const meetingAudience = inj?.expects && inj.expects.audiences.length > 0 && !this.s.stakeholders.some((sh) => sh.reachedBy.has(channel)) ? inj.expects.audiences : undefined;
    const audience = this.audienceFor(channel, option?.audience ?? cmd.audience ?? meetingAudience);
    const needs = (this.s.approvals.get(channel) ?? []).filter((r) => r !== seat);
    const id = `s${this.st.statements.length + 1}`;
    const annotation: Annotation = option ? emptyAnnotation('option') : (cmd.annotation ?? wordsOnly(text));
    const analyser = option || cmd.annotation === undefined ? null : (cmd.analyser ?? null);
    const statement: Statement = {
      id,
      seat,
      submittedAt: this.st.now,
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
    this.w('statements').push(statement);
    this.log('statement.submitted', { statement: id, seat, channel, inject: statement.inject, option: statement.option, needs, analyser });
    if (firingIndex !== null) {
      const firing = this.st.firings[firingIndex];
      if (firing) this.w('firings')[firingIndex] = { ...firing, pendingStatement: id };
    }
    if (needs.length === 0) {
      this.publish(id);
      return;
    }
    if (this.st.mode === 'solo') {
      // Solo play simulates the approvers; their time is part of timeliness.
      for (const approver of needs) {
        this.addTimer({ kind: 'approval', at: this.st.now + (this.s.approvalTimeMs.get(approver) ?? DEFAULT_APPROVAL_MS), statement: id, seat: approver });
      }
    }
  }

  private approve(statementId: string, seat: string): void {
    const i = this.st.statements.findIndex((x) => x.id === statementId);
    const stmt = this.st.statements[i];
    if (!stmt || stmt.status !== 'awaiting-approval' || stmt.approvals[seat] !== undefined) return;
    const updated = { ...stmt, approvals: { ...stmt.approvals, [seat]: this.st.now } };
    this.w('statements')[i] = updated;
    this.log('statement.approved', { statement: statementId, seat });
    if (updated.needs.every((r) => updated.approvals[r] !== undefined)) this.publish(statementId);
  }

  private reject(statementId: string, seat: string, reason: string): void {
    const i = this.st.statements.findIndex((x) => x.id === statementId);
    const stmt = this.st.statements[i];
    if (!stmt || stmt.status !== 'awaiting-approval') return;
    this.w('statements')[i] = { ...stmt, status: 'rejected', rejection: { seat, reason } };
    this.removeTimers((t) => t.kind === 'approval' && t.statement === statementId);
    if (stmt.firing !== null) {
      const firing = this.st.firings[stmt.firing];
      if (firing?.pendingStatement === statementId) this.w('firings')[stmt.firing] = { ...firing, pendingStatement: null };
    }
    this.log('statement.rejected', { statement: statementId, seat, reason });
  }

  private publish(statementId: string): void {
    const i = this.st.statements.findIndex((x) => x.id === statementId);
    const draft = this.st.statements[i];
    if (!draft) return;
    const now = this.st.now;
    const inj = draft.inject === null ? undefined : this.s.injectIndex.get(draft.inject);
    const option = inj && draft.option !== null ? inj.options.find((o) => o.id === draft.option) : undefined;
    const annotation = option ? annotateOption(option, draft.text, now) : draft.annotation;
    const earlier = this.st.statements.filter((x) => x.status === 'published');
    const contradictions = contradictionsOf(this.s, earlier, annotation.claims);
    const statement: Statement = {
      ...draft,
      status: 'published',
      publishedAt: now,
      annotation,
      contradicts: [...new Set(contradictions.map((c) => c.earlier.statement))],
    };
    this.w('statements')[i] = statement;
    this.log('statement.published', { statement: statementId, channel: statement.channel, inject: statement.inject, option: statement.option, audience: statement.audience });

    this.recordClaims(statement);
    this.keepPromises(statement);
    this.counterRumours(statement);
    this.applyTrust(statement, contradictions.length);

    if (inj && statement.firing !== null) this.respond(inj, statement, contradictions.length > 0);
  }

  private recordClaims(statement: Statement): void {
    const now = this.st.now;
    const isPublic = CHANNEL_INFO[statement.channel].isPublic;
    for (const claim of statement.annotation.claims) {
      const f = this.st.facts[claim.fact];
      if (!f) continue;
      // Disclosing means telling the truth: a wrong figure puts nothing on the record (and cannot
      // pre-empt a leak).
      const correct = claimVerdict(this.s, claim, now) === 'correct';
      const disclosed = isPublic && correct && f.disclosedAt === null;
      if (f.statedAt === null || disclosed) {
        this.w('facts')[claim.fact] = { ...f, statedAt: f.statedAt ?? now, disclosedAt: disclosed ? now : f.disclosedAt };
      }
      // Telling the truth about something a wrong denial hid exposes the denial too.
      if (isPublic && correct) this.exposeWrongDenials(claim.fact);
    }
    for (const k of statement.annotation.keyMessages) this.w('keyMessages')[k.id] = (this.st.keyMessages[k.id] ?? 0) + 1;
  }

  private keepPromises(statement: Statement): void {
    const now = this.st.now;
    const a = statement.annotation;
    // An update is something new said near the promised time, not any post at all.
    const substantive = a.claims.length > 0 || a.keyMessages.length > 0 || a.instructions.length > 0 || a.unknowns.length > 0;
    if (CHANNEL_INFO[statement.channel].isPublic && substantive) {
      this.replace('promises', this.st.promises.map((p) => {
        if (p.keptAt !== null || now > p.due + PROMISE_GRACE_MS) return p;
        const made = this.st.statements.find((x) => x.id === p.statement)?.publishedAt ?? p.due;
        const opens = p.due - Math.max(PROMISE_WINDOW_MIN_MS, (p.due - made) / 4);
        return now >= opens ? { ...p, keptAt: now } : p;
      }));
    }
    const next = statement.annotation.nextUpdate;
    if (next?.at != null && next.at > now) this.w('promises').push({ statement: statement.id, due: next.at, keptAt: null });
  }

  private counterRumours(statement: Statement): void {
    const now = this.st.now;
    const a = statement.annotation;
    for (const r of this.s.rumours) {
      const rt = this.st.rumours[r.id];
      if (!rt || !statement.audience.some((id) => r.audiences.includes(id))) continue;
      const factClaims = a.claims.filter((c) => r.counteredBy.facts.includes(c.fact) && c.value !== UNKNOWN);
      const usesMessage = a.keyMessages.some((k) => r.counteredBy.keyMessages.includes(k.id));
      const denies = a.posture?.value === 'deny';
      if (r.isTrue) {
        // A true rumour: confirming it honestly is right; denying it backfires when the truth comes out.
        const honest = factClaims.some((c) => claimVerdict(this.s, c, now) === 'correct');
        const wrong = factClaims.some((c) => claimVerdict(this.s, c, now) === 'wrong') || (denies && (factClaims.length > 0 || usesMessage));
        if (honest && rt.counteredAt === null) {
          this.w('rumours')[r.id] = { ...rt, counteredAt: now };
          this.log('rumour.confirmed', { rumour: r.id, statement: statement.id });
        } else if (wrong && rt.wrongDenialAt === null) {
          this.w('rumours')[r.id] = correctRumour({ ...rt, wrongDenialAt: now }, r, now, 1, credibility(this.s, this.st));
          this.log('rumour.denied-wrongly', { rumour: r.id, statement: statement.id });
        }
        continue;
      }
      const correct = factClaims.some((c) => claimVerdict(this.s, c, now) === 'correct') || usesMessage;
      if (!correct) continue;
      const cred = credibility(this.s, this.st);
      this.w('rumours')[r.id] = correctRumour(rt, r, now, 1, cred);
      this.log('rumour.countered', { rumour: r.id, statement: statement.id, credibility: round(cred), cause: { code: 'cause.statement', params: { statement: statement.id } } });
    }
  }

  private exposeWrongDenials(factId: string): void {
    for (const r of this.s.rumours) {
      const rt = this.st.rumours[r.id];
      if (!rt || !r.isTrue || rt.wrongDenialAt === null || rt.exposedAt !== null || !r.counteredBy.facts.includes(factId)) continue;
      this.w('rumours')[r.id] = { ...rt, exposedAt: this.st.now };
      this.log('rumour.denial-exposed', { rumour: r.id, fact: factId });
      for (const sh of r.audiences) this.adjustTrust(sh, -0.15, { code: 'cause.denial-exposed', params: { rumour: r.id } });
    }
  }

  private applyTrust(statement: Statement, contradictions: number): void {
    const impact = statementTrustImpact(this.s, this.st, statement, contradictions);
    const cause: Cause = { code: 'cause.statement', params: { statement: statement.id } };
    for (const [stakeholder, delta, factors] of impact) this.adjustTrust(stakeholder, delta, cause, factors);
  }

  private respond(inj: CompiledInject, statement: Statement, contradicted: boolean): void {
    const index = statement.firing;
    if (index === null) return;
    const firing = this.st.firings[index];
    const rt = this.st.injects[inj.id];
    if (!firing || !rt) return;
    if (firing.respondedAt !== null || firing.closed) {
      // It was approved after the question closed: it went out, but it no longer answers it.
      if (firing.pendingStatement === statement.id) this.w('firings')[index] = { ...firing, pendingStatement: null };
      return;
    }
    const dodged = isDodge(inj, statement.annotation);
    this.w('firings')[index] = { ...firing, respondedAt: this.st.now, statement: statement.id, option: statement.option, pendingStatement: null, dodged, contradicted };
    if (rt.firing === index) this.w('injects')[inj.id] = { ...rt, status: 'responded' };
    this.removeTimers((t) => t.kind === 'deadline' && t.firing === index);
    this.log('inject.responded', { inject: inj.id, firing: index, statement: statement.id, option: statement.option, dodged, contradicted });

    const cause: Cause = { code: 'cause.answer', params: { inject: inj.id } };
    this.applyEffects(inj.onResponse, cause);
    const option = statement.option === null ? undefined : inj.options.find((o) => o.id === statement.option);
    if (option) this.applyEffects(option.effects, { code: 'cause.option', params: { inject: inj.id, option: option.id } });
    else if (inj.freeText) {
      this.applyEffects(inj.freeText.effects, cause);
      const reply: ReplyScope = { annotation: statement.annotation, channel: statement.channel, dodged, contradicted };
      for (const b of inj.freeText.branches) if (this.test(b.when, reply)) this.applyEffects(b.effects, { code: 'cause.branch', params: { inject: inj.id } });
    }
    this.notifyDependents(inj.id, 'responded');
    this.notifyDependents(inj.id, 'resolved');
    if (inj.conference) this.conferenceNext(inj, index);
  }

  // -------------------------------------------------------------------------------------------
  // Effects

  private applyEffects(effects: readonly CompiledEffect[], cause: Cause): void {
    for (const e of effects) {
      if (this.isEnded()) return;
      switch (e.kind) {
        case 'trust':
          for (const [sh, delta] of e.deltas) this.adjustTrust(sh, delta, cause);
          break;
        case 'fire':
          if (e.delayMs === 0) this.fire(e.inject, cause, false);
          else this.addTimer({ kind: 'fire', at: this.st.now + e.delayMs, inject: e.inject, cause: delayed(cause, e.delayMs) });
          break;
        case 'cancel':
          this.cancel(e.inject, cause);
          break;
        case 'set':
          for (const [name, value] of e.values) this.setVar(name, value, cause);
          break;
        case 'add':
          for (const [name, value] of e.values) {
            const current = this.st.vars[name];
            this.setVar(name, (typeof current === 'number' ? current : 0) + value, cause);
          }
          break;
        case 'seedRumour':
          this.seed(e.rumour, e.share, cause);
          break;
        case 'boostRumour': {
          const r = this.s.rumourIndex.get(e.rumour);
          const rt = this.st.rumours[e.rumour];
          if (r && rt) {
            this.w('rumours')[e.rumour] = boostRumour(rt, r, this.st.now, e.share);
            this.log('rumour.boosted', { rumour: e.rumour, share: e.share, cause });
          }
          break;
        }
        case 'counterRumour': {
          const r = this.s.rumourIndex.get(e.rumour);
          const rt = this.st.rumours[e.rumour];
          if (r && rt) {
            const cred = credibility(this.s, this.st);
            this.w('rumours')[e.rumour] = correctRumour(rt, r, this.st.now, e.strength, cred);
            this.log('rumour.countered', { rumour: e.rumour, statement: null, credibility: round(cred), cause });
          }
          break;
        }
        case 'reveal':
          this.reveal(e.fact, cause);
          break;
        case 'end':
          this.st.endRequested ??= e.ending;
          break;
        case 'note':
          this.log('note.added', { text: e.text, by: 'scenario' });
          break;
      }
    }
  }

  private seed(id: string, share: number | null, cause: Cause): void {
    const r = this.s.rumourIndex.get(id);
    const rt = this.st.rumours[id];
    if (!r || !rt || rt.seededAt !== null) return;
    this.w('rumours')[id] = seedRumour(rt, r, this.st.now, share);
    this.log('rumour.seeded', { rumour: id, cause });
  }

  private reveal(factId: string, cause: Cause): void {
    const f = this.st.facts[factId];
    if (!f || f.revealedAt !== null) return;
    this.w('facts')[factId] = { ...f, revealedAt: this.st.now };
    this.log('fact.revealed', { fact: factId, cause, value: truthAt(this.s, factId, this.st.now) });
    this.exposeWrongDenials(factId);
  }

  private setVar(name: string, value: number | boolean | string, cause: Cause): void {
    this.w('vars')[name] = value;
    this.log('variable.set', { name, value, cause });
  }

  private adjustTrust(stakeholder: string, delta: number, cause: Cause, factors: TrustFactor[] = []): void {
    const before = this.st.trust[stakeholder];
    if (before === undefined || delta === 0) return;
    const after = shiftTrust(before, delta);
    this.w('trust')[stakeholder] = after;
    this.log('trust.changed', { stakeholder, delta: round(after - before), trust: round(after), cause, factors });
  }

  // -------------------------------------------------------------------------------------------
  // The end

  private finish(cause: EndCause, note: string | null = null): void {
    if (this.isEnded()) return;
    let ending: string | null = this.st.endRequested;
    if (ending === null) {
      for (const e of this.s.endings) {
        if (e.otherwise || (e.when && this.test(e.when))) {
          ending = e.id;
          break;
        }
      }
    }
    this.st.ending = { id: ending, at: this.st.now, cause, note };
    this.log('session.ended', { ending, cause, note });
  }

  private log<T extends EventType>(type: T, data: EventData<T>): void {
    // The mapped union cannot pair a generic `type` with its payload; each call site is checked by the signature.
    this.w('log').push({ seq: this.st.seq++, at: this.st.now, type, data } as EngineState['log'][number]);
  }
}

/** Did the answer miss what was asked? Nothing it expected was addressed, or it was "no comment". */
export function isDodge(inj: CompiledInject, a: Annotation): boolean {
  if (a.posture?.value === 'no-comment' || a.penalties.some((p) => p.kind === 'no-comment')) return true;
  const ex = inj.expects;
  if (!ex || (ex.facts.length === 0 && ex.keyMessages.length === 0)) return false;
  const addressedFact = a.claims.some((c) => ex.facts.includes(c.fact));
  const addressedMessage = a.keyMessages.some((k) => ex.keyMessages.includes(k.id));
  return !addressedFact && !addressedMessage;
}

/** Free text the host sent without an annotation: only its words count. */
function wordsOnly(text: string): Annotation {
  return { ...emptyAnnotation('analyser'), words: text.split(/\s+/).filter(Boolean).length };
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

