import { describe, expect, it } from 'vitest';
import { analysisContextFor } from '../../src/analysis/index.ts';
import { createAnalyser } from '../../src/analysis/en/analyser.ts';
import { playPlan, timelinessFor, type PlayResult } from '../../src/engine/index.ts';
import { Plan } from '../../src/format/index.ts';
import { fixture, ms } from '../helpers.ts';

function play(steps: unknown[], seed = 2): PlayResult {
  const scenario = fixture('engine-lab');
  return playPlan(scenario, Plan.parse({ seed, steps }), { annotator: createAnalyser(analysisContextFor(scenario)) }).result;
}

const postureOf = (text: string) => createAnalyser(analysisContextFor(fixture('engine-lab'))).annotate(text, { now: ms('40m') }).posture?.value;

const consistencyCues = (r: PlayResult) => r.statements.flatMap((s) => s.cues.filter((c) => c.dimension === 'consistency' && c.points < 0));

describe('timeliness', () => {
  it('is full up to the deadline, then halves every half-life, and is 0 with no answer', () => {
    const deadline = ms('25m');
    expect(timelinessFor(deadline, ms('15m'), ms('20m'))).toBe(100);
    expect(timelinessFor(deadline, ms('15m'), ms('40m'))).toBeCloseTo(50, 5);
    expect(timelinessFor(deadline, ms('15m'), ms('55m'))).toBeCloseTo(25, 5);
    expect(timelinessFor(deadline, ms('15m'), null)).toBe(0);
  });

  it('counts the approval wait: a press release answered at 20m but signed off at 30m is late', () => {
    const r = play([{ at: '20m', respond: { inject: 'call', text: 'We do not know yet how many lots are affected.', channel: 'press-release' } }]);
    const call = r.injects.find((i) => i.id === 'call');
    expect(call?.respondedAt).toBe('30m');
    expect(call?.scores.timeliness).toBeLessThan(100);
  });
});

describe('consistency: the message ledger', () => {
  it('a changed figure without saying it is a revision loses points, with a cue quoting both statements', () => {
    const r = play([
      { at: '35m', publish: { channel: 'social', text: 'Three lots are affected.' } },
      { at: '2h5m', publish: { channel: 'social', text: 'Five lots are affected.' } },
    ]);
    const cues = consistencyCues(r);
    expect(cues).toHaveLength(1);
    expect(cues[0]?.quote).toContain('Three lots');
    expect(cues[0]?.quote).toContain('Five lots');
    expect(r.statements[1]?.scores.consistency).toBeLessThan(100);
  });

  it('the same change presented as a revision with its reason is not a contradiction', () => {
    const r = play([
      { at: '35m', publish: { channel: 'social', text: 'Three lots are affected.' } },
      { at: '2h5m', publish: { channel: 'social', text: 'We have revised the number of affected lots from three to five after further testing.' } },
    ]);
    expect(consistencyCues(r)).toEqual([]);
    expect(r.statements[1]?.scores.consistency).toBe(100);
  });
});

describe('accuracy: judged against the truth as known at that moment', () => {
  it('"we don\'t know yet" is right while unknown; a figure then is speculation; the right figure later is right', () => {
    const r = play([
      { at: '20m', publish: { channel: 'social', text: 'We do not know yet how many lots are affected.' } },
      { at: '25m', publish: { channel: 'social', text: 'Four lots are affected.' } },
      { at: '35m', publish: { channel: 'social', text: 'Three lots are affected.' } },
    ]);
    expect(r.statements.map((s) => s.scores.accuracy)).toEqual([100, expect.any(Number), 100]);
    expect(r.statements[1]?.scores.accuracy).toBeLessThan(50);
  });
});

describe('empathy depends on the crisis cluster', () => {
  it('a responsible apology with action beats a conditional, minimising one, and each point quotes its words', () => {
    const r = play([
      { at: '11m', respond: { inject: 'call', text: 'We are so sorry for the harm to the children who fell ill. We take full responsibility and have recalled every affected lot.' } },
      { at: '30m', publish: { channel: 'social', text: 'Mistakes were made. We regret if anyone was inconvenienced by this isolated incident.' } },
    ]);
    const [good, bad] = r.statements;
    expect((good?.scores.empathy ?? 0) - (bad?.scores.empathy ?? 0)).toBeGreaterThan(40);
    // Every point quotes its words; only what was left out has none to quote.
    for (const c of [...(good?.cues ?? []), ...(bad?.cues ?? [])].filter((x) => x.dimension === 'empathy' && x.tone !== 'omitted')) expect(c.quote.length).toBeGreaterThan(0);
  });

  it('names what a caring but incomplete answer left out, heaviest first, so a low score is explained', () => {
    const r = play([{ at: '11m', respond: { inject: 'call', text: 'We are so sorry for the children and their families.' } }]);
    const empathy = r.statements[0]?.cues.filter((c) => c.dimension === 'empathy') ?? [];
    // The respect every message starts from, then the one element it has.
    expect(empathy.filter((c) => c.points > 0).map((c) => [c.code, c.params])).toEqual([
      ['cue.empathy.respect', {}],
      ['cue.empathy.element', { element: 'concern', implicit: false }],
    ]);
    const missing = empathy.filter((c) => c.tone === 'omitted');
    expect(missing.map((c) => c.code === 'cue.empathy.missing' && c.params.element)).toEqual([
      'responsibility',
      'corrective-action',
      'harm-acknowledged',
      'explanation',
      'prevention',
      'compensation',
    ]);
    expect(missing.every((c) => c.points === 0 && c.quote === '' && c.code === 'cue.empathy.missing' && c.params.because === 'cluster' && c.params.cluster === 'preventable')).toBe(true);
  });
});

describe('proactivity', () => {
  it('disclosing before the leak steals its thunder; waiting lets it out first', () => {
    const early = play([{ at: '45m', publish: { channel: 'social', text: 'The contamination was caused by listeria. Do not eat the product.' } }]);
    const late = play([{ at: '1h5m', publish: { channel: 'social', text: 'The contamination was caused by listeria. Do not eat the product.' } }]);
    const thunder = (r: PlayResult) => r.sessionCues.find((c) => c.anchor === 'thunder' && 'fact' in c.params && c.params.fact === 'cause');
    expect(thunder(early)?.tone).toBe('positive');
    expect(thunder(late)?.tone).toBe('negative');
    expect(early.scores.proactivity).toBeGreaterThan(late.scores.proactivity);
  });

  it('an early correction avoids more of the rumour\'s reach than a late one', () => {
    const early = play([
      { at: '11m', respond: { inject: 'call', option: 'deny' } },
      { at: '15m', publish: { channel: 'social', text: 'Please do not eat the affected lots.' } },
    ]);
    const late = play([
      { at: '11m', respond: { inject: 'call', option: 'deny' } },
      { at: '2h', publish: { channel: 'social', text: 'Please do not eat the affected lots.' } },
    ]);
    const reach = (r: PlayResult) => r.rumours.find((x) => x.id === 'deaths')?.finalReach ?? 1;
    expect(reach(early)).toBeLessThan(reach(late));
    expect(early.scores.proactivity).toBeGreaterThan(late.scores.proactivity);
  });
});

describe('consistency across audiences', () => {
  it('denying to one audience while apologising to another within the hour costs consistency, quoting both', () => {
    const r = play([
      { at: '31m', publish: { channel: 'social', text: 'We are so sorry. We take full responsibility for this.', audience: ['consumers'] } },
      { at: '40m', publish: { channel: 'email', text: 'These reports are false: our product is safe and nothing is wrong.', audience: ['agency'] } },
    ]);
    const cue = r.sessionCues.find((c) => c.code === 'cue.consistency.deny-and-amends');
    expect(cue?.points).toBeLessThan(0);
    expect(cue?.quote).toContain('responsibility');
    expect(cue?.quote).toContain('false');
    const aligned = play([
      { at: '31m', publish: { channel: 'social', text: 'We are so sorry. We take full responsibility for this.', audience: ['consumers'] } },
      { at: '40m', publish: { channel: 'email', text: 'We have told the public that we take full responsibility, and we are recalling three lots.', audience: ['agency'] } },
    ]);
    expect(aligned.sessionCues.some((c) => c.code === 'cue.consistency.deny-and-amends')).toBe(false);
    expect(aligned.scores.consistency).toBeGreaterThan(r.scores.consistency);
  });

  it('correcting a false rumour is not a denial of the crisis: "the story is false" beside an apology costs nothing', () => {
    const apology = { at: '31m', publish: { channel: 'social', text: 'We are so sorry. We take full responsibility for this.', audience: ['consumers'] } };
    const correction = play([apology, { at: '40m', publish: { channel: 'email', text: 'The story that a child died is false. Do not eat the affected lots.', audience: ['agency'] } }]);
    expect(postureOf('The story that a child died is false. Do not eat the affected lots.')).toBe('deny');
    expect(correction.sessionCues.some((c) => c.code === 'cue.consistency.deny-and-amends')).toBe(false);
    // A denial that also says something false is still a denial.
    const mixed = play([apology, { at: '40m', publish: { channel: 'email', text: 'The story that a child died is false. Do not eat the affected lots. No lots are affected.', audience: ['agency'] } }]);
    expect(mixed.sessionCues.some((c) => c.code === 'cue.consistency.deny-and-amends')).toBe(true);
  });

  it('a rumour correction is not a mixed posture beside responsibility, in the same statement or before an apology', () => {
    const both = 'The story that a child died is false, untrue and baseless. That was our mistake on line 3. Do not eat the affected lots.';
    expect(postureOf(both)).toBe('deny');
    const r = play([
      { at: '12m', publish: { channel: 'social', text: 'The story that a child died is false. Do not eat the affected lots.' } },
      { at: '18m', publish: { channel: 'social', text: both } },
      { at: '22m', publish: { channel: 'social', text: 'We take full responsibility for the contamination, and we are sorry.' } },
    ]);
    expect(consistencyCues(r)).toEqual([]);
    // Without a rumour to correct, the same moves are a denial followed by an apology.
    const denial = play([
      { at: '12m', publish: { channel: 'social', text: 'These reports are false, untrue and baseless. That was our mistake on line 3.' } },
      { at: '18m', publish: { channel: 'social', text: 'We take full responsibility for the contamination, and we are sorry.' } },
    ]);
    const codes = consistencyCues(denial).map((c) => c.code);
    expect(codes).toContain('cue.consistency.mixed-posture');
    expect(codes).toContain('cue.consistency.posture-flip');
  });

  it('blaming the people affected internally while expressing concern publicly is called out', () => {
    const r = play([
      { at: '31m', publish: { channel: 'social', text: 'We are so sorry for the children and their families.', audience: ['consumers'] } },
      { at: '35m', publish: { channel: 'internal', text: 'Frankly, the parents who ignored the storage instructions brought this on themselves.', audience: ['staff-sh'] } },
    ]);
    expect(r.sessionCues.find((c) => c.code === 'cue.consistency.blame-and-care')?.points).toBeLessThan(0);
  });
});
