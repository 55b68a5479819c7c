/**
 * What the game asks of sound, with no Howler types: the view and the event mapping talk to this
 * port, the Howler adapter implements it in the browser and a recorder implements it in tests.
 *
 * Every sound has a visible counterpart on screen (SOUND_COUNTERPARTS), so nothing is heard that
 * cannot be seen: a player with the sound off, or who cannot hear it, misses nothing.
 */
export const ONE_SHOTS = ['message', 'post', 'tick', 'shutter', 'publish', 'missed', 'shutter-burst', 'room-stir'] as const;
export const LOOPS = ['phone-ring', 'press-murmur'] as const;
export const BEDS = ['ambience-calm', 'ambience-tense'] as const;
export type OneShot = (typeof ONE_SHOTS)[number];
export type Loop = (typeof LOOPS)[number];
export type Bed = (typeof BEDS)[number];
export type SoundName = OneShot | Loop | Bed;

/** Where each sound shows on screen (checked by the browser tests). */
export const SOUND_COUNTERPARTS: Readonly<Record<SoundName, string>> = {
  'phone-ring': 'the phone panel flashes and shows the caller and the countdown',
  message: 'the inbox counter rises and the new document is highlighted',
  post: 'the post appears at the top of the social feed',
  tick: 'the deadline badge turns red and counts down the last minute',
  shutter: 'the press-conference panel shows the cameras flashing',
  publish: 'the published statement appears in the timeline with a toast',
  missed: 'the inject card is marked overdue and a toast says the deadline passed',
  'shutter-burst': 'the press room flashes and the caption says what the reporter is pressing on',
  'room-stir': 'the room meter rises and the headline ticker shows how the answer would be quoted',
  'press-murmur': 'the press-conference panel is open',
  'ambience-calm': 'the pressure gauge in the top bar',
  'ambience-tense': 'the pressure gauge in the top bar',
};

export interface PlayedSound {
  readonly sound: SoundName;
  readonly action: 'play' | 'start' | 'stop';
}

export interface AudioPort {
  play(sound: OneShot): void;
  /** Starts or stops a looping sound (idempotent). */
  loop(sound: Loop, on: boolean): void;
  /** Starts the newsroom ambience; `pressure` (0–1) mixes in the tense bed. */
  ambience(on: boolean, pressure?: number): void;
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
  /** What was asked for, newest last (for tests and the debug handle). */
  readonly log: readonly PlayedSound[];
}

/** Calm and tense bed levels for a pressure (0–1): the room gets louder and busier as it rises. */
export function bedLevels(pressure: number): { calm: number; tense: number } {
  const p = Math.min(1, Math.max(0, pressure));
  return { calm: 0.55 - 0.25 * p, tense: 0.05 + 0.75 * p };
}

export class RecordingAudio implements AudioPort {
  readonly log: PlayedSound[] = [];
  private readonly running = new Set<SoundName>();
  volume = 1;
  muted = false;
  pressure = 0;

  play(sound: OneShot): void {
    this.log.push({ sound, action: 'play' });
  }

  loop(sound: Loop, on: boolean): void {
    if (on === this.running.has(sound)) return;
    if (on) this.running.add(sound);
    else this.running.delete(sound);
    this.log.push({ sound, action: on ? 'start' : 'stop' });
  }

  ambience(on: boolean, pressure = 0): void {
    this.pressure = pressure;
    for (const bed of BEDS) {
      if (on === this.running.has(bed)) continue;
      if (on) this.running.add(bed);
      else this.running.delete(bed);
      this.log.push({ sound: bed, action: on ? 'start' : 'stop' });
    }
  }

  isRunning(sound: SoundName): boolean {
    return this.running.has(sound);
  }

  setVolume(volume: number): void {
    this.volume = volume;
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
  }
}
