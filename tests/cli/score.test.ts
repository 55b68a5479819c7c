import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';

interface ScoreJson {
  scores: Record<string, number | null>;
  unjudged: Record<string, string>;
  cues: { dimension: string; points: number; reason: string; quote: string; anchor: string; tone?: string }[];
  claims: Record<string, unknown>;
}

function score(text: string, argv: string[] = []): ScoreJson {
  const out = run(['score', ...argv, '--json'], { stdin: () => text });
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout) as ScoreJson;
}

const GOOD =
  'We are deeply sorry. We take full responsibility for the contaminated batches and have recalled all of them; anyone who bought one can return it for a full refund, and we will update you at 9:00 tomorrow.';
const BAD = 'Mistakes were made. We regret if anyone was inconvenienced by this isolated incident.';

describe('crisis score', () => {
  it('rates a responsible apology with action and repair clearly above a non-apology, and every cue names its words', () => {
    const good = score(GOOD, ['--cluster', 'preventable', '--severity', 'high']);
    const bad = score(BAD, ['--cluster', 'preventable', '--severity', 'high']);
    expect((good.scores.empathy ?? 0) - (bad.scores.empathy ?? 0)).toBeGreaterThanOrEqual(30);
    for (const cue of [...good.cues, ...bad.cues]) {
      // What was left out has no words; everything else quotes the words it came from.
      if (cue.tone === 'omitted') {
        expect(cue.quote, cue.reason).toBe('');
        continue;
      }
      expect(cue.quote.length, cue.reason).toBeGreaterThan(0);
      expect(GOOD.includes(cue.quote.replace(/…$/, '')) || BAD.includes(cue.quote.replace(/…$/, '')), cue.quote).toBe(true);
    }
    const reasons = bad.cues.filter((c) => c.dimension === 'empathy').map((c) => c.reason).join(' | ');
    expect(reasons).toMatch(/agentless passive/);
    expect(reasons).toMatch(/conditional apology/);
    expect(reasons).toMatch(/minimises/);
  });

  it('without a scenario, dimensions that need one are null', () => {
    const s = score(GOOD);
    expect(s.scores.accuracy).toBeNull();
    expect(s.scores.consistency).toBeNull();
    expect(s.scores.timeliness).toBeNull();
    expect(typeof s.scores.empathy).toBe('number');
    expect(s.unjudged).toEqual({ accuracy: 'no-scenario', consistency: 'no-scenario', timeliness: 'no-scenario', proactivity: 'no-scenario' });
  });

  it('with a scenario, a score it cannot give says why, and never that it needs a scenario', () => {
    const lab = ['--scenario', 'tests/fixtures/engine-lab.yaml'];
    const text = run(['score', ...lab], { stdin: () => 'We are very sorry for what happened.' });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).not.toMatch(/needs a scenario/);
    expect(text.stdout).toMatch(/accuracy +– +\(states no fact of the scenario to check\)/);
    expect(text.stdout).toMatch(/timeliness +– +\(needs --inject and --at to time the answer\)/);
    const noFacts = score('We are very sorry for what happened.', lab);
    expect(noFacts.scores.accuracy).toBeNull();
    expect(noFacts.unjudged.accuracy).toBe('no-claims');
    // A follow-up fires ten minutes after the call is answered: its deadline has no fixed time.
    const followUp = score('We are very sorry for what happened.', [...lab, '--inject', 'follow-up', '--at', '40m']);
    expect(followUp.scores.timeliness).toBeNull();
    expect(followUp.unjudged.timeliness).toBe('no-fixed-time');
    expect(score('Three lots are affected.', lab).unjudged.accuracy).toBeUndefined();
  });

  it('refuses to score an answer timed before its inject can fire (exit 1), and times --inject alone at the moment it fires', () => {
    const lab = ['--scenario', 'tests/fixtures/engine-lab.yaml'];
    const early = run(['score', ...lab, '--inject', 'call', '--at', '5m', '--json'], { stdin: () => 'We do not know yet.' });
    expect(early.code).toBe(1);
    expect(early.stdout).toBe('');
    expect(early.stderr).toMatch(/--at 5m is before "call" can fire \(it fires at 10m\)/);
    // "call.responded + 10m": the earliest is ten minutes after the call fires.
    const beforeFollowUp = run(['score', ...lab, '--inject', 'follow-up', '--at', '15m'], { stdin: () => 'We do not know yet.' });
    expect(beforeFollowUp.code).toBe(1);
    expect(beforeFollowUp.stderr).toMatch(/before "follow-up" can fire \(at the earliest 20m\)/);
    const onTime = score('We do not know yet how many lots are affected.', [...lab, '--inject', 'call', '--at', '10m']);
    expect(onTime.scores.timeliness).toBe(100);
    const atFiring = score('We do not know yet how many lots are affected.', [...lab, '--inject', 'call']);
    expect(atFiring.cues.find((c) => c.dimension === 'timeliness')?.reason).toMatch(/answered at 10m/);
  });

  it('in a scenario context, judges claims against the truth at that moment and timing against the deadline', () => {
    const early = score('We do not know yet how many lots are affected. Do not eat the product.', ['--scenario', 'tests/fixtures/engine-lab.yaml', '--inject', 'call', '--at', '20m']);
    expect(early.claims).toEqual({ lots: 'unknown' });
    expect(early.scores.accuracy).toBe(100);
    expect(early.scores.timeliness).toBe(100);
    const speculating = score('Five lots are affected.', ['--scenario', 'tests/fixtures/engine-lab.yaml', '--inject', 'call', '--at', '20m']);
    expect(speculating.scores.accuracy).toBeLessThan(50);
    const late = score('Three lots are affected.', ['--scenario', 'tests/fixtures/engine-lab.yaml', '--inject', 'call', '--at', '45m']);
    expect(late.scores.accuracy).toBe(100);
    expect(late.scores.timeliness).toBeLessThan(50);
  });

  it('an empty or huge statement is a clear error (exit 1); bad flags are usage errors (exit 2)', () => {
    expect(run(['score'], { stdin: () => '   ' }).code).toBe(1);
    const huge = run(['score'], { stdin: () => 'word '.repeat(10_000) });
    expect(huge.code).toBe(1);
    expect(huge.stderr).toMatch(/49999 characters; the longest scored is 20000/);
    expect(run(['score', '--cluster', 'mild'], { stdin: () => 'x' }).code).toBe(2);
    expect(run(['score', '--inject', 'call'], { stdin: () => 'x' }).code).toBe(2);
  });
});
