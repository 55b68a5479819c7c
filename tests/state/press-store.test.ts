import { describe, expect, test } from 'vitest';
import { Session } from '../../src/engine/index.ts';
import { createPressStore } from '../../src/state/press/press-store.ts';
import { debriefOf } from '../../src/state/press/press-debrief.ts';
import { isStandaloneDrill, projectPress } from '../../src/state/press/press-model.ts';
import { fixture, markupAnnotator, ms } from '../helpers.ts';

/** A spokesperson at the engine-lab noon briefing, with the clock already at the conference. */
function atPodium(publishFirst?: string) {
  const scenario = fixture('engine-lab');
  const session = Session.create({ scenario, seed: 1, mode: 'solo' });
  const store = createPressStore({ session, language: 'en', annotator: () => markupAnnotator });
  store.getState().begin();
  if (publishFirst !== undefined) {
    store.getState().tick(ms('40m'));
    const sent = session.send({ type: 'statement.submit', channel: 'social', text: publishFirst, annotation: markupAnnotator.annotate(publishFirst, { now: session.now }), analyser: markupAnnotator.version }, { kind: 'trainee', seat: scenario.soloSeat });
    expect(sent.ok).toBe(true);
  }
  store.getState().tick(ms('2h') - session.now);
  return { scenario, session, store };
}

describe('the podium view model', () => {
  test('before the conference the room is seated, hands up, and nobody has the floor', () => {
    const scenario = fixture('engine-lab');
    const session = Session.create({ scenario, seed: 1, mode: 'solo' });
    const vm = projectPress(session.view(), 'en');
    expect(vm.conference).toEqual({ id: 'presser', title: 'Noon briefing', picking: 'moderator' });
    expect(vm.started).toBe(false);
    expect(vm.current).toBeNull();
    expect(vm.reporters).toEqual([expect.objectContaining({ id: 'reporter', name: 'Ana Diaz', stance: 'skeptical', hand: 'up' })]);
    expect(vm.questions).toEqual({ total: 2, asked: 0 });
  });

  test('the first question gives its reporter the floor with a running answer clock', () => {
    const { store } = atPodium();
    const vm = store.getState().vm;
    expect(vm.started).toBe(true);
    expect(vm.current).toMatchObject({ inject: 'q1', role: 'question', reporter: 'reporter', text: 'How many lots?', status: 'open', trigger: null });
    expect(vm.current?.deadlineAt).toBe(ms('2h') + ms('3m'));
    expect(vm.reporters[0]?.hand).toBe('asking');
    expect(vm.questions.asked).toBe(1);
  });

  test('a dodged answer brings the follow-up, marked as caused by the dodge, and heats the room', () => {
    const { store } = atPodium();
    expect(store.getState().answer({ option: null, text: 'We are working hard on it.' })).toBeNull();
    const vm = store.getState().vm;
    expect(vm.current).toMatchObject({ inject: 'q1-dodge', role: 'follow-up', trigger: 'dodged', followsUp: 'q1' });
    expect(vm.asks[0]).toMatchObject({ inject: 'q1', status: 'answered', answer: { text: 'We are working hard on it.', dodged: true } });
    expect(vm.heat).toBeGreaterThan(0);
  });

  test('contradicting a figure published earlier brings the contradiction follow-up', () => {
    const { store } = atPodium('We can confirm [lots=3] lots.');
    store.getState().answer({ option: null, text: 'Only [lots=2] lots.' });
    const vm = store.getState().vm;
    expect(vm.asks[0]?.answer?.contradicted).toBe(true);
    expect(vm.current).toMatchObject({ inject: 'q1-contra', trigger: 'contradicted' });
  });

  test('when every question is resolved the conference is over and every hand is down', () => {
    const { store } = atPodium();
    store.getState().answer({ option: null, text: 'There are [lots=5] affected lots.' });
    expect(store.getState().vm.current?.inject).toBe('q2');
    store.getState().tick(ms('3m') + 1000);
    const vm = store.getState().vm;
    expect(vm.asks.map((a) => [a.inject, a.status])).toEqual([['q1', 'answered'], ['q2', 'timed-out']]);
    expect(vm.over).toBe(true);
    expect(vm.reporters.every((r) => r.hand === 'down')).toBe(true);
    expect(vm.heat).toBeGreaterThan(0.2);
  });

  test('answering with nobody at the microphone is refused without sending anything', () => {
    const scenario = fixture('engine-lab');
    const session = Session.create({ scenario, seed: 1, mode: 'solo' });
    const store = createPressStore({ session, language: 'en', annotator: () => markupAnnotator });
    store.getState().begin();
    expect(store.getState().answer({ option: null, text: 'Hello?' })).toBe('no-question');
    expect(session.state.statements).toEqual([]);
  });

  test('the podium runs in real time whatever the scenario speed', () => {
    const { session } = atPodium();
    expect(session.state.speed).toBe(1);
  });

  test('a scenario with other injects is not a standalone drill', () => {
    expect(isStandaloneDrill(fixture('engine-lab'))).toBe(false);
  });

  test('the debrief replays each question with the answer, how long it took, its cues and a verdict', () => {
    const { scenario, session, store } = atPodium();
    store.getState().tick(20_000);
    store.getState().answer({ option: null, text: 'We are working hard on it.' });
    store.getState().answer({ option: null, text: 'There are [lots=5] affected lots. [empathy:concern]' });
    store.getState().tick(ms('3m') + 1000);
    const { rows } = debriefOf(scenario, session.state, 'en');
    expect(rows.map((r) => [r.ask.inject, r.verdict])).toEqual([['q1', 'bad'], ['q1-dodge', expect.stringMatching(/good|mixed/)], ['q2', 'silent']]);
    expect(rows[0]?.took).toBe(20_000);
    expect(rows[0]?.ask.answer?.text).toBe('We are working hard on it.');
    expect(rows[2]?.took).toBeNull();
    // Every cue on an answer is a code the catalogue renders; a timed-out question still has its timeliness cue.
    expect(rows[1]?.cues.length).toBeGreaterThan(0);
    expect(rows[2]?.cues.some((c) => c.dimension === 'timeliness')).toBe(true);
    // Each cue once, and the summary is what the question scored on each dimension, on the 0–100
    // scale of the scores above (its cues add up to each), never one sum across dimensions.
    const answered = rows[1];
    const keys = (answered?.cues ?? []).map((c) => JSON.stringify(c));
    expect(new Set(keys).size).toBe(keys.length);
    expect(answered?.scores.map((x) => x.dimension)).toContain('timeliness');
    expect(answered?.scores.length).toBeGreaterThan(1);
    for (const { dimension, points } of answered?.scores ?? []) {
      expect(points).toBeGreaterThanOrEqual(0);
      expect(points).toBeLessThanOrEqual(100);
      const sum = (answered?.cues ?? []).filter((c) => c.dimension === dimension).reduce((total, c) => total + c.points, 0);
      expect(Math.abs(points - sum)).toBeLessThanOrEqual(1);
    }
  });
});
