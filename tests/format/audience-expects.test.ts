import { describe, expect, it } from 'vitest';
import { exampleText } from '../../src/format/diagnostics/catalogue.ts';
import { loadScenario } from '../../src/format/index.ts';
import { lintEn } from '../helpers.ts';

const withStakeholder = (expects: string, crisis = 'crisis: { cluster: accidental, severity: medium }'): string =>
  exampleText({ patch: `${crisis}\nstakeholders:\n  - id: customers\n    name: Customers\n    kind: customers\n    expects: ${expects}` });

const sc406 = (text: string) =>
  loadScenario(text, 'audience.yaml')
    .diagnostics.filter((d) => d.code === 'SC406')
    .map((d) => ({ message: lintEn(d), severity: d.severity }));

describe("an audience's expects (SC406)", () => {
  it('is clean when it lists elements, or sets implicit responsibility where responsibility is expected', () => {
    expect(sc406(withStakeholder('{ empathy: [concern, forgiveness] }'))).toEqual([]);
    expect(sc406(withStakeholder('{ empathy: [concern, responsibility], responsibility: implicit }'))).toEqual([]);
    expect(sc406(withStakeholder('{ responsibility: implicit }', 'crisis: { cluster: preventable, severity: high }'))).toEqual([]);
  });

  it('warns when it declares nothing', () => {
    expect(sc406(withStakeholder('{}'))).toEqual([
      { severity: 'warning', message: '"customers" declares no expectation: give empathy (the elements it expects), responsibility (how it expects fault to be admitted), or both' },
    ]);
  });

  it('warns when it expects compensation in a crisis that offers none', () => {
    expect(sc406(withStakeholder('{ empathy: [concern, compensation] }', 'crisis: { cluster: preventable, severity: high, compensation: false }'))).toEqual([
      { severity: 'warning', message: '"customers" expects compensation, but this crisis does not offer it (crisis.compensation: false), so it is never expected' },
    ]);
  });

  it('warns when implicit responsibility can have no effect, saying why', () => {
    expect(sc406(withStakeholder('{ empathy: [concern], responsibility: implicit }')).map((d) => d.message)).toEqual([
      'responsibility: implicit has no effect on "customers": responsibility is not expected of statements addressed to it (it is not in its empathy list)',
    ]);
    expect(sc406(withStakeholder('{ responsibility: implicit }')).map((d) => d.message)).toEqual([
      'responsibility: implicit has no effect on "customers": responsibility is not expected of statements addressed to it (an accidental crisis does not call for it)',
    ]);
  });

  it('rejects an element that is not an empathy element, and an unknown style', () => {
    const bad = loadScenario(withStakeholder('{ empathy: [sympathy], responsibility: sideways }'), 'audience.yaml');
    expect(bad.scenario).toBeNull();
    expect(bad.diagnostics.map((d) => d.code)).toEqual(['SC104', 'SC104']);
  });
});
