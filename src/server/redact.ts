/**
 * What a seat's client is given of the scenario. Every client replays the session with the same
 * engine, so it needs everything the engine reads: triggers, conditions, deadlines, effects, the
 * facts' timelines, and each authored option's wording (a statement chosen from an option is that
 * wording, and the replica must hold the same statement as the server). It does not need what people
 * read: an inject addressed to other seats loses its title, subject, text, attachments and its
 * options' labels and feedback, and every inject loses the facilitator's notes (purpose, expected
 * answer, debrief questions). The result is a scenario the engine runs identically, so a seat's
 * replica stays equal to the server's state; docs/server.md lists what a seat can still read.
 */
import { parse, stringify } from 'yaml';
import { loadScenario } from '../format/index.ts';
import { scenarioFingerprint } from '../engine/index.ts';

/** Stands in for words a seat may not read; never shown (the seat's screen lists only its own injects). */
const WITHHELD = '…';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function redactOption(option: unknown): unknown {
  if (!isObj(option)) return option;
  const { label, feedback, ...rest } = option;
  return { ...rest, ...(label === undefined ? {} : { label: WITHHELD }), ...(feedback === undefined ? {} : { feedback: WITHHELD }) };
}

function redactInject(inject: unknown, seat: string): unknown {
  if (!isObj(inject)) return inject;
  const { notes: _notes, ...kept } = inject;
  const to = kept['to'];
  if (!Array.isArray(to) || to.includes(seat)) return kept;
  const { title, subject, attachments: _attachments, options, ...rest } = kept;
  return {
    ...rest,
    ...(title === undefined ? {} : { title: WITHHELD }),
    ...(subject === undefined ? {} : { subject: WITHHELD }),
    text: WITHHELD,
    ...(Array.isArray(options) ? { options: options.map(redactOption) } : {}),
  };
}

/**
 * The scenario as a seat's client gets it, as YAML (comments dropped: authors write notes in them
 * too). Throws if the source does not parse, which cannot happen for a session's stored scenario.
 */
export function redactForSeat(source: string, seat: string): string {
  const doc = parse(source, { maxAliasCount: -1 }) as unknown;
  if (!isObj(doc)) return source;
  const injects = doc['injects'];
  const conferences = doc['pressConferences'];
  return stringify(
    {
      ...doc,
      ...(Array.isArray(injects) ? { injects: injects.map((i: unknown) => redactInject(i, seat)) } : {}),
      // Questions carry facilitator notes too; they are asked of every seat, so their words stay.
      ...(Array.isArray(conferences) ? { pressConferences: conferences.map((c: unknown) => redactConference(c)) } : {}),
    },
    { lineWidth: 0 },
  );
}

function redactConference(c: unknown): unknown {
  if (!isObj(c)) return c;
  const questions = c['questions'];
  return Array.isArray(questions) ? { ...c, questions: questions.map((q: unknown) => (isObj(q) ? withoutNotes(q) : q)) } : c;
}

function withoutNotes(o: Obj): Obj {
  const { notes: _notes, ...rest } = o;
  return rest;
}

export interface SeatScenario {
  readonly source: string;
  /** The redacted scenario's fingerprint: a save sent to this seat carries it, so the seat's engine loads it. */
  readonly fingerprint: string;
}

// Sessions of one scenario share their seats' redactions; bounded, as each holds a copy of the scenario.
const cache = new Map<string, SeatScenario>();
const CACHE_SIZE = 128;

/** The redacted scenario for a seat, and its fingerprint, computed once per scenario and seat. */
export function seatScenario(scenario: { readonly id: string; readonly source: string; readonly fingerprint: string }, seat: string): SeatScenario {
  const { source } = scenario;
  const key = `${scenario.id}\u0000${scenario.fingerprint}\u0000${String(source.length)}\u0000${seat}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const redacted = redactForSeat(source, seat);
  const loaded = loadScenario(redacted, 'seat.yaml');
  if (!loaded.scenario) throw new Error(`the scenario redacted for ${seat} does not load: ${loaded.diagnostics.map((d) => d.code).join(', ')}`);
  const entry = { source: redacted, fingerprint: scenarioFingerprint(loaded.scenario) };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, entry);
  return entry;
}
