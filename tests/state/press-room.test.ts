import { describe, expect, test } from 'vitest';
import type { EngineEvent } from '../../src/engine/index.ts';
import { createTranslator } from '../../src/i18n/index.ts';
import { roomLayout } from '../../src/view/press/layout.ts';
import { reactToPress } from '../../src/view/press/reactions.ts';
import { whyAsked } from '../../src/view/press/why.ts';

const fired = (inject: string, cause: Extract<EngineEvent, { type: 'inject.fired' }>['data']['cause']): EngineEvent => ({
  seq: 1,
  at: 0,
  type: 'inject.fired',
  data: { inject, firing: 0, channel: 'press-conference', from: 'rep', to: null, deadlineAt: 60_000, cause },
});
const responded = (inject: string, dodged: boolean, contradicted: boolean): EngineEvent => ({
  seq: 2,
  at: 0,
  type: 'inject.responded',
  data: { inject, firing: 0, statement: 's1', option: null, dodged, contradicted },
});
const isPress = (inject: string): boolean => inject.startsWith('q');

describe('how the press room reacts', () => {
  test('a question being put draws a flash or two and a shutter', () => {
    const r = reactToPress([fired('q1', { code: 'cause.next-question', params: { inject: 'q0' } })], isPress);
    expect(r).toEqual({ sounds: ['shutter'], flashes: 2, mood: 'question' });
  });

  test('a dodged or contradicted answer sets off a burst of cameras and a stir in the room', () => {
    for (const [dodged, contradicted] of [[true, false], [false, true]] as const) {
      const r = reactToPress([responded('q1', dodged, contradicted), fired('q1-f', { code: 'cause.follow-up', params: { inject: 'q1', trigger: dodged ? 'dodged' : 'contradicted' } })], isPress);
      expect(r.mood).toBe('bad');
      expect(r.sounds).toEqual(expect.arrayContaining(['shutter-burst', 'room-stir']));
      expect(r.flashes).toBeGreaterThanOrEqual(6);
    }
  });

  test('a clean answer gets a single photographer, and the next question does not undo that', () => {
    const r = reactToPress([responded('q1', false, false), fired('q2', { code: 'cause.next-question', params: { inject: 'q1' } })], isPress);
    expect(r.mood).toBe('good');
    expect(r.sounds).toEqual(['shutter']);
  });

  test('a question left unanswered stirs the room', () => {
    const r = reactToPress([{ seq: 3, at: 0, type: 'inject.deadline', data: { inject: 'q1', firing: 0, closed: true } }], isPress);
    expect(r.mood).toBe('bad');
    expect(r.sounds).toContain('room-stir');
  });

  test('events outside the conference leave the room alone', () => {
    expect(reactToPress([fired('call-1', { code: 'cause.at', params: { at: 0 } } as never), responded('call-1', true, true)], isPress)).toEqual({ sounds: [], flashes: 0, mood: null });
  });
});

describe('the press room layout', () => {
  test('every reporter gets a seat inside the room, front row larger than the back', () => {
    const layout = roomLayout(9, false);
    expect(layout.seats).toHaveLength(9);
    for (const s of layout.seats) {
      expect(s.x).toBeGreaterThan(0.05);
      expect(s.x).toBeLessThan(0.95);
    }
    const front = layout.seats.filter((s) => s.row === 0);
    const back = layout.seats.filter((s) => s.row === 1);
    expect(front[0]?.scale).toBeGreaterThan(back[0]?.scale ?? 1);
    expect(front[0]?.y).toBeGreaterThan(back[0]?.y ?? 1);
  });

  test('no two reporters in a row sit on top of each other', () => {
    for (const n of [1, 3, 6, 12]) {
      const seats = roomLayout(n, false).seats;
      for (const a of seats) for (const b of seats) if (a !== b && a.row === b.row) expect(Math.abs(a.x - b.x)).toBeGreaterThan(0.08);
    }
  });

  test('right to left mirrors the room', () => {
    const ltr = roomLayout(5, false);
    const rtl = roomLayout(5, true);
    ltr.seats.forEach((s, i) => expect(rtl.seats[i]?.x).toBeCloseTo(1 - s.x));
    expect(rtl.cameras[0]?.x).toBeCloseTo(1 - (ltr.cameras[0]?.x ?? 0));
  });
});

describe('why a question is being put, in words', () => {
  const tr = createTranslator('en');
  test('a follow-up says what in the answer called for it', () => {
    expect(whyAsked(tr, { role: 'follow-up', trigger: 'contradicted', kind: 'open', title: null })).toMatch(/contradicted what you said earlier/);
    expect(whyAsked(tr, { role: 'follow-up', trigger: 'dodged', kind: 'open', title: null })).toMatch(/did not answer/);
  });

  test('a loaded question warns about its premise; a plain one says nothing', () => {
    expect(whyAsked(tr, { role: 'question', trigger: null, kind: 'loaded', title: null })).toMatch(/premise/);
    expect(whyAsked(tr, { role: 'question', trigger: null, kind: 'open', title: null })).toBe('');
  });

  test('something put outside the conference reads as its own title', () => {
    expect(whyAsked(tr, { role: 'aside', trigger: null, kind: 'aside', title: 'Doorstep in the lobby' })).toBe('Doorstep in the lobby');
  });

  test('a trigger this version does not know still reads as a follow-up', () => {
    expect(whyAsked(tr, { role: 'follow-up', trigger: 'something-new', kind: 'open', title: null })).toBe('Follow-up');
  });
});
