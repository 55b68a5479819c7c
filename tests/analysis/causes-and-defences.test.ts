/**
 * Analyser en-9: causes told the way people tell them, and what reads like a step but is a defence.
 * Written for this test, not taken from the calibration set; read by the frames alone, so the
 * learned judge can neither hide a frame that misfires nor supply one that is missing.
 */
import { describe, expect, it } from 'vitest';
import { readByFrames } from './helpers.ts';

const read = readByFrames('Harlow Water');

describe('a cause, however it is told, is an explanation', () => {
  it.each([
    ['the cause named, its content in a relative clause', 'The most likely cause is a valve that was not closed after Tuesday’s flushing.'],
    ['the problem named after a participle the tagger takes for the verb', 'The problem is the seal holding the filter in place, which perished over the summer.'],
    ['"arose from" inside what is accepted', 'Harlow Water accepts that the failure arose from a software change made on 3 May.'],
    ['a step forgotten', 'We forgot to switch the dosing pump back on after the repair.'],
    ['a thing that caught fire', 'The pump house transformer caught fire shortly after midnight.'],
    ['an intruder who came in', 'The attackers came in through an old contractor account that was never closed.'],
    ['a duty not done, with the organisation as agent', 'We did not disinfect the reservoir for six days, and we should have.'],
    ['a warning not heeded', 'Our engineers raised it twice last year and we didn’t listen.'],
    ['a report never made', 'No report was made to the inspectorate at the time.'],
    ['a thing that did not do its job', 'The standby generator did not kick in when the mains failed.'],
    ['a safeguard missing', 'We did not have an alarm on the chlorine tank.'],
    ['a defect found in a part', 'A crack was found in the main inlet pipe during the inspection.'],
    ['a system that stopped working', 'The turbidity monitor stopped recording at 2 am and nobody noticed.'],
    ['"due to" with a specific cause', 'Batches 14 to 19 are recalled due to under-chlorinated water.'],
    ['how it started, told in the next clause', 'The blaze started when a contractor welded next to the fuel store.'],
    ['a repair never done', 'The cracked valve we had been warned about was never repaired.'],
    ['the fault named with its kind', 'It was a pump controller fault, not anything the night shift did.'],
    ['where the leak came from', 'This was a leak from the old settling pond above the town.'],
    ['the step nobody took', 'Residents reported the smell on Monday and nobody went out.'],
    ['a batch that ran twice', 'Overnight the billing batch ran twice.'],
    ['where a fake came from', 'The letter going round is fake. It is a 2019 document with our logo pasted in.'],
  ])('%s', (_name, text) => {
    expect(read(text).elements).toContain('explanation');
  });
});

describe('what only sounds like a cause is not an explanation', () => {
  it.each([
    ['"cause" as a noun in a heading', 'Cause of the outage: under investigation by the inspectorate.'],
    ['a root-cause investigation announced', 'A root cause investigation will be sent to the regulator within 30 days.'],
    ['a cause not yet determined', 'The cause of the contamination has not been determined yet.'],
    ['the reason for refusing to comment', 'Because this is now a police matter, we will not comment further.'],
    ['the reason for refusing to guess', 'I am not going to guess at the cause, because the families deserve facts.'],
    ['what an event led to', 'At 07:10 a main burst on Mill Lane, resulting in flooding to six homes.'],
    ['the crisis pointed at', 'Our hearts go out to every family who has been ill because of this outbreak.'],
    ['a hedged cause', 'It is possible that the main was damaged by roadworks.'],
    ['why the organisation acted', 'We have stopped supply to the estate because several residents have fallen ill.'],
    ['the cause asked about, not told', 'Why the alarm didn’t sound, honestly, we don’t know yet.'],
    ['a record, not a failure', 'Last inspection: 3 March (no defects recorded).'],
    ['a fault with no kind named', 'It was a mistake and we are sorry.'],
    ['a human error, nothing more', 'It was a human error.'],
    ['a true video owned, not debunked', 'The video from our Harlow plant is real and we are sorry.'],
  ])('%s', (_name, text) => {
    expect(read(text).elements).not.toContain('explanation');
  });
});

describe('a defence is not a corrective action', () => {
  it.each([
    ['warnings given again and again', 'We have warned customers again and again not to drink from garden taps.'],
    ['a step that should have been taken', 'We should have tested the tank before refilling it.'],
    ['a track record', 'We have supplied this town for twenty-two years without a single incident.'],
    ['compliance', 'Harlow Water complies with all of its obligations under the drinking water regulations.'],
    ['the size of the operation', 'We run 140 treatment works across the region.'],
    ['feelings, not steps', 'We are shocked and saddened by today’s news.'],
    ['a bow of the head', 'I bow my head to the families of those who died.'],
    ['news promised in due course', 'Further information will be provided in due course.'],
    ['a complaint to the police about a critic', 'We have lodged a complaint with the cyber crime police against the blogger.'],
  ])('%s', (_name, text) => {
    expect(read(text).elements).not.toContain('corrective-action');
  });

  it.each([
    ['a real step beside the defence', 'We have shut the Mill Lane works and sent tankers to every street on the estate.'],
    ['warning every household now is a step', 'We have warned every household on Mill Lane not to drink the tap water.'],
  ])('%s still counts', (_name, text) => {
    expect(read(text).elements).toContain('corrective-action');
  });
});

describe('a sanction for speaking up or holding back is a threat, not a step', () => {
  it.each([
    ['customers who withhold payment', 'Customers who withhold payment because of the outage will be disconnected like anyone else.'],
    ['anyone found sharing', 'Anyone found sharing the leaked report will be banned from our sites.'],
  ])('%s', (_name, text) => {
    const { elements, penalties } = read(text);
    expect(penalties).toContain('threat');
    expect(elements).not.toContain('corrective-action');
  });

  it('staff held to account for the fault is not a threat', () => {
    expect(read('Staff who ignored the alarm will be disciplined.').penalties).not.toContain('threat');
  });
});
