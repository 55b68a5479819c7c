/**
 * Press conferences as the trainee meets them: the opening statement first, hands up, the trainee
 * calling on a reporter (or the moderator stepping in), and the follow-up each kind of question
 * calls for when the answer gives it cause. Answers are free text read by the test markup annotator
 * ("[fact=value]", "[km:id]", "[penalty:kind]"), so these tests need no language processing.
 */
import { describe, expect, it } from 'vitest';
import { buildResult, headline, trainee } from '../../src/engine/index.ts';
import { Harness, markupAnnotator, ms } from '../helpers.ts';

const lab = (): Harness => Harness.start('press-lab', { annotator: markupAnnotator });

/** At the conference: opening statement given, hands up. */
function atConference(): Harness {
  return lab().to('6m').say('doorstep', 'Twelve people are ill [ill=12].').to('30m').say('opening', 'Do not eat it; return it [km:safety].');
}

function pick(h: Harness, journalist: string): Harness {
  return h.ok({ type: 'press.pick', conference: 'evening', journalist }, trainee('spokesperson'));
}

const questionsAsked = (h: Harness) => h.events('press.question').map((e) => ({ inject: e.data.inject, trigger: e.data.trigger }));

describe('a press conference runs in turns', () => {
  it('opens with the opening statement, then raises hands, most influential first', () => {
    const h = lab().to('30m');
    expect(h.events('press.opened')[0]?.data).toEqual({ conference: 'evening', journalists: ['ana', 'ben', 'cat'], moderator: 'chair', picking: 'trainee' });
    expect(h.status('opening')).toBe('active');
    expect(h.status('q-what-if')).toBe('pending');
    h.say('opening', 'Do not eat it; return it [km:safety].');
    const hands = h.events('press.hands-raised').at(-1)?.data;
    expect(hands?.journalists).toEqual(['ana', 'ben', 'cat']);
    expect(hands?.pickBy).toBe(ms('30m') + ms('30s'));
    expect(h.session.allowed(trainee('spokesperson')).pick).toEqual([{ conference: 'evening', journalists: ['ana', 'ben', 'cat'] }]);
  });

  it('the trainee calls on a reporter, who asks their next question', () => {
    const h = pick(atConference(), 'cat');
    expect(h.events('press.picked').at(-1)?.data).toEqual({ conference: 'evening', journalist: 'cat', inject: 'q-fda', by: 'trainee' });
    expect(h.status('q-fda')).toBe('active');
    expect(h.events('press.question').at(-1)?.data).toMatchObject({ inject: 'q-fda', journalist: 'cat', kind: 'outside-remit', followUpOf: null });
  });

  it('refuses a pick when nobody is waiting for one, or the reporter has no question left', () => {
    const h = lab().to('30m');
    expect(h.send({ type: 'press.pick', conference: 'evening', journalist: 'ana' }, trainee('spokesperson'))).toMatchObject({ ok: false, refusal: { code: 'refusal.not-picking' } });
    h.say('opening', 'Do not eat it [km:safety].');
    expect(h.send({ type: 'press.pick', conference: 'evening', journalist: 'chair' }, trainee('spokesperson'))).toMatchObject({
      ok: false,
      refusal: { code: 'refusal.hand-not-raised', params: { journalist: 'chair' } },
    });
    expect(h.send({ type: 'press.pick', conference: 'nope', journalist: 'ana' }, trainee('spokesperson'))).toMatchObject({ ok: false, refusal: { code: 'refusal.unknown-conference' } });
  });

  it('when the trainee does not pick in time, the moderator calls the next question in the order written', () => {
    const h = atConference().to('31m');
    expect(h.events('press.picked').at(-1)?.data).toMatchObject({ journalist: 'ana', inject: 'q-what-if', by: 'moderator' });
  });

  it('an interruption cuts in straight after the question written before it', () => {
    const h = pick(atConference(), 'ben').say('q-cover', 'We did not hide anything [hid-test=false].');
    expect(h.status('q-cut-in')).toBe('active');
    expect(h.state.log.find((e) => e.type === 'inject.fired' && e.data.inject === 'q-cut-in')?.data).toMatchObject({ cause: { code: 'cause.interruption', params: { inject: 'q-cover' } }, deadlineAt: h.state.now + ms('45s') });
  });

  it('a question whose condition does not hold is skipped and the conference closes when no hands are left', () => {
    const h = lab().to('30m').say('opening', 'Do not eat it [km:safety].');
    for (const [who, inject, text] of [
      ['ana', 'q-what-if', 'Do not eat it [km:safety].'],
      ['ben', 'q-cover', 'That is not true [hid-test=false].'],
    ] as const) {
      pick(h, who).say(inject, text);
    }
    h.say('q-cut-in', 'We do not know yet [ill=unknown].');
    pick(h, 'cat').say('q-fda', 'That is for the FDA [km:safety].');
    pick(h, 'ana').say('q-shelves', 'Not yet [recall-complete=unknown].');
    // q-late asks only if the number of people ill was disclosed: it never was (only "not known yet", when it was known).
    expect(h.status('q-late')).toBe('skipped');
    expect(h.events('press.closed').map((e) => e.data.conference)).toEqual(['evening']);
  });
});

describe('follow-ups by question kind', () => {
  it('hypothetical: a guess at what is not known springs the trap question', () => {
    const h = pick(atConference(), 'ana').say('q-what-if', 'It was probably the spinach supplier [source=spinach] [penalty:speculation].');
    expect(h.events('press.answered').at(-1)?.data.triggers).toContain('speculated');
    expect(questionsAsked(h).at(-1)).toEqual({ inject: 'q-what-if-trap', trigger: 'speculated' });
  });

  it('hypothetical: declining to guess and bridging to the key message moves on', () => {
    const h = pick(atConference(), 'ana').say('q-what-if', 'I will not speculate. Do not eat it [km:safety].');
    expect(h.fired('q-what-if-trap')).toBe(false);
    expect(h.events('press.hands-raised')).toHaveLength(2);
  });

  it('loaded: accepting the false premise gets "so you admit it"', () => {
    const h = pick(atConference(), 'ben').say('q-cover', 'We hid it, yes [hid-test=true].');
    expect(questionsAsked(h).at(-1)).toEqual({ inject: 'q-cover-admit', trigger: 'premise-accepted' });
    const cues = h.events('press.answered').at(-1)?.data.cues.map((c) => c.code);
    expect(cues).toContain('cue.press.premise-accepted');
  });

  it('loaded: repeating the loaded words gets them thrown back', () => {
    const h = pick(atConference(), 'ben').say('q-cover', 'There was no cover-up [hid-test=false].');
    expect(questionsAsked(h).at(-1)).toEqual({ inject: 'q-cover-words', trigger: 'loaded-words' });
  });

  it('loaded: correcting the premise in your own words moves on', () => {
    const h = pick(atConference(), 'ben').say('q-cover', 'We published the result the day we had it [hid-test=false].');
    expect(h.fired('q-cover-admit') || h.fired('q-cover-words')).toBe(false);
    expect(h.events('press.answered').at(-1)?.data.cues.map((c) => c.code)).toContain('cue.press.premise-corrected');
  });

  it('outside the remit: speaking for the owner is overreaching', () => {
    const h = pick(atConference(), 'cat').say('q-fda', 'The FDA will not close the plant [fda-action=open].');
    expect(questionsAsked(h).at(-1)).toEqual({ inject: 'q-fda-over', trigger: 'overreached' });
  });

  it('outside the remit: neither handing over nor bridging is a dodge; handing over is not', () => {
    expect(questionsAsked(pick(atConference(), 'cat').say('q-fda', 'We are working hard.')).at(-1)).toEqual({ inject: 'q-fda-dodge', trigger: 'dodged' });
    const h = pick(atConference(), 'cat').say('q-fda', 'That is a decision for the FDA.');
    expect(h.fired('q-fda-dodge') || h.fired('q-fda-over')).toBe(false);
  });

  it('yes-or-no: no position on the proposition is a dodge; an honest "not known yet" is a position', () => {
    const dodge = pick(atConference(), 'ana').to('31m');
    // The moderator called q-what-if for ana; answer it, then ana's hand is up again for q-shelves.
    const h = pick(atConference(), 'ana').say('q-what-if', 'Do not eat it [km:safety].');
    pick(h, 'ana');
    expect(h.status('q-shelves')).toBe('active');
    h.say('q-shelves', 'We are doing everything we can [km:safety].');
    expect(questionsAsked(h).at(-1)).toEqual({ inject: 'q-shelves-again', trigger: 'dodged' });
    const honest = pick(atConference(), 'ana').say('q-what-if', 'Do not eat it [km:safety].');
    pick(honest, 'ana').say('q-shelves', 'We do not know yet [recall-complete=unknown].');
    expect(honest.fired('q-shelves-again')).toBe(false);
    expect(dodge.state.now).toBe(ms('31m'));
  });

  it('interruption: a figure that contradicts the earlier one is quoted back with the time it was said', () => {
    const h = pick(atConference(), 'ben').say('q-cover', 'We published it the same day [hid-test=false].').say('q-cut-in', 'Thirty people are ill [ill=30].');
    const asked = h.events('press.question').at(-1)?.data;
    expect(asked).toMatchObject({ inject: 'q-cut-in-figure', trigger: 'contradicted' });
    expect(asked?.quote).toMatchObject({ fact: 'ill', earlier: 12, later: 30, time: '18:06', quote: '[ill=12]' });
    expect(asked?.text).toBe('At 18:06 you said 12; now you say 30. Which is it?');
    expect(h.events('press.answered').at(-1)?.data.cues.find((c) => c.code === 'cue.press.contradicted')?.quote).toBe('"[ill=12]" → "[ill=30]"');
  });

  it('interruption: flagging the change as an update is not a contradiction', () => {
    const h = pick(atConference(), 'ben').say('q-cover', 'We published it the same day [hid-test=false].').say('q-cut-in', 'Now thirty, after more tests [ill=30!].');
    expect(h.fired('q-cut-in-figure')).toBe(false);
  });

  it('interruption: an answer too long to quote whole gets cut off', () => {
    const long = Array.from({ length: 8 }, (_, i) => `This is sentence ${i + 1} of a long and winding answer.`).join(' ');
    const h = pick(atConference(), 'ben').say('q-cover', 'We published it the same day [hid-test=false].').say('q-cut-in', `${long} [ill=12]`);
    expect(questionsAsked(h).at(-1)).toEqual({ inject: 'q-cut-in-long', trigger: 'rambled' });
    expect(h.events('press.answered').at(-1)?.data.headline?.outOfContext).toBe(true);
  });
});

describe('how the room hears an answer', () => {
  const cuesOf = (h: Harness) => (h.events('press.answered').at(-1)?.data.cues ?? []).map((c) => c.code);

  it('a "no comment" earns nothing for staying within what is known, for consistency or for being quotable', () => {
    const h = pick(atConference(), 'cat').say('q-fda', 'We do not comment on that [posture:no-comment] [penalty:no-comment].');
    const cues = cuesOf(h);
    expect(cues).toEqual(expect.arrayContaining(['cue.press.dodged', 'cue.press.no-comment', 'cue.press.nothing-known']));
    expect(cues).not.toContain('cue.press.within-known');
    expect(cues).not.toContain('cue.press.consistent');
    expect(cues).not.toContain('cue.press.quotable');
  });

  it('a dodge that puts nothing on the record has not stayed within what is known; an answer with the facts has', () => {
    const dodge = pick(atConference(), 'cat').say('q-fda', 'We are working hard.');
    expect(cuesOf(dodge)).toContain('cue.press.nothing-known');
    const answer = pick(atConference(), 'cat').say('q-fda', 'That is a decision for the FDA. We published the test result the day we had it [hid-test=false].');
    expect(cuesOf(answer)).toEqual(expect.arrayContaining(['cue.press.answered', 'cue.press.within-known', 'cue.press.consistent', 'cue.press.quotable']));
  });

  it('a wrong figure is not within what is known', () => {
    const h = pick(atConference(), 'cat').say('q-fda', 'That is for the FDA. Five people are ill [ill=5].');
    expect(h.events('press.answered').at(-1)?.data.cues.find((c) => c.code === 'cue.press.misstated')?.params).toEqual({ fact: 'ill' });
    expect(cuesOf(h)).not.toContain('cue.press.within-known');
  });

  it('pressed on a guess, saying honestly what is not known answers the trap; guessing again does not', () => {
    const trapped = () => pick(atConference(), 'ana').say('q-what-if', 'It was probably the spinach supplier [source=spinach] [penalty:speculation].');
    const honest = trapped().say('q-what-if-trap', 'No. We do not know the source yet, and I should not have guessed [unknown].');
    expect(cuesOf(honest)).toContain('cue.press.answered');
    const again = trapped().say('q-what-if-trap', 'Yes, it was the supplier [source=spinach] [penalty:speculation].');
    expect(cuesOf(again)).toEqual(expect.arrayContaining(['cue.press.dodged', 'cue.press.speculated']));
  });
});

describe('time at the lectern', () => {
  const timeliness = (h: Harness, inject: string) => buildResult(h.session.scenario, h.state).injects.find((i) => i.id === inject);

  it('an answer in the first half of the answer time is on time; a hesitant one costs timeliness; silence costs it all', () => {
    const quick = pick(atConference(), 'cat').to('30m30s').say('q-fda', 'That is a decision for the FDA.');
    expect(timeliness(quick, 'q-fda')?.scores.timeliness).toBe(100);
    // Asked at 30m, two minutes to answer: at 1m45s the room has waited three quarters of it.
    const slow = pick(atConference(), 'cat').to('31m45s').say('q-fda', 'That is a decision for the FDA.');
    const cue = timeliness(slow, 'q-fda')?.cues.find((c) => c.dimension === 'timeliness');
    expect(cue).toMatchObject({ code: 'cue.timeliness.slow', params: { took: ms('1m45s'), answerTime: ms('2m') } });
    expect(timeliness(slow, 'q-fda')?.scores.timeliness).toBe(63);
    const silent = pick(atConference(), 'cat').to('32m30s');
    expect(timeliness(silent, 'q-fda')?.scores.timeliness).toBe(0);
    expect(timeliness(silent, 'q-fda')?.cues.map((c) => c.code)).toContain('cue.timeliness.unanswered');
  });
});

describe('the headline an answer makes', () => {
  it('passes over a one-word opener or a greeting for the sentence that says something', () => {
    expect(headline('No. It restarts when the regulator has reviewed it, not before.')?.sentence).toBe('It restarts when the regulator has reviewed it, not before.');
    expect(headline('Good evening. We are sorry for what happened.')?.index).toBe(2);
    expect(headline('No.')?.sentence).toBe('No.');
  });

  it('takes the sentence that repeats the loaded words, even in a denial', () => {
    expect(headline('Thank you for the question. We did not cover anything up. We told the regulator at once.', { loaded: ['cover anything up'] })).toMatchObject({
      sentence: 'We did not cover anything up.',
      index: 2,
      sentences: 3,
      outOfContext: false,
    });
  });

  it('prefers a figure, and says when a long answer is quoted out of context', () => {
    const text = `We care deeply about everyone affected. ${'We are working around the clock with every partner we have. '.repeat(4)}Thirty people, 30, are now ill.`;
    const h = headline(text);
    expect(h?.sentence).toBe('Thirty people, 30, are now ill.');
    expect(h?.outOfContext).toBe(true);
    expect(h?.index).toBe(6);
  });

  it('keeps decimals and initials inside one sentence', () => {
    expect(headline('The U.S. recall covers 1.5 million packs.')).toMatchObject({ sentences: 1, index: 1 });
    expect(headline('   ')).toBeNull();
  });
});
