/**
 * The report's timeline as CSV (RFC 4180: a header row, CRLF line ends, quoted cells where
 * needed): one row per inject or statement, in time order, with its scores, for facilitators who
 * work in spreadsheets. Cells a spreadsheet would run as formulas are defused (escape.ts).
 */
import { DIMENSIONS } from '../format/index.ts';
import type { AarReport } from './aar.ts';
import { csvRows } from './escape.ts';

export const CSV_COLUMNS = [
  'kind',
  'id',
  'time',
  'minutes',
  'clock',
  'channel',
  'from',
  'seat',
  'audience',
  'title',
  'text',
  'deadline',
  'responded_at',
  'status',
  'option',
  'inject',
  'statement',
  'claims',
  ...DIMENSIONS,
  'flags',
] as const;

export function renderCsv(r: AarReport): string {
  const rows: (string | number | null)[][] = [[...CSV_COLUMNS]];
  for (const e of r.timeline) {
    const minutes = Math.round((e.time.ms / 60_000) * 100) / 100;
    const scores = DIMENSIONS.map((d) => e.scores[d] ?? null);
    if (e.kind === 'inject') {
      rows.push(['inject', e.id, e.time.at, minutes, e.time.clock, e.channel, e.from, null, null, e.title, null, e.deadline, e.respondedAt, e.status, e.option, null, e.statement, null, ...scores, null]);
    } else {
      rows.push([
        'statement',
        e.id,
        e.time.at,
        minutes,
        e.time.clock,
        e.channel,
        null,
        e.seat,
        e.audience.join('; '),
        null,
        e.text,
        null,
        null,
        null,
        e.option,
        e.inject,
        null,
        e.claims.map((c) => `${c.fact}=${c.value}`).join('; '),
        ...scores,
        e.flags.join(' | '),
      ]);
    }
  }
  return csvRows(rows);
}
