/**
 * Frames for the elements independent writers used most and the analyser found least (issue 9):
 * a cause told as narrative, a change that stays, responsibility placed with the organisation in
 * words no list held, and blame put on the people harmed. Each frame is shown with wording that
 * should fire it and wording close to it that should not. The sentences are written for this test,
 * not taken from the calibration set.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../src/analysis/index.ts';
import type { Annotation } from '../../src/engine/index.ts';

const analyser = createAnalyser({ language: 'en', cluster: 'preventable', severity: 'high', clockStart: null, facts: [], keyMessages: [], victimTerms: [], avoidTerms: [], organisation: ['Fenwick'] });
const read = (text: string): Annotation => analyser.annotate(text, { now: 0 });
const has = (text: string, element: string): boolean => read(text).empathy.some((e) => e.element === element);
const blames = (text: string): boolean => read(text).penalties.some((p) => p.kind === 'victim-blaming');

describe('explanation told as narrative', () => {
  it('reads a thing that failed, a step not done, a safeguard missing and what an intruder did as a cause', () => {
    for (const text of [
      'The pressure valve on the second boiler failed during the night shift.',
      'Inspection reports on the cold store were not reviewed for six weeks.',
      'We had no alarm on the cold store.',
      'A faulty thermostat meant the freezers switched off overnight.',
      'The intruders used a stolen badge to enter the depot.',
      'Our inquiry found that the night crew loaded the wrong pallets onto the lorry.',
      'The fire started when a heater was left on in the storeroom.',
    ])
      expect(has(text, 'explanation'), text).toBe(true);
  });

  it('does not take an unknown cause, a feeling caused, or a bare "our error" for an explanation', () => {
    for (const text of [
      'The cause is still not known.',
      'We are sorry for the worry this is causing.',
      'Your card was declined because of our error.',
      'Our hearts are broken for the families.',
      'The advert was meant to be light-hearted.',
    ])
      expect(has(text, 'explanation'), text).toBe(false);
  });
});

describe('prevention that applies from now on', () => {
  it('reads a standing rule without "will": dated from now, or "now" with a rule for every case', () => {
    for (const text of [
      'From Monday, every delivery is checked at the gate by two people.',
      'Every freezer now has a second temperature alarm.',
      'Effective immediately, two pharmacists sign off every batch.',
    ])
      expect(has(text, 'prevention'), text).toBe(true);
  });

  it('does not read a measure for the time being, a step done once or a review to come as prevention', () => {
    for (const text of [
      'From today until the road reopens, buses will run every ten minutes.',
      'We have now contacted every customer.',
      'An independent review will look at what happened.',
    ])
      expect(has(text, 'prevention'), text).toBe(false);
  });
});

describe('responsibility placed with the organisation', () => {
  it('reads a duty not done, the fault placed with us, our own thing called wrong, and an apology for our own act', () => {
    for (const text of [
      'We did not inspect the scaffolding that week.',
      'The error was on our side.',
      'This happened on our watch.',
      'Our warning label was wrong.',
      'We own it.',
      "We accept the inspector's findings in full.",
      'I am ashamed of what happened at the depot.',
      'We are sorry for keeping you waiting in the cold.',
      "That was not the driver's fault, it was ours.",
    ])
      expect(has(text, 'responsibility'), text).toBe(true);
  });

  it('does not read a loss of our own, others as the cause, or sympathy as responsibility', () => {
    for (const text of [
      'We lost two large contracts this week.',
      'We are sorry for what our passengers went through.',
      'We are sorry that this hoax has caused so much worry.',
      'We did not know about the fault until Tuesday.',
    ])
      expect(has(text, 'responsibility'), text).toBe(false);
  });
});

describe('victim blaming beyond faulty acts', () => {
  it('reads contempt for the people harmed, illicit use, and a choice held against them', () => {
    for (const text of [
      'Frankly, some shoppers are too gullible.',
      'Several tenants installed unauthorised heaters in their flats.',
      'The passenger decided to stand in the doorway.',
      'Nobody wants to read the safety card.',
      'Fans who booed the minute of silence should be ashamed of themselves.',
      'Most of the people who fell ill are people who have not followed the advice.',
    ])
      expect(blames(text), text).toBe(true);
  });

  it('does not blame people offered a choice, or people who are entitled to know', () => {
    for (const text of ['If you choose to stay with relatives, we will pay your travel.', 'Residents are entitled to know what happened.', 'Customers who have not yet changed their password should do so now.'])
      expect(blames(text), text).toBe(false);
  });
});

describe('conditional apology and minimising, without the plain apology and the plain fact', () => {
  const penalties = (text: string): string[] => read(text).penalties.map((p) => p.kind);

  it('still reads an apology made conditional, or harm counted down', () => {
    expect(penalties("We're sorry if anyone was offended.")).toContain('conditional-apology');
    expect(penalties('We apologise if any customer was affected.')).toContain('conditional-apology');
    expect(penalties('We are sorry to anyone who may feel let down.')).toContain('conditional-apology');
    expect(penalties('Only two people were hurt.')).toContain('minimising');
    expect(penalties('People should not panic about a little bit of smoke.')).toContain('minimising');
  });

  it('does not read an apology to all who were hurt, information after an apology, a date or a stated risk as a penalty', () => {
    expect(penalties('We are sorry to all those who were hurt.')).not.toContain('conditional-apology');
    expect(penalties('We apologise for the delay; if you are affected, you will receive a refund.')).not.toContain('conditional-apology');
    expect(penalties('Just three days ago, two children fell ill.')).not.toContain('minimising');
    expect(penalties('The risk to the public is very low, and we are testing every batch.')).not.toContain('minimising');
    expect(penalties('We will have a bit more information tonight.')).not.toContain('minimising');
  });
});

describe('corrective action is a step on the crisis', () => {
  it('still reads steps taken and committed', () => {
    for (const text of ['We have closed the depot and moved every resident to a hotel.', 'If you have no heating tonight, we will book you a hotel room now.', 'We have reported the break-in to the police.'])
      expect(has(text, 'corrective-action'), text).toBe(true);
  });

  it('does not read a track record, steps against critics, being acted on, or a letter about itself as action', () => {
    for (const text of [
      'Fenwick has shipped millions of parcels over twenty years.',
      'We will sue every account that shared the video.',
      'Fenwick was misled by a supplier.',
      'We are writing to let you know what happened.',
      "We're moving on and getting back to business.",
      'We are referring all questions to the council.',
    ])
      expect(has(text, 'corrective-action'), text).toBe(false);
  });
});

describe('no comment as a frame', () => {
  const refuses = (text: string): boolean => read(text).penalties.some((p) => p.kind === 'no-comment');

  it('reads a refusal to say anything, however it is worded', () => {
    for (const text of ['We are not in a position to say anything tonight.', 'Fenwick is not going to respond to online chatter.', 'We decline to discuss the matter.', 'We are referring all enquiries to the council.'])
      expect(refuses(text), text).toBe(true);
  });

  it('does not read an honest unknown, a refusal to guess, a denial or a regret as no comment', () => {
    for (const text of ["I can't tell you yet what caused the fire.", "I'm not going to speculate while the families wait.", 'I did not say those words.', 'We should never have said it.'])
      expect(refuses(text), text).toBe(false);
  });
});

describe('hedged harm as a frame', () => {
  const hedges = (text: string): boolean => read(text).penalties.some((p) => p.kind === 'hedged-harm');

  it('reads harm made someone else\'s claim', () => {
    for (const text of ['The so-called mix-up is being examined.', 'A small number of customers say they felt unwell.', 'Some tenants are claiming they have been left without heating.', 'We are reviewing alleged unauthorised payments.'])
      expect(hedges(text), text).toBe(true);
  });

  it('does not hedge a doubt about someone else, or harm stated plainly', () => {
    for (const text of ['The alleged attacker was arrested on Monday.', 'Two customers fell ill after eating the pie.']) expect(hedges(text), text).toBe(false);
    expect(has('We say that no one was hurt.', 'harm-acknowledged')).toBe(false);
  });
});
