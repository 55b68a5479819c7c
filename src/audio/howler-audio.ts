/**
 * The Howler adapter: one sprite (Ogg Vorbis, MP3 fallback) for every sound. The only file that
 * imports Howler. Phaser's own sound system is switched off so there is a single AudioContext.
 *
 * Browsers keep audio locked until a click or key press; Howler unlocks itself on the first one and
 * `onUnlock` tells the app, which drops its "sound starts with your first click" hint. Sounds asked
 * for before that are skipped rather than queued: a ring that plays late would be misleading.
 */
import { Howl, Howler } from 'howler';
import { bedLevels, BEDS, type AudioPort, type Bed, type Loop, type OneShot, type PlayedSound } from './port.ts';

export interface SpriteMap {
  readonly src: readonly string[];
  readonly sprite: Readonly<Record<string, readonly [number, number, boolean?]>>;
}

export class HowlerAudio implements AudioPort {
  readonly log: PlayedSound[] = [];
  private readonly howl: Howl;
  private readonly loops = new Map<Loop | Bed, number>();
  private unlocked = false;

  constructor(map: SpriteMap, baseUrl: string, onUnlock: () => void) {
    const sprite: Record<string, [number, number] | [number, number, boolean]> = {};
    for (const [name, entry] of Object.entries(map.sprite)) {
      const [offset, duration, loop = false] = entry;
      sprite[name] = [offset, duration, loop];
    }
    this.howl = new Howl({
      src: map.src.map((file) => baseUrl + file),
      sprite,
      preload: true,
      onunlock: () => {
        this.unlocked = true;
        onUnlock();
      },
      onloaderror: (_id, error) => console.info(`sound unavailable: ${String(error)}`),
    });
    // Some browsers report the context as running from the start (autoplay allowed).
    if (Howler.ctx.state === 'running') {
      this.unlocked = true;
      queueMicrotask(onUnlock);
    }
  }

  play(sound: OneShot): void {
    this.log.push({ sound, action: 'play' });
    if (this.unlocked) this.howl.play(sound);
  }

  loop(sound: Loop, on: boolean): void {
    const id = this.loops.get(sound);
    if (on === (id !== undefined)) return;
    this.log.push({ sound, action: on ? 'start' : 'stop' });
    if (on) this.loops.set(sound, this.howl.play(sound));
    else if (id !== undefined) {
      this.howl.stop(id);
      this.loops.delete(sound);
    }
  }

  ambience(on: boolean, pressure = 0): void {
    const levels = bedLevels(pressure);
    for (const bed of BEDS) {
      const id = this.loops.get(bed);
      const level = bed === 'ambience-calm' ? levels.calm : levels.tense;
      if (on && id === undefined) {
        this.log.push({ sound: bed, action: 'start' });
        const started = this.howl.play(bed);
        this.howl.volume(level, started);
        this.loops.set(bed, started);
      } else if (on && id !== undefined) {
        this.howl.fade(this.howl.volume(id) as number, level, 1500, id);
      } else if (!on && id !== undefined) {
        this.log.push({ sound: bed, action: 'stop' });
        this.howl.stop(id);
        this.loops.delete(bed);
      }
    }
  }

  setVolume(volume: number): void {
    Howler.volume(volume);
  }

  setMuted(muted: boolean): void {
    Howler.mute(muted);
  }
}
