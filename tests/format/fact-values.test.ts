import { describe, expect, it } from 'vitest';
import { exampleText } from '../../src/format/diagnostics/catalogue.ts';
import { loadScenario } from '../../src/format/load-scenario.ts';
import { lintEn } from '../helpers.ts';

const withFact = (fact: string): string =>
  exampleText({
    patch: `facts:\n  - id: batches\n    label: Affected batches\n    kind: number\n    cues: [batch, batches]\n    truth: [{ from: 0m, value: unknown }, { from: 30m, value: 3 }]\n    discloseBy: 1h\n${fact}`,
  });

const MEMO = `  - id: memo
    label: The leaked memo is genuine
    kind: boolean
    cues: [memo]
    truth: [{ from: 0m, value: true }]
`;

describe('predicate words on yes/no facts', () => {
  it('are accepted under "true" and "false", which is how the analyser reads them', () => {
    const loaded = loadScenario(withFact(`${MEMO}    values: { "true": [genuine, authentic], "false": [fake, fabricated] }\n`), 'memo.yaml');
    expect(loaded.diagnostics.filter((d) => d.code === 'SC306')).toEqual([]);
  });

  it('under any other key are reported, since the analyser would ignore them', () => {
    const loaded = loadScenario(withFact(`${MEMO}    values: { "true": [genuine], fake: [fake, fabricated] }\n`), 'memo.yaml');
    const hits = loaded.diagnostics.filter((d) => d.code === 'SC306');
    expect(hits.map((d) => lintEn(d))).toEqual(['a yes/no fact lists its predicate words under "true" and "false", not "fake"']);
    expect(hits[0]?.severity).toBe('warning');
  });

  it('are still reported on number and date facts, which have no use for them', () => {
    const loaded = loadScenario(
      withFact(`  - id: when\n    label: When\n    kind: date\n    cues: [since]\n    values: { early: [early] }\n    truth: [{ from: 0m, value: "2026-05-11" }]\n`),
      'date.yaml',
    );
    expect(loaded.diagnostics.map((d) => lintEn(d))).toContain('values only apply to text and yes/no facts');
  });

});
