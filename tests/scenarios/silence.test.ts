/**
 * Saying nothing is never rewarded: in every bundled scenario a trainee who publishes nothing ends
 * in another ending than the strongest play found, so the debrief never calls a silent session a
 * success (the drug-side-effects briefing and the recall's "bruised but trusted" once did, because
 * their endings asked only that trust had not fallen).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACILITATOR, Session, simulate } from '../../src/engine/index.ts';
import { bundledScenario } from './bundled.ts';

const IDS = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));

describe.each(IDS)('%s', (id) => {
  it('a silent trainee does not reach the ending the best play reaches', () => {
    const { scenario } = bundledScenario(id);
    const ending = (policy: 'silent' | 'best'): string[] => Object.keys(simulate(scenario, { runs: 1, policy, seed: 1, clock: () => 0 }).endings);
    const best = ending('best');
    expect(best).toHaveLength(1);
    expect(ending('silent')).not.toEqual(best);
  });
});

describe('global-foods-recall ended early', () => {
  it('is not "bruised but trusted" when the facilitator ends it before anything was published', () => {
    const { scenario } = bundledScenario('global-foods-recall');
    const session = Session.create({ scenario });
    for (const command of [{ type: 'session.start' }, { type: 'clock.advance', by: 5 * 60_000 }, { type: 'session.end' }] as const) {
      expect(session.send(command, FACILITATOR).ok).toBe(true);
    }
    expect(session.state.statements).toEqual([]);
    expect(session.state.ending?.id).toBe('brand-crisis');
  });
});
