/**
 * Claims that respect denial of others' claims, restricted negation and parts of a whole (issue 9):
 * a correction of a false rumour is a denial, "full card numbers were not taken" does not deny that
 * partial card data was, and "210,000 of the affected customers" is not the total.
 */
import { describe, expect, it } from 'vitest';
import { annotatorFor } from '../../src/analysis/index.ts';
import { claimVerdict, scoreStatement } from '../../src/engine/index.ts';
import { bundledScenario } from '../scenarios/bundled.ts';
import { annotateIn } from './helpers.ts';

const claims = (context: string, text: string): [string, unknown][] => annotateIn(context, text).claims.map((c) => [c.fact, c.value]);

describe('claims in scope', () => {
  it('reads "Posts say X. It is not true." as denying X, never as asserting it', () => {
    expect(claims('false-rumour', 'Posts say glass was found in our formula. It is not true.')).toEqual([['glass-found', false]]);
    expect(claims('false-rumour', 'Posts say glass was found in our formula.')).toEqual([]);
  });

  it('does not read a denial of the whole as a denial of the part', () => {
    expect(claims('data-breach', 'Full card numbers were not taken.')).toEqual([]);
    expect(claims('data-breach', 'Card numbers were not taken.')).toEqual([['payment-data-exposed', false]]);
  });

  it('reads "N of the affected customers" as a part, not the total', () => {
    expect(claims('data-breach', 'For 210,000 of the affected customers, card details were exposed.').filter(([f]) => f === 'records-exposed')).toEqual([]);
    expect(claims('data-breach', '210,000 customers are affected.')).toContainEqual(['records-exposed', 210000]);
  });
});

describe('yes/no facts under negation, denial and reported speech', () => {
  const breach = bundledScenario('press-data-breach').scenario;
  const analyser = annotatorFor(breach);
  const at = 20 * 60_000;
  const said = (text: string): [string, unknown][] =>
    analyser
      .annotate(text, { now: at })
      .claims.filter((c) => c.fact === 'ransom-paid' || c.fact === 'passwords-stolen')
      .map((c) => [c.fact, c.value]);
  const ransom = (value: boolean): [string, unknown][] => [['ransom-paid', value]];

  it('reads a negated yes/no fact as a denial, however the negation is worded', () => {
    for (const text of [
      'The ransom was not paid.',
      'We did not pay the ransom.',
      'No ransom was paid.',
      'We never paid the ransom.',
      'We refused to pay the ransom.',
      'The attackers demanded a ransom, but we refused to pay.',
      'The attackers demanded a ransom. We did not pay it.',
    ])
      expect(said(text), text).toEqual(ransom(false));
    expect(said('We paid the ransom.')).toEqual(ransom(true));
    expect(said('The attackers demanded a ransom. We paid it.')).toEqual(ransom(true));
    expect(said('Passwords were not stolen.')).toEqual([['passwords-stolen', false]]);
  });

  it('reads a denial of what others say as the speaker denying it, and what others say alone as no claim', () => {
    for (const text of [
      'Reports that we paid the ransom are false.',
      'The attackers demanded a ransom. Reports that we paid are false.',
      'Claims that we paid the ransom are untrue.',
      "Posts say we paid the ransom. It isn't true.",
      'Posts say we paid the ransom. We did not.',
      'Posts say we paid the ransom. That never happened.',
    ])
      expect(said(text), text).toEqual(ransom(false));
    expect(said('The claim that passwords were stolen is false.')).toEqual([['passwords-stolen', false]]);
    for (const text of ['Posts say we paid the ransom.', 'It has been reported that we paid the ransom.', 'Some journalists say we paid the ransom.']) expect(said(text), text).toEqual([]);
  });

  it('does not read a payment for something else after the ransom as paying it', () => {
    expect(said('The attackers demanded a ransom. We paid for credit monitoring for every user.')).toEqual([]);
  });

  it('tells "we have recalled the product" from "we have not recalled the product"', () => {
    expect(claims('food-recall', 'We have recalled the product.')).toContainEqual(['recall', true]);
    expect(claims('food-recall', 'We have not recalled the product.')).toContainEqual(['recall', false]);
    expect(claims('food-recall', 'Reports that we have recalled the product are false.')).toContainEqual(['recall', false]);
  });

  it('scores a statement of true facts, denials included, above the same statement with one wrong figure', () => {
    const accuracy = (text: string): number | null => {
      const annotation = analyser.annotate(text, { now: at });
      return scoreStatement(annotation, {
        cluster: breach.cluster,
        severity: breach.severity,
        compensationAllowed: true,
        channel: 'press-release',
        first: false,
        expects: null,
        verdict: (claim) => claimVerdict(breach, claim, at),
        contradictions: null,
        previousPosture: null,
        confidential: new Set(),
        text,
      }).accuracy.score;
    };
    const denials = 'The attackers demanded a ransom. We did not pay it. Posts say passwords were stolen. That is not true.';
    const truthful = `The attackers read 2.1 million accounts. ${denials}`;
    const wrong = `The attackers read 900,000 accounts. ${denials}`;
    expect(accuracy(truthful)).toBe(100);
    expect(accuracy(truthful) ?? 0).toBeGreaterThan(accuracy(wrong) ?? 100);
  });
});
