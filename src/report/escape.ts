/**
 * Escaping for the report formats. Everything a trainee typed (and everything a scenario author
 * wrote) goes through one of these before it reaches a report: HTML, Markdown or CSV.
 */
import { escapeXml } from './line-chart.ts';

/** HTML text and attribute values: & < > " ' become entities. */
export function escapeHtml(text: string): string {
  return escapeXml(text);
}

/** Characters with a strong right-to-left direction (Hebrew, Arabic, Syriac, Thaana, N'Ko, …). */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;

export function hasRtl(text: string): boolean {
  return RTL.test(text);
}

// Markdown ------------------------------------------------------------------------------------

/** Inline markup anywhere in a line: code, emphasis, strike, links and images, tables, math, entities, HTML. */
const MD_INLINE = /[\\`*_~[\]|$]/g;

/**
 * Markdown for one line of untrusted text, safe inside a paragraph, a list item or a table cell:
 * backslash-escapes what could start code, emphasis, links, images, table cells or math; turns
 * & < > into entities (no raw HTML, no autolinks in angle brackets, no entity tricks); and escapes
 * what would make a block at the start of a line (heading, quote, list, rule, setext underline).
 */
function markdownLine(line: string): string {
  const escaped = line
    .replace(MD_INLINE, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  // Block markers only matter at the start of a line (after any indentation, which is dropped so
  // that four spaces cannot open a code block).
  return escaped.trimStart().replace(/^(#|=|\+|-)/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Untrusted text for Markdown, on one line: line breaks become `<br>` (the only HTML the report
 * emits itself), so the text can sit in a table cell. Text with right-to-left characters is wrapped
 * in Unicode isolates so it cannot reorder the table around it.
 */
export function escapeMarkdown(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(markdownLine);
  const joined = lines.join('<br>');
  return hasRtl(text) ? `\u2068${joined}\u2069` : joined;
}

// CSV -----------------------------------------------------------------------------------------

/** Cells a spreadsheet would read as a formula (OWASP: = + - @, tab and carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break, with quotes
 * doubled. Text that a spreadsheet would run as a formula gets a leading apostrophe.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV rows with CRLF line ends, as RFC 4180 asks, ending with a line break. */
export function csvRows(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
