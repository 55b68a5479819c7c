/**
 * The crisis room's store without a browser: the real recall scenario, the real engine, and the
 * view model a trainee would see after each action.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildResult, Session, type SavedSession } from '../../src/engine/index.ts';
import { playbookResolver } from '../../src/cli/load.ts';
import { loadScenario, type CompiledScenario } from '../../src/format/index.ts';
import { createRoomStore } from '../../src/state/room/room-store.ts';
import { scenarioInfo } from '../../src/state/room/scenario-info.ts';
import { countdown, wallClock } from '../../src/state/room/time.ts';
import { whatIf } from '../../src/state/room/what-if.ts';
import { reactTo } from '../../src/view/room/sounds.ts';

function recall(): CompiledScenario {
  const loaded = loadScenario(readFileSync('scenarios/global-foods-recall.yaml', 'utf8'), 'global-foods-recall.yaml', { playbook: playbookResolver('scenarios/global-foods-recall.yaml') });
  if (!loaded.scenario) throw new Error('scenario does not load');
  return loaded.scenario;
}

const scenario = recall();

function room(saves: SavedSession[] = []) {
  const session = Session.create({ scenario, seed: 1, mode: 'solo' });
  return { session, store: createRoomStore({ session, language: 'en', annotator: () => null, persist: (s) => saves.push(s) }) };
}

describe('room store', () => {
  test('starting shows the CEO’s decision as the one open item, with its 15-minute deadline and prepared answers', () => {
    const { store } = room();
    store.getState().start();
    const { vm } = store.getState();
    expect(vm.phase).toBe('running');
    expect(vm.open.map((c) => c.inject)).toEqual(['recall-decision']);
    const decision = vm.open[0];
    expect(decision?.deadlineAt).toBe(15 * 60_000);
    expect(decision?.panel).toBe('inbox');
    expect(decision?.options.map((o) => o.id)).toContain('holding-now');
    expect(decision?.from?.name).toBe('Dana Whitfield');
  });

  test('real time passes into scenario time at the chosen speed, and pausing stops it', () => {
    const { store } = room();
    store.getState().start();
    store.getState().setSpeed(60);
    store.getState().tick(1000);
    expect(store.getState().vm.now).toBe(60_000);
    store.getState().pause();
    store.getState().tick(1000);
    expect(store.getState().vm.now).toBe(60_000);
    store.getState().setSpeed(500);
    expect(store.getState().vm.speed).toBe(60);
  });

  test('a press release waits for the simulated approvers, whose sign-off times are visible, then goes out', () => {
    const { store } = room();
    store.getState().start();
    expect(store.getState().submit({ inject: 'recall-decision', option: 'holding-now', text: '', channel: 'press-release', audience: [] })).toBeNull();
    const waiting = store.getState().vm.statements[0];
    expect(waiting?.status).toBe('awaiting-approval');
    expect(waiting?.approvals.map((a) => [a.seat, a.dueAt])).toEqual([['legal', 5 * 60_000], ['executive', 3 * 60_000]]);
    expect(store.getState().vm.open[0]?.status).toBe('awaiting-approval');
    store.getState().setSpeed(60);
    store.getState().tick(6000);
    expect(store.getState().vm.statements[0]?.status).toBe('published');
    expect(store.getState().latest.events.map((e) => e.type)).toContain('statement.published');
  });

  test('a refused command leaves the state as it was and says why with a code', () => {
    const { store } = room();
    store.getState().start();
    const before = store.getState().vm;
    const refusal = store.getState().submit({ inject: 'no-such-inject', option: null, text: 'Hello', channel: 'social', audience: [] });
    expect(store.getState().refusal?.code).toMatch(/^refusal\./);
    expect(store.getState().refusal).toEqual(refusal);
    expect(store.getState().vm).toBe(before);
  });

  test('publishing while paused resumes the clock instead of being refused', () => {
    const { store } = room();
    store.getState().start();
    store.getState().pause();
    expect(store.getState().submit({ inject: null, option: null, text: 'We are recalling the ravioli.', channel: 'social', audience: [] })).toBeNull();
    expect(store.getState().vm.phase).toBe('running');
  });

  test('the phone rings for a press call until it is picked up, and the feed fills as the rumour spreads', () => {
    const { store } = room();
    store.getState().start();
    store.getState().setSpeed(60);
    store.getState().tick(11_000);
    const call = store.getState().vm.calls[0];
    expect(call?.inject).toBe('first-press-call');
    store.getState().pickUp(call?.key ?? '');
    expect(store.getState().pickedUp).toEqual([call?.key]);
    for (let i = 0; i < 60 && store.getState().posts.length === 0; i++) store.getState().tick(1000);
    const early = store.getState().posts.length;
    expect(early).toBeGreaterThan(0);
    for (let i = 0; i < 20; i++) store.getState().tick(1000);
    expect(store.getState().posts.length).toBeGreaterThan(early);
    expect(store.getState().posts.length).toBeLessThanOrEqual(300);
  });

  test('saves go out after every accepted command, and a save restores the same view', () => {
    const saves: SavedSession[] = [];
    const { store } = room(saves);
    store.getState().start();
    store.getState().setSpeed(30);
    store.getState().tick(20_000);
    const last = saves[saves.length - 1];
    expect(last).toBeDefined();
    const restored = createRoomStore({ session: Session.load(scenario, store.getState().save()), language: 'en', annotator: () => null });
    expect(restored.getState().vm.now).toBe(store.getState().vm.now);
    expect(restored.getState().vm.open.map((c) => [c.inject, c.deadlineAt])).toEqual(store.getState().vm.open.map((c) => [c.inject, c.deadlineAt]));
  });

  test('sounds and toasts follow the events: a letter chimes, a publish whooshes, a missed deadline sounds', () => {
    const { store } = room();
    store.getState().start();
    const first = reactTo(store.getState().latest.events, (inject, firing) => store.getState().vm.cards.find((c) => c.inject === inject && c.firing === firing));
    expect(first.sounds).toEqual(['message']);
    expect(store.getState().submit({ inject: null, option: null, text: 'We are recalling the ravioli.', channel: 'social', audience: [] })).toBeNull();
    expect(reactTo(store.getState().latest.events, () => undefined).sounds).toContain('publish');
  });
});

describe('what-if', () => {
  test('replays everything before the chosen moment, stops there paused, and scores as if played that way', () => {
    const { store, session } = room();
    store.getState().start();
    expect(store.getState().submit({ inject: 'recall-decision', option: 'holding-now', text: '', channel: 'press-release', audience: [] })).toBeNull();
    store.getState().setSpeed(60);
    for (let i = 0; i < 30; i++) store.getState().tick(1000);
    expect(store.getState().submit({ inject: null, option: null, text: 'Four people are ill.', channel: 'social', audience: [] })).toBeNull();
    store.getState().end();
    const save = session.save();
    const at = 20 * 60_000;
    const branch = whatIf(scenario, save, at);
    expect(branch.now).toBe(at);
    expect(branch.phase).toBe('paused');
    expect(branch.state.statements.map((s) => s.channel)).toEqual(['press-release']);
    // The branch is a session like any other: its save replays to the same scores.
    const replayed = Session.replay(scenario, branch.save());
    expect(buildResult(scenario, replayed.state).scores).toEqual(buildResult(scenario, branch.state).scores);
  });
});

describe('scenario time for people', () => {
  test('the scenario clock reads in the time zone it was written in', () => {
    expect(wallClock('2026-03-10T09:00:00-04:00', 42 * 60_000, 'en')).toBe('09:42');
    expect(wallClock('2026-03-10T23:30:00Z', 45 * 60_000, 'en')).toBe('00:15');
  });

  test('countdowns count down, then up with a minus sign once overdue', () => {
    expect(countdown(245_000, 'en')).toBe('4:05');
    expect(countdown(3_750_000, 'en')).toBe('1:02:30');
    expect(countdown(-61_000, 'en')).toBe('−1:01');
  });

  test('approvals per channel name the seats other than the trainee and their times', () => {
    const info = scenarioInfo(scenario, 'en');
    expect(info.approvals['press-release']?.map((a) => [a.name, a.ms])).toEqual([["General Counsel's office", 300_000], ["CEO's office", 180_000]]);
    expect(info.approvals.social).toBeUndefined();
  });
});
