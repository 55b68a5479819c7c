/**
 * The empathy scale has room below "cold" (issue 9): a statement that blames the people harmed or
 * threatens critics scores clearly below one that is merely cold or evasive, and in a crisis that
 * calls for responsibility a warm statement that does not take it scores below one that does. The
 * statements are read by the analyser, as a trainee's free text would be, and every point is a cue.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../src/analysis/index.ts';
import { scoreStatement, type StatementScores } from '../../src/engine/index.ts';
import type { Channel, Cluster } from '../../src/format/index.ts';

type Severity = 'low' | 'medium' | 'high' | 'critical';

function empathyOf(text: string, cluster: Cluster = 'preventable', severity: Severity = 'high', channel: Channel = 'press-release'): StatementScores['empathy'] {
  const analyser = createAnalyser({ language: 'en', cluster, severity, clockStart: null, facts: [], keyMessages: [], victimTerms: [], avoidTerms: [], organisation: ['Northwind'] });
  const annotation = analyser.annotate(text, { now: 0 });
  return scoreStatement(annotation, {
    cluster,
    severity,
    compensationAllowed: true,
    channel,
    first: true,
    expects: null,
    verdict: null,
    contradictions: null,
    previousPosture: null,
    confidential: new Set(),
    text,
  }).empathy;
}

const score = (text: string, cluster?: Cluster): number => empathyOf(text, cluster).score ?? Number.NaN;

const COLD = 'Northwind is aware of reports concerning the Leeds plant. The matter is under review in line with our procedures.';
const EVASIVE = 'It is too early to draw any conclusions, and we are looking into the matter.';
const BLAMING = 'Customers who ignored the storage instructions on the label brought this on themselves.';
const THREATENING = 'Anyone spreading these lies online will hear from our lawyers.';
const CONTEMPT = `${BLAMING} ${THREATENING}`;
const WARM = 'We are so sorry for every family going through this, and our thoughts are with the children who fell ill.';
const WARM_AND_OWNING = `${WARM} This was our failure, and we take full responsibility.`;

describe('the empathy scale below cold', () => {
  it('scores a cold or an evasive statement above zero, and blame, threats and contempt clearly below it', () => {
    const floor = Math.min(score(COLD), score(EVASIVE));
    expect(floor).toBeGreaterThan(0);
    for (const harmful of [BLAMING, THREATENING, CONTEMPT]) expect(score(harmful), harmful).toBeLessThanOrEqual(floor - 15);
  });

  it('a warm statement without responsibility scores below the same words that take it, where the crisis calls for it', () => {
    expect(score(WARM)).toBeGreaterThan(score(COLD));
    expect(score(WARM_AND_OWNING)).toBeGreaterThan(score(WARM) + 15);
  });

  it('every point is a cue, and the cues add up to the score', () => {
    for (const text of [COLD, EVASIVE, BLAMING, THREATENING, CONTEMPT, WARM, WARM_AND_OWNING]) {
      const e = empathyOf(text);
      const sum = e.cues.reduce((total, c) => total + c.points, 0);
      expect(Math.abs(sum - (e.score ?? 0)), text).toBeLessThanOrEqual(0.5);
      expect(e.cues.map((c) => c.code), text).toContain('cue.empathy.respect');
    }
    expect(empathyOf(BLAMING).cues.some((c) => c.code === 'cue.empathy.penalty' && c.params.penalty === 'victim-blaming')).toBe(true);
    expect(empathyOf(THREATENING).cues.some((c) => c.code === 'cue.empathy.penalty' && c.params.penalty === 'threat')).toBe(true);
  });

  it('puts one harmful move between cold and contempt, at every severity', () => {
    // A brush-off, a conditional apology or self-pity is one harmful move (the calibration writers'
    // 2); blame and threats are contempt (their 1). Before, a conditional apology at critical severity
    // tied with a threat at 0.
    const ONE_MOVE = ['No comment.', 'We apologise if anyone was upset by the delays.', 'This has been a very hard week for everyone at Northwind.'];
    for (const severity of ['low', 'medium', 'high', 'critical'] as const) {
      const at = (text: string): number => scoreAt(text, severity);
      const cold = at(COLD);
      for (const text of ONE_MOVE) {
        expect(at(text), `${severity}: ${text}`).toBeLessThan(cold);
        expect(at(text), `${severity}: ${text}`).toBeGreaterThan(at(THREATENING));
      }
    }
  });

  it('charges a harmful move once however many sentences repeat it, and still shows the repeat', () => {
    const once = 'This has been a very hard week for everyone at Northwind.';
    const twice = `${once} Our brand has taken a real hit.`;
    expect(score(twice)).toBe(score(once));
    const repeats = empathyOf(twice).cues.filter((c) => c.code === 'cue.empathy.penalty' && c.params.penalty === 'self-focus');
    expect(repeats.map((c) => c.points).filter((p) => p < 0)).toHaveLength(1);
    expect(repeats.length).toBe(2);
  });
});

const scoreAt = (text: string, severity: Severity): number => empathyOf(text, 'preventable', severity).score ?? Number.NaN;

describe('a letter to a regulator', () => {
  const STEPS = 'We stopped line 3 at 06:00, recalled batches 41 to 44 and notified every retailer. From Monday every seal will be checked before each shift.';
  const OWNING = `Twelve customers were admitted to hospital. This was our failure: we did not replace the seal on schedule. ${STEPS}`;
  const missing = (text: string, cluster: Cluster, channel: Channel): string[] =>
    empathyOf(text, cluster, 'high', channel)
      .cues.filter((c) => c.code === 'cue.empathy.missing')
      .map((c) => c.params.element);

  it('in a preventable crisis, owning the failing and naming the harm score well above the same steps without them', () => {
    const letter = (text: string): number => empathyOf(text, 'preventable', 'high', 'regulator-letter').score ?? Number.NaN;
    expect(letter(OWNING)).toBeGreaterThan(letter(STEPS) + 15);
    expect(missing(STEPS, 'preventable', 'regulator-letter')).toEqual(expect.arrayContaining(['responsibility', 'harm-acknowledged']));
  });

  it('is never asked for warm words or redress, and asked for responsibility only where the crisis was preventable', () => {
    expect(missing(STEPS, 'preventable', 'regulator-letter')).not.toContain('concern');
    expect(missing(STEPS, 'preventable', 'regulator-letter')).not.toContain('compensation');
    expect(missing(STEPS, 'accidental', 'regulator-letter')).toContain('harm-acknowledged');
    expect(missing(STEPS, 'accidental', 'regulator-letter')).not.toContain('responsibility');
  });

  it('a note to a business partner is still judged on action, explanation and prevention only', () => {
    expect(missing(STEPS, 'preventable', 'email')).not.toContain('responsibility');
    expect(missing(STEPS, 'preventable', 'email')).not.toContain('harm-acknowledged');
  });
});
