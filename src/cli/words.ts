/**
 * The CLI's words: every coded result the engine returns (refusals, causes, problems with a save)
 * is rendered through the message catalogue, never written here. English for now: the CLI's
 * contract is English output; a `--lang` flag would pick another catalogue.
 */
import { createTranslator } from '../i18n/index.ts';

export const words = createTranslator('en');
