/**
 * How the room reacts to what just happened at the podium: which sounds play and how many camera
 * flashes go off. A question being put draws a flash or two; a dodge, a contradiction or a silence
 * sets off a burst of cameras and a stir in the room; a clean answer gets a single photographer.
 * Pure, so tests check the mapping without a browser. Flashes are skipped by the view when motion
 * is reduced; every reaction also shows in words (the captions and the headline ticker).
 */
import type { OneShot } from '../../audio/port.ts';
import type { EngineEvent } from '../../engine/index.ts';

export type Mood = 'question' | 'good' | 'bad';

export interface RoomReaction {
  readonly sounds: readonly OneShot[];
  /** Camera flashes to fire (0: none). */
  readonly flashes: number;
  readonly mood: Mood | null;
}

/** Follow-up triggers that mean the last answer went badly (`answered` is just the next beat). */
const BAD_TRIGGERS = new Set(['dodged', 'contradicted', 'timeout', 'speculated', 'premise-accepted', 'loaded-words', 'overreached', 'rambled']);

export function reactToPress(events: readonly EngineEvent[], isPress: (inject: string) => boolean): RoomReaction {
  const sounds = new Set<OneShot>();
  let flashes = 0;
  let mood: Mood | null = null;
  const worse = (m: Mood): void => {
    if (mood === 'bad' || (mood === 'good' && m === 'question')) return;
    mood = m;
  };
  for (const e of events) {
    switch (e.type) {
      case 'inject.fired': {
        if (!isPress(e.data.inject)) break;
        const cause = e.data.cause;
        if (cause.code === 'cause.follow-up' && BAD_TRIGGERS.has(cause.params.trigger)) {
          sounds.add('shutter-burst');
          sounds.add('room-stir');
          flashes = Math.max(flashes, 8);
          worse('bad');
        } else {
          sounds.add('shutter');
          flashes = Math.max(flashes, 2);
          worse('question');
        }
        break;
      }
      case 'inject.responded':
        if (!isPress(e.data.inject)) break;
        if (e.data.dodged || e.data.contradicted) {
          sounds.add('shutter-burst');
          sounds.add('room-stir');
          flashes = Math.max(flashes, 8);
          worse('bad');
        } else {
          sounds.add('shutter');
          flashes = Math.max(flashes, 1);
          worse('good');
        }
        break;
      case 'inject.deadline':
        if (!isPress(e.data.inject)) break;
        sounds.add('room-stir');
        sounds.add('shutter-burst');
        flashes = Math.max(flashes, 6);
        worse('bad');
        break;
      default:
        break;
    }
  }
  return { sounds: [...sounds], flashes, mood };
}
