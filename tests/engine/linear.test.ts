import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scaleScenario } from '../../bench/scale.ts';
import { annotatorFor } from '../../src/analysis/index.ts';
import { DirectDriver, FACILITATOR, playPolicy, POLICIES, Session, sessionDriver, SimWriter, SYSTEM } from '../../src/engine/index.ts';
import { scoreSession } from '../../src/engine/scoring/session-scores.ts';
import { playbookResolver } from '../../src/cli/load.ts';
import { loadScenario } from '../../src/format/index.ts';
import { fixture, Harness, markupAnnotator } from '../helpers.ts';

const recall = fixture('scenarios/global-foods-recall.yaml');

describe('sim drives the reducer directly, with the same results as through a Session', () => {
  for (const policy of POLICIES) {
    it(`${policy}: the same final state, byte for byte, for several seeds`, () => {
      for (const seed of [1, 7, 42]) {
        // The writer reads its own text with the host's analyser; the other policies need none.
        const writer = policy === 'writer' ? new SimWriter(recall, annotatorFor(recall)) : null;
        const direct = new DirectDriver(recall, seed);
        playPolicy(recall, policy, seed, direct, writer);
        const viaSession = sessionDriver(recall, seed);
        playPolicy(recall, policy, seed, viaSession, writer);
        expect(JSON.stringify(direct.state)).toBe(JSON.stringify(viaSession.state));
        expect(direct.ended).toBe(true);
      }
    });
  }

  it('numbers-only scoring gives the same scores as scoring with cues, and builds no cues', () => {
    for (const seed of [3, 9]) {
      const d = new DirectDriver(recall, seed);
      playPolicy(recall, 'random', seed, d);
      const full = scoreSession(recall, d.state);
      const numbers = scoreSession(recall, d.state, { cues: false });
      expect({ overall: numbers.overall, dimensions: numbers.dimensions, unjudged: numbers.unjudged }).toEqual({ overall: full.overall, dimensions: full.dimensions, unjudged: full.unjudged });
      expect(numbers.statements.map((s) => s.scores.empathy.score)).toEqual(full.statements.map((s) => s.scores.empathy.score));
      expect(numbers.statements.every((s) => s.scores.empathy.cues.length === 0 && s.scores.transparency.cues.length === 0)).toBe(true);
    }
  });
});

describe('one working state per session: commands do not copy what they do not change', () => {
  it('the injects, firings and log are the session\'s own, changed in place; each command gives a new top-level state', () => {
    const h = Harness.start('engine-lab', { annotator: markupAnnotator });
    const { injects, firings, log } = h.state;
    const before = h.state;
    h.to('30m').answer('call', 'hold');
    expect(h.state).not.toBe(before);
    expect(h.state.injects).toBe(injects);
    expect(h.state.firings).toBe(firings);
    expect(h.state.log).toBe(log);
  });

  it('a save is a snapshot: the session playing on does not change it', () => {
    const h = Harness.start('engine-lab', { annotator: markupAnnotator }).to('11m');
    const saved = h.session.save();
    const text = JSON.stringify(saved);
    h.answer('call', 'deny').to('2h');
    h.session.send({ type: 'note.add', text: 'later' }, FACILITATOR);
    expect(JSON.stringify(saved)).toBe(text);
  });

  it('a restored session plays on exactly as the original (conditions tracked from scratch)', () => {
    const a = sessionDriver(recall, 5);
    a.send({ type: 'session.start' }, SYSTEM);
    a.send({ type: 'clock.advanceTo', to: 45 * 60_000 }, SYSTEM);
    const b = Session.load(recall, JSON.parse(JSON.stringify(a.session.save())));
    for (const s of [a.session, b]) s.send({ type: 'clock.advanceTo', to: 3 * 3_600_000 }, SYSTEM);
    expect(JSON.stringify(b.state)).toBe(JSON.stringify(a.session.state));
  });
});

describe('the scaled scenarios the benchmark uses', () => {
  it('×k has k times the injects, lints clean and plays to the end', () => {
    const text = readFileSync('scenarios/global-foods-recall.yaml', 'utf8');
    const one = loadScenario(scaleScenario(text, 1), 'x1', { playbook: playbookResolver('scenarios/global-foods-recall.yaml') });
    const four = loadScenario(scaleScenario(text, 4), 'x4', { playbook: playbookResolver('scenarios/global-foods-recall.yaml') });
    expect(four.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(four.scenario?.injects.length).toBe(4 * (one.scenario?.injects.length ?? 0));
    const scenario = four.scenario!;
    const d = new DirectDriver(scenario, 1);
    playPolicy(scenario, 'random', 1, d);
    expect(d.state.ending?.at).toBe(scenario.lengthMs);
  });
});
