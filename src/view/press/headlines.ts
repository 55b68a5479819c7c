/** The headline ticker's lines: how each answer so far would be quoted, from the engine's reading of it. Pure. */
import type { PressVM } from '../../state/press/press-model.ts';

export interface HeadlineLine {
  readonly key: string;
  /** The sentence a reporter would lift, in the spokesperson's words. */
  readonly text: string;
  /** Who would run it (the outlet of the reporter who asked, or their name). */
  readonly outlet: string | null;
  readonly tone: 'good' | 'mixed' | 'bad';
}

/** Newest first. An answer that set off a follow-up, dodged or scored under 40 reads as bad news. */
export function headlinesFor(vm: PressVM): HeadlineLine[] {
  const lines: HeadlineLine[] = [];
  for (const ask of vm.asks) {
    const heard = ask.answer?.heard;
    if (!heard?.headline) continue;
    const r = vm.reporters.find((x) => x.id === ask.reporter);
    const tone = heard.triggers.length > 0 || heard.dodged || heard.score < 40 ? 'bad' : heard.score < 70 ? 'mixed' : 'good';
    lines.push({ key: ask.inject, text: heard.headline.sentence, outlet: r?.outlet ?? r?.name ?? null, tone });
  }
  return lines.reverse();
}
