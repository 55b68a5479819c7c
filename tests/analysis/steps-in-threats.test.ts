/**
 * A sanction threatened against people who speak is not a step that puts the crisis right, nor a
 * change for the future (src/analysis/en/steps-in-threats.ts). Written for this test, not taken
 * from the calibration set; read by the frames alone, so the learned judge cannot hide a frame that
 * still gives the credit.
 */
import { describe, expect, it } from 'vitest';
import { readByFrames } from './helpers.ts';

const read = readByFrames('Kestrel');

describe('a threat is not a step', () => {
  it.each([
    ['staff who speak', 'No member of staff will speak to residents or the media about the pumps. Anyone found doing so will be dismissed with immediate effect.'],
    ['people who post', 'Some people are circulating doctored photos of our stores. Our legal team is documenting every one of those accounts, and we will be pursuing them.'],
  ])('a sanction against %s gives neither corrective action nor prevention', (_name, text) => {
    const { elements, penalties } = read(text);
    expect(penalties).toContain('threat');
    expect(elements).not.toContain('corrective-action');
    expect(elements).not.toContain('prevention');
  });

  it('still credits the real step beside the threat', () => {
    const { elements, penalties } = read('We have shut the plant and moved every family on Mill Lane to a hotel. Anyone spreading lies about our staff online will hear from our lawyers.');
    expect(penalties).toContain('threat');
    expect(elements).toContain('corrective-action');
  });
});
