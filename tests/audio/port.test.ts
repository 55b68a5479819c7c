import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { bedLevels, BEDS, LOOPS, ONE_SHOTS, RecordingAudio, SOUND_COUNTERPARTS } from '../../src/audio/port.ts';

describe('audio', () => {
  test('the room gets busier as pressure rises: the tense bed grows and the calm one recedes', () => {
    const calm = bedLevels(0);
    const tense = bedLevels(1);
    expect(tense.tense).toBeGreaterThan(calm.tense * 5);
    expect(tense.calm).toBeLessThan(calm.calm);
    expect(bedLevels(3)).toEqual(tense);
  });

  test('every sound the game can play is in the committed sprite, with loops marked as loops', () => {
    const map = JSON.parse(readFileSync('assets/audio/crisis-room.json', 'utf8')) as { src: string[]; sprite: Record<string, number[] | [number, number, boolean]> };
    for (const name of [...ONE_SHOTS, ...LOOPS, ...BEDS]) {
      const entry = map.sprite[name];
      expect(entry, name).toBeDefined();
      expect(entry?.[1], name).toBeGreaterThan(0);
      expect(entry?.[2] === true, name).toBe((LOOPS as readonly string[]).includes(name) || (BEDS as readonly string[]).includes(name));
    }
    expect(map.src).toEqual(['crisis-room.ogg', 'crisis-room.mp3']);
  });

  test('every sound has a visible counterpart', () => {
    for (const name of [...ONE_SHOTS, ...LOOPS, ...BEDS]) expect(SOUND_COUNTERPARTS[name].length).toBeGreaterThan(10);
  });

  test('a loop started twice plays once; stopping it is logged once', () => {
    const audio = new RecordingAudio();
    audio.loop('phone-ring', true);
    audio.loop('phone-ring', true);
    audio.loop('phone-ring', false);
    audio.loop('phone-ring', false);
    expect(audio.log).toEqual([{ sound: 'phone-ring', action: 'start' }, { sound: 'phone-ring', action: 'stop' }]);
  });
});
