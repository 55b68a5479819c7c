/**
 * Explanation, prevention and harm frames of en-7: wordings invented for these tests (none taken
 * from the calibration sets), each class beside a near miss that must not count.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../src/analysis/index.ts';

const analyser = createAnalyser({ language: 'en', cluster: 'preventable', severity: 'high', clockStart: null, facts: [], keyMessages: [], victimTerms: [], avoidTerms: [], organisation: ['Larchfield Water'] });
const elements = (text: string): string[] => analyser.annotate(text, { now: 0 }).empathy.map((e) => e.element);
const quoteOf = (text: string, element: string): string | undefined => analyser.annotate(text, { now: 0 }).empathy.find((e) => e.element === element)?.quote;

describe('explanation told as a story', () => {
  it('reads a safeguard set aside by the people who run it', () => {
    expect(elements('The weekend crew skipped the chlorine check on Saturday.')).toContain('explanation');
    expect(elements('An engineer bypassed the pressure interlock to finish the job.')).toContain('explanation');
    // The people affected ignoring advice is blame, not the organisation's cause.
    expect(elements('Some residents ignored the boil notice.')).not.toContain('explanation');
  });

  it('reads a safeguard out of action before the incident', () => {
    expect(elements('The overflow alarm had been disconnected during the upgrade and never reconnected.')).toContain('explanation');
    expect(elements('The valve had been switched off for repairs.')).toContain('explanation');
    // A step taken today, not a cause.
    expect(elements('The pumping station has been switched off.')).not.toContain('explanation');
  });

  it('reads the wrong thing used', () => {
    expect(elements('An expired reagent was used in Tuesday’s tests.')).toContain('explanation');
    expect(elements('Our staff loaded the wrong dosing profile into the controller.')).toContain('explanation');
    // Correcting the wrong thing is a step, and saying it is the message.
    expect(elements('We have replaced the faulty meter.')).not.toContain('explanation');
    expect(elements('We sent you the wrong leaflet yesterday.')).not.toContain('explanation');
  });

  it('reads a step done without the check it needed', () => {
    expect(elements('A night supervisor released the batch without the second signature check.')).toContain('explanation');
    expect(elements('We will refund every customer without waiting for a claim.')).not.toContain('explanation');
    expect(elements('Shoppers who stockpiled bottles without checking the facts made it worse.')).not.toContain('explanation');
  });

  it('reads what the cause is called', () => {
    expect(elements('The problem was a cracked seal on the main filter housing.')).toContain('explanation');
    expect(elements('The fault lay with the supplier’s firmware, not with the pumps.')).toContain('explanation');
    expect(elements('The error arose from a settings change in July.')).toContain('explanation');
    expect(elements('The problem is serious.')).not.toContain('explanation');
  });

  it('does not read a motive, a risk, or a harm that did not happen as the cause', () => {
    expect(elements('We closed the reservoir because we did not want to take any chances.')).not.toContain('explanation');
    expect(elements('We closed the reservoir because a sensor had failed.')).toContain('explanation');
    expect(elements('Asbestos fibres can cause lasting harm to workers.')).not.toContain('explanation');
    expect(elements('Your bank details were not affected, because they are held by another company.')).not.toContain('explanation');
    expect(elements('There is no evidence that anyone was refused service because of their address.')).not.toContain('explanation');
  });

  it('does not read people attacked as the cause', () => {
    expect(elements('Two of our drivers, Sam and Ravi, were attacked on the estate last night.')).not.toContain('explanation');
    expect(elements('The pumping station was vandalised on Sunday night.')).toContain('explanation');
  });
});

describe('prevention: a change that stays', () => {
  it('reads a rule dated from a day or a month', () => {
    expect(elements('From 1 March every reservoir will be sampled twice a day.')).toContain('prevention');
    expect(elements('From April, each treatment works gets an independent audit every quarter.')).toContain('prevention');
    expect(elements('Dual sampling of every main before it is reconnected, effective 12 June.')).toContain('prevention');
    // A span of the past is not a rule.
    expect(elements('From 3 May to 9 May the plant supplied untreated water.')).not.toContain('prevention');
  });

  it('reads a rule set for when something comes back', () => {
    expect(elements('When the pool reopens, every filter will be checked each morning by two staff.')).toContain('prevention');
    expect(elements('The app will not come back until every payment is checked against the bank’s records.')).toContain('prevention');
    expect(elements('When the pool reopens, we will let you know.')).not.toContain('prevention');
  });

  it('keeps a rule whose own condition uses "until", and drops a measure for the time being', () => {
    expect(elements('From today, any failed sample takes the works offline until it passes a retest.')).toContain('prevention');
    expect(elements('From today until the main is repaired, tankers will serve every street.')).not.toContain('prevention');
    expect(elements('From Monday all offices will open an hour early for the rest of the month.')).not.toContain('prevention');
    expect(elements('Effective immediately, all marketing materials are withdrawn until the new leaflet is approved.')).not.toContain('prevention');
  });

  it('does not read a step of stopping, or a review, as prevention', () => {
    expect(elements('Effective immediately, suspend all deliveries from the Eastgate depot.')).not.toContain('prevention');
    expect(elements('We have ended the contract with immediate effect.')).not.toContain('prevention');
    expect(elements('We have ended the contract with immediate effect and will never use that supplier again.')).toContain('prevention');
    expect(elements('We have asked an independent inspector to review the works, and we will publish the findings.')).not.toContain('prevention');
  });

  it('quotes the sentence it read, word for word', () => {
    const text = 'We are sorry. From 1 March every reservoir will be sampled twice a day.';
    expect(quoteOf(text, 'prevention')).toBe('From 1 March every reservoir will be sampled twice a day.');
  });
});

describe('harm acknowledged plainly', () => {
  it('does not read a harm the same sentence plays down, or a feeling doubted by the apology', () => {
    expect(elements('Three children were taken to hospital last night.')).toContain('harm-acknowledged');
    expect(elements('Three children had mild stomach upsets, which is quite normal after a swim.')).not.toContain('harm-acknowledged');
    expect(elements('To everyone who felt hurt by the advert, we are sorry you feel that way.')).not.toContain('harm-acknowledged');
    expect(elements('I know many of you are worried sick about your families.')).not.toContain('harm-acknowledged');
  });
});

describe('corrective action is a step, not a routine', () => {
  it('does not read what the organisation does every day as a step on the crisis', () => {
    expect(elements('We have inspected every valve on the eastern main since Friday.')).toContain('corrective-action');
    expect(elements('We inspect three thousand valves a year.')).not.toContain('corrective-action');
    expect(elements('Our engineers test every reservoir each morning.')).not.toContain('corrective-action');
    expect(elements('Our engineers are testing every reservoir this morning.')).toContain('corrective-action');
  });

  it('does not read bringing the news as a step', () => {
    expect(elements('We are sorry to bring you this news.')).not.toContain('corrective-action');
    expect(elements('We are bringing in bottled water for every household.')).toContain('corrective-action');
  });
});

describe('responsibility: accepting a lapse', () => {
  it('reads the organisation accepting that a safeguard failed or a duty was not done', () => {
    expect(elements('Larchfield Water accepts that the alarm logs were not reviewed.')).toContain('responsibility');
    expect(elements('The board accepts that its oversight of the contractor was inadequate.')).toContain('responsibility');
    expect(elements('We do not accept that our checks were inadequate.')).not.toContain('responsibility');
    expect(elements('We accept that customers are frustrated by the delays.')).not.toContain('responsibility');
  });
});
