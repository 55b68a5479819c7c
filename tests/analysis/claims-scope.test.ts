/**
 * Claims that respect denial of others' claims, restricted negation and parts of a whole (issue 9):
 * a correction of a false rumour is a denial, "full card numbers were not taken" does not deny that
 * partial card data was, and "210,000 of the affected customers" is not the total.
 */
import { describe, expect, it } from 'vitest';
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
