/**
 * A strict RFC 4180 reader for the tests, written apart from the report's writer: records end in
 * CRLF, fields are quoted when they hold a comma, quote or line break, quotes inside are doubled.
 * Anything else (a bare quote in an unquoted field, text after a closing quote, a lone LF between
 * records, a missing final CRLF) throws, so a writer bug cannot hide behind a lenient parse.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  if (!text.endsWith('\r\n')) throw new Error('the file does not end with CRLF');
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        const ch = text[i];
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += ch ?? '';
        i += 1;
      }
      const next = text[i];
      if (next !== ',' && !(next === '\r' && text[i + 1] === '\n')) throw new Error(`text after a closing quote at ${i}`);
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"') throw new Error(`bare quote in an unquoted field at ${i}`);
        if (text[i] === '\n') throw new Error(`bare LF at ${i}`);
        field += text[i] ?? '';
        i += 1;
      }
      if (text[i] === '\r' && text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
    }
    row.push(field);
    if (text[i] === ',') {
      i += 1;
      continue;
    }
    // CRLF: end of record.
    rows.push(row);
    row = [];
    i += 2;
  }
  return rows;
}
