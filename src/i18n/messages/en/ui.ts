import type { Catalogue } from '../../catalogue.ts';
import type { UiMessages } from '../ui-keys.ts';

export const ui: Catalogue<UiMessages> = {
  'ui.app.title': () => 'Crisis Room',
};
