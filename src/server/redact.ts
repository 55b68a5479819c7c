/**
 * What a seat's client is given of the scenario. Every client replays the session with the same
 * engine, so it needs everything the engine reads: triggers, conditions, deadlines, effects, the
 * facts' timelines, and each authored option's wording (a statement chosen from an option is that
 * wording, and the replica must hold the same statement as the server). It does not need what people
 * read: an inject addressed to other seats loses its title, subject, text, attachments and its
 * options' labels and feedback, and every inject loses the facilitator's notes (purpose, expected
 * answer, debrief questions). The result is a scenario the engine runs identically, so a seat's
 * replica stays equal to the server's state; docs/server.md lists what a seat can still read.
 *
 * It is made from the validated document, written as JSON (which the YAML loader reads): parsing
 * the YAML again for every seat took a second or more for a large scenario, and comments, where
 * authors also write notes, are gone with it.
 */
import type { CompiledScenario } from '../format/index.ts';

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

/** The scenario as a seat's client gets it: the validated document, redacted, as JSON. */
export function redactForSeat(document: unknown, seat: string): string {
  if (!isObj(document)) return JSON.stringify(document);
  const injects = document['injects'];
  const conferences = document['pressConferences'];
  return JSON.stringify({
    ...document,
    ...(Array.isArray(injects) ? { injects: injects.map((i: unknown) => redactInject(i, seat)) } : {}),
    // Questions carry facilitator notes too; they are asked of every seat, so their words stay.
    ...(Array.isArray(conferences) ? { pressConferences: conferences.map((c: unknown) => redactConference(c)) } : {}),
  });
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

// Sessions of one scenario share its compiled form, and so their seats' redactions.
const cache = new WeakMap<CompiledScenario, Map<string, string>>();

/** The redacted scenario source for a seat, made once per scenario and seat. */
export function seatScenario(scenario: CompiledScenario, seat: string): string {
  let bySeat = cache.get(scenario);
  if (!bySeat) {
    bySeat = new Map();
    cache.set(scenario, bySeat);
  }
  let source = bySeat.get(seat);
  if (source === undefined) {
    source = redactForSeat(scenario.doc, seat);
    bySeat.set(seat, source);
  }
  return source;
}
