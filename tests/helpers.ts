import { playbookResolver } from '../src/cli/load.ts';
import { readFileSync } from 'node:fs';
import { annotateSubmit, approver, emptyAnnotation, FACILITATOR, Session, trainee, type Actor, type EventOf, type EventType, type SendResult, type StatementAnnotator } from '../src/engine/index.ts';
import { loadScenario, parseDuration, type CompiledScenario, type LintMessage } from '../src/format/index.ts';
import { createTranslator, lintText } from '../src/i18n/index.ts';

const cache = new Map<string, CompiledScenario>();

export function fixture(name: string): CompiledScenario {
  const path = name.includes('/') ? name : `tests/fixtures/${name}.yaml`;
  const hit = cache.get(path);
  if (hit) return hit;
  const loaded = loadScenario(readFileSync(path, 'utf8'), path, { playbook: playbookResolver(path) });
  if (!loaded.scenario) throw new Error(`${path} does not load: ${JSON.stringify(loaded.diagnostics)}`);
  cache.set(path, loaded.scenario);
  return loaded.scenario;
}

export function ms(d: string): number {
  const v = parseDuration(d);
  if (v === null) throw new Error(`bad duration ${d}`);
  return v;
}

/**
 * A fluent driver for tests (in the spirit of tldraw's TestEditor). It plays the host: it annotates
 * free text with its annotator before sending (as the CLI, the browser and the server do), sends
 * statements as the solo seat's trainee and everything else as the facilitator unless told otherwise.
 */
export class Harness {
  readonly session: Session;
  readonly annotator: StatementAnnotator | null;

  constructor(scenario: CompiledScenario, options: { seed?: number; mode?: 'solo' | 'team'; annotator?: StatementAnnotator } = {}) {
    this.session = Session.create({ scenario, seed: options.seed ?? 1, mode: options.mode ?? 'solo' });
    this.annotator = options.annotator ?? null;
  }

  static start(name: string, options: { seed?: number; mode?: 'solo' | 'team'; annotator?: StatementAnnotator } = {}): Harness {
    const h = new Harness(fixture(name), options);
    h.ok({ type: 'session.start' });
    return h;
  }

  get state() {
    return this.session.state;
  }

  /** The actor a command comes from unless a test says otherwise. */
  defaultActor(cmd: unknown): Actor {
    const type = (cmd as { type?: unknown } | null)?.type;
    return type === 'statement.submit' ? trainee(this.session.scenario.soloSeat) : FACILITATOR;
  }

  /** Sends as the host would: free text annotated first. */
  send(cmd: unknown, actor: Actor = this.defaultActor(cmd)): SendResult {
    const c = cmd as { type?: unknown; text?: unknown; option?: unknown } | null;
    const annotated =
      this.annotator && c?.type === 'statement.submit' && typeof c.text === 'string' && c.option === undefined
        ? annotateSubmit(c as { type: 'statement.submit'; text: string }, this.annotator, this.session.now)
        : cmd;
    return this.session.send(annotated, actor);
  }

  ok(cmd: unknown, actor: Actor = this.defaultActor(cmd)): this {
    const r = this.send(cmd, actor);
    if (!r.ok) throw new Error(`refused ${JSON.stringify(cmd)}: ${r.refusal.code} ${JSON.stringify(r.refusal.params)}`);
    return this;
  }

  /** A statement drafted by a given seat (team drills). */
  as(seat: string, cmd: Record<string, unknown>): this {
    return this.ok({ type: 'statement.submit', ...cmd }, trainee(seat));
  }

  approve(seat: string, statement: string): this {
    return this.ok({ type: 'statement.approve', statement }, approver(seat));
  }

  reject(seat: string, statement: string, reason: string): this {
    return this.ok({ type: 'statement.reject', statement, reason }, approver(seat));
  }

  to(d: string): this {
    return this.ok({ type: 'clock.advanceTo', to: ms(d) });
  }

  answer(inject: string, option: string): this {
    return this.ok({ type: 'statement.submit', inject, option });
  }

  say(inject: string, text: string): this {
    return this.ok({ type: 'statement.submit', inject, text });
  }

  publish(channel: string, text: string, audience?: string[]): this {
    return this.ok({ type: 'statement.submit', channel, text, ...(audience ? { audience } : {}) });
  }

  status(inject: string): string | undefined {
    return this.state.injects[inject]?.status;
  }

  fired(inject: string): boolean {
    return (this.state.injects[inject]?.fireCount ?? 0) > 0;
  }

  firedAt(inject: string): number | undefined {
    return this.state.firings.find((f) => f.inject === inject)?.firedAt;
  }

  events<T extends EventType>(type: T): EventOf<T>[] {
    return this.state.log.filter((e): e is EventOf<T> => e.type === type);
  }
}

/** An annotator for tests that reads a tiny markup: "[fact=value]", "[km:id]", "[empathy:element]", "[posture:p]", "[unknown]" (says what is not known yet). */
export const markupAnnotator: StatementAnnotator = {
  version: 'markup-test',
  annotate(text, _at) {
    const words = text.split(/\s+/).filter(Boolean).length;
    const claims = [...text.matchAll(/\[([a-z-]+)=([^\]]+)\]/g)].map((m) => {
      const raw = m[2] ?? '';
      const update = raw.endsWith('!');
      const v = update ? raw.slice(0, -1) : raw;
      const value = /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v === 'true' ? true : v === 'false' ? false : v;
      return { fact: m[1] ?? '', value, quote: m[0], update, hedged: false, ...(update ? { reason: 'further testing' } : {}) };
    });
    return {
      ...emptyAnnotation('analyser'),
      words,
      claims,
      keyMessages: [...text.matchAll(/\[km:([a-z-]+)\]/g)].map((m) => ({ id: m[1] ?? '', quote: m[0], similarity: 1 })),
      empathy: [...text.matchAll(/\[empathy:([a-z-]+)\]/g)].map((m) => ({ element: m[1] as 'concern', quote: m[0], strength: 1 })),
      penalties: [...text.matchAll(/\[penalty:([a-z-]+)\]/g)].map((m) => ({ kind: m[1] as 'minimising', quote: m[0] })),
      posture: (() => {
        const m = /\[posture:([a-z-]+)\]/.exec(text);
        return m ? { value: m[1] as 'deny', quote: m[0] } : null;
      })(),
      instructions: /\[do\]/.test(text) ? [{ quote: '[do]' }] : [],
      unknowns: /\[unknown\]/.test(text) ? [{ quote: '[unknown]' }] : [],
    };
  },
};

const english = createTranslator('en');

/** A lint finding (or nested lint message) in English, as `crisis lint` prints it. */
export function lintEn(m: LintMessage): string {
  return lintText(english, m);
}
