import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/index.ts';
import { AarReport, buildReport, findingById, ratingFor, SHOWN_PER_DIMENSION, type Finding } from '../../src/report/aar.ts';
import { DIMENSIONS } from '../../src/format/index.ts';
import { denyResult, hostileResult } from './fixtures.ts';

const report = buildReport(denyResult());
const cap = (d: (typeof DIMENSIONS)[number]) => report.capabilities.find((c) => c.dimension === d)!;
const all = (kind: 'strengths' | 'improvements'): Finding[] => report.capabilities.flatMap((c) => c[kind]);

describe('after-action report model: overview', () => {
  it('names the scenario, organisation, date (from the scenario clock), ending, seed and participants', () => {
    const o = report.overview;
    expect(o.title).toBe('Engine lab');
    expect(o.organisation).toBe('Lab Foods');
    expect(o.date).toBe('Monday 2 March 2026, 08:00 (UTC+01:00)');
    expect(o.ending).toEqual({ id: 'damaged', title: 'Damaged' });
    expect(o.endedAt).toEqual({ at: '3h', ms: 3 * 3_600_000, clock: '11:00' });
    expect(o.seed).toBe(5);
    expect(o.participants).toEqual([{ seat: 'spokesperson', statements: 4, channels: ['press-call', 'social', 'internal', 'press-conference'], first: '11m', last: '2h1m' }]);
    expect(o.counts).toMatchObject({ injects: 14, statements: 4, unanswered: 5 });
  });

  it('gives every dimension its score, a one-line meaning and a rating from the documented bands', () => {
    expect(report.capabilities.map((c) => c.dimension)).toEqual([...DIMENSIONS]);
    for (const c of report.capabilities) {
      expect(c.meaning.length).toBeGreaterThan(20);
      expect(c.rating).toBe(ratingFor(c.score).code);
    }
    expect(cap('consistency')).toMatchObject({ score: 85, rating: 'P' });
    expect(cap('accuracy')).toMatchObject({ score: 65, rating: 'S' });
    expect(cap('timeliness')).toMatchObject({ score: 48, rating: 'M' });
    expect(cap('empathy')).toMatchObject({ score: 25, rating: 'U' });
    expect(report.overview.overall).toMatchObject({ score: 49, rating: 'M' });
  });

  it('rates on the band edges: P from 80, S from 60, M from 40, U below; N/A when unjudged', () => {
    expect([100, 80, 79, 60, 59, 40, 39, 0].map((s) => ratingFor(s).code)).toEqual(['P', 'P', 'S', 'S', 'M', 'M', 'U', 'U']);
    expect(ratingFor(null).code).toBe('N/A');
    const r = denyResult();
    r.unjudged = ['accuracy'];
    const a = buildReport(r).capabilities.find((c) => c.dimension === 'accuracy')!;
    expect(a).toMatchObject({ judged: false, rating: 'N/A' });
    expect(a.note).toMatch(/not rated/);
  });

  it('computes clock times in the scenario time zone, across midnight too', () => {
    const r = denyResult();
    r.clockStart = '2026-03-02T23:30:00-05:00';
    r.notes = [{ at: '45m', by: 'observer', text: 'late night' }];
    const m = buildReport(r);
    expect(m.overview.date).toBe('Monday 2 March 2026, 23:30 (UTC−05:00)');
    expect(m.notes[0]?.time.clock).toBe('3 Mar 00:15');
  });

  it('shows the calendar after a jump between exercise modules, and lists the jump', () => {
    const r = denyResult();
    r.clockJumps = [{ at: '1h30m', to: '2026-04-14T10:00:00+01:00', title: 'Six weeks later' }];
    r.notes = [
      { at: '1h', by: 'observer', text: 'before the jump' },
      { at: '1h45m', by: 'observer', text: 'after the jump' },
    ];
    const m = buildReport(r);
    expect(m.notes.map((n) => n.time.clock)).toEqual(['09:00', '14 Apr 10:15']);
    expect(m.overview.jumps).toEqual([{ at: { at: '1h30m', ms: 5_400_000, clock: '14 Apr 10:00' }, date: 'Tuesday 14 April 2026, 10:00 (UTC+01:00)', title: 'Six weeks later' }]);
    expect(m.overview.endedAt.clock).toBe('14 Apr 11:30');
    // Without jumps, the same moments are read on the first day.
    expect(buildReport(denyResult()).overview.endedAt.clock).toBe('11:00');
  });
});

describe('after-action report model: strengths and areas for improvement', () => {
  it('shows at most a few per dimension and counts the rest', () => {
    for (const c of report.capabilities) {
      expect(c.strengths.length).toBeLessThanOrEqual(SHOWN_PER_DIMENSION);
      expect(c.improvements.length).toBeLessThanOrEqual(SHOWN_PER_DIMENSION);
      expect(c.moreStrengths).toBeGreaterThanOrEqual(0);
    }
    expect(cap('transparency').moreStrengths).toBeGreaterThan(0);
  });

  it('ranks by weight, heaviest first', () => {
    for (const c of report.capabilities) {
      for (const list of [c.strengths, c.improvements]) {
        const weights = list.map((f) => f.weight);
        expect(weights).toEqual([...weights].sort((a, b) => b - a));
      }
    }
  });

  it('ties each finding to evidence: words, minute, fact and research anchor', () => {
    const minimises = cap('empathy').improvements.find((f) => f.observation === 'minimises serious harm')!;
    expect(minimises.evidence).toMatchObject({ quote: 'Our products are safe. This is an isolated incident.', ref: 's1', where: 'press-call · spokesperson' });
    expect(minimises.evidence.time).toEqual({ at: '11m', ms: 660_000, clock: '08:11' });
    expect(minimises.anchor).toMatch(/BP 2010/);
    const speculative = cap('accuracy').improvements.find((f) => f.observation.startsWith('lots: states 0'))!;
    expect(speculative.evidence.fact).toBe('lots = 0');
  });

  it('treats partial credit as an area for improvement, not a strength', () => {
    expect(all('strengths').map((f) => f.observation)).not.toContain('lots: states 0 before anyone knows');
    expect(all('improvements').map((f) => f.observation)).toContain('lots: states 0 before anyone knows');
  });

  it('turns unanswered injects into one grouped timeliness finding with each time listed', () => {
    const never = cap('timeliness').improvements.find((f) => f.observation.startsWith('never answered'))!;
    expect(never.count).toBe(5);
    expect(never.evidence.ref).toBe('regulator');
    expect(never.alsoAt).toEqual(['21m', '1h40m', '2h1m', '2h4m']);
    expect(never.weight).toBe(500);
  });

  it('uses the tone of session findings and keeps the score breakdown apart', () => {
    const pro = cap('proactivity');
    expect(pro.improvements.map((f) => f.observation)).toContain('lots came out (at 31m) before you disclosed it');
    expect(pro.strengths.map((f) => f.observation)).toContain('told the public what to do (at 40m)');
    expect(pro.breakdown.map((b) => b.reason)).toContain('rumour reach avoided: 29/100, weighted 35%');
    expect(all('strengths').concat(all('improvements')).some((f) => /weighted \d+%/.test(f.observation))).toBe(false);
  });

  it('weighs a session finding by the points it moves the dimension, counted once per scored item', () => {
    const r = denyResult();
    r.sessionCues.push({ dimension: 'transparency', points: -30, code: 'cue.transparency.wrong-denial', params: { rumour: 'deaths', at: 1_800_000, exposedAt: null, statement: null }, quote: '', anchor: 'ecker', tone: 'negative' });
    const t = buildReport(r).capabilities.find((c) => c.dimension === 'transparency')!;
    // Four statements are scored on transparency: 30 points on the session score are 30 on each.
    expect(t.improvements.find((f) => f.observation === 'denied "deaths" at 30m, which is true')).toMatchObject({ weight: 120, code: 'cue.transparency.wrong-denial', anchorId: 'ecker' });
    expect(t.breakdown.map((b) => b.points)).toContain(-30);
  });

  it('groups findings by code and parameters, not by words: in another language the same findings come out, in its words', () => {
    const en = buildReport(denyResult());
    const pseudo = buildReport(denyResult(), createTranslator('ar-XB'));
    const shape = (r: typeof en) => r.capabilities.map((c) => [c.dimension, c.strengths.map((f) => [f.id, f.code, f.count, f.weight]), c.improvements.map((f) => [f.id, f.code, f.count, f.weight]), c.omissions.map((o) => [o.code, o.count])]);
    expect(shape(pseudo)).toEqual(shape(en));
    const first = pseudo.capabilities.flatMap((c) => [...c.strengths, ...c.improvements])[0];
    expect(first?.observation.startsWith('\u202B')).toBe(true);
    expect(first?.anchor.startsWith('\u202B')).toBe(true);
  });

  it('does not count a statement cue twice when the inject it answers repeats it', () => {
    const consistent = cap('consistency').strengths.find((f) => f.observation === 'consistent with everything said before')!;
    expect(consistent.count).toBe(4);
  });

  it('reports a wrong claim (scored 0 points, kept as a negative cue) as an area for improvement with its fact', () => {
    const r = denyResult();
    const s2 = r.statements[1]!;
    s2.claims = { ...s2.claims, cause: 'sabotage' };
    s2.cues = [...s2.cues, { dimension: 'accuracy', points: 0, code: 'cue.accuracy.wrong', params: { fact: 'cause', value: 'sabotage' }, quote: s2.text, anchor: 'cercRight', tone: 'negative' }];
    const a = buildReport(r).capabilities.find((c) => c.dimension === 'accuracy')!;
    const wrong = a.improvements.find((f) => f.observation === 'cause: wrong (sabotage)')!;
    expect(wrong.evidence).toMatchObject({ ref: 's2', fact: 'cause = sabotage' });
  });

  it('lists what the statements left out apart, most often first, without crowding out what was said wrong', () => {
    const empathy = cap('empathy');
    expect(empathy.omissions[0]).toMatchObject({ observation: 'does not take responsibility (expected in a preventable crisis)', count: 4, of: 4, at: ['11m', '40m', '55m', '2h1m'] });
    expect(empathy.omissions[0]?.anchor).toMatch(/Pace/);
    const counts = empathy.omissions.map((o) => o.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(empathy.omissions.map((o) => o.observation)).toContain('offers no compensation (expected in a preventable crisis)');
    // Heaviest first: "no comment" takes all of the respect a message starts from, minimising part of it.
    expect(empathy.improvements.map((f) => f.observation)).toEqual(['"no comment"', 'minimises serious harm']);
    expect(all('improvements').some((f) => f.observation.startsWith('does not take responsibility'))).toBe(false);
    expect(cap('accuracy').omissions).toEqual([]);
  });

  it('numbers areas for improvement and carries each into the improvement plan with empty columns to fill in', () => {
    const afis = all('improvements');
    expect(afis.map((f) => f.id)).toEqual(afis.map((_, i) => `A${i + 1}`));
    expect(report.improvementPlan.map((p) => p.ref)).toEqual(afis.map((f) => f.id));
    for (const row of report.improvementPlan) {
      expect(row).toMatchObject({ correctiveAction: '', owner: '', due: '' });
      expect(row.issue.length).toBeGreaterThan(0);
    }
  });

  it('summarises with existing findings: best strengths of the strongest dimensions, first areas of the weakest', () => {
    expect(report.summary.strengths.length).toBeGreaterThan(0);
    for (const id of [...report.summary.strengths, ...report.summary.improvements]) expect(findingById(report, id)).toBeDefined();
    expect(findingById(report, report.summary.improvements[0]!)?.dimension).toBe('empathy');
    expect(findingById(report, report.summary.strengths[0]!)?.dimension).toBe('consistency');
  });
});

describe('after-action report model: timeline, curves, notes', () => {
  it('lists every inject and statement in time order, injects before the statements made at the same minute', () => {
    const r = denyResult();
    expect(report.timeline).toHaveLength(r.injects.length + r.statements.length);
    const ms = report.timeline.map((e) => e.time.ms);
    expect(ms).toEqual([...ms].sort((a, b) => a - b));
    const at11 = report.timeline.filter((e) => e.time.at === '11m').map((e) => e.kind);
    expect(at11.indexOf('statement')).toBeGreaterThan(at11.lastIndexOf('inject'));
  });

  it('gives injects their status and statements their claims, scores and problems', () => {
    const regulator = report.timeline.find((e) => e.kind === 'inject' && e.id === 'regulator');
    expect(regulator).toMatchObject({ status: 'unanswered', deadline: '1h20m', scores: { timeliness: 0 } });
    const s1 = report.timeline.find((e) => e.kind === 'statement' && e.id === 's1');
    expect(s1).toMatchObject({ seat: 'spokesperson', audience: ['consumers', 'staff-sh'], claims: [{ fact: 'lots', value: '0' }], scores: { empathy: 15, accuracy: 30 } });
    expect(s1?.kind === 'statement' && s1.flags).toContain('Empathy: minimises serious harm');
  });

  it('keeps the rumour and trust series with times in milliseconds', () => {
    expect(report.rumours[0]?.series[0]).toEqual({ at: '11m', ms: 660_000, reach: 0.01, believing: 0.01 });
    expect(report.stakeholders[0]?.series.map((p) => p.ms)).toEqual([0, 660_000, 7_260_000]);
  });

  it('validates against its own schema, also after a JSON round trip, with hostile text', () => {
    for (const m of [report, buildReport(hostileResult())]) {
      expect(AarReport.safeParse(m).success).toBe(true);
      expect(AarReport.safeParse(JSON.parse(JSON.stringify(m))).success).toBe(true);
    }
  });

  it('is deterministic: the same result gives the same model', () => {
    expect(JSON.stringify(buildReport(denyResult()))).toBe(JSON.stringify(report));
  });
});
