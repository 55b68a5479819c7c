/**
 * Threats told without "sue", and honest sentences the penalty phrases must not catch (issue 9,
 * item 1). Every sentence was written for this test, not taken from the calibration set, and each
 * stands beside a near miss with the frame broken (a refund instead of a sanction, a supplier
 * instead of the media, a right instead of an obligation, ours instead of theirs, a passive) that
 * must cost nothing.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../src/analysis/index.ts';

const analyser = createAnalyser({ language: 'en', cluster: 'preventable', severity: 'high', clockStart: null, facts: [], keyMessages: [], victimTerms: [], avoidTerms: [], organisation: ['Kestrel'] });
const penalties = (text: string): string[] => analyser.annotate(text, { now: 0 }).penalties.map((p) => p.kind);

describe('threat: consequences for people who speak, without a legal verb', () => {
  it.each([
    ['a dare', "Say that again and you'll be hearing from our lawyers.", 'Call us and you will get a full refund.'],
    ['a dare to post', 'Post one more lie about our nurses and you will face legal action.', 'Post your receipt to us and you will get your money back.'],
    ['a binding enforced against former staff', 'A few former engineers are talking to bloggers. Their NDAs remain binding, and we will enforce them.', 'A few former engineers are talking to bloggers. We have released them from their NDAs so they can speak freely.'],
    ['a reminder of obligations', 'We would remind former employees of their obligations under the agreements they signed.', 'We remind customers of their right to cancel under the contract.'],
    ['legal action against the media', 'Kestrel is filing a defamation suit against the newspaper.', 'Kestrel is filing a lawsuit against the supplier that sold us the valves.'],
    ['not hesitating', 'Some people are spreading lies online. We will not hesitate to take action.', 'We will not hesitate to recall further batches if the tests show a problem.'],
    ["critics' words kept on file", 'We are keeping a record of every post about our drivers.', 'We keep a record of every call to the helpline.'],
  ])('%s', (_name, threat, nearMiss) => {
    expect(penalties(threat)).toContain('threat');
    expect(penalties(nearMiss)).not.toContain('threat');
  });

  it('leaves a suit against the organisation and a refused enforcement alone', () => {
    expect(penalties('The family is filing a lawsuit against the paper and against us.')).not.toContain('threat');
    expect(penalties('Former staff have written to us. We will not enforce the non-disclosure agreements.')).not.toContain('threat');
    expect(penalties('Our contracts with suppliers are binding and we will enforce them.')).not.toContain('threat');
  });
});

describe('victim blaming: acting against the advice is theirs only in the active', () => {
  it('reads the people affected acting against the instructions, not people sent there by someone else', () => {
    expect(penalties('Several passengers walked onto the track against the instructions of the staff.')).toContain('victim-blaming');
    expect(penalties('Several passengers were sent onto the track against the instructions of the staff.')).not.toContain('victim-blaming');
    expect(penalties('We carried on against the advice of the inspector.')).not.toContain('victim-blaming');
  });
});

describe('honest sentences that the minimising and conditional-apology phrases must not catch', () => {
  it.each([
    ['a triage beside grave harm', 'Three people were seriously hurt; a further 40 had minor injuries.', 'Only 40 people had minor injuries.'],
    ['a rare risk weighed with "but"', 'Side effects are rare but can be serious; if you notice a rash, stop taking it.', 'Such incidents are rare.'],
    ['a downgrading adjective denied', 'This is not a minor incident: two people died.', 'It was a minor incident.'],
    ['a negated set phrase', 'This was not an isolated incident.', 'This was an isolated incident.'],
  ])('%s', (_name, honest, minimising) => {
    expect(penalties(honest)).not.toContain('minimising');
    expect(penalties(minimising)).toContain('minimising');
  });

  it('reads "mild" as minimising when the grave harm beside it is denied', () => {
    expect(penalties('No one was seriously hurt, just minor bruises.')).toContain('minimising');
  });

  it.each([
    ['the harm itself, not a feeling', 'We are sorry to anyone who was hurt.', 'We are sorry to anyone who was offended.'],
    ['the people injured', 'Sorry to those who were injured on the ride.', 'We apologise to anyone who took offence.'],
  ])('an apology to %s is not conditional', (_name, honest, conditional) => {
    expect(penalties(honest)).not.toContain('conditional-apology');
    expect(penalties(conditional)).toContain('conditional-apology');
  });
});

describe('an agentless passive whose agent the same sentence names', () => {
  it.each([
    ['a reason with "we"', 'The tank was not inspected in March because we cancelled the contract.', 'The tank was not inspected in March because the contractor went bust.'],
    ['an occasion with "I"', 'The site was left unattended after I sent the guard home early.', 'The site was left unattended for two hours.'],
  ])('hides nobody: %s', (_name, named, hidden) => {
    expect(penalties(named)).not.toContain('agentless-passive');
    expect(penalties(hidden)).toContain('agentless-passive');
  });

  it('still hides the agent when "we" only says what comes next', () => {
    expect(penalties('The doors were not checked, so we are reviewing every site.')).toContain('agentless-passive');
  });
});
