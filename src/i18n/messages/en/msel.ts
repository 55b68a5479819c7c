import type { Catalogue } from '../../catalogue.ts';
import type { MselMessages } from '../interop-keys.ts';
import { lintText } from './lint.ts';

const quoteList = (items: readonly string[]): string => items.map((s) => `"${s}"`).join(', ');

export const msel: Catalogue<MselMessages> = {
  'msel.column.number': () => 'MSEL #',
  'msel.column.time': () => 'Time',
  'msel.column.from': () => 'From',
  'msel.column.to': () => 'To',
  'msel.column.method': () => 'Method',
  'msel.column.subject': () => 'Subject',
  'msel.column.message': () => 'Message',
  'msel.column.expected': () => 'Expected action',
  'msel.column.notes': () => 'Notes',
  'msel.column.id': () => 'Inject ID',
  'msel.column.trigger': () => 'Trigger',
  'msel.column.deadline': () => 'Deadline',
  'msel.column.severity': () => 'Severity',
  'msel.column.label': () => 'Timeline label',
  'msel.column.questions': () => 'Discussion questions',
  'msel.column.conference': () => 'Press conference',
  'msel.method.press-call': () => 'Phone (press call)',
  'msel.method.press-conference': () => 'Press conference',
  'msel.method.press-release': () => 'Press release',
  'msel.method.email': () => 'Email',
  'msel.method.social': () => 'Social media',
  'msel.method.news': () => 'News article',
  'msel.method.tv': () => 'TV',
  'msel.method.leak': () => 'Leaked document',
  'msel.method.regulator-letter': () => 'Regulator letter',
  'msel.method.internal': () => 'Internal chat/email',
  'msel.method.meeting': () => 'Meeting',
  'msel.method.website': () => 'Website',
  'msel.method.hotline': () => 'Hotline',
  'msel.cell.nobody': () => '—',
  'msel.cell.everyone': () => 'All',
  'msel.where': ({ row, column, header }) => {
    const col = column === null ? '' : `column ${column}${header ? ` (${header})` : ''}`;
    if (row === null) return col === '' ? 'the sheet' : col;
    return col === '' ? `row ${row}` : `row ${row}, ${col}`;
  },
  'msel.severity.error': () => 'error',
  'msel.severity.warning': () => 'warning',
  'msel.problem.MS001': () => 'the file has no rows',
  'msel.problem.MS002': ({ expected }) => `no header row found: the first rows name none of the MSEL columns (${quoteList(expected)})`,
  'msel.problem.MS003': ({ field }) => `there is no "${field}" column; an MSEL needs one`,
  'msel.problem.MS004': () => 'a quoted cell is never closed: everything after its opening quote was read into it',
  'msel.problem.MS005': ({ limit, what }, f) => (what === 'rows' ? `the sheet has more than ${f.number(limit)} rows` : `the cell is longer than ${f.number(limit)} characters`),
  'msel.problem.MS010': () => 'this column is not an MSEL column and was not imported',
  'msel.problem.MS011': ({ used }) => `this column means the same as ${used}, which was used instead`,
  'msel.problem.MS020': ({ value }) => `"${value}" is not a time after the start (write D+0 H+1 M+30 or 01:30)`,
  'msel.problem.MS021': () => 'no time and no trigger: imported as an inject only the facilitator fires',
  'msel.problem.MS022': ({ value, known }) => `"${value}" is not a delivery method Crisis Room knows; use one of ${quoteList(known)}`,
  'msel.problem.MS023': () => 'the row has no message: an inject needs the text the players read or hear',
  'msel.problem.MS024': ({ value, detail }, f) =>
    `"${value}" is not a trigger: ${
      'keyword' in detail
        ? 'a trigger line starts with at, after, when, whenever, manual, if, unless, question or follow-up'
        : 'followUp' in detail
          ? `write "follow-up if" and one of ${detail.followUp.map((t) => `"${t}"`).join(', ')}`
          : lintText(detail, f)
    }`,
  'msel.problem.MS025': ({ value, detail, kept }, f) =>
    `"${value}" names something this sheet does not define (${'inject' in detail ? `no inject "${detail.inject}"` : detail.map((d) => lintText(d, f)).join('; ')}); ${
      kept === 'manual' ? 'imported as an inject only the facilitator fires' : 'left out'
    }`,
  'msel.problem.MS026': ({ value }) => `"${value}" is not a duration (write 15m, 1h30m or 00:15)`,
  'msel.problem.MS027': ({ value }) => `"${value}" is not a severity (low, medium, high, critical); medium was used`,
  'msel.problem.MS028': ({ value, what, suggestion }) => `the scenario has no ${what} "${value}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
  'msel.problem.MS029': ({ id, first }) => `inject id "${id}" is used twice (first on row ${first})`,
  'msel.problem.MS030': ({ detail }) =>
    detail === 'outside'
      ? 'a question or follow-up row must belong to a press conference (fill in the Press conference column)'
      : detail === 'timing'
        ? 'only the first question of a press conference has a time of its own; later ones say "question" or "follow-up"'
        : detail === 'kind'
          ? 'this row changes an inject into a press-conference question or back; do that in the scenario file'
          : 'new press-conference questions cannot be merged from a sheet; add them in the scenario file',
  'msel.problem.MS031': ({ id }) => `inject "${id}" of the scenario is not in the sheet; it was kept as it was`,
  'msel.problem.MS032': ({ code, message, at }, f) => `the imported scenario does not lint: ${code} ${lintText(message, f)} (${at})`,
  'msel.problem.MS033': ({ value, used }) => `"${value}" is not a valid inject id; "${used}" was used`,
  'msel.problem.MS034': ({ time, trigger }) => `the time "${time}" was not used: the trigger "${trigger}" decides when it fires`,
  'msel.problem.MS035': () => 'a follow-up has no facilitator notes of its own; these were not imported',
  'msel.problem.MS036': ({ trigger }) =>
    `a follow-up "if ${trigger}" needs what its question carries in the scenario file (a false premise, loaded words or whose decision it is), which a sheet has no column for: import this sheet into its scenario (--into) instead`,
  'msel.import.summary': ({ rows, injects, questions, filled, errors, warnings }, f) =>
    `${f.plural(rows, { one: '1 row', other: `${f.number(rows)} rows` })}: ${f.plural(injects, { one: '1 inject', other: `${f.number(injects)} injects` })}, ${f.plural(questions, { one: '1 press-conference question', other: `${f.number(questions)} press-conference questions` })}; ${f.plural(filled, { one: '1 blank cell', other: `${f.number(filled)} blank cells` })} filled from the row above; ${f.plural(errors, { one: '1 error', other: `${f.number(errors)} errors` })}, ${f.plural(warnings, { one: '1 warning', other: `${f.number(warnings)} warnings` })}`,
  'msel.import.unchanged': ({ file }) => `the sheet matches ${file}: nothing to change`,
  'msel.import.written': ({ file }) => `scenario written to ${file}`,
  'msel.export.written': ({ file, rows }, f) => `${f.plural(rows, { one: '1 row', other: `${f.number(rows)} rows` })} written to ${file}`,
  'msel.skeleton.summary': ({ file, injects }, f) => `Imported from ${file} (${f.plural(injects, { one: '1 inject', other: `${f.number(injects)} injects` })}).`,
  'msel.skeleton.organisation': () => 'The organisation (to be written)',
  'msel.skeleton.sector': () => 'to be written',
  'msel.skeleton.public': () => 'The public',
  'msel.skeleton.ending': () => 'End of the exercise',
  'msel.skeleton.header': ({ file }) =>
    `Imported from ${file} by "crisis msel import". The sheet gave the injects; write the organisation, the crisis, the stakeholders, facts, key messages and endings, then run "crisis lint".`,
};
