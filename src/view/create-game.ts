/**
 * The game factory: the composition root (src/main.ts) decides when and where the game mounts, as
 * in Phaser's Vite template, and hands every scene its dependencies.
 *
 * WebGL only (Phaser 4 deprecates the Canvas renderer); Phaser's own audio is off because Howler
 * owns the single AudioContext; Phaser's input is off because every control is a DOM element.
 */
import * as Phaser from 'phaser';
import type { ViewDeps } from './deps.ts';
import { PressScene } from './press/press-scene.ts';
import { RoomScene } from './room/room-scene.ts';
import { BootScene } from './scenes/boot.ts';
import { BriefingScene } from './scenes/briefing.ts';
import { DebriefScene } from './scenes/debrief.ts';
import { LibraryScene } from './scenes/library.ts';
import { PressBriefingScene } from './scenes/press-briefing.ts';
import { PressDebriefScene } from './scenes/press-debrief.ts';
import { PreloaderScene } from './scenes/preloader.ts';
import { ProgressScene } from './scenes/progress.ts';
import { SettingsScene } from './scenes/settings.ts';
import { TitleScene } from './scenes/title.ts';

export function createGame(parent: HTMLElement, deps: ViewDeps): Phaser.Game {
  return new Phaser.Game({
    type: Phaser.WEBGL,
    parent,
    backgroundColor: '#090d12',
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    audio: { noAudio: true },
    input: false,
    banner: false,
    disableContextMenu: false,
    scene: [new BootScene(), new PreloaderScene(deps), new TitleScene(deps), new LibraryScene(deps), new SettingsScene(deps), new BriefingScene(deps), new RoomScene(deps), new DebriefScene(deps), new ProgressScene(deps),
      // Press practice: shells like the room's; the podium and the engine arrive as chunks when a drill opens.
      new PressBriefingScene(deps), new PressScene(deps), new PressDebriefScene(deps)],
  });
}
