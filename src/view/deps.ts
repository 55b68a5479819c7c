/** What the scenes are given by the composition root (src/main.ts): no globals, no singletons. */
import type * as Phaser from 'phaser';
import type { AudioPort } from '../audio/port.ts';
import type { Translator } from '../i18n/index.ts';
import type { AppStore } from '../state/app-store.ts';
import type { Overlay } from './dom/overlay.ts';
import type { PressHandle } from './press/handle.ts';
import type { RoomHandle } from './room/handle.ts';

export interface SpriteMapLike {
  readonly src: readonly string[];
  readonly sprite: Readonly<Record<string, readonly (number | boolean)[]>>;
}

export interface ViewDeps {
  readonly store: AppStore;
  readonly overlay: Overlay;
  /** The translator for the current locale (settings can change it while the game runs). */
  readonly i18n: () => Translator;
  /** Sound, once the preloader has its sprite map (null before, or when audio is unavailable). */
  readonly audio: () => AudioPort | null;
  /** Called by the preloader with the audio sprite map it loaded. */
  readonly audioReady: (map: SpriteMapLike) => void;
  /** Whether motion is reduced (the setting or the system preference). */
  readonly reducedMotion: () => boolean;
  /** Best overall score per scenario id, from the progress store (absent until it exists). */
  readonly bestScores?: () => Readonly<Record<string, number>>;
  /** People drawn in the rumour network (the benchmark asks for 2,000). */
  readonly rumourNodes?: number;
  /**
   * Scenes that load on demand, by key: the team screens pull the scenario format, the engine and the
   * network client, which the menu does not need (the initial-JavaScript budget).
   */
  readonly lazyScenes?: Readonly<Record<string, (deps: ViewDeps) => Promise<Phaser.Scene>>>;
  /** For the browser tests (`?test`): the room being played, read through its store only. */
  readonly debug?: { room: RoomHandle | null };
  /** For the browser tests (`?test`): the press drill being played, read through its store only. */
  readonly pressDebug?: { press: PressHandle | null };
}
