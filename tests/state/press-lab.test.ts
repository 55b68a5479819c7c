/**
 * The podium's view model over the engine's press conference: the opening statement, hands up and
 * the spokesperson calling on a reporter, a contradiction quoted back in the reporter's words, and
 * the headline each answer makes on the ticker. Free text is read by the test markup annotator
 * ("[fact=value]", "[km:id]"), so no language processing is involved.
 */
import { describe, expect, test } from 'vitest';
import { Session } from '../../src/engine/index.ts';
import { debriefOf } from '../../src/state/press/press-debrief.ts';
import { projectPress } from '../../src/state/press/press-model.ts';
import { createPressStore } from '../../src/state/press/press-store.ts';
import { headlinesFor } from '../../src/view/press/headlines.ts';
import { fixture, markupAnnotator, ms } from '../helpers.ts';

function drill() {
  const scenario = fixture('press-lab');
  const session = Session.create({ scenario, seed: 1, mode: 'solo' });
  const store = createPressStore({ session, language: 'en', annotator: () => markupAnnotator });
  store.getState().begin();
  return { scenario, session, store };
}

/** Told a reporter on the phone that twelve people are ill, then walked to the podium and opened. */
function afterOpening() {
  const d = drill();
  d.store.getState().tick(ms('6m'));
  const said = d.session.send({ type: 'statement.submit', inject: 'doorstep', text: 'Twelve people are ill [ill=12].', annotation: markupAnnotator.annotate('Twelve people are ill [ill=12].', { now: d.session.now }), analyser: 'markup-test' }, { kind: 'trainee', seat: 'spokesperson' });
  expect(said.ok).toBe(true);
  d.store.getState().tick(ms('30m') - d.session.now);
  expect(d.store.getState().vm.current).toMatchObject({ inject: 'opening', role: 'opening', kind: 'opening', reporter: 'chair' });
  expect(d.store.getState().answer({ option: null, text: 'Do not eat it; return it for a refund [km:safety].' })).toBeNull();
  return d;
}

describe('the podium at a conference where the spokesperson calls on the reporters', () => {
  test('the opening statement comes first and the moderator asks for it; the reporters listen, hands down', () => {
    const d = drill();
    d.store.getState().tick(ms('30m'));
    const vm = d.store.getState().vm;
    expect(vm.conference).toEqual({ id: 'evening', title: 'Evening press conference', picking: 'trainee' });
    expect(vm.current?.role).toBe('opening');
    expect(vm.reporters.map((r) => [r.id, r.hand])).toEqual([['ana', 'waiting'], ['ben', 'waiting'], ['cat', 'waiting']]);
    expect(vm.reporters[0]).toMatchObject({ name: 'Ana Ruiz', outlet: 'El Diario', country: 'Spain', stance: 'skeptical', influence: 0.8 });
  });

  test('after the opening, hands are up and the room waits for a pick until the moderator steps in', () => {
    const { store } = afterOpening();
    const vm = store.getState().vm;
    expect(vm.current).toBeNull();
    expect(vm.picking).toEqual({ hands: ['ana', 'ben', 'cat'], by: ms('30m') + ms('30s') });
    expect(vm.over).toBe(false);
  });

  test('calling on a reporter gives them the floor with their question', () => {
    const { store } = afterOpening();
    expect(store.getState().pick('cat')).toBeNull();
    const vm = store.getState().vm;
    expect(vm.picking).toBeNull();
    expect(vm.current).toMatchObject({ inject: 'q-fda', reporter: 'cat', kind: 'outside-remit' });
    expect(vm.reporters.find((r) => r.id === 'cat')?.hand).toBe('asking');
  });

  test('a pick nobody is waiting for is refused with a code', () => {
    const { store } = afterOpening();
    store.getState().pick('ana');
    expect(store.getState().pick('ben')).toMatchObject({ code: 'refusal.not-picking' });
  });

  test('contradicting the figure given on the phone: the follow-up quotes the earlier figure back', () => {
    const { store } = afterOpening();
    store.getState().pick('ben');
    store.getState().answer({ option: null, text: 'We published the result the day we had it [hid-test=false].' });
    expect(store.getState().vm.current?.inject).toBe('q-cut-in');
    store.getState().answer({ option: null, text: 'Thirty people are ill tonight [ill=30].' });
    const vm = store.getState().vm;
    expect(vm.current).toMatchObject({ inject: 'q-cut-in-figure', role: 'follow-up', trigger: 'contradicted' });
    // The reporter reads the spokesperson's own words back: the time, the earlier figure and the new one.
    expect(vm.current?.text).toBe('At 18:06 you said 12; now you say 30. Which is it?');
    expect(vm.current?.quote).toMatchObject({ fact: 'ill', earlier: 12, later: 30 });
    expect(vm.heat).toBeGreaterThan(0.2);
  });

  test('every answer the room heard makes a line on the ticker, newest first, bad news marked', () => {
    const { store } = afterOpening();
    store.getState().pick('ben');
    store.getState().answer({ option: null, text: 'There was no cover-up [hid-test=false].' });
    const lines = headlinesFor(store.getState().vm);
    expect(lines[0]).toEqual({ key: 'q-cover', text: 'There was no cover-up [hid-test=false].', outlet: 'Daily Post', tone: 'bad' });
    expect(lines.at(-1)?.key).toBe('opening');
  });

  test('when no hand is left the moderator closes the conference', () => {
    const { store } = afterOpening();
    const plan: [string | null, string][] = [
      ['ana', 'I will not speculate. Do not eat it [km:safety].'],
      ['ben', 'We published the result the day we had it [hid-test=false].'],
      [null, 'Twelve people are ill [ill=12].'],
      ['cat', 'That is for the FDA [km:safety].'],
      ['ana', 'Not yet [recall-complete=unknown].'],
      // Asked only because the number ill was given: it was, on the phone.
      ['cat', 'Do not eat it; return it for a refund [km:safety].'],
    ];
    for (const [who, text] of plan) {
      if (who !== null) expect(store.getState().pick(who)).toBeNull();
      expect(store.getState().answer({ option: null, text })).toBeNull();
    }
    const vm = store.getState().vm;
    expect(vm.over).toBe(true);
    expect(vm.picking).toBeNull();
    expect(vm.reporters.every((r) => r.hand === 'down')).toBe(true);
  });

  test('in a drill, a doorstep on the way in is answered at the podium, on the call it came in on, and replayed in the debrief', () => {
    const scenario = fixture('press-lab');
    const session = Session.create({ scenario, seed: 1, mode: 'solo' });
    const store = createPressStore({ session, language: 'en', annotator: () => markupAnnotator, options: { drill: true } });
    store.getState().begin();
    store.getState().skipToNext();
    const vm = store.getState().vm;
    expect(vm.started).toBe(false);
    expect(vm.current).toMatchObject({ inject: 'doorstep', role: 'aside', channel: 'press-call', asker: { name: 'Cat Ito', outlet: 'Wire' } });
    expect(store.getState().answer({ option: null, text: 'Twelve people are ill [ill=12].' })).toBeNull();
    expect(session.state.statements.at(-1)).toMatchObject({ channel: 'press-call', inject: 'doorstep' });
    expect(store.getState().vm.current).toBeNull();
    // Outside a drill, the same doorstep is not the podium's business.
    expect(projectPress(session.view(), 'en').asks).toEqual([]);
    expect(debriefOf(scenario, session.state, 'en', { drill: true }).rows.map((r) => r.ask.inject)).toEqual(['doorstep']);
  });
});
