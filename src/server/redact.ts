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
import type { EngineEvent, SavedSession } from '../engine/index.ts';
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

/**
 * Notes written in the session (the facilitator's and observers' notes for the debrief) are the
 * facilitator's alone. A seat's replica still applies the note command, so that its log and
 * sequence stay in step with the server's, but it holds that a note was written, not its words.
 * Notes the scenario itself writes (a note effect, `by: scenario`) are in every seat's scenario
 * anyway and keep their text, so replaying them gives the same log on both sides.
 */
function isSessionNote(event: EngineEvent): boolean {
  return event.type === 'note.added' && event.data.by !== 'scenario';
}

function withheldNote(event: EngineEvent): EngineEvent {
  return event.type === 'note.added' && isSessionNote(event) ? { ...event, data: { ...event.data, text: WITHHELD } } : event;
}

/** A broadcast command as a seat receives it: a note's words withheld from the command and its events. */
export function commandForSeat(command: unknown, events: readonly EngineEvent[]): { command: unknown; events: readonly EngineEvent[] } {
  if (!isObj(command) || command['type'] !== 'note.add') return { command, events };
  return { command: { ...command, text: WITHHELD }, events: events.map(withheldNote) };
}

/** The session as a joining or returning seat receives it: every session note's words withheld, in the log and in the journal of commands. */
export function saveForSeat(save: SavedSession): SavedSession {
  if (!save.state.log.some(isSessionNote)) return save;
  return {
    ...save,
    state: { ...save.state, log: save.state.log.map(withheldNote) },
    journal: save.journal.map((entry) => (entry.command.type === 'note.add' ? { ...entry, command: { ...entry.command, text: WITHHELD } } : entry)),
  };
}
