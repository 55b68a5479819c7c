/**
 * Penalties read as frames over clauses (issue 9, items 1 and 2): a trainee's conditional apology,
 * blame of the people affected, self-pity or downplaying is found in wording no list anticipated,
 * and the same words with the frame broken (the harm affirmed, the agent the organisation, advice
 * instead of blame, no harm counted) cost nothing.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../src/analysis/index.ts';

const analyser = createAnalyser({ language: 'en', cluster: 'preventable', severity: 'high', clockStart: null, facts: [], keyMessages: [], victimTerms: [], avoidTerms: [], organisation: ['Harbourline'] });
const penalties = (text: string): string[] => analyser.annotate(text, { now: 0 }).penalties.map((p) => p.kind);
const elements = (text: string): string[] => analyser.annotate(text, { now: 0 }).empathy.map((e) => e.element);

describe('conditional apologies', () => {
  it.each([
    'We apologise to anyone who may have felt let down.',
    'Insofar as mistakes may have occurred, we regret them.',
    'Should anyone have been upset, we are sorry.',
    'If any tenant was inconvenienced, Harbourline apologises.',
    'If the Okafor family feel we have let them down in any way, then we are sorry for that.',
    'To the extent that any commuter has been distressed by this, we are sorry.',
  ])('finds one in "%s", and no concern in it', (text) => {
    expect(penalties(text)).toContain('conditional-apology');
    expect(elements(text)).not.toContain('concern');
  });

  it('leaves an apology for harm that is stated as fact alone', () => {
    for (const text of ['We are sorry that two children were hurt, and we will pay for their care.', 'We are sorry for the distress this has caused families.', 'We are sorry. If you bought a pouch this week, return it for a refund.']) {
      expect(penalties(text), text).not.toContain('conditional-apology');
    }
  });
});

describe('victim blaming', () => {
  it.each([
    'Customers who ignored the label put their children at risk.',
    'Had they followed the instructions, none of this would have happened.',
    'Tenants who rushed the stairwell caused the crush themselves.',
    'Most of the new cases are people who have not followed the boil-water advice.',
    'The pupils were given very clear instructions to stay on the path.',
    'Passengers need to understand that the doors close for a reason.',
    'A group of fans started pushing and climbing over the barriers.',
  ])('finds it in "%s"', (text) => {
    expect(penalties(text)).toContain('victim-blaming');
  });

  it('does not read advice, our own failings or what people feel as blame', () => {
    for (const text of [
      'Customers who have not yet changed their password should do so today.',
      'Our staff logged the failed tests and nobody acted on them.',
      'Some of you have told us you feel you failed the runners.',
      'Everyone with a Sunday ticket can claim a refund, whether or not they stay.',
      'Residents were told to stay indoors while the smoke cleared.',
      'We are sorry our workers had to learn about the machines from a video.',
    ]) {
      expect(penalties(text), text).not.toContain('victim-blaming');
    }
  });
});

describe('self-focus', () => {
  it.each([
    'This has been hard on us too.',
    'Spare a thought for our managers.',
    'We are the victims here.',
    'This recall has cost us two million pounds and our export orders are gone.',
    'It has been a brutal week for a small independent brewery.',
    'Our people are hurting, and our reputation has taken a real hit.',
    'Our drivers have been working round the clock, and some have been subjected to horrendous abuse online.',
    'Please remember we are people too.',
  ])('finds it in "%s"', (text) => {
    expect(penalties(text)).toContain('self-focus');
  });

  it('does not read harm to the organisation’s own people, or their work, as self-pity', () => {
    for (const text of ['Two of our workers were hurt in the blast.', 'Our staff are supporting families who are devastated.', 'We lost a six-year-old on a school trip, and that is on us.', 'This has been a terrible week for the families.']) {
      expect(penalties(text), text).not.toContain('self-focus');
    }
  });
});

describe('minimising', () => {
  it.each([
    'Only a few customers were hurt.',
    'Just three tenants are affected.',
    'Two students had mild hypothermia and are doing fine.',
    'The vast majority of our customers are completely unaffected.',
    'These things happen at festivals.',
    'Let us keep some perspective here.',
    'People got a bit squashed at the front.',
  ])('finds it in "%s"', (text) => {
    expect(penalties(text)).toContain('minimising');
  });

  it('does not read a count with no harm in it, or plain numbers of harm, as downplaying', () => {
    for (const text of ['Only two of our staff were able to reach the site.', 'Forty commuters were injured, six of them seriously.', 'There is nothing I can say that lessens what their parents are going through.', 'The fire service has had the fire under control since 06:40.']) {
      expect(penalties(text), text).not.toContain('minimising');
    }
  });
});
