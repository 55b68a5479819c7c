import { describe, expect, it } from 'vitest';
import { bundledScenario } from './bundled.ts';
import { run } from '../../src/cli/run.ts';
import { simulate } from '../../src/engine/index.ts';
import { DIMENSIONS } from '../../src/format/index.ts';

const { file: FILE, loaded, scenario, play } = bundledScenario('solvenza-skin-reactions');

describe('the Solvenza adverse-reactions scenario', () => {
  it('lints clean, with no warnings', () => {
    expect(loaded.diagnostics).toEqual([]);
  });

  it('is a full exercise: 25+ injects on 6+ channels over 3 hours, 3+ endings, facts that change, a false and a true rumour, four regulators, sign-off', () => {
    expect(scenario.injects.length).toBeGreaterThanOrEqual(25);
    expect(new Set(scenario.injects.map((i) => i.channel)).size).toBeGreaterThanOrEqual(6);
    expect(scenario.lengthMs).toBe(3 * 3_600_000);
    expect(scenario.endings.length).toBeGreaterThanOrEqual(3);
    const changing = scenario.facts.filter((f) => new Set(f.truth.map((t) => String(t.value))).size >= 2).map((f) => f.id);
    expect(changing).toEqual(expect.arrayContaining(['cases', 'genetic-link', 'rep-message']));
    expect(scenario.rumours.map((r) => r.isTrue).sort()).toEqual([false, true]);
    expect(scenario.stakeholders.filter((s) => s.kind === 'regulators').length).toBe(4);
    expect(scenario.injects.filter((i) => i.regulator !== null).length).toBeGreaterThanOrEqual(4);
    expect([...(scenario.approvals.get('press-release') ?? [])].sort()).toEqual(['legal', 'medical']);
    expect(scenario.injects.some((i) => i.channel === 'news' && i.cancelIf !== null && i.reveals.length > 0)).toBe(true);
  });

  it('branches on choices and on silence: every inject fires and every ending is reached by simulated trainees', () => {
    const random = simulate(scenario, { runs: 150, policy: 'random', seed: 1, clock: () => 0 });
    expect(random.neverFired).toEqual([]);
    const reached = new Set(Object.keys(random.endings));
    for (const policy of ['silent', 'first', 'best'] as const) {
      for (const e of Object.keys(simulate(scenario, { runs: 3, policy, seed: 1, clock: () => 0 }).endings)) reached.add(e);
    }
    expect([...reached].sort()).toEqual(scenario.endings.map((e) => e.id).sort());
    const silent = Object.keys(simulate(scenario, { runs: 1, policy: 'silent', seed: 1, clock: () => 0 }).endings);
    const best = Object.keys(simulate(scenario, { runs: 1, policy: 'best', seed: 1, clock: () => 0 }).endings);
    expect(best).toEqual(['one-voice']);
    expect(silent).not.toEqual(best);
  });

  it('the strong plan beats the weak one on every dimension and ends with more trust from every stakeholder', () => {
    const strong = play('strong');
    const weak = play('weak');
    for (const d of DIMENSIONS) expect(strong.scores[d], d).toBeGreaterThan(weak.scores[d]);
    // Timeliness, consistency and empathy are the three the issue names; the gap must be wide.
    expect(strong.scores.timeliness - weak.scores.timeliness).toBeGreaterThanOrEqual(15);
    expect(strong.scores.consistency - weak.scores.consistency).toBeGreaterThanOrEqual(10);
    expect(strong.scores.empathy - weak.scores.empathy).toBeGreaterThanOrEqual(25);
    for (const sh of strong.stakeholders) {
      const other = weak.stakeholders.find((x) => x.id === sh.id);
      expect(sh.trust, sh.id).toBeGreaterThan(other?.trust ?? 1);
    }
    expect(strong.ending).toBe('one-voice');
    expect(weak.ending).not.toBe('one-voice');
  });

  it('calling the genuine WhatsApp message fabricated, in free text, turns the sales story into the ending when the newspaper proves it', () => {
    const weak = play('weak');
    expect(weak.statements.find((s) => s.inject === 'rep-whatsapp')?.claims).toMatchObject({ 'rep-message': false });
    expect(weak.ending).toBe('sales-scandal');
  });

  it('the false ban rumour, pre-empted and corrected in German, reaches a fraction of those it reaches when ignored', () => {
    const strong = play('strong').rumours.find((r) => r.id === 'eu-ban');
    const weak = play('weak').rumours.find((r) => r.id === 'eu-ban');
    expect(strong?.finalBelieving ?? 1).toBeLessThan(0.05);
    expect(weak?.finalBelieving ?? 0).toBeGreaterThan(0.5);
  });
});

describe('what each market expects of an apology (stakeholders\' expects)', () => {
  interface Scored {
    scores: { empathy: number | null };
    cues: { dimension: string; reason: string; tone?: string }[];
  }
  function score(text: string, audience: string): Scored {
    const out = run(['score', '--scenario', FILE, '--inject', 'de-press-call', '--at', '56m', '--audience', audience, '--json'], { stdin: () => text });
    expect(out.code, out.stderr).toBe(0);
    return JSON.parse(out.stdout) as Scored;
  }
  // Written the way each market's strong answer is written: a Japanese-style apology, and a German-style account of facts.
  // The pledge against a repeat says what will be different: a bare "we will do everything so that this never happens
  // again" is not prevention by the definition the analyser is calibrated on (docs/scoring.md).
  const APOLOGY =
    'I apologise from the bottom of my heart to the patients and their families for the suffering and the worry we have caused. We take full responsibility. We are contacting every hospital that prescribes Solvenza, and from today every patient who starts Solvenza will have their skin checked by a doctor in the first weeks, so that this never happens again. We ask for your forgiveness.';
  const FACTS =
    'One patient in Germany has had this reaction, 11 worldwide. The reaction is caused by an immune response of the skin, usually in the first weeks of treatment. We have sent a letter to every doctor who prescribes Solvenza and we are changing the product information so that doctors check for early signs.';

  it('a factual account scores best with German patients, worse where nothing is declared (US), worst with Japanese patients', () => {
    const [de, us, jp] = ['patients-de', 'patients-us', 'patients-jp'].map((a) => score(FACTS, a).scores.empathy ?? 0);
    expect(de).toBeGreaterThan(us ?? 100);
    expect(us).toBeGreaterThan(jp ?? 100);
  });

  it('a full apology from the head of the company meets what Japanese patients expect, with nothing left out', () => {
    const jp = score(APOLOGY, 'patients-jp');
    expect(jp.scores.empathy).toBe(100);
    expect(jp.cues.filter((c) => c.dimension === 'empathy' && c.tone === 'omitted')).toEqual([]);
  });

  it('says which audience expected what was left out', () => {
    const missing = score(FACTS, 'patients-jp').cues.filter((c) => c.dimension === 'empathy' && c.tone === 'omitted').map((c) => c.reason);
    expect(missing).toContain('does not ask for forgiveness (expected by patients-jp, to whom it is addressed)');
    expect(missing).toContain('expresses no concern for the people affected (expected by patients-jp, to whom it is addressed)');
  });

  it('an audience the scenario does not have is an error, not a silent fallback', () => {
    const out = run(['score', '--scenario', FILE, '--audience', 'patients-fr'], { stdin: () => FACTS });
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('no audience "patients-fr"');
  });
});
