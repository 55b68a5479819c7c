/**
 * Scenario → MSEL spreadsheet (CSV). One row per inject and per press-conference question and
 * follow-up, in file order: HSEEP's columns (number, time, from, to, method, subject, message,
 * expected action, notes) and then Crisis Room's (inject id, trigger, deadline, severity, timeline
 * label, discussion questions, press conference), so that importing the sheet again gives back the
 * same inject list. Options, effects and scoring stay in the scenario file: a sheet has no place
 * for them, and `msel import --into` keeps them.
 */
import { parseDuration, textIn, type InjectDoc, type LocalTextDoc, type PersonaDoc, type PressConferenceDoc, type ScenarioDoc } from '../format/index.ts';
import type { Translator } from '../i18n/index.ts';
import { writeCsv } from './csv.ts';
import { MSEL_FIELDS, type MselField } from './msel-model.ts';
import { formatMselTime } from './msel-time.ts';

type Row = Partial<Record<MselField, string>>;

export interface MselExportOptions {
  /** The language whose texts go into the sheet (default: the scenario's first). */
  readonly language?: string;
}

export function headerRow(t: Translator): string[] {
  return MSEL_FIELDS.map((f) => t.t(`msel.column.${f}`));
}

export function exportMsel(doc: ScenarioDoc, t: Translator, options: MselExportOptions = {}): string {
  const fallback = doc.languages[0] ?? 'en';
  const lang = options.language ?? fallback;
  const text = (v: LocalTextDoc | undefined | null): string => (v === undefined || v === null ? '' : textIn(v, lang, fallback));
  const personas = new Map(doc.personas.map((p) => [p.id, p]));
  const who = (id: string | undefined): string => (id === undefined ? t.t('msel.cell.nobody') : personaCell(personas.get(id), id));
  const seats = (to: readonly string[] | undefined): string => (to === undefined ? t.t('msel.cell.everyone') : to.join(', '));
  const notes = (n: InjectDoc['notes']): Row => ({
    expected: text(n?.expected),
    notes: text(n?.purpose),
    questions: (n?.questions ?? []).map((q) => text(q)).join('\n'),
  });
  const timing = (x: { at?: string | undefined; after?: string | undefined; when?: string | undefined; once?: boolean; if?: string | undefined; unless?: string | undefined }): Row => {
    const lines: string[] = [];
    if (x.after !== undefined) lines.push(`after ${x.after}`);
    else if (x.when !== undefined) lines.push(`${x.once === false ? 'whenever' : 'when'} ${x.when}`);
    else if (x.at === undefined) lines.push('manual');
    if (x.if !== undefined) lines.push(`if ${x.if}`);
    if (x.unless !== undefined) lines.push(`unless ${x.unless}`);
    return { time: x.at === undefined ? '' : formatMselTime(parseDuration(x.at) ?? 0), trigger: lines.join('\n') };
  };

  const rows: Row[] = [];
  for (const inj of doc.injects) {
    rows.push({
      ...timing(inj),
      from: who(inj.from),
      to: seats(inj.to),
      method: t.t(`msel.method.${inj.channel}`),
      subject: text(inj.subject),
      message: text(inj.text),
      ...notes(inj.notes),
      id: inj.id,
      deadline: inj.deadline ?? '',
      severity: inj.severity,
      label: text(inj.title),
      conference: '',
    });
  }
  for (const pc of doc.pressConferences) rows.push(...conferenceRows(pc, { text, who, notes, timing, t }));

  const body = rows.map((r, i) => MSEL_FIELDS.map((f) => (f === 'number' ? String(i + 1) : (r[f] ?? ''))));
  return writeCsv([headerRow(t), ...body]);
}

function conferenceRows(
  pc: PressConferenceDoc,
  h: {
    text: (v: LocalTextDoc | undefined | null) => string;
    who: (id: string | undefined) => string;
    notes: (n: InjectDoc['notes']) => Row;
    timing: (x: { at?: string | undefined; after?: string | undefined; when?: string | undefined }) => Row;
    t: Translator;
  },
): Row[] {
  const rows: Row[] = [];
  const common = { method: h.t.t('msel.method.press-conference'), subject: h.text(pc.title), deadline: pc.answerTime, conference: pc.id, to: h.t.t('msel.cell.everyone'), label: '' };
  pc.questions.forEach((q, i) => {
    rows.push({
      ...common,
      ...(i === 0 ? h.timing(pc) : { time: '', trigger: 'question' }),
      from: h.who(q.from),
      message: h.text(q.text),
      ...h.notes(q.notes),
      id: q.id,
      severity: q.severity,
    });
    for (const f of q.followUps) {
      rows.push({ ...common, time: '', trigger: `follow-up if ${f.if}`, from: h.who(f.from), message: h.text(f.text), id: f.id, severity: '' });
    }
  });
  return rows;
}

/** A persona as a facilitator names it: its name (the id when two personas share a name is added by import's matching). */
function personaCell(p: PersonaDoc | undefined, id: string): string {
  return p?.name ?? id;
}
