import { playbookResolver } from '../../src/cli/load.ts';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { loadScenario } from '../../src/format/load-scenario.ts';
import { textIn } from '../../src/format/local-text.ts';
import type { ScenarioDoc } from '../../src/format/schema.ts';
import { parseDuration } from '../../src/format/duration.ts';
import { createTranslator } from '../../src/i18n/index.ts';
import { readCsv } from '../../src/interop/csv.ts';
import { exportMsel } from '../../src/interop/msel-export.ts';
import { importMsel } from '../../src/interop/msel-import.ts';
import { formatMselTime, parseMselTime } from '../../src/interop/msel-time.ts';

const t = createTranslator('en');
const dir = mkdtempSync(join(tmpdir(), 'crisis-msel-'));
const SCENARIOS = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).map((f) => `scenarios/${f}`);

function load(path: string, text = readFileSync(path, 'utf8')): ScenarioDoc {
  const loaded = loadScenario(text, path, { playbook: playbookResolver(path) });
  if (!loaded.scenario) throw new Error(`${path}: ${JSON.stringify(loaded.diagnostics.filter((d) => d.severity === 'error'))}`);
  return loaded.scenario.doc;
}

/** What an MSEL row carries of an inject, question or follow-up, in sheet order. */
function injectList(doc: ScenarioDoc): Record<string, unknown>[] {
  const lang = doc.languages[0] ?? 'en';
  const txt = (v: Parameters<typeof textIn>[0] | undefined): string | null => (v === undefined ? null : textIn(v, lang, lang));
  const who = (id: string | undefined): string | null => (id === undefined ? null : (doc.personas.find((p) => p.id === id)?.name ?? id));
  const notes = (n: ScenarioDoc['injects'][number]['notes']) => ({ purpose: txt(n?.purpose), expected: txt(n?.expected), questions: (n?.questions ?? []).map((q) => txt(q)) });
  const out: Record<string, unknown>[] = doc.injects.map((i) => ({
    id: i.id,
    at: i.at === undefined ? null : parseDuration(i.at),
    after: i.after ?? null,
    when: i.when ?? null,
    if: i.if ?? null,
    unless: i.unless ?? null,
    channel: i.channel,
    from: who(i.from),
    to: i.to ?? null,
    subject: txt(i.subject),
    text: txt(i.text),
    title: txt(i.title),
    deadline: i.deadline === undefined ? null : parseDuration(i.deadline),
    severity: i.severity,
    ...notes(i.notes),
  }));
  for (const pc of doc.pressConferences) {
    pc.questions.forEach((q, n) => {
      out.push({ id: q.id, conference: pc.id, title: txt(pc.title), answerTime: parseDuration(pc.answerTime), at: n === 0 && pc.at !== undefined ? parseDuration(pc.at) : null, from: who(q.from), text: txt(q.text), severity: q.severity, ...notes(q.notes) });
      for (const f of q.followUps) out.push({ id: f.id, conference: pc.id, if: f.if, from: who(f.from), text: txt(f.text) });
    });
  }
  return out;
}

describe('MSEL export → import round trip, every bundled scenario', () => {
  it.each(SCENARIOS)('%s: importing its own sheet into it changes nothing', (path) => {
    const text = readFileSync(path, 'utf8');
    const doc = load(path, text);
    const csv = exportMsel(doc, t);
    const back = importMsel(csv, t, { file: 'sheet.csv', id: doc.id, title: 'x', base: { text, doc } });
    expect(back.problems).toEqual([]);
    expect(back.changed).toBe(false);
    expect(back.yaml).toBe(text);
    expect(back.events).toHaveLength(injectList(doc).length);
  });

  it.each(SCENARIOS)('%s: a fresh import gives the same inject list, and says where it could not', (path) => {
    const doc = load(path);
    const csv = exportMsel(doc, t);
    const needDetail = doc.pressConferences.flatMap((pc) => pc.questions.flatMap((q) => q.followUps.filter((f) => ['premise-accepted', 'loaded-words', 'overreached'].includes(f.if))));
    if (needDetail.length > 0) {
      // A press drill's follow-ups on a false premise, loaded words or someone else's decision need
      // what their question carries in the scenario file: refused row by row, and nothing written.
      const refused = importMsel(csv, t, { file: 'sheet.csv', id: 'imported', title: 'Imported' });
      expect(refused.yaml).toBeNull();
      expect(refused.problems.filter((p) => p.severity === 'error').map((p) => [p.code, refused.events.find((e) => e.row === p.row)?.id])).toEqual(needDetail.map((f) => ['MS036', f.id]));
      return;
    }
    const back = importMsel(csv, t, { file: 'sheet.csv', id: 'imported', title: 'Imported' });
    expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(back.yaml).not.toBeNull();
    const fresh = loadScenario(back.yaml ?? '', 'imported.yaml');
    expect(fresh.diagnostics).toEqual([]);
    const before = injectList(doc);
    const after = injectList(fresh.scenario?.doc ?? doc);
    expect(after.map((i) => i.id)).toEqual(before.map((i) => i.id));
    // A fresh scenario has no rumours, trust or variables: conditions on them cannot be kept. Each
    // one that is dropped is reported on its row; everything else comes back as it was.
    const reported = new Set(back.problems.filter((p) => p.code === 'MS025').map((p) => back.events.find((e) => e.row === p.row)?.id));
    before.forEach((b, n) => {
      const a = after[n] ?? {};
      if (reported.has(b.id as string)) {
        expect({ ...a, when: null, if: null, unless: null, after: null }).toEqual({ ...b, when: null, if: null, unless: null, after: null });
      } else {
        expect(a).toEqual(b);
      }
    });
  });
});

const MESSY = [
  '\uFEFFMaster Scenario Events List;;;;;;;;;',
  'Exercise "Northwind Dairy", draft 3;;;;;;;;;',
  ';;;;;;;;;',
  'Inject #;Scenario Time (D+H+M);Mode;Originator;Recipient;Event / Subject;Event Description;Expected Player Action;Controller;Status;Objective',
  '1;D+0 H+0 M+12;Phone;Sam Lee, Metro Evening News;PR lead;Hospital admissions;"We\'re told a hospital admitted three children with food poisoning.',
  'Is it your yoghurt?";Holding statement within 15 minutes;Ana;ready;Obj 1: first statement',
  '2;;E-mail;;Legal;Lot list;"Legal asks: ""do we name the lots yet?""";Decide what to publish;Ana;ready;',
  '3;00:45;Twitter;@NorthwindWatch;All players;Rumour;Babies died after eating Northwind yoghurt!!;Correct the rumour quickly;Ben;draft;Obj 3: rumour',
  '4;1:05:00;regulator letter;Food Standards Agency;Legal & Executive;;"Notification required: send us your lot list and distribution by 12:00.";File the notification;Ben;draft;',
  '5;H+1 M+30;News;Metro Evening;all;Headline;Northwind silent as parents queue at A&E;;Ben;;',
  '6;D+1 H+2;Meeting;Dana (CEO);PR lead / Legal;Day 2 review;Where are we on the recall?;Brief the CEO;Ana;;Obj 2',
  ';;;;;;;;;;',
].join('\r\n');

describe('a messy spreadsheet, as a facilitator would write it', () => {
  const imported = importMsel(MESSY, t, { file: 'northwind.csv', id: 'northwind', title: 'Northwind' });

  it('imports every row, in order, with the times meant', () => {
    expect(imported.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const times = imported.events.map((e) => (e.timing.kind === 'at' ? formatMselTime(e.timing.atMs) : e.timing.kind));
    expect(times).toEqual(['D+0 H+0 M+12', 'D+0 H+0 M+12', 'D+0 H+0 M+45', 'D+0 H+1 M+5', 'D+0 H+1 M+30', 'D+1 H+2 M+0']);
    expect(imported.rows).toBe(6);
  });

  it('fills blank cells under merged-looking cells from the row above', () => {
    const second = imported.events[1];
    expect(second?.from).toBe(imported.events[0]?.from);
    expect(imported.filled).toBe(2);
  });

  it('keeps quoted line breaks and doubled quotes, maps methods and seats', () => {
    const [call, mail, tweet, letter, news, meeting] = imported.events;
    expect(call?.text).toBe("We're told a hospital admitted three children with food poisoning.\r\nIs it your yoghurt?");
    expect(mail?.text).toBe('Legal asks: "do we name the lots yet?"');
    expect([call, mail, tweet, letter, news, meeting].map((e) => e?.channel)).toEqual(['press-call', 'email', 'social', 'regulator-letter', 'news', 'meeting']);
    expect(letter?.to).toEqual(['legal', 'executive']);
    expect(news?.to).toBeNull();
    expect(meeting?.to).toEqual(['pr-lead', 'legal']);
    expect(call?.expected).toBe('Holding statement within 15 minutes');
    expect(call?.notes).toBe('Obj 1: first statement');
  });

  it('says which extra columns it did not import, by letter and header', () => {
    const unused = imported.problems.filter((p) => p.code === 'MS010').map((p) => `${p.column ?? ''} ${p.header ?? ''}`);
    expect(unused).toEqual(['I Controller', 'J Status']);
  });

  it('gives a scenario that lints clean', () => {
    const loaded = loadScenario(imported.yaml ?? '', 'northwind.yaml');
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.scenario?.injects).toHaveLength(6);
    expect(loaded.scenario?.personas.get('sam-lee-metro-evening-news')?.kind).toBe('journalist');
  });

  it('reads the same sheet with commas, LF line ends and no BOM', () => {
    const commas = readCsv(MESSY, ';').records.map((r) => r.cells.map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','));
    const again = importMsel(commas.join('\n'), t, { file: 'northwind.csv', id: 'northwind', title: 'Northwind' });
    expect(again.events.map((e) => [e.id, e.timing, e.text.replace(/\r\n/g, '\n'), e.channel])).toEqual(
      imported.events.map((e) => [e.id, e.timing, e.text.replace(/\r\n/g, '\n'), e.channel]),
    );
  });
});

describe('what cannot be mapped is reported by row and column, and nothing is dropped', () => {
  const sheet = ['Time,Method,From,Message', '0:10,Phone,Sam,First call', '1:30 PM,Phone,Sam,Second call', '0:40,Carrier pigeon,Sam,Third', '0:50,Email,Sam,', '0:55,Email,Sam,Fifth'].join('\n');
  const imported = importMsel(sheet, t, { file: 'bad.csv', id: 'bad', title: 'Bad' });

  it('lists each problem with its row, column letter and header', () => {
    const where = imported.problems.map((p) => [p.severity, p.code, p.row, p.column, p.header]);
    expect(where).toEqual([
      ['error', 'MS020', 3, 'A', 'Time'],
      ['error', 'MS022', 4, 'B', 'Method'],
      ['error', 'MS023', 5, 'D', 'Message'],
    ]);
    expect(imported.yaml).toBeNull();
  });

  it('the CLI exits 1, writes nothing and prints each problem in words', () => {
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, sheet);
    const out = join(dir, 'bad.yaml');
    const r = run(['msel', 'import', csv, '--out', out]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(r.stderr).toContain('row 3, column A (Time): error MS020 "1:30 PM" is not a time after the start');
    expect(r.stderr).toContain('row 4, column B (Method): error MS022 "Carrier pigeon" is not a delivery method');
    const j = JSON.parse(run(['msel', 'import', csv, '--json']).stdout) as { errors: number; problems: { row: number; column: string; code: string; message: string }[] };
    expect(j.errors).toBe(3);
    expect(j.problems[0]).toMatchObject({ row: 3, column: 'A', code: 'MS020' });
  });

  it('a row with no time and no trigger is kept, for the facilitator to fire, and said so', () => {
    const r = importMsel('Time,Method,Message\n0:10,Phone,First\n,,', t, { file: 'x.csv', id: 'x', title: 'x' });
    expect(r.events).toHaveLength(1);
    const s = importMsel('Trigger,Time,Method,Message\n,0:10,Phone,First\nmanual,,Email,Second\n', t, { file: 'x.csv', id: 'x', title: 'x' });
    expect(s.events.map((e) => e.timing.kind)).toEqual(['at', 'manual']);
  });
});

describe('editing a scenario in a spreadsheet', () => {
  it('changes the times and texts edited in the sheet and keeps options, effects and comments', () => {
    const path = 'scenarios/global-foods-recall.yaml';
    const text = readFileSync(path, 'utf8');
    const doc = load(path, text);
    const rows = readCsv(exportMsel(doc, t)).records.map((r) => [...r.cells]);
    const header = rows[0] ?? [];
    const col = (name: string): number => header.indexOf(name);
    const call = rows.find((r) => r[col('Inject ID')] === 'first-press-call') ?? [];
    call[col('Time')] = 'D+0 H+0 M+20';
    call[col('Message')] = 'Maya Chen again: what can you tell me?';
    const csv = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');
    const back = importMsel(csv, t, { file: 'edited.csv', id: doc.id, title: 'x', base: { text, doc } });
    expect(back.problems).toEqual([]);
    expect(back.changed).toBe(true);
    const edited = load('scenarios/edited.yaml', back.yaml ?? '');
    const inj = edited.injects.find((i) => i.id === 'first-press-call');
    expect(inj?.at).toBe('20m');
    expect(inj?.text).toBe('Maya Chen again: what can you tell me?');
    expect(inj?.options).toEqual(doc.injects.find((i) => i.id === 'first-press-call')?.options);
    expect(back.yaml).toContain('# ');
  });
});

describe('relative times', () => {
  it.each([
    ['D+0 H+1 M+30', 90],
    ['D+0H+1M+30', 90],
    ['h+1 m+30', 90],
    ['01:30', 90],
    ['1:30:00', 90],
    ['+01:30', 90],
    ['T+01:30', 90],
    ['1h30m', 90],
    ['90', 90],
    ['90 min', 90],
    ['D+1 H+2', 26 * 60],
    ['D+0 H+0 M+0', 0],
  ])('%s is %d minutes after the start', (text, minutes) => {
    expect(parseMselTime(text)).toBe(minutes * 60_000);
  });

  it.each(['1:30 PM', 'tomorrow', 'D-1', '25:99'])('%s is refused, not guessed', (text) => {
    expect(parseMselTime(text)).toBeNull();
  });
});

describe('crisis msel (CLI)', () => {
  it('export prints the sheet; export → import → lint is clean', () => {
    const r = run(['msel', 'export', 'scenarios/global-foods-recall.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toBe('MSEL #,Time,From,To,Method,Subject,Message,Expected action,Notes,Inject ID,Trigger,Deadline,Severity,Timeline label,Discussion questions,Press conference');
    const csv = join(dir, 'recall.csv');
    writeFileSync(csv, r.stdout);
    const out = join(dir, 'recall.yaml');
    const imported = run(['msel', 'import', csv, '--out', out]);
    expect(imported.code).toBe(0);
    expect(run(['lint', out, '--max-warnings', '0']).code).toBe(0);
  });

  it('usage errors exit 2', () => {
    expect(run(['msel']).code).toBe(2);
    expect(run(['msel', 'sideways', 'x']).code).toBe(2);
    expect(run(['msel', 'import', join(dir, 'missing.csv')]).code).toBe(2);
    expect(run(['msel', 'export', 'scenarios/global-foods-recall.yaml', '--lang', 'xx']).code).toBe(2);
  });
});
