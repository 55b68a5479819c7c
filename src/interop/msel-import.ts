/**
 * MSEL spreadsheet (CSV) → scenario. Two ways:
 *
 * - **Fresh**: the sheet becomes a new scenario: its injects (and press conferences), personas
 *   from the From column, seats from the To column, and placeholders for what a sheet does not
 *   hold (organisation, crisis, stakeholders, endings) for the author to write.
 * - **Into a scenario** (`base`): the sheet's columns replace those fields of the scenario's
 *   injects with the same id; options, effects, scoring and everything else stay as they are. A
 *   sheet exported from a scenario and imported back changes nothing.
 *
 * Every row with something in it becomes an inject or is reported: what could not be read is
 * listed by row and column (errors stop the import, warnings say what was left out or assumed).
 */
import { Document, isMap, parseDocument } from 'yaml';
import {
  allInjectIds,
  closest,
  conditionProblems,
  FOLLOW_UP_TRIGGERS,
  formatDuration,
  Id,
  parseAfter,
  parseCondition,
  parseDuration,
  Scenario,
  SEVERITIES,
  textIn,
  type Channel,
  type FollowUpTrigger,
  type InjectDoc,
  type LocalTextDoc,
  type PERSONA_KINDS,
  type PressConferenceDoc,
  type ScenarioDoc,
  type Severity,
} from '../format/index.ts';
import type { AllMessages, Translator, TriggerProblem } from '../i18n/index.ts';
import { columnLetter, CSV_LIMITS, readCsv, unprotectCell } from './csv.ts';
import { ColumnNames, JOINED_FIELDS } from './msel-columns.ts';
import { FILL_DOWN_FIELDS, MSEL_FIELDS, REQUIRED_FIELDS, type MselEvent, type MselField, type Timing } from './msel-model.ts';
import { parseMselTime } from './msel-time.ts';

export type MselCode = Extract<keyof AllMessages, `msel.problem.${string}`> extends `msel.problem.${infer C}` ? C : never;
type ProblemParams<C extends MselCode> = AllMessages[`msel.problem.${C}`];

export interface MselProblem {
  readonly severity: 'error' | 'warning';
  readonly code: MselCode;
  /** Spreadsheet row (1-based, as the sheet shows it), or null for the whole sheet. */
  readonly row: number | null;
  /** Column letter (A, B, …) and its header, or null for the whole row. */
  readonly column: string | null;
  readonly header: string | null;
  readonly params: Readonly<Record<string, unknown>>;
}

export interface MselImportOptions {
  /** The CSV's file name, for the scenario's summary. */
  readonly file: string;
  /** Id and title of a fresh scenario. */
  readonly id: string;
  readonly title: string;
  /** The language the sheet's texts are in (default: the base scenario's first, or en). */
  readonly language?: string;
  /** The scenario to merge into: its YAML text and its validated document. */
  readonly base?: { readonly text: string; readonly doc: ScenarioDoc };
}

export interface MselImport {
  readonly events: readonly MselEvent[];
  readonly problems: readonly MselProblem[];
  /** The scenario YAML, or null when there are errors. */
  readonly yaml: string | null;
  /** For a merge: whether anything in the base changed. */
  readonly changed: boolean;
  /** Rows that held something (blank rows are not counted). */
  readonly rows: number;
  /** Blank cells filled from the row above (merged cells). */
  readonly filled: number;
  /** Row of each inject id, to place later problems (lint of the result) on the sheet. */
  readonly rowOf: ReadonlyMap<string, number>;
}

/** The tag that tells lint an inject is meant to be fired by the facilitator (no SC302). */
const FACILITATOR_ONLY = 'facilitator-only';

const NONE = new Set(['', '-', '—', '–', 'n/a', 'na', 'none', 'nobody']);
const EVERYONE = new Set(['all', 'everyone', 'all players', 'all seats', 'all teams', 'everybody']);

export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return s === '' ? 'x' : s;
}

interface Columns {
  readonly byField: Map<MselField, number[]>;
  readonly header: readonly string[];
}

class Problems {
  readonly list: MselProblem[] = [];
  private readonly header: readonly string[];
  constructor(header: readonly string[]) {
    this.header = header;
  }
  add<C extends MselCode>(severity: 'error' | 'warning', code: C, row: number | null, column: number | null, params: ProblemParams<C>): void {
    this.list.push({
      severity,
      code,
      row,
      column: column === null ? null : columnLetter(column),
      header: column === null ? null : (this.header[column]?.trim() ?? null) || null,
      params,
    });
  }
  get errors(): number {
    return this.list.filter((p) => p.severity === 'error').length;
  }
}

export function importMsel(csv: string, t: Translator, options: MselImportOptions): MselImport {
  const names = new ColumnNames(t);
  const read = readCsv(csv);
  const empty = (problems: MselProblem[], rows = 0): MselImport => ({ events: [], problems, yaml: null, changed: false, rows, filled: 0, rowOf: new Map() });
  const early = new Problems([]);
  for (const p of read.problems) {
    if (p.kind === 'unterminated-quote') early.add('error', 'MS004', p.row, p.column, {});
    else early.add('error', 'MS005', p.row, p.column, { limit: p.kind === 'too-many-rows' ? CSV_LIMITS.maxRecords : CSV_LIMITS.maxCellChars, what: p.kind === 'too-many-rows' ? 'rows' : 'cell' });
  }
  const records = read.records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (records.length === 0) {
    early.add('error', 'MS001', null, null, {});
    return empty(early.list);
  }
  // The header is the first of the top rows that names the message and at least one other column.
  const headerAt = records.slice(0, 10).findIndex((r) => {
    const fields = new Set(r.cells.map((c) => names.field(c)).filter((f) => f !== null));
    return fields.has('message') && fields.size >= 2;
  });
  if (headerAt < 0) {
    early.add('error', 'MS002', records[0]?.row ?? 1, null, { expected: REQUIRED_FIELDS.map((f) => t.t(`msel.column.${f}`)) });
    return empty(early.list);
  }
  const headerRecord = records[headerAt];
  if (!headerRecord) return empty(early.list);
  const problems = new Problems(headerRecord.cells);
  problems.list.push(...early.list);
  const body = records.slice(headerAt + 1);
  const columns = mapColumns(headerRecord.cells, body, names, problems);
  for (const f of REQUIRED_FIELDS) {
    if (!columns.byField.has(f)) problems.add('error', 'MS003', headerRecord.row, null, { field: t.t(`msel.column.${f}`) });
  }
  if (problems.errors > 0) return empty(problems.list, body.length);

  const base = options.base ?? null;
  const language = options.language ?? base?.doc.languages[0] ?? 'en';
  const resolver = base ? baseResolver(base.doc) : null;
  const parsed = parseRows(body, columns, names, problems, t, resolver);
  const events = parsed.events;
  const rowOf = new Map(events.map((e) => [e.id, e.row]));
  const result = (yaml: string | null, changed: boolean): MselImport => ({
    events,
    problems: problems.list,
    yaml: problems.errors > 0 ? null : yaml,
    changed,
    rows: body.length,
    filled: parsed.filled,
    rowOf,
  });
  if (problems.errors > 0) return result(null, false);
  if (base) {
    const merged = mergeInto(base, events, language, problems);
    return result(merged.text, merged.changed);
  }
  return result(freshScenario(events, parsed.names, options, t, problems), true);
}

function mapColumns(header: readonly string[], body: readonly { cells: readonly string[] }[], names: ColumnNames, problems: Problems): Columns {
  const byField = new Map<MselField, number[]>();
  header.forEach((h, col) => {
    const field = names.field(h);
    const used = body.some((r) => (r.cells[col] ?? '').trim() !== '');
    if (field === null) {
      if (used || h.trim() !== '') problems.add('warning', 'MS010', null, col, {});
      return;
    }
    const already = byField.get(field);
    if (already && !JOINED_FIELDS.includes(field)) {
      const first = already[0] ?? 0;
      problems.add('warning', 'MS011', null, col, { used: `${columnLetter(first)} (${header[first]?.trim() ?? ''})` });
      return;
    }
    byField.set(field, [...(already ?? []), col]);
  });
  return { byField, header };
}

/** Persona and seat lookup against the scenario a sheet is merged into. */
interface Resolver {
  persona(cell: string): { id: string } | { suggestion: string | null };
  seat(cell: string): { id: string } | { suggestion: string | null };
}

function baseResolver(doc: ScenarioDoc): Resolver {
  const personas = new Map<string, string>();
  for (const p of doc.personas) {
    personas.set(p.id, p.id);
    const key = p.name.trim().toLowerCase();
    if (!personas.has(key)) personas.set(key, p.id);
  }
  const seats = new Map<string, string>();
  for (const s of doc.roles.seats) {
    const id = typeof s === 'string' ? s : s.id;
    seats.set(id, id);
    if (typeof s !== 'string') seats.set(textIn(s.name, doc.languages[0] ?? 'en', 'en').trim().toLowerCase(), id);
  }
  const look = (map: Map<string, string>, cell: string): { id: string } | { suggestion: string | null } => {
    const id = map.get(cell) ?? map.get(cell.trim().toLowerCase());
    if (id !== undefined) return { id };
    return { suggestion: closest(cell, map.keys()) };
  };
  return { persona: (c) => look(personas, c), seat: (c) => look(seats, c) };
}

interface ParsedRows {
  readonly events: MselEvent[];
  readonly filled: number;
  /** Names written in From and To, by the id they became (fresh imports). */
  readonly names: { readonly personas: Map<string, string>; readonly seats: Map<string, string> };
}

function parseRows(
  body: readonly { row: number; cells: readonly string[] }[],
  columns: Columns,
  names: ColumnNames,
  problems: Problems,
  t: Translator,
  resolver: Resolver | null,
): ParsedRows {
  const events: MselEvent[] = [];
  const above = new Map<MselField, string>();
  const firstRow = new Map<string, number>();
  const personaNames = new Map<string, string>();
  const seatNames = new Map<string, string>();
  const nobody = t.t('msel.cell.nobody').toLowerCase();
  const everyone = t.t('msel.cell.everyone').toLowerCase();
  let filled = 0;
  let generated = 0;
  for (const record of body) {
    const row = record.row;
    const colOf = (f: MselField): number | null => columns.byField.get(f)?.[0] ?? null;
    const raw = (f: MselField): string => {
      const cols = columns.byField.get(f) ?? [];
      const values = cols.map((c) => unprotectCell(record.cells[c] ?? '').trim()).filter((v) => v !== '');
      return values.join(f === 'questions' ? '\n' : '\n\n');
    };
    if (MSEL_FIELDS.every((f) => raw(f) === '')) continue;
    const cells = new Map<MselField, string>(MSEL_FIELDS.map((f) => [f, raw(f)]));
    const triggerLines = (cells.get('trigger') ?? '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
    const primary = triggerLines.find((l) => !/^(if|unless|at)\b/i.test(l));
    for (const f of FILL_DOWN_FIELDS) {
      const value = cells.get(f) ?? '';
      const prev = above.get(f);
      if (value === '' && prev !== undefined && !(f === 'time' && primary !== undefined)) {
        cells.set(f, prev);
        filled += 1;
      } else if (value !== '') above.set(f, value);
    }
    const cell = (f: MselField): string => cells.get(f) ?? '';

    // Timing
    let timing: Timing | null = null;
    let guard: string | null = null;
    let cancelIf: string | null = null;
    let timingOk = true;
    for (const line of triggerLines) {
      const m = /^(\S+)\s*(.*)$/.exec(line);
      const keyword = (m?.[1] ?? '').toLowerCase();
      const rest = (m?.[2] ?? '').trim();
      const bad = (detail: TriggerProblem): void => {
        problems.add('error', 'MS024', row, colOf('trigger'), { value: line, detail });
        timingOk = false;
      };
      if (keyword === 'after') {
        const a = parseAfter(rest);
        if (a.ok) timing = { kind: 'after', after: rest };
        else bad(a.message);
      } else if (keyword === 'when' || keyword === 'whenever') {
        const c = parseCondition(rest);
        if (c.ok) timing = { kind: 'when', when: rest, once: keyword === 'when' };
        else bad(c.error.message);
      } else if (keyword === 'if' || keyword === 'unless') {
        const c = parseCondition(rest);
        if (!c.ok) bad(c.error.message);
        else if (keyword === 'if') guard = rest;
        else cancelIf = rest;
      } else if (keyword === 'manual') timing = { kind: 'manual' };
      else if (keyword === 'question') timing = { kind: 'question' };
      else if (keyword === 'follow-up' || keyword === 'followup') {
        // Every trigger the format knows, so a press drill's sheet (speculated, premise-accepted…) imports back.
        const which = /^(?:if\s+)?([a-z-]+)$/i.exec(rest)?.[1]?.toLowerCase();
        const trigger = FOLLOW_UP_TRIGGERS.find((t) => t === which);
        if (trigger) timing = { kind: 'follow-up', trigger };
        else bad({ followUp: FOLLOW_UP_TRIGGERS });
      } else if (keyword === 'at') {
        if (rest !== '' && cell('time') === '') cells.set('time', rest);
      } else bad({ keyword: true });
    }
    const time = cell('time');
    if (time !== '') {
      const atMs = parseMselTime(time);
      if (atMs === null) {
        problems.add('error', 'MS020', row, colOf('time'), { value: time });
        timingOk = false;
      } else if (timing === null) timing = { kind: 'at', atMs };
      else if (primary !== undefined && cells.get('time') !== above.get('time')) {
        problems.add('warning', 'MS034', row, colOf('time'), { time, trigger: primary });
      }
    }
    if (timing === null && timingOk) {
      problems.add('warning', 'MS021', row, colOf('time'), {});
      timing = { kind: 'manual' };
    }

    // Method
    const methodCell = cell('method');
    const channel: Channel | null = names.method(methodCell);
    if (channel === null) problems.add('error', 'MS022', row, colOf('method'), { value: methodCell, known: names.methodNames });

    // Message
    let text = cell('message');
    const subjectCell = cell('subject');
    if (text === '') {
      if (subjectCell !== '') text = subjectCell;
      else problems.add('error', 'MS023', row, colOf('message'), {});
    }

    // From and To
    let from: string | null = null;
    const fromCell = cell('from');
    if (!NONE.has(fromCell.toLowerCase()) && fromCell.toLowerCase() !== nobody) {
      if (resolver) {
        const r = resolver.persona(fromCell);
        if ('id' in r) from = r.id;
        else problems.add('error', 'MS028', row, colOf('from'), { value: fromCell, what: 'persona', suggestion: r.suggestion });
      } else {
        from = uniqueName(personaNames, fromCell);
      }
    }
    let to: string[] | null = null;
    const toCell = cell('to');
    if (toCell !== '' && !EVERYONE.has(toCell.toLowerCase()) && toCell.toLowerCase() !== everyone) {
      to = [];
      for (const part of toCell.split(/\s*(?:[,;/&\n]|\band\b)\s*/i).filter((p) => p !== '')) {
        if (resolver) {
          const r = resolver.seat(part);
          if ('id' in r) to.push(r.id);
          else problems.add('error', 'MS028', row, colOf('to'), { value: part, what: 'seat', suggestion: r.suggestion });
        } else {
          to.push(uniqueName(seatNames, part));
        }
      }
      to = [...new Set(to)];
    }

    // Deadline and severity
    let deadline: string | null = null;
    const deadlineCell = cell('deadline');
    if (deadlineCell !== '') {
      const ms = parseMselTime(deadlineCell);
      if (ms === null || ms === 0) problems.add('error', 'MS026', row, colOf('deadline'), { value: deadlineCell });
      else deadline = formatDuration(ms);
    }
    let severity: Severity | null = null;
    const sevCell = cell('severity').toLowerCase();
    if (sevCell !== '') {
      const s = SEVERITIES.find((x) => x === sevCell || x.startsWith(sevCell.slice(0, 3)));
      if (s) severity = s;
      else problems.add('warning', 'MS027', row, colOf('severity'), { value: cell('severity') });
    }

    // Id
    const idCell = cell('id');
    let id = idCell;
    if (id === '' || !Id.safeParse(id).success) {
      const candidate = slug(idCell !== '' ? idCell : subjectCell !== '' ? subjectCell : `inject-${cell('number') || String(++generated)}`);
      let unique = candidate;
      for (let n = 2; firstRow.has(unique); n++) unique = `${candidate}-${n}`;
      if (idCell !== '') problems.add('warning', 'MS033', row, colOf('id'), { value: idCell, used: unique });
      id = unique;
    }
    const first = firstRow.get(id);
    if (first !== undefined) problems.add('error', 'MS029', row, colOf('id'), { id, first });
    else firstRow.set(id, row);

    if (channel === null || timing === null || text === '') continue;
    const conferenceCell = cell('conference');
    const conference = conferenceCell === '' ? null : Id.safeParse(conferenceCell).success ? conferenceCell : slug(conferenceCell);
    if (conference === null && (timing.kind === 'question' || timing.kind === 'follow-up')) problems.add('error', 'MS030', row, colOf('trigger'), { detail: 'outside' });
    events.push({
      row,
      id,
      timing,
      guard,
      cancelIf,
      from,
      to,
      channel: conference === null ? channel : 'press-conference',
      // A row with only a subject uses it as the message, not twice.
      subject: subjectCell === '' || cell('message') === '' ? null : subjectCell,
      text,
      expected: cell('expected') || null,
      notes: cell('notes') || null,
      questions: cell('questions') === '' ? [] : cell('questions').split(/\r?\n/).map((q) => q.trim()).filter((q) => q !== ''),
      deadline,
      severity,
      label: cell('label') || null,
      conference,
    });
  }
  return { events, filled, names: { personas: personaNames, seats: seatNames } };
}

/** The id a name in a fresh sheet becomes (the same name always gives the same id). */
function uniqueName(ids: Map<string, string>, name: string): string {
  for (const [id, n] of ids) if (n.toLowerCase() === name.toLowerCase()) return id;
  const base = slug(name);
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.set(id, name);
  return id;
}

// ---------------------------------------------------------------------------------------------
// Fresh scenario

const PERSONA_HINTS: readonly [RegExp, (typeof PERSONA_KINDS)[number]][] = [
  [/\b(reporter|journalist|editor|correspondent|news|times|herald|post|gazette|tribune|tv|radio|bbc|cnn|reuters|press|ledger|wire)\b/i, 'journalist'],
  [/\b(regulator|agency|authority|commission|fda|ema|ico|cnil|ministry|department|inspector|supervisor)\b/i, 'regulator'],
  [/\b(anonymous|leak|whistleblower|source)\b/i, 'leaker'],
  [/\b(ceo|cfo|coo|chair|director|president|head of|counsel|vp|board)\b/i, 'executive'],
  [/\b(employee|staff|worker|union|shift|colleague)\b/i, 'employee'],
  [/\b(customer|client|patient|consumer|parent|mother|father)\b/i, 'customer'],
  [/\b(influencer|blogger|youtuber|creator|@\w+)/i, 'influencer'],
  [/\b(investor|analyst|shareholder|fund)\b/i, 'investor'],
  [/\b(mayor|governor|minister|police|council|official|senator|mp)\b/i, 'official'],
  [/\b(supplier|retailer|distributor|partner)\b/i, 'partner'],
];

function personaKind(name: string): (typeof PERSONA_KINDS)[number] {
  return PERSONA_HINTS.find(([re]) => re.test(name))?.[1] ?? 'other';
}

function timingKeys(e: MselEvent): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (e.timing.kind === 'at') out.at = formatDuration(e.timing.atMs);
  else if (e.timing.kind === 'after') out.after = e.timing.after;
  else if (e.timing.kind === 'when') {
    out.when = e.timing.when;
    if (!e.timing.once) out.once = false;
  }
  if (e.guard !== null) out.if = e.guard;
  if (e.cancelIf !== null) out.unless = e.cancelIf;
  return out;
}

function notesOf(e: MselEvent): Record<string, unknown> | null {
  const notes: Record<string, unknown> = {};
  if (e.notes !== null) notes.purpose = e.notes;
  if (e.expected !== null) notes.expected = e.expected;
  if (e.questions.length > 0) notes.questions = e.questions;
  return Object.keys(notes).length > 0 ? notes : null;
}

/**
 * Follow-ups that can be asked only when their question says what they check (its false premise,
 * loaded words, whose decision it is): a sheet has no column for those, so a fresh scenario could
 * never ask them.
 */
const NEEDS_QUESTION_DETAIL: readonly FollowUpTrigger[] = ['premise-accepted', 'loaded-words', 'overreached'];

function freshScenario(
  events: readonly MselEvent[],
  names: ParsedRows['names'],
  options: MselImportOptions,
  t: Translator,
  problems: Problems,
): string {
  const seats = [...names.seats.keys()];
  if (seats.length === 0) seats.push('spokesperson');
  const injects: Record<string, unknown>[] = [];
  const conferences = new Map<string, { doc: Record<string, unknown>; questions: Record<string, unknown>[] }>();
  let lastQuestion: Record<string, unknown> | null = null;
  let latest = 0;
  for (const e of events) {
    if (e.timing.kind === 'at') latest = Math.max(latest, e.timing.atMs + (parseDuration(e.deadline ?? '0') ?? 0));
    const notes = notesOf(e);
    if (e.conference !== null) {
      let pc = conferences.get(e.conference);
      if (e.timing.kind === 'follow-up') {
        if (!lastQuestion || !pc) {
          problems.add('error', 'MS030', e.row, null, { detail: 'outside' });
          continue;
        }
        if (NEEDS_QUESTION_DETAIL.includes(e.timing.trigger)) {
          problems.add('error', 'MS036', e.row, null, { trigger: e.timing.trigger });
          continue;
        }
        const list = (lastQuestion.followUps as Record<string, unknown>[] | undefined) ?? [];
        list.push({ id: e.id, if: e.timing.trigger, ...(e.from === null ? {} : { from: e.from }), text: e.text });
        lastQuestion.followUps = list;
        if (notes) problems.add('warning', 'MS035', e.row, null, {});
        continue;
      }
      if (!pc) {
        if (e.timing.kind === 'question') {
          problems.add('error', 'MS030', e.row, null, { detail: 'outside' });
          continue;
        }
        pc = { doc: { id: e.conference, title: e.subject ?? e.conference, ...timingKeys(e), ...(e.deadline === null ? {} : { answerTime: e.deadline }) }, questions: [] };
        conferences.set(e.conference, pc);
      } else if (e.timing.kind !== 'question') {
        problems.add('error', 'MS030', e.row, null, { detail: 'timing' });
        continue;
      }
      lastQuestion = { id: e.id, from: e.from ?? seats[0] ?? 'spokesperson', text: e.text, ...(e.severity === null ? {} : { severity: e.severity }), ...(notes ? { notes } : {}) };
      pc.questions.push(lastQuestion);
      continue;
    }
    injects.push({
      id: e.id,
      ...(e.label === null ? {} : { title: e.label }),
      ...timingKeys(e),
      channel: e.channel,
      ...(e.from === null ? {} : { from: e.from }),
      ...(e.to === null ? {} : { to: e.to }),
      ...(e.subject === null ? {} : { subject: e.subject }),
      text: e.text,
      ...(e.severity === null ? {} : { severity: e.severity }),
      ...(e.deadline === null ? {} : { deadline: e.deadline, freeText: true }),
      ...(notes ? { notes } : {}),
      ...(e.timing.kind === 'manual' ? { tags: [FACILITATOR_ONLY] } : {}),
    });
  }
  const hour = 3_600_000;
  const length = formatDuration(Math.max(hour, Math.ceil((latest + hour) / hour) * hour));
  const doc: Record<string, unknown> = {
    formatVersion: 1,
    id: options.id,
    title: options.title,
    summary: t.t('msel.skeleton.summary', { file: options.file, injects: events.length }),
    languages: [options.language ?? 'en'],
    organisation: { name: t.t('msel.skeleton.organisation'), sector: t.t('msel.skeleton.sector') },
    crisis: { cluster: 'accidental', severity: 'medium' },
    clock: { start: '2026-01-01T09:00:00Z', length },
    roles: { seats, solo: seats.includes('spokesperson') ? 'spokesperson' : (seats[0] ?? 'spokesperson') },
    personas: [...names.personas].map(([id, name]) => ({ id, name, kind: personaKind(name) })),
    stakeholders: [{ id: 'public', name: t.t('msel.skeleton.public'), kind: 'public' }],
    injects,
    ...(conferences.size > 0 ? { pressConferences: [...conferences.values()].map((c) => ({ ...c.doc, questions: c.questions })) } : {}),
    endings: [{ id: 'end-of-exercise', title: t.t('msel.skeleton.ending'), otherwise: true }],
  };
  checkConditions(doc, events, problems);
  const yaml = new Document(doc);
  yaml.commentBefore = ` ${t.t('msel.skeleton.header', { file: options.file })}`;
  return yaml.toString({ lineWidth: 0 });
}

/**
 * A fresh scenario knows only its injects and the time: a condition on trust, a rumour, a fact or a
 * variable names something the sheet does not define. Such an inject is kept, fired by the
 * facilitator, and the condition is reported; never dropped without a word.
 */
function checkConditions(doc: Record<string, unknown>, events: readonly MselEvent[], problems: Problems): void {
  const parsed = Scenario.safeParse(doc);
  if (!parsed.success) return;
  const scenario = parsed.data;
  const injectIds = new Set(allInjectIds(scenario));
  const injects = doc.injects as Record<string, unknown>[];
  const byId = new Map(injects.map((i) => [i.id as string, i]));
  const pcs = ((doc.pressConferences as Record<string, unknown>[] | undefined) ?? []).map((p) => [p.id as string, p] as const);
  for (const e of events) {
    const target = byId.get(e.id) ?? (e.conference !== null ? pcs.find(([id]) => id === e.conference)?.[1] : undefined);
    if (!target) continue;
    const check = (key: 'when' | 'if' | 'unless', kept: 'manual' | 'dropped'): void => {
      const text = target[key];
      if (typeof text !== 'string') return;
      const wrong = conditionProblems(scenario, text);
      if (wrong.length === 0) return;
      problems.add('warning', 'MS025', e.row, null, { value: text, detail: wrong, kept });
      Reflect.deleteProperty(target, key);
      if (key === 'when') {
        delete target.once;
        if (target.questions === undefined) target.tags = [FACILITATOR_ONLY];
      }
    };
    check('when', 'manual');
    check('if', 'dropped');
    check('unless', 'dropped');
    if (typeof target.after === 'string') {
      const a = parseAfter(target.after);
      if (a.ok && !injectIds.has(a.after.inject)) {
        problems.add('warning', 'MS025', e.row, null, { value: target.after, detail: { inject: a.after.inject }, kept: 'manual' });
        delete target.after;
        if (target.questions === undefined) target.tags = [FACILITATOR_ONLY];
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Merge into a scenario

type Path = (string | number)[];

interface Site {
  readonly kind: 'inject' | 'question' | 'follow-up';
  readonly path: Path;
  readonly conference: { readonly index: number; readonly doc: PressConferenceDoc; readonly first: boolean } | null;
}

function sitesOf(doc: ScenarioDoc): Map<string, Site> {
  const out = new Map<string, Site>();
  doc.injects.forEach((inj, i) => out.set(inj.id, { kind: 'inject', path: ['injects', i], conference: null }));
  doc.pressConferences.forEach((pc, p) => {
    pc.questions.forEach((q, qi) => {
      out.set(q.id, { kind: 'question', path: ['pressConferences', p, 'questions', qi], conference: { index: p, doc: pc, first: qi === 0 } });
      q.followUps.forEach((f, fi) => {
        out.set(f.id, { kind: 'follow-up', path: ['pressConferences', p, 'questions', qi, 'followUps', fi], conference: { index: p, doc: pc, first: false } });
      });
    });
  });
  return out;
}

function sameTiming(cur: { at?: string | undefined; after?: string | undefined; when?: string | undefined; once?: boolean }, e: MselEvent): boolean {
  const t = e.timing;
  if (t.kind === 'at') return cur.at !== undefined && parseDuration(cur.at) === t.atMs;
  if (t.kind === 'after') return cur.after !== undefined && cur.after.replace(/\s+/g, '') === t.after.replace(/\s+/g, '');
  if (t.kind === 'when') return cur.when !== undefined && cur.when.trim() === t.when && (cur.once ?? true) === t.once;
  return cur.at === undefined && cur.after === undefined && cur.when === undefined;
}

function mergeInto(base: { text: string; doc: ScenarioDoc }, events: readonly MselEvent[], lang: string, problems: Problems): { text: string; changed: boolean } {
  const yaml = parseDocument(base.text);
  const doc = base.doc;
  const fallback = doc.languages[0] ?? 'en';
  const sites = sitesOf(doc);
  let changed = false;
  const set = (path: Path, value: unknown): void => {
    yaml.setIn(path, value);
    changed = true;
  };
  const remove = (path: Path): void => {
    if (yaml.hasIn(path)) {
      yaml.deleteIn(path);
      changed = true;
    }
  };
  const text = (v: LocalTextDoc | undefined | null): string | null => (v === undefined || v === null ? null : textIn(v, lang, fallback));
  /** A text field: only the sheet's language changes in a map of languages. */
  const setText = (path: Path, current: LocalTextDoc | undefined | null, value: string | null): void => {
    if (text(current) === value) return;
    if (value === null) return remove(path);
    const node = yaml.getIn(path, true);
    if (isMap(node)) set([...path, lang], value);
    else set(path, value);
  };
  const setOptional = (path: Path, current: unknown, value: unknown): void => {
    if (JSON.stringify(current ?? null) === JSON.stringify(value ?? null)) return;
    if (value === null || value === undefined) remove(path);
    else set(path, value);
  };
  const setTiming = (path: Path, cur: { at?: string | undefined; after?: string | undefined; when?: string | undefined; once?: boolean; if?: string | undefined; unless?: string | undefined }, e: MselEvent): void => {
    if (!sameTiming(cur, e)) {
      for (const k of ['at', 'after', 'when', 'once']) remove([...path, k]);
      for (const [k, v] of Object.entries(timingKeys({ ...e, guard: null, cancelIf: null }))) set([...path, k], v);
    }
    setOptional([...path, 'if'], cur.if?.trim(), e.guard);
    setOptional([...path, 'unless'], cur.unless?.trim(), e.cancelIf);
  };
  const setNotes = (path: Path, cur: InjectDoc['notes'], e: MselEvent): void => {
    const n = [...path, 'notes'];
    setText([...n, 'purpose'], cur?.purpose, e.notes);
    setText([...n, 'expected'], cur?.expected, e.expected);
    const questions = (cur?.questions ?? []).map((q) => text(q) ?? '');
    if (JSON.stringify(questions) !== JSON.stringify(e.questions)) {
      if (e.questions.length === 0) remove([...n, 'questions']);
      else set([...n, 'questions'], e.questions);
    }
    const node = yaml.getIn(n, true);
    if (isMap(node) && node.items.length === 0) remove(n);
  };

  const seen = new Set<string>();
  for (const e of events) {
    seen.add(e.id);
    const site = sites.get(e.id);
    const isConferenceRow = e.conference !== null;
    if (!site) {
      if (isConferenceRow) {
        problems.add('error', 'MS030', e.row, null, { detail: 'new' });
        continue;
      }
      const notes = notesOf(e);
      const node = yaml.createNode({
        id: e.id,
        ...(e.label === null ? {} : { title: e.label }),
        ...timingKeys(e),
        channel: e.channel,
        ...(e.from === null ? {} : { from: e.from }),
        ...(e.to === null ? {} : { to: e.to }),
        ...(e.subject === null ? {} : { subject: e.subject }),
        text: e.text,
        ...(e.severity === null ? {} : { severity: e.severity }),
        ...(e.deadline === null ? {} : { deadline: e.deadline, freeText: true }),
        ...(notes ? { notes } : {}),
      });
      yaml.addIn(['injects'], node);
      changed = true;
      continue;
    }
    if ((site.kind === 'inject') === isConferenceRow) {
      problems.add('error', 'MS030', e.row, null, { detail: 'kind' });
      continue;
    }
    if (site.kind === 'inject') {
      const cur = doc.injects[site.path[1] as number];
      if (!cur) continue;
      setTiming(site.path, cur, e);
      setOptional([...site.path, 'channel'], cur.channel, e.channel);
      setOptional([...site.path, 'from'], cur.from, e.from);
      setOptional([...site.path, 'to'], cur.to, e.to);
      setText([...site.path, 'subject'], cur.subject, e.subject);
      setText([...site.path, 'text'], cur.text, e.text);
      setText([...site.path, 'title'], cur.title, e.label);
      if ((cur.deadline === undefined ? null : parseDuration(cur.deadline)) !== (e.deadline === null ? null : parseDuration(e.deadline))) {
        setOptional([...site.path, 'deadline'], null, e.deadline);
      }
      if (e.severity !== null && e.severity !== cur.severity) set([...site.path, 'severity'], e.severity);
      setNotes(site.path, cur.notes, e);
      continue;
    }
    const pc = site.conference;
    if (!pc) continue;
    const pcPath: Path = ['pressConferences', pc.index];
    if (site.kind === 'question') {
      const q = pc.doc.questions[site.path[3] as number];
      if (!q) continue;
      if (pc.first) {
        if (e.timing.kind === 'question' || e.timing.kind === 'follow-up') problems.add('error', 'MS030', e.row, null, { detail: 'kind' });
        else setTiming(pcPath, pc.doc, e);
        setText([...pcPath, 'title'], pc.doc.title, e.subject);
        if (e.deadline !== null && parseDuration(e.deadline) !== parseDuration(pc.doc.answerTime)) set([...pcPath, 'answerTime'], e.deadline);
      } else if (e.timing.kind !== 'question') problems.add('error', 'MS030', e.row, null, { detail: 'timing' });
      if (e.from !== null) setOptional([...site.path, 'from'], q.from, e.from);
      setText([...site.path, 'text'], q.text, e.text);
      if (e.severity !== null && e.severity !== q.severity) set([...site.path, 'severity'], e.severity);
      setNotes(site.path, q.notes, e);
      continue;
    }
    const q = pc.doc.questions[site.path[3] as number];
    const f = q?.followUps[site.path[5] as number];
    if (!f) continue;
    if (e.timing.kind !== 'follow-up') problems.add('error', 'MS030', e.row, null, { detail: 'kind' });
    else setOptional([...site.path, 'if'], f.if, e.timing.trigger);
    setOptional([...site.path, 'from'], f.from, e.from);
    setText([...site.path, 'text'], f.text, e.text);
    if (notesOf(e)) problems.add('warning', 'MS035', e.row, null, {});
  }
  for (const id of sites.keys()) if (!seen.has(id)) problems.add('warning', 'MS031', null, null, { id });
  if (!changed) return { text: base.text, changed: false };
  return { text: yaml.toString({ lineWidth: 0 }), changed: true };
}
