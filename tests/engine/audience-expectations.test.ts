import { describe, expect, it } from 'vitest';
import { CLUSTER_EXPECTS_RESPONSIBILITY } from '../../src/format/checks/audiences.ts';
import { EXPECTED_EMPATHY } from '../../src/engine/scoring/weights.ts';
import {
  addressedAudiences,
  audienceExpectation,
  emptyAnnotation,
  playPlan,
  scoreStatement,
  type Annotation,
  type AudienceExpectation,
  type Cue,
  type PlayResult,
  type StatementContext,
} from '../../src/engine/index.ts';
import { CLUSTERS, loadScenario, Plan, type CompiledScenario, type EmpathyElement } from '../../src/format/index.ts';
import { markupAnnotator } from '../helpers.ts';

const MARKETS = `formatVersion: 1
id: markets
title: Two markets
summary: The same recall in two markets that read apologies differently.
organisation: { name: Example Pharma, sector: pharma }
crisis: { cluster: accidental, severity: high }
clock: { start: "2026-05-12T09:00:00+02:00", length: 2h }
roles: { seats: [spokesperson], solo: spokesperson }
personas:
  - { id: reporter, name: Kei Sato, kind: journalist }
stakeholders:
  - id: patients-jp
    name: Patients in Japan
    kind: customers
    expects: { empathy: [concern, forgiveness, prevention] }
  - id: patients-us
    name: Patients in the US
    kind: customers
  - id: distributor
    name: Distributor
    kind: partners
    expects: { empathy: [concern, responsibility], responsibility: implicit }
injects:
  - id: tv
    at: 10m
    channel: tv
    from: reporter
    text: "Will you apologise to Japanese patients?"
    deadline: 20m
    expects: { audiences: [patients-jp] }
    freeText: true
  - id: letter
    at: 10m
    channel: email
    from: reporter
    text: "What happened to our stock?"
    deadline: 20m
    expects: { audiences: [distributor], empathy: [corrective-action] }
    freeText: true
endings:
  - { id: done, title: Done, otherwise: true }
`;

function markets(): CompiledScenario {
  const loaded = loadScenario(MARKETS, 'markets.yaml');
  if (!loaded.scenario) throw new Error(JSON.stringify(loaded.diagnostics));
  expect(loaded.diagnostics).toEqual([]);
  return loaded.scenario;
}

function annotation(elements: readonly (readonly [EmpathyElement, number])[]): Annotation {
  return { ...emptyAnnotation('analyser'), words: 20, empathy: elements.map(([element, strength]) => ({ element, quote: `<${element}>`, strength })) };
}

function context(audience: AudienceExpectation | null, expectsEmpathy: readonly EmpathyElement[] = []): StatementContext {
  return {
    cluster: 'accidental',
    severity: 'high',
    compensationAllowed: true,
    channel: 'press-release',
    first: false,
    expects: { facts: [], empathy: expectsEmpathy },
    verdict: null,
    contradictions: null,
    previousPosture: null,
    confidential: new Set(),
    audience,
  };
}

const empathyCues = (cues: readonly Cue[]) => cues.filter((c) => c.dimension === 'empathy');
const codes = (cues: readonly Cue[]) => empathyCues(cues).map((c) => c.code);

describe('an audience that declares what it expects', () => {
  const japan: AudienceExpectation = { audiences: ['patients-jp'], empathy: ['concern', 'forgiveness', 'prevention'], responsibility: 'explicit' };

  it('judges a statement addressed to it by its own list, not by the crisis cluster', () => {
    const sorry = annotation([['concern', 1], ['forgiveness', 1], ['prevention', 1]]);
    expect(scoreStatement(sorry, context(japan)).empathy.score).toBe(100);
    // The same words judged by an accidental crisis's list miss harm, corrective action and explanation.
    expect(scoreStatement(sorry, context(null)).empathy.score).toBeLessThan(60);
  });

  it('names what the audience expected and the statement left out, with the audience', () => {
    const facts = annotation([['corrective-action', 1], ['explanation', 1]]);
    const scored = scoreStatement(facts, context(japan)).empathy;
    const missing = empathyCues(scored.cues).filter((c) => c.tone === 'omitted');
    expect(missing.map((c) => c.code)).toEqual(['cue.empathy.missing-for-audience', 'cue.empathy.missing-for-audience', 'cue.empathy.missing-for-audience']);
    expect(missing.map((c) => (c.code === 'cue.empathy.missing-for-audience' ? [c.params.element, c.params.audiences] : null))).toEqual([
      ['concern', ['patients-jp']],
      ['prevention', ['patients-jp']],
      ['forgiveness', ['patients-jp']],
    ]);
    expect(missing.every((c) => c.anchor === 'apologyCulture')).toBe(true);
  });

  it('gives way to what the moment itself asks for (the inject\'s expects.empathy)', () => {
    const act = annotation([['corrective-action', 1]]);
    const scored = scoreStatement(act, context(japan, ['corrective-action'])).empathy;
    expect(scored.score).toBe(100);
    expect(codes(scored.cues)).not.toContain('cue.empathy.missing-for-audience');
  });

  it('expecting responsibility implicitly: the implicit form counts in full, a direct admission half, with a cue saying why', () => {
    const implicit: AudienceExpectation = { audiences: ['distributor'], empathy: ['responsibility', 'concern'], responsibility: 'implicit' };
    const explicitStyle: AudienceExpectation = { ...implicit, responsibility: 'explicit' };
    const direct = annotation([['responsibility', 1], ['concern', 1]]);
    const indirect = annotation([['responsibility', 0.5], ['concern', 1]]);
    expect(scoreStatement(indirect, context(implicit)).empathy.score).toBe(100);
    const admitted = scoreStatement(direct, context(implicit)).empathy;
    expect(admitted.score).toBeLessThan(100);
    expect(admitted.score).toBe(scoreStatement(indirect, context(explicitStyle)).empathy.score);
    const cue = empathyCues(admitted.cues).find((c) => c.code === 'cue.empathy.explicit-fault');
    expect(cue?.tone).toBe('negative');
    expect(cue?.quote).toBe('<responsibility>');
    expect(cue?.code === 'cue.empathy.explicit-fault' && cue.params.audiences).toEqual(['distributor']);
  });
});

describe('who a statement is addressed to', () => {
  it('the audiences it names, when they are fewer than its channel reaches; otherwise those its inject is about', () => {
    const s = markets();
    const tv = s.injectIndex.get('tv');
    expect(addressedAudiences(s, 'press-release', ['patients-jp'], undefined)).toEqual(['patients-jp']);
    const everyone = s.stakeholders.filter((sh) => sh.reachedBy.has('press-release')).map((sh) => sh.id);
    expect(addressedAudiences(s, 'press-release', everyone, undefined)).toEqual([]);
    expect(addressedAudiences(s, 'tv', everyone, tv)).toEqual(['patients-jp']);
  });

  it('several addressed audiences expect all their elements; implicit applies only if all of them ask for it', () => {
    const s = markets();
    const both = audienceExpectation(s, ['patients-jp', 'distributor', 'patients-us']);
    expect(both?.audiences).toEqual(['patients-jp', 'distributor']);
    expect([...(both?.empathy ?? [])].sort()).toEqual(['concern', 'forgiveness', 'prevention', 'responsibility']);
    expect(both?.responsibility).toBe('explicit');
    expect(audienceExpectation(s, ['distributor'])?.responsibility).toBe('implicit');
    expect(audienceExpectation(s, ['patients-us'])).toBeNull();
  });
});

describe('in a played session', () => {
  function play(steps: unknown[]): PlayResult {
    return playPlan(markets(), Plan.parse({ seed: 1, steps }), { annotator: markupAnnotator }).result;
  }
  const APOLOGY = 'We are sorry [empathy:concern] and ask your forgiveness [empathy:forgiveness]; it will not happen again [empathy:prevention].';

  it('the same apology scores by the Japanese list when addressed to Japanese patients, and by the cluster when broadcast', () => {
    const r = play([
      { at: '12m', publish: { channel: 'press-release', text: APOLOGY, audience: 'patients-jp' } },
      { at: '13m', publish: { channel: 'press-release', text: APOLOGY } },
      { at: '14m', respond: { inject: 'tv', text: APOLOGY } },
    ]);
    const [toJapan, broadcast, answer] = r.statements;
    expect(toJapan?.scores.empathy).toBe(100);
    expect(answer?.scores.empathy).toBe(100);
    expect(broadcast?.scores.empathy ?? 100).toBeLessThan(60);
    expect(codes(broadcast?.cues ?? [])).toContain('cue.empathy.missing');
    expect(codes(broadcast?.cues ?? [])).not.toContain('cue.empathy.missing-for-audience');
  });

  it('an inject that names its own expects.empathy is judged by it even when addressed to an audience with expectations', () => {
    const r = play([{ at: '12m', respond: { inject: 'letter', text: 'We have replaced your stock [empathy:corrective-action].' } }]);
    expect(r.statements[0]?.scores.empathy).toBe(100);
  });
});

it('the format layer agrees with the scorer on which clusters call for responsibility (SC406 relies on it)', () => {
  for (const cluster of CLUSTERS) expect(CLUSTER_EXPECTS_RESPONSIBILITY[cluster], cluster).toBe(EXPECTED_EMPATHY[cluster].includes('responsibility'));
});
