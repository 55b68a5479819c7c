import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/aar.ts';
import { CSV_COLUMNS, renderCsv } from '../../src/report/csv.ts';
import { csvCell, escapeHtml, escapeMarkdown } from '../../src/report/escape.ts';
import { renderHtml } from '../../src/report/html.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { denyResult, HOSTILE, hostileResult } from './fixtures.ts';
import { parseCsv } from './rfc4180.ts';

const plain = buildReport(denyResult());
const hostile = buildReport(hostileResult());

describe('HTML report', () => {
  const html = renderHtml(plain);

  it('has every section of the AAR/IP, in order', () => {
    const headings = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(['1. Overview', '2. Strengths and areas for improvement', '3. Rumours and trust', '4. Timeline', '5. Notes and skipped plan steps', 'Appendix A. Improvement plan']);
    for (const text of ['Engine lab', 'Lab Foods', 'Monday 2 March 2026, 08:00 (UTC+01:00)', 'Participants and roles', 'Rating key', 'Major strengths', 'Primary areas for improvement', 'Corrective action', 'Owner', 'Due date']) {
      expect(html).toContain(text);
    }
    expect(html).toContain('Our products are safe. This is an isolated incident.');
    expect(html).toContain('BP 2010');
  });

  it('shows what the statements left out under the capability it cost', () => {
    const empathy = html.slice(html.indexOf('id="cap-empathy"'), html.indexOf('id="cap-transparency"'));
    expect(empathy).toContain('<h4>What the statements left out</h4>');
    expect(empathy).toContain('<bdi>does not take responsibility (expected in a preventable crisis)</bdi> <span class="muted">(4 of 4 statements)</span>');
    expect(html.slice(html.indexOf('id="cap-accuracy"'), html.indexOf('id="cap-consistency"'))).not.toContain('left out');
  });

  it('is one self-contained file: no scripts, no external fonts, styles or images', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\((?!#)|src=|href="(?!#)/i);
    expect(html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(1 + plain.stakeholders.length);
  });

  it('is made for printing: A4, rows and charts kept whole, headers repeated, big sections on a new page', () => {
    expect(html).toContain('size: A4');
    expect(html).toMatch(/tr, li\.finding, figure, \.keep \{ break-inside: avoid/);
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toMatch(/\.page-break \{ break-before: page/);
    expect(html).toContain('overflow-wrap: anywhere');
  });

  it('escapes hostile trainee text everywhere it appears', () => {
    const out = renderHtml(hostile);
    expect(out).not.toContain('<script>alert');
    expect(out).not.toContain('<img src=x');
    expect(out).not.toContain('<b>seat');
    expect(out).not.toContain('<i>observer');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;double&quot; &#39;single&#39;');
    expect(out).toContain('&lt;b&gt;seat|x&lt;/b&gt;');
    expect(out).toContain('x'.repeat(600));
    expect(out).toContain('😀🙏🏽👩‍👩‍👧');
    // Trainee text is isolated so right-to-left scripts cannot reorder the page around it.
    expect(out).toMatch(/<div class="quote" dir="auto">Emoji 😀/);
  });

  it('is byte-identical for the same input', () => {
    expect(renderHtml(buildReport(denyResult()))).toBe(html);
  });
});

describe('Markdown report', () => {
  const text = renderMarkdown(plain);

  it('has the same sections as the HTML page', () => {
    for (const h of ['# After-Action Report / Improvement Plan: Engine lab', '## 1. Overview', '## 2. Strengths and areas for improvement', '## 3. Rumours and trust', '## 4. Timeline', '## 5. Notes and skipped plan steps', '## Appendix A. Improvement plan']) {
      expect(text.split('\n')).toContain(h);
    }
    expect(text).toContain('| **Empathy** | 25 | **U** Unable to be performed |');
    expect(text).toContain('- **A');
    expect(text).toContain('#### What the statements left out\n\n- does not take responsibility (expected in a preventable crisis) (4 of 4 statements)  \n  At 11m, 40m, 55m, 2h1m.');
  });

  it('keeps hostile text from breaking tables or adding markup', () => {
    const md = renderMarkdown(hostile);
    expect(md).not.toMatch(/<script|<img|<b>|<i>/);
    expect(md).not.toMatch(/(^|[^\\])\[link\]\(/);
    expect(md).not.toMatch(/(^|[^\\])`code/);
    // The text's own entities are escaped too, so they show as typed.
    expect(md).toContain('&amp;lt;b&amp;gt;');
    // No line made by trainee text starts a heading, a quote or a list.
    for (const line of md.split('\n')) {
      if (/^#/.test(line)) expect(line).toMatch(/^#{1,4} (After-Action|\d\.|Appendix|Exercise|Participants|Scores|Rating|Major|Primary|Rumours|Stakeholder|Facilitator|Skipped|Strengths|Areas|Timeliness|Accuracy|Consistency|Empathy|Transparency|Proactivity|What the statements left out|Legal filing duties)/);
    }
    // Every table row has as many unescaped pipes as its header.
    const lines = md.split('\n');
    let columns = 0;
    for (const [i, line] of lines.entries()) {
      if (!line.startsWith('|')) {
        columns = 0;
        continue;
      }
      const pipes = line.replace(/\\\|/g, '').split('|').length - 1;
      if (columns === 0 && lines[i + 1]?.startsWith('| ---')) columns = pipes;
      expect(pipes, line.slice(0, 80)).toBe(columns);
    }
  });

  it('escapes each markup character and the start of a block', () => {
    expect(escapeMarkdown('a|b`c*d_e[f]g~h$i\\j')).toBe('a\\|b\\`c\\*d\\_e\\[f\\]g\\~h\\$i\\\\j');
    expect(escapeMarkdown('<b> & &amp;')).toBe('&lt;b&gt; &amp; &amp;amp;');
    expect(escapeMarkdown('# h\n> q\n- l\n+ l\n3. n\n    code')).toBe('\\# h<br>&gt; q<br>\\- l<br>\\+ l<br>3\\. n<br>code');
    expect(escapeMarkdown('שלום')).toBe('\u2068שלום\u2069');
  });

  it('is byte-identical for the same input', () => {
    expect(renderMarkdown(buildReport(denyResult()))).toBe(text);
  });
});

describe('CSV export', () => {
  const csv = renderCsv(hostile);
  const rows = parseCsv(csv);

  it('parses as RFC 4180 with a header row and one row per inject or statement', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + hostile.timeline.length);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const s1 = rows.find((r) => r[col('id')] === 's1')!;
    expect(s1[col('kind')]).toBe('statement');
    expect(s1[col('time')]).toBe('11m');
    expect(s1[col('clock')]).toBe('08:11');
    expect(s1[col('empathy')]).toBe('15');
    expect(s1[col('accuracy')]).toBe('30');
    const regulator = rows.find((r) => r[col('id')] === 'regulator')!;
    expect(regulator[col('status')]).toBe('unanswered');
    expect(regulator[col('timeliness')]).toBe('0');
  });

  it('round-trips trainee text exactly, except that formulas are defused with an apostrophe', () => {
    const texts = rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('text')]);
    for (const value of Object.values(HOSTILE)) {
      const expected = /^[=+\-@]/.test(value) ? `'${value}` : value;
      expect(texts).toContain(expected);
    }
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('quotes, doubles quotes and defuses formulas cell by cell', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('-1,2')).toBe(`"'-1,2"`);
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
  });

  const python = spawnSync('python3', ['-c', 'import csv'], { encoding: 'utf8' });
  it.skipIf(python.status !== 0)("reads the same with Python's csv module", () => {
    const script = 'import csv, json, sys\nprint(json.dumps(list(csv.reader(sys.stdin.read().splitlines(keepends=True)))))';
    const out = spawnSync('python3', ['-c', script], { input: csv, encoding: 'utf8' });
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual(rows);
  });

  it('is byte-identical for the same input', () => {
    expect(renderCsv(buildReport(hostileResult()))).toBe(csv);
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
