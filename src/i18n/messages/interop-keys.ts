import type { Channel, LintMessage } from '../../format/index.ts';
import type { NoParams } from '../catalogue.ts';

type ColumnKeys = { [F in 'number' | 'time' | 'from' | 'to' | 'method' | 'subject' | 'message' | 'expected' | 'notes' | 'id' | 'trigger' | 'deadline' | 'severity' | 'label' | 'questions' | 'conference' as `msel.column.${F}`]: NoParams };
type MethodKeys = { [C in Channel as `msel.method.${C}`]: NoParams };

/**
 * Why a trigger line does not read: its condition or relative time (a lint message), a follow-up
 * naming no trigger the format knows (`followUp` lists them), or an unknown first word.
 */
export type TriggerProblem = LintMessage | { readonly followUp: readonly string[] } | { readonly keyword: true };

/** Where an MSEL problem is: a spreadsheet row and column (letter and header), either may be absent. */
export interface CellRef {
  readonly row: number | null;
  readonly column: string | null;
  readonly header: string | null;
}

/** Words of the MSEL import and export (`crisis msel`): column headers, method names, problems. */
export interface MselMessages extends ColumnKeys, MethodKeys {
  'msel.cell.nobody': NoParams;
  'msel.cell.everyone': NoParams;
  'msel.where': CellRef;
  'msel.severity.error': NoParams;
  'msel.severity.warning': NoParams;
  'msel.problem.MS001': NoParams;
  'msel.problem.MS002': { readonly expected: readonly string[] };
  'msel.problem.MS003': { readonly field: string };
  'msel.problem.MS004': NoParams;
  'msel.problem.MS005': { readonly limit: number; readonly what: 'rows' | 'cell' };
  'msel.problem.MS010': NoParams;
  'msel.problem.MS011': { readonly used: string };
  'msel.problem.MS020': { readonly value: string };
  'msel.problem.MS021': NoParams;
  'msel.problem.MS022': { readonly value: string; readonly known: readonly string[] };
  'msel.problem.MS023': NoParams;
  'msel.problem.MS024': { readonly value: string; readonly detail: TriggerProblem };
  /** What the trigger names that the sheet does not define: the condition's problems, or the inject an `after` follows. */
  'msel.problem.MS025': { readonly value: string; readonly detail: readonly LintMessage[] | { readonly inject: string }; readonly kept: 'manual' | 'dropped' };
  'msel.problem.MS026': { readonly value: string };
  'msel.problem.MS027': { readonly value: string };
  'msel.problem.MS028': { readonly value: string; readonly what: 'persona' | 'seat'; readonly suggestion: string | null };
  'msel.problem.MS029': { readonly id: string; readonly first: number };
  'msel.problem.MS030': { readonly detail: 'outside' | 'timing' | 'kind' | 'new' };
  'msel.problem.MS031': { readonly id: string };
  'msel.problem.MS032': { readonly code: string; readonly message: LintMessage; readonly at: string };
  'msel.problem.MS033': { readonly value: string; readonly used: string };
  'msel.problem.MS034': { readonly time: string; readonly trigger: string };
  'msel.problem.MS035': NoParams;
  'msel.problem.MS036': { readonly trigger: string };
  'msel.import.summary': { readonly rows: number; readonly injects: number; readonly questions: number; readonly filled: number; readonly errors: number; readonly warnings: number };
  'msel.import.unchanged': { readonly file: string };
  'msel.import.written': { readonly file: string };
  'msel.export.written': { readonly file: string; readonly rows: number };
  'msel.skeleton.summary': { readonly file: string; readonly injects: number };
  'msel.skeleton.organisation': NoParams;
  'msel.skeleton.sector': NoParams;
  'msel.skeleton.public': NoParams;
  'msel.skeleton.ending': NoParams;
  'msel.skeleton.header': { readonly file: string };
}
