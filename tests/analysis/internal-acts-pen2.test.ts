/**
 * What the team's own talk decides (issue 9, item 4): a proposal argues and a state says where the
 * team stands; neither is a decision. Sentences written for this test, each beside a near miss
 * that is a decision.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../src/analysis/index.ts';

const analyser = createAnalyser({ language: 'en', cluster: 'preventable', severity: 'high', clockStart: null, facts: [], keyMessages: [], victimTerms: [], avoidTerms: [], organisation: ['Kestrel'] });
const acts = (text: string): string[] => analyser.annotate(text, { now: 0 }).internal.map((a) => a.act);

describe('internal acts: a proposal or a state is not a decision', () => {
  it.each([
    ['a proposal', 'I propose that we publish the figures at noon.', 'Agreed: we publish the figures at noon.'],
    ['a suggestion', 'Suggest we name the supplier in the second release.', 'We name the supplier in the second release.'],
    ['a recommendation', 'My recommendation is that we brief the union first.', "Decision: we brief the union first."],
    ['a negated state', "We don't know it's linked to the outage.", 'We go with the outage wording.'],
  ])('%s', (_name, notDecided, decided) => {
    expect(acts(notDecided)).not.toContain('decision');
    expect(acts(decided)).toContain('decision');
  });

  it('still reads a proposal to stay silent as silence', () => {
    expect(acts('Suggest we stay off social media until the regulator has spoken.')).toContain('silence');
  });
});
