/**
 * Analyser en-9: penalties said in wording the earlier frames missed (harm put in proportion, harm
 * told as unverified reports, blame put back on the people harmed, faults that "occurred" with no
 * one behind them). Written for this test, not taken from the calibration set; read by the frames
 * alone, so the learned judge cannot supply what a frame misses.
 */
import { describe, expect, it } from 'vitest';
import { readByFrames } from './helpers.ts';

const read = readByFrames('Brookfield Foods');
const penalties = (text: string): string[] => read(text).penalties;

describe('minimising: the harm put in proportion', () => {
  it.each([
    ['an idiom', 'Honestly, this is a storm in a teacup.'],
    ['the odds', 'It was a freak, one-in-a-million accident.'],
    ['calm down', 'Everyone needs to calm down about a few sandwiches.'],
    ['"only bruises"', 'Six children were hurt, most of them only bruises.'],
    ['a limited subset', 'A limited subset of customer records may have been viewed.'],
    ['"not ideal"', 'Obviously it was not ideal, but the system did its job.'],
  ])('%s', (_name, text) => {
    expect(penalties(text)).toContain('minimising');
  });

  it.each([
    ['a count of families reached', 'We have visited 300 out of 400 families so far.'],
    ['a denial that it is minor', 'This is not a minor incident and we will not treat it as one.'],
  ])('not %s', (_name, text) => {
    expect(penalties(text)).not.toContain('minimising');
  });
});

describe('hedged harm: confirmed harm told as reports and possibilities', () => {
  it.each([
    ['reports still being verified', 'Reports of casualties at the depot are being verified with the police.'],
    ['"reportedly injured"', 'The workers reportedly injured are receiving treatment.'],
    ['"allegedly ingested"', 'We know of two cases in which toddlers allegedly swallowed the pieces.'],
    ['"may have sustained"', 'Some passengers may have sustained injuries.'],
    ['an apology on a condition', 'If our salad has made anyone ill, we apologise.'],
    ['a link denied', 'There is no confirmed link between our salads and the illnesses.'],
  ])('%s', (_name, text) => {
    expect(penalties(text)).toContain('hedged-harm');
  });

  it('not harm named plainly', () => {
    expect(penalties('Four customers were taken to hospital with food poisoning from our salads.')).not.toContain('hedged-harm');
  });
});

describe('victim blaming: the weight put back on the people harmed', () => {
  it.each([
    ['"need to take responsibility"', 'Parents need to take some responsibility here.'],
    ['"more responsible"', 'Customers need to be a little more responsible with their codes.'],
    ['their counterfactual', 'If residents had boiled their water as advised, they wouldn’t have got sick.'],
    ['"ought to have known"', 'Anyone in those groups ought to have known that.'],
    ['"nobody forced them"', 'Those lads knew the risk when they signed up, nobody forced them.'],
    ['"not on us"', 'If you typed your PIN into a text message, that’s really not on us.'],
  ])('%s', (_name, text) => {
    expect(penalties(text)).toContain('victim-blaming');
  });

  it('not an instruction to check for the recalled product', () => {
    expect(penalties('Parents need to check their cupboards for the affected batches.')).not.toContain('victim-blaming');
  });
});

describe('agentless passive: faults with no one behind them', () => {
  it.each([
    ['irregularities identified', 'Certain irregularities were identified in some procurement processes.'],
    ['a thing left accessible', 'After a configuration change, a storage bucket was left publicly accessible.'],
    ['a decision taken', 'The zone was classed as low risk and a decision was taken to keep the line running.'],
    ['schedules not adhered to', 'It has been noted that certain maintenance schedules were not adhered to.'],
  ])('%s', (_name, text) => {
    expect(penalties(text)).toContain('agentless-passive');
  });

  it.each([
    ['the organisation as agent', 'We left the bucket open and that was our fault.'],
    ['a decision it owns', 'We made the decision to keep the line running, and it was wrong.'],
  ])('not with %s', (_name, text) => {
    expect(penalties(text)).not.toContain('agentless-passive');
  });
});
