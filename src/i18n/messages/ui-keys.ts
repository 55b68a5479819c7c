import type { NoParams } from '../catalogue.ts';

/** Words of the game's own screens (menus, buttons, labels): key → parameters. */
export interface UiMessages {
  'ui.app.title': NoParams;
}
