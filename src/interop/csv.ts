/**
 * CSV as spreadsheets write it, read leniently and written strictly. Facilitators' MSELs come out of
 * Excel, LibreOffice and Google Sheets in every dialect: a byte-order mark, commas or semicolons (or
 * tabs) depending on the locale, CRLF or LF, quoted cells with line breaks and doubled quotes. The
 * reader accepts all of those and reports what it cannot read with the record and column where it
 * happened; the writer produces RFC 4180 (CRLF, quotes only where needed).
 */

export type Delimiter = ',' | ';' | '\t';

export interface CsvRecord {
  /** 1-based record number: the row a spreadsheet shows, whatever line breaks quoted cells hold. */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface CsvProblem {
  readonly row: number;
  /** 0-based column, or null for the whole row. */
  readonly column: number | null;
  readonly kind: 'unterminated-quote' | 'too-many-rows' | 'cell-too-long';
}

export interface CsvRead {
  readonly delimiter: Delimiter;
  readonly hadBom: boolean;
  readonly records: readonly CsvRecord[];
  readonly problems: readonly CsvProblem[];
}

export const CSV_LIMITS = { maxRecords: 20_000, maxCellChars: 20_000 } as const;

/** The delimiter used most often outside quotes on the first line that has any. */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let seen = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (seen) break;
    } else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) {
      counts[ch] += 1;
      seen = true;
    }
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

export function readCsv(input: string, delimiter?: Delimiter): CsvRead {
  const hadBom = input.startsWith('\uFEFF');
  const text = hadBom ? input.slice(1) : input;
  const sep = delimiter ?? detectDelimiter(text);
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let cells: string[] = [];
  let cell = '';
  let i = 0;
  let row = 1;
  let quoted = false;
  let quoteStart = 0;
  let atCellStart = true;
  const endCell = (): void => {
    if (cell.length > CSV_LIMITS.maxCellChars) {
      problems.push({ row, column: cells.length, kind: 'cell-too-long' });
      cell = cell.slice(0, CSV_LIMITS.maxCellChars);
    }
    cells.push(cell);
    cell = '';
    atCellStart = true;
  };
  const endRecord = (): boolean => {
    endCell();
    records.push({ row, cells });
    cells = [];
    row += 1;
    if (records.length > CSV_LIMITS.maxRecords) {
      problems.push({ row, column: null, kind: 'too-many-rows' });
      return false;
    }
    return true;
  };
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      quoteStart = cells.length;
      atCellStart = false;
      i += 1;
      continue;
    }
    if (ch === sep) {
      endCell();
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      if (!endRecord()) return { delimiter: sep, hadBom, records, problems };
      continue;
    }
    // A quote inside an unquoted cell is kept as written (spreadsheets do write 12" pizza).
    cell += ch;
    atCellStart = false;
    i += 1;
  }
  if (quoted) problems.push({ row, column: quoteStart, kind: 'unterminated-quote' });
  if (cell !== '' || cells.length > 0 || quoted) endRecord();
  return { delimiter: sep, hadBom, records, problems };
}

/** Cells a spreadsheet would run as a formula (OWASP CSV injection: = + - @, tab, CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 cell. Text a spreadsheet would run as a formula, or that starts with an apostrophe,
 * gets a leading apostrophe (Excel's "this is text" mark); `unprotectCell` takes it off again, so
 * the text comes back exactly as it was.
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) || value.startsWith("'") ? `'${value}` : value;
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Undoes csvCell's apostrophe; an apostrophe before ordinary text is the author's own. */
export function unprotectCell(value: string): string {
  return value.length > 1 && value.startsWith("'") && /^['=+\-@\t\r]/.test(value.slice(1)) ? value.slice(1) : value;
}

/** Rows joined by CRLF, ending with one. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** "A", "B", … "Z", "AA": the column letters a spreadsheet shows. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
