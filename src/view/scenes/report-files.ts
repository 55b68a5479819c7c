/** The after-action report in each download format, rendered by the report module (a lazy chunk). */
import type { PlayResult } from '../../engine/index.ts';
import type { Translator } from '../../i18n/index.ts';
import { buildReport } from '../../report/aar.ts';
import { renderCsv } from '../../report/csv.ts';
import { renderHtml } from '../../report/html.ts';
import { renderMarkdown } from '../../report/markdown.ts';

export function reportFile(result: PlayResult, format: 'html' | 'md' | 'csv' | 'json', tr: Translator): { type: string; body: string } {
  if (format === 'json') return { type: 'application/json', body: `${JSON.stringify(result, null, 2)}\n` };
  const report = buildReport(result, tr);
  if (format === 'html') return { type: 'text/html', body: renderHtml(report) };
  if (format === 'md') return { type: 'text/markdown', body: renderMarkdown(report) };
  return { type: 'text/csv', body: renderCsv(report) };
}
