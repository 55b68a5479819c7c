/**
 * Humour, minimising, agentless passives and victim blaming as frames (issue 9, item 1), and the
 * team's internal acts as frames (item 4). Every sentence here was written for this test, not taken
 * from the calibration set: a frame must read wording it was not tuned on, and the same words with
 * the frame broken (a warm "Folks,", a count that is not small, a passive with its agent, advice,
 * someone else's request) must cost nothing.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../src/analysis/index.ts';

const analyser = createAnalyser({ language: 'en', cluster: 'preventable', severity: 'high', clockStart: null, facts: [], keyMessages: [], victimTerms: [], avoidTerms: [], organisation: ['Kestrel'] });
const penalties = (text: string): string[] => analyser.annotate(text, { now: 0 }).penalties.map((p) => p.kind);
const acts = (text: string): string[] => analyser.annotate(text, { now: 0 }).internal.map((a) => a.act);

describe('humour: a flippant register about the crisis', () => {
  it.each([
    'Mate, the lifts break down in every building in town.',
    'The ferry was a bit late, my brother.',
    'Tenants, eh? Always something.',
    'Whoops, the meters went a little haywire this week.',
    'Well, the sprinklers certainly got a good test on Tuesday!',
    'Well, it was a storm in November, not a summer picnic.',
    "It's a marathon, people get tired at the end, right?",
    'Well, at least everyone knows where the factory is now.',
    'We have had a few complaints [laughs] about the smell.',
    'Check your statements, folks!',
  ])('finds it in "%s"', (text) => {
    expect(penalties(text)).toContain('humour');
  });

  it('leaves a plain or warm register alone', () => {
    for (const text of [
      'Folks, we are so sorry for what happened on the ferry.',
      'Well, we have recalled every batch and we are calling every family tonight.',
      'Honestly, we got this wrong and we are sorry.',
      'Look at the figures on our site: 4,000 households were affected.',
      'Our mates at the fire service were on site within ten minutes.',
      'Please call us on 0800 123 456!',
      'Thank you, everyone!',
      'Look, we are doing everything we can!',
      'Well, at least 40 people were taken to hospital.',
    ]) {
      expect(penalties(text), text).not.toContain('humour');
    }
  });
});

describe('minimising as frames', () => {
  it.each([
    'Boys will be boys.',
    'Accidents happen.',
    'Getting a little wet is part of the experience at a water park.',
    "Lots of noise online about the so-called 'leak' today.",
    'This was an unfortunate incident at one depot.',
    'The outage was confined to a few streets in the east of the city.',
    'At the end of the day it was one faulty valve.',
    'The fire was in the loading bay and the rest of the warehouse is intact.',
    'We are sorry if our letter caused any confusion.',
    'We are talking about one small depot out of 300 sites.',
    'That is well under one per cent of our deliveries.',
  ])('finds it in "%s"', (text) => {
    expect(penalties(text)).toContain('minimising');
  });

  it('does not read plain counts, places or advice as playing the harm down', () => {
    for (const text of [
      'The outage was limited to 40,000 homes in three counties, and all of them are without heating.',
      'It was one of the worst fires the city has seen, and four people died.',
      'Accidents happened on the ring road this morning because of the ice.',
      'We would encourage every customer to keep a bit of money aside for the next week.',
      'The rest of the passengers were taken to hospital for checks.',
      'Three out of 40 passengers were taken to hospital.',
    ]) {
      expect(penalties(text), text).not.toContain('minimising');
    }
  });
});

describe('agentless passive: our own failing with nobody doing it', () => {
  it.each([
    'Safety checks on the lift were skipped during the upgrade.',
    'A firewall rule was incorrectly set during the move to the new servers.',
    'Not all of the fire doors were inspected on schedule.',
    'Tenants were not warned about the gas works until Thursday.',
    'The back gate was left unlocked overnight.',
    'Errors were identified in the billing run.',
    'A number of mistakes occurred during the handover.',
  ])('finds it in "%s"', (text) => {
    expect(penalties(text)).toContain('agentless-passive');
  });

  it('leaves a passive that names who did it, a risk, a rule, or a statement that owns the failing', () => {
    for (const text of [
      'The maintenance logs were not reviewed by our engineers.',
      'These jars may be contaminated and should not be eaten.',
      'From today no fire door may be locked while people are inside.',
      'Safety checks on the lift were skipped during the upgrade. That was our failure, and we are sorry.',
      'We accept that the inspection was not completed on time.',
      'Thieves were caught by police on Sunday.',
      'Hall B is lost.',
    ]) {
      expect(penalties(text), text).not.toContain('agentless-passive');
    }
  });
});

describe('victim blaming with the duty shifted onto the people harmed', () => {
  it.each([
    'Drivers do need to slow down on that bend.',
    'Account holders remain responsible for keeping their PIN safe.',
    'Passengers have a part to play too.',
    'Several riders went onto the track against the instructions of the stewards.',
    'Parents who saw the rash should have rung their doctor straight away.',
    'We have told customers again and again never to share their codes.',
  ])('finds it in "%s"', (text) => {
    expect(penalties(text)).toContain('victim-blaming');
  });

  it('does not read advice, what people should have received, or our own duty as blame', () => {
    for (const text of [
      'Customers should have heard from us in March, and they did not.',
      'Patients should have been told sooner.',
      'If you feel unwell, please call your doctor.',
      'We are responsible for keeping your money safe.',
      'Our engineers worked against the clock to restore power.',
    ]) {
      expect(penalties(text), text).not.toContain('victim-blaming');
    }
  });
});

describe('internal acts as frames', () => {
  it('reads a decision', () => {
    // ("Suggest we leave the price out of the release" was here: since en-7 a proposal argues and is
    // not counted as a decision, tests/analysis/internal-acts-pen2.test.ts; the settled form stays.)
    for (const text of ['We go with option B and publish at noon.', 'Final call: we name the supplier.', 'We leave the price out of the release.', 'Decision: Ravi fronts the 6pm interview.']) {
      expect(acts(text), text).toContain('decision');
    }
  });

  it('reads an escalation to someone with authority', () => {
    for (const text of ["I'll let the CEO know before the call.", 'We should brief the board tonight.', 'The GC needs to see this before it goes.', 'Raising this with the chief executive now.']) {
      expect(acts(text), text).toContain('escalation');
    }
  });

  it('reads preparation of something to say', () => {
    for (const text of ["I've put together a Q&A for the spokesperson.", 'Draft holding statement attached for comment.', 'Can you set up the helpline script by noon?', "I'll get a holding statement drafted."]) {
      expect(acts(text), text).toContain('preparation');
    }
  });

  it('reads a silence for now', () => {
    for (const text of ['We sit tight until the lab results are in.', 'No statement until the regulator has been told.', 'Hold fire on the press release.', 'Can we hold off naming the site until Monday?']) {
      expect(acts(text), text).toContain('silence');
    }
  });

  it('reads a yes or no to a request, a plan in the present, a role in brackets and facts gathered', () => {
    expect(acts('Sales asked whether the advert can stay up until Sunday. No. Take it down tonight.')).toContain('decision');
    expect(acts('Priya and I do it, no lawyers in the room.')).toContain('decision');
    expect(acts("So we don't name the driver, and Tom rings the family at noon.")).toContain('decision');
    expect(acts('Looping in Omar (GC) and the chair now.')).toContain('escalation');
    expect(acts("I'm pulling the call logs for Tuesday night.")).toContain('preparation');
    expect(acts('And nothing goes to customers until the regulator has signed off the wording.')).toContain('silence');
  });

  it('does not read a message spoken in the present as the team deciding or gathering', () => {
    for (const text of ['We confirm that no card numbers were taken.', 'We send our condolences to the family.', 'We offer our deepest sympathy.', "I'd rather we say it first.", "I don't think we can agree to that."]) {
      expect(acts(text), text).not.toContain('decision');
      expect(acts(text), text).not.toContain('preparation');
    }
    expect(acts('Can we hold off confirming the figure until the report is final?')).not.toContain('preparation');
  });

  it("does not take someone else's request, a question or a hypothetical for the team's own act", () => {
    expect(acts('The police asked us not to publish the photos yet.')).not.toContain('silence');
    expect(acts("The insurer's position is we wait for the assessor.")).not.toContain('silence');
    expect(acts('Do we hold the post until the vendor replies?')).not.toContain('silence');
    expect(acts('If we say it today, the papers run it tomorrow.')).not.toContain('decision');
    expect(acts("Let's not wait for the lab: we publish at ten.")).not.toContain('silence');
  });
});

describe('self-focus: the organisation as the one who suffers', () => {
  it.each(['The coverage has been unfair to our team.', 'This has been a hard week for our staff.', 'This is the darkest day in our company\'s history.', 'The hospital has been hung out to dry this week.', 'A recall like this could put us under.', 'Our drivers are being scapegoated for a signal fault.'])('finds it in "%s"', (text) => {
    expect(penalties(text)).toContain('self-focus');
  });

  it('leaves the people harmed as the ones who suffer', () => {
    for (const text of ['This has been a hard week for our customers, and we are sorry.', 'It is unfair on our passengers.', 'This is the darkest day in the history of this town, and our thoughts are with every family.', 'We have named our head of safety as the single point of contact.', 'Families feel they have been hung out to dry, and they are right.']) {
      expect(penalties(text), text).not.toContain('self-focus');
    }
  });
});
