/** Boot: nothing to load for the preloader itself (its bar is drawn), so it hands over at once. */
import * as Phaser from 'phaser';
import { SCENES } from './keys.ts';

export class BootScene extends Phaser.Scene {
  constructor() {
    super(SCENES.boot);
  }

  create(): void {
    this.scene.start(SCENES.preloader);
  }
}
