/**
 * Empathy elements as frames (en-6): wordings invented for these tests, one per class the frames
 * read, each beside a near miss that must not count. None is taken from the calibration sets.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../src/analysis/index.ts';

const analyser = createAnalyser({ language: 'en', cluster: 'preventable', severity: 'high', clockStart: null, facts: [], keyMessages: [], victimTerms: [], avoidTerms: [], organisation: ['Northwind Ferries'] });
const elements = (text: string): string[] => analyser.annotate(text, { now: 0 }).empathy.map((e) => e.element);
const quoteOf = (text: string, element: string): string | undefined => analyser.annotate(text, { now: 0 }).empathy.find((e) => e.element === element)?.quote;

describe('compensation as a frame', () => {
  it('reads the organisation paying for what people lost, in any wording', () => {
    expect(elements('We will pay for the repairs to every damaged caravan.')).toContain('compensation');
    expect(elements('Northwind Ferries is covering hotel costs for all stranded travellers.')).toContain('compensation');
    expect(elements('Every affected tenant will receive £400 within a week.')).toContain('compensation');
    expect(elements('Families will get a one-off hardship payment.')).toContain('compensation');
    expect(elements('The blood test is free, and so is the follow-up appointment.')).toContain('compensation');
    expect(elements('Your taxi home is paid for by us.')).toContain('compensation');
    expect(elements('No passenger will pay a penny for the replacement coaches.')).toContain('compensation');
    expect(elements('Waive the cancellation fee for anyone who asks.')).toContain('compensation');
  });

  it('does not read a ransom, a tribute, advice or a refusal as compensation', () => {
    expect(elements('We will not pay the ransom.')).not.toContain('compensation');
    expect(elements('We paid tribute to the crew at this morning’s service.')).not.toContain('compensation');
    expect(elements('Feel free to call us at any time.')).not.toContain('compensation');
    expect(elements('The water is free of any contamination.')).not.toContain('compensation');
    expect(elements('We will cover the site with tarpaulins tonight.')).not.toContain('compensation');
    expect(elements('If the court decides so, we may pay costs.')).not.toContain('compensation');
  });

  it('quotes the sentence it read, word for word', () => {
    const text = 'The ferry was cancelled. Every affected tenant will receive £400 within a week.';
    expect(quoteOf(text, 'compensation')).toBe('Every affected tenant will receive £400 within a week.');
  });
});

describe('corrective action beyond a verb list', () => {
  it('reads steps listed under a heading or told as a note', () => {
    expect(elements('Immediate measures: ferry withdrawn from service, ramp inspected, crew rested.')).toContain('corrective-action');
    expect(elements('Today: night sailings suspended, extra marshals posted.')).toContain('corrective-action');
  });

  it('reads steps done by the organisation in the passive or the simple past', () => {
    expect(elements('The families are being looked after by our staff, and the ship was withdrawn from service this morning.')).toContain('corrective-action');
    expect(elements('We unplugged the server, rotated all keys and rebuilt the firewall.')).toContain('corrective-action');
  });

  it('does not read a routine, a lapse or a preventive heading as a step taken', () => {
    expect(elements('Tickets are inspected before every crossing.')).not.toContain('corrective-action');
    expect(elements('The crossing was reported to the coastguard at the time.')).not.toContain('corrective-action');
    expect(elements('The spare lifejackets were delivered to the wrong port.')).not.toContain('corrective-action');
    expect(elements('Preventive measures: annual drills for every crew.')).not.toContain('corrective-action');
  });
});

describe('harm acknowledged in more words', () => {
  it('reads people who needed care, were left alone or could not do what they needed', () => {
    expect(elements('Four passengers needed treatment for smoke inhalation.')).toContain('harm-acknowledged');
    expect(elements('A nine-year-old was left unaccompanied on the quay for an hour.')).toContain('harm-acknowledged');
    expect(elements('Hundreds of commuters could not get to work on Monday.')).toContain('harm-acknowledged');
    expect(elements('A boy who was travelling with his grandmother became seriously ill.')).toContain('harm-acknowledged');
  });

  it('does not read a feeling of the organisation’s own staff, advice or a hedge as harm', () => {
    expect(elements('This is painful for every one of our 300 employees.')).not.toContain('harm-acknowledged');
    expect(elements('If you could not travel, keep your ticket.')).not.toContain('harm-acknowledged');
    expect(elements('Some passengers may possibly have been unable to board.')).not.toContain('harm-acknowledged');
  });
});

describe('concern without an apology word', () => {
  it('reads feeling for the people affected', () => {
    expect(elements('We are thinking of the crew and their families tonight.')).toContain('concern');
    expect(elements('Northwind Ferries sympathises with everyone caught up in this.')).toContain('concern');
    expect(elements('I felt sick when I heard what the children went through.')).toContain('concern');
    expect(elements('Our hearts go out to the family of the deckhand.')).toContain('concern');
  });

  it('does not read thinking about a plan, or a negated feeling, as concern', () => {
    expect(elements('We are thinking of ways to speed up the timetable.')).not.toContain('concern');
    expect(elements('We do not sympathise with the protesters.')).not.toContain('concern');
  });
});

describe('explanation', () => {
  it('does not read a cause others allege and the speaker denies as an explanation', () => {
    expect(elements('Claims that the ferry sailed because we ignored the forecast are false.')).not.toContain('explanation');
    expect(elements('The ferry sailed because the forecast was sent to the wrong office.')).toContain('explanation');
  });
});

describe('prevention as a standing rule', () => {
  it('reads a rule said in the present with "now"', () => {
    expect(elements('Two-person sign-off is now mandatory for every departure.')).toContain('prevention');
    expect(elements('Every crossing now needs two officers on the bridge.')).toContain('prevention');
  });

  it('does not read a state or a promise to report changes as prevention', () => {
    expect(elements('The matter is now the subject of a review.')).not.toContain('prevention');
    expect(elements('We will tell you what we have changed.')).not.toContain('prevention');
  });
});
