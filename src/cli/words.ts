/**
 * The CLI's words: every coded result the engine returns (refusals, causes, cues, problems with a
 * save or a result) is rendered through the message catalogue, never written here. English for
 * now: the CLI's contract is English output; a `--lang` flag would pick another catalogue.
 */
import type { Cue, PlayResult } from '../engine/index.ts';
import { createTranslator, type Translator } from '../i18n/index.ts';

export const words: Translator = createTranslator('en');

/** A cue's reason in words, noting when its points were scaled to keep the score within 0–100. */
export function cueText(c: Cue, t: Translator = words): string {
  const reason = t.render(c);
  return c.scaled ? `${reason} (${t.t('cue.scaled')})` : reason;
}

/** A cue as `--json` prints it: the contract's `reason` in words beside the code it was rendered from. */
export function withReason(c: Cue): Cue & { reason: string } {
  const { dimension, points, ...rest } = c;
  return { dimension, points, reason: cueText(c), ...rest };
}

/** A play result as `play --json` prints it: every cue with its reason in words. */
export function resultWithReasons(r: PlayResult): unknown {
  return {
    ...r,
    sessionCues: r.sessionCues.map(withReason),
    injects: r.injects.map((i) => ({ ...i, cues: i.cues.map(withReason) })),
    statements: r.statements.map((s) => ({ ...s, cues: s.cues.map(withReason) })),
    ...(r.press ? { press: r.press.map((c) => ({ ...c, questions: c.questions.map((q) => ({ ...q, cues: q.cues.map(withReason) })) })) } : {}),
  };
}
