import { describe, expect, it } from 'vitest';
import { annotatorFor } from '../../src/analysis/index.ts';
import {
  ACTOR_KINDS,
  annotateSubmit,
  approver,
  COMMAND_SENDERS,
  COMMAND_TYPES,
  EngineEvent,
  FACILITATOR,
  LIFECYCLE,
  PHASES,
  Session,
  SYSTEM,
  trainee,
  type Actor,
  type ActorKind,
  type CommandType,
  type SessionUpdate,
} from '../../src/engine/index.ts';
import { fixture, Harness, markupAnnotator, ms } from '../helpers.ts';

/** A well-formed example of every command type, so only the sender or the phase can make it wrong. */
const EXAMPLES: Readonly<Record<CommandType, Record<string, unknown>>> = {
  'session.start': { type: 'session.start' },
  'session.pause': { type: 'session.pause' },
  'session.resume': { type: 'session.resume' },
  'session.end': { type: 'session.end' },
  'clock.advance': { type: 'clock.advance', by: 60_000 },
  'clock.advanceTo': { type: 'clock.advanceTo', to: ms('11m') },
  'clock.skip': { type: 'clock.skip' },
  'speed.set': { type: 'speed.set', speed: 2 },
  'statement.submit': { type: 'statement.submit', channel: 'social', text: 'Do not eat it.' },
  'statement.approve': { type: 'statement.approve', statement: 's1' },
  'statement.reject': { type: 'statement.reject', statement: 's1', reason: 'no' },
  'inject.fire': { type: 'inject.fire', inject: 'manual-only' },
  'inject.skip': { type: 'inject.skip', inject: 'manual-only' },
  'inject.delay': { type: 'inject.delay', inject: 'regulator', by: 60_000 },
  'note.add': { type: 'note.add', text: 'a note' },
  'press.pick': { type: 'press.pick', conference: 'no-such-conference', journalist: 'reporter' },
};

const ACTORS: Readonly<Record<ActorKind, Actor>> = {
  trainee: trainee('spokesperson'),
  approver: approver('legal'),
  facilitator: FACILITATOR,
  system: SYSTEM,
};

describe('actors: every command type declares who may send it', () => {
  for (const mode of ['team', 'solo'] as const) {
    for (const type of COMMAND_TYPES) {
      const allowed = COMMAND_SENDERS[type][mode];
      const wrong = ACTOR_KINDS.filter((k) => !allowed.includes(k));
      it(`${mode}: ${type} from ${wrong.join(', ') || 'anyone'} is refused with refusal.actor; from ${allowed.join(', ')} it is not`, () => {
        const h = Harness.start('engine-lab', { mode }).to('10m');
        const before = JSON.stringify(h.state);
        for (const kind of wrong) {
          expect(h.send(EXAMPLES[type], ACTORS[kind])).toEqual({ ok: false, refusal: { code: 'refusal.actor', params: { command: type, actor: kind } } });
        }
        expect(JSON.stringify(h.state)).toBe(before);
        for (const kind of allowed) {
          const refusal = h.session.check(EXAMPLES[type], ACTORS[kind]);
          expect(refusal?.code ?? null, `${kind} sends ${type}`).not.toBe('refusal.actor');
        }
      });
    }
  }

  it('a trainee or approver names a seat the scenario has, or is refused', () => {
    const h = Harness.start('engine-lab').to('10m');
    expect(h.send({ type: 'statement.submit', channel: 'social', text: 'Hello' }, trainee('intern'))).toEqual({ ok: false, refusal: { code: 'refusal.unknown-seat', params: { seat: 'intern' } } });
    expect(h.session.send({ type: 'note.add', text: 'x' }, { kind: 'trainee' })).toMatchObject({ ok: false, refusal: { code: 'refusal.malformed', params: { path: 'actor.seat' } } });
  });

  it('the statement is drafted by the seat that sent it, and approved by the approver seat', () => {
    const h = Harness.start('engine-lab', { mode: 'team' }).to('30m');
    h.as('executive', { channel: 'press-release', text: 'Recall notice' });
    expect(h.state.statements[0]).toMatchObject({ seat: 'executive', needs: ['legal'] });
    expect(h.session.allowed(approver('legal')).approve).toEqual(['s1']);
    expect(h.session.allowed(approver('executive')).approve).toEqual([]);
    h.approve('legal', 's1');
    expect(h.events('statement.approved').map((e) => e.data)).toEqual([{ statement: 's1', seat: 'legal' }]);
    expect(h.state.statements[0]?.status).toBe('published');
  });
});

describe('phase rules live in the statechart only', () => {
  for (const phase of PHASES) {
    it(`${phase}: every command the lifecycle does not list is refused with refusal.phase`, () => {
      const h = Harness.start('engine-lab').to('10m');
      if (phase === 'briefing') Object.assign(h, { session: Session.create({ scenario: fixture('engine-lab') }) });
      if (phase === 'paused') h.ok({ type: 'session.pause' });
      if (phase === 'ended') h.ok({ type: 'session.end' });
      expect(h.session.phase).toBe(phase);
      for (const type of COMMAND_TYPES) {
        const refusal = h.session.check(EXAMPLES[type], type === 'statement.submit' ? ACTORS.trainee : type.startsWith('statement.') ? ACTORS.approver : FACILITATOR);
        const listed = Object.hasOwn(LIFECYCLE[phase], type);
        if (listed) expect(refusal?.code, type).not.toBe('refusal.phase');
        else expect(refusal, type).toEqual({ code: 'refusal.phase', params: { command: type, phase } });
      }
    });
  }
});

describe('send returns the events it caused; subscribers hear the same', () => {
  it('every accepted command returns exactly the log entries it appended, typed and valid against their schemas', () => {
    const h = Harness.start('engine-lab', { annotator: markupAnnotator });
    const heard: SessionUpdate[] = [];
    const stop = h.session.subscribe((u) => heard.push(u));
    const before = h.state.log.length;
    const sent = h.send({ type: 'clock.advanceTo', to: ms('11m') });
    expect(sent.ok).toBe(true);
    if (!sent.ok) return;
    expect(sent.events).toEqual(h.state.log.slice(before));
    expect(sent.events.map((e) => e.type)).toContain('inject.fired');
    const fired = sent.events.find((e) => e.type === 'inject.fired');
    expect(fired?.data).toMatchObject({ inject: 'call', deadlineAt: ms('25m'), cause: { code: 'cause.at', params: { at: ms('10m') } } });
    expect(heard).toHaveLength(1);
    expect(heard[0]?.events).toEqual(sent.events);
    stop();
    h.answer('call', 'deny').to('3h');
    expect(heard).toHaveLength(1);
    for (const e of h.state.log) expect(EngineEvent.safeParse(e).success, e.type).toBe(true);
  });

  it('rumour.countered has one shape whether a statement or an effect corrected it', () => {
    const h = Harness.start('engine-lab', { annotator: markupAnnotator }).to('11m').answer('call', 'deny').to('35m');
    h.publish('social', '[km:stop-eating] Do not eat it.');
    h.ok({ type: 'inject.fire', inject: 'control-room' }).answer('control-room', 'regulator-reassures');
    const countered = h.events('rumour.countered');
    expect(countered.map((e) => [e.data.statement, e.data.cause.code])).toEqual([
      ['s2', 'cause.statement'],
      [null, 'cause.option'],
    ]);
    for (const e of countered) expect(Object.keys(e.data)).toEqual(['rumour', 'statement', 'credibility', 'cause']);
  });
});

describe('annotations travel in the command: replays need no analyser', () => {
  it('a saved session with free-text statements replays to the identical state with no analyser loaded', () => {
    const scenario = fixture('scenarios/global-foods-recall.yaml');
    const analyser = annotatorFor(scenario);
    const h = new Harness(scenario, { annotator: analyser, seed: 3 });
    h.ok({ type: 'session.start' }).ok({ type: 'clock.skip' });
    h.publish('social', 'We are recalling Fresh Table Spinach & Ricotta Ravioli. Four people are ill. Do not eat it; return it for a refund. We will update you by 10:00.');
    h.to('1h30m').publish('press-release', 'Lab results confirm listeria in lots 2231 and 2232. We are sorry.');
    h.to('3h');
    const saved: unknown = JSON.parse(JSON.stringify(h.session.save()));
    const replayed = Session.replay(scenario, saved);
    expect(JSON.stringify(replayed.state)).toBe(JSON.stringify(h.state));
    expect(replayed.phase).toBe(h.session.phase);
    const analysed = h.state.statements.filter((s) => s.analyser !== null);
    expect(analysed.length).toBeGreaterThan(0);
    expect(analysed.every((s) => s.analyser === analyser.version)).toBe(true);
    expect(h.events('statement.submitted').every((e) => e.data.analyser === analyser.version)).toBe(true);
    expect(analysed.some((s) => s.annotation.claims.length > 0)).toBe(true);
  });

  it('annotateSubmit annotates free text at the submission time and leaves options alone', () => {
    const option = { type: 'statement.submit' as const, inject: 'call', option: 'hold' };
    expect(annotateSubmit(option, markupAnnotator, 0)).toBe(option);
    const text = annotateSubmit({ type: 'statement.submit' as const, channel: 'social', text: '  [lots=3] lots  ' }, markupAnnotator, ms('40m'));
    expect(text.analyser).toBe('markup-test');
    expect(text.annotation?.claims.map((c) => c.fact)).toEqual(['lots']);
  });

  it('an option answer carries no annotation from the host', () => {
    const h = Harness.start('engine-lab').to('10m');
    const sent = h.session.send({ type: 'statement.submit', inject: 'call', option: 'hold', annotation: markupAnnotator.annotate('x', { now: 0 }) }, trainee('spokesperson'));
    expect(sent).toEqual({ ok: false, refusal: { code: 'refusal.annotation-with-option', params: {} } });
  });
});

describe('selectors for the UI and the server', () => {
  it('open injects with their deadlines and whom they are addressed to', () => {
    const h = Harness.start('engine-lab').to('21m');
    expect(h.session.openInjects().map((o) => [o.inject, o.deadlineAt, o.overdue, o.options.length > 0, o.freeText])).toEqual([
      ['call', ms('25m'), false, true, true],
      ['regulator', ms('1h20m'), false, false, true],
    ]);
    expect(h.session.allowed(trainee('spokesperson')).answer.map((a) => a.inject)).toEqual(['call', 'regulator']);
    h.to('26m');
    expect(h.session.openInjects().find((o) => o.inject === 'call')?.overdue).toBe(true);
  });

  it('statements with their approval state, trust, rumours and scores so far', () => {
    const h = Harness.start('engine-lab', { annotator: markupAnnotator }).to('11m').answer('call', 'deny').to('30m');
    h.publish('press-release', 'We are recalling [lots=3] lots.');
    const [answer, release] = h.session.statements();
    expect(answer).toMatchObject({ id: 's1', status: 'published', waitingFor: [] });
    expect(release).toMatchObject({ id: 's2', status: 'awaiting-approval', needs: ['legal', 'executive'], waitingFor: ['legal', 'executive'] });
    h.to('36m');
    expect(h.session.statements()[1]?.waitingFor).toEqual(['legal']);
    expect(h.session.trust().map((t) => t.stakeholder)).toEqual(fixture('engine-lab').stakeholders.map((s) => s.id));
    const deaths = h.session.rumours().find((r) => r.rumour === 'deaths');
    expect(deaths?.seededAt).toBe(ms('11m'));
    expect(deaths?.reach).toBeGreaterThan(0);
    expect(h.session.feed().map((f) => f.rumour)).toContain('deaths');
    const scores = h.session.scoresSoFar();
    expect(scores.overall).toBeGreaterThanOrEqual(0);
    expect(scores.dimensions.accuracy).toBeLessThan(100);
  });

  it('what an actor may do now follows the phase and the actor', () => {
    const h = Harness.start('engine-lab', { mode: 'team' }).to('10m');
    expect(h.session.allowed(trainee('spokesperson')).commands).toEqual(['statement.submit', 'note.add']);
    expect(h.session.allowed(FACILITATOR).commands).toContain('inject.fire');
    h.ok({ type: 'session.pause' });
    expect(h.session.allowed(trainee('spokesperson'))).toEqual({ commands: ['note.add'], answer: [], approve: [], pick: [] });
    expect(h.session.allowed(FACILITATOR).commands).toContain('session.resume');
  });
});
