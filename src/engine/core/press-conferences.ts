/**
 * Press conferences. A conference opens with the trainee's opening statement (if it has one), then
 * hands go up and a journalist is called on: by the moderator in the order the questions are
 * written, or by the trainee (`press.pick`), with the moderator stepping in when the trainee's time
 * to pick runs out. After each answer, the room reacts to it: the first follow-up whose trigger the
 * answer set off is asked at once (a dodge, a figure that contradicts what the trainee said earlier
 * in the session, a guess at something not known, a loaded question's premise accepted or its words
 * repeated, a matter outside the remit spoken for, an answer too long to quote whole, silence);
 * otherwise a question of kind `interruption` written next cuts in, or hands go up again.
 *
 * Contradiction follow-ups quote the trainee's own earlier words from the message ledger ("At 18:00
 * you said 12 people; now you say 30"), so the `press.question` event carries the question as
 * asked, with those words filled in.
 */
import { textIn, wallClockAt, type CompiledInject, type FollowUpTrigger } from '../../format/index.ts';
import type { Cause } from '../causes.ts';
import type { EventData } from '../events.ts';
import { askedOf, type PressAssessment } from '../press/assess.ts';
import { sentenceWith } from '../press/headline.ts';
import { awaitingPick, handsUp, journalistsOf, nextInOrder, nextQuestionOf } from '../press/turns.ts';
import { fire } from './injects.ts';
import { addTimer, removeTimers } from './timers.ts';
import type { Work } from './work.ts';

/** After a conference inject is resolved (answered, or its time ran out): the follow-up it calls for, an interruption, or the next turn. */
export function conferenceNext(w: Work, inj: CompiledInject, index: number, assessment: PressAssessment | null = null): void {
  const conf = inj.conference;
  const firing = w.st.firings[index];
  if (!conf || !firing || w.isEnded()) return;
  if (conf.role === 'question') {
    const due = (t: FollowUpTrigger): boolean => {
      switch (t) {
        case 'dodged':
          return firing.dodged;
        case 'contradicted':
          return firing.contradicted;
        case 'timeout':
          return firing.timedOut && firing.respondedAt === null;
        case 'answered':
          return firing.respondedAt !== null;
        default:
          return assessment?.triggers.includes(t) ?? false;
      }
    };
    for (const f of conf.followUps) {
      if (due(f.trigger) && w.st.injects[f.inject]?.status === 'pending') {
        fire(w, f.inject, { code: 'cause.follow-up', params: { inject: inj.id, trigger: f.trigger } }, false);
        return;
      }
    }
  }
  nextTurn(w, conf.id, conf.role === 'follow-up' ? conf.followUpOf : conf.role === 'question' ? inj.id : null, inj.id);
}

/** A conference question was due but its `if` did not hold: the conference moves on as if it had been dealt with. */
export function conferenceSkipped(w: Work, inj: CompiledInject): void {
  const conf = inj.conference;
  if (!conf || conf.role !== 'question' || w.isEnded()) return;
  nextTurn(w, conf.id, inj.id, inj.id);
}

/**
 * The next turn after `asked` (the question just dealt with, null after the opening statement): a
 * question of kind `interruption` written right after it cuts in; otherwise hands go up.
 */
function nextTurn(w: Work, conference: string, asked: string | null, last: string): void {
  const conf = w.s.conferenceIndex.get(conference);
  if (!conf) return;
  const following = asked === null ? undefined : conf.questions[conf.questions.indexOf(asked) + 1];
  const next = following === undefined ? undefined : w.s.injectIndex.get(following);
  if (next?.conference?.question?.kind === 'interruption' && w.st.injects[next.id]?.status === 'pending' && (next.guard === null || w.test(next.guard))) {
    fire(w, next.id, { code: 'cause.interruption', params: { inject: asked ?? last } }, false);
    return;
  }
  const hands = handsUp(w.s, w.st, conf);
  if (hands.length === 0) {
    skipUnasked(w, conf.questions);
    w.log('press.closed', { conference });
    return;
  }
  if (conf.picking === 'trainee') {
    const pickBy = w.st.now + conf.pickTimeMs;
    w.log('press.hands-raised', { conference, journalists: hands, picking: 'trainee', pickBy });
    addTimer(w, { kind: 'press-pick', at: pickBy, conference });
    return;
  }
  w.log('press.hands-raised', { conference, journalists: hands, picking: 'moderator', pickBy: null });
  const id = nextInOrder(w.s, w.st, conf);
  const journalist = id === null ? undefined : w.s.injectIndex.get(id)?.conference?.question?.journalist;
  if (id === null || journalist === undefined) return;
  skipPassedOver(w, conf.questions, id);
  w.log('press.picked', { conference, journalist, inject: id, by: 'moderator' });
  fire(w, id, { code: 'cause.next-question', params: { inject: last } }, false);
}

/** Questions written before the one the moderator calls whose `if` did not hold: their turn has passed. */
function skipPassedOver(w: Work, questions: readonly string[], upTo: string): void {
  for (const id of questions) {
    if (id === upTo) return;
    const rt = w.st.injects[id];
    if (rt?.status !== 'pending') continue;
    w.setInject(id, { ...rt, status: 'skipped' });
    w.log('inject.skipped', { inject: id, cause: { code: 'cause.guard', params: {} } });
  }
}

function skipUnasked(w: Work, questions: readonly string[]): void {
  skipPassedOver(w, questions, '');
}

/** The trainee calls on a journalist (the command was checked: the room is waiting and their hand is up). */
export function pick(w: Work, conference: string, journalist: string): void {
  const conf = w.s.conferenceIndex.get(conference);
  if (!conf || !awaitingPick(w.st, conference)) return;
  callOn(w, conference, nextQuestionOf(w.s, w.st, conf, journalist), 'trainee');
}

/** The trainee's time to pick ran out: the moderator calls the next question in the order written. */
export function pickTimeUp(w: Work, conference: string): void {
  const conf = w.s.conferenceIndex.get(conference);
  if (!conf) return;
  const id = nextInOrder(w.s, w.st, conf);
  if (id === null) {
    skipUnasked(w, conf.questions);
    w.log('press.closed', { conference });
    return;
  }
  callOn(w, conference, id, 'moderator');
}

function callOn(w: Work, conference: string, id: string | null, by: 'trainee' | 'moderator'): void {
  const who = id === null ? undefined : w.s.injectIndex.get(id)?.conference?.question?.journalist;
  if (id === null || who === undefined) return;
  removeTimers(w, (t) => t.kind === 'press-pick' && t.conference === conference);
  w.log('press.picked', { conference, journalist: who, inject: id, by });
  fire(w, id, { code: 'cause.picked', params: { conference, journalist: who, by } }, false);
}

/** A conference inject fired: the room sees who asks what (and, the first time, that the conference opened). */
export function announce(w: Work, inj: CompiledInject, cause: Cause): void {
  const conf = inj.conference;
  const c = conf ? w.s.conferenceIndex.get(conf.id) : undefined;
  if (!conf || !c) return;
  const opened = [c.opening, ...c.questions].some((id) => id !== null && id !== inj.id && (w.st.injects[id]?.fireCount ?? 0) > 0);
  if (!opened) w.log('press.opened', { conference: c.id, journalists: journalistsOf(w.s, c), moderator: c.moderator, picking: c.picking });
  const trigger = cause.code === 'cause.follow-up' ? cause.params.trigger : null;
  const quote = trigger === 'contradicted' && conf.followUpOf !== null ? earlierWords(w, conf.followUpOf) : null;
  const asked = textIn(inj.text, w.s.language, w.s.language);
  w.log('press.question', {
    conference: c.id,
    inject: inj.id,
    journalist: conf.role === 'opening' ? inj.from : (conf.question?.journalist ?? inj.from),
    kind: askedOf(inj),
    followUpOf: conf.followUpOf,
    trigger,
    text: quote === null ? null : fillIn(asked, quote, w),
    quote,
  });
}

type EarlierWords = NonNullable<EventData<'press.question'>['quote']>;

/** What the trainee said before, as the answer to `question` contradicted it: read from that answer's `press.answered` event. */
function earlierWords(w: Work, question: string): EarlierWords | null {
  for (let i = w.st.log.length - 1; i >= 0; i--) {
    const e = w.st.log[i];
    if (e?.type !== 'press.answered' || e.data.inject !== question) continue;
    const found = e.data.cues.find((x) => x.code === 'cue.press.contradicted');
    if (found?.code !== 'cue.press.contradicted') return null;
    const p = found.params;
    const earlier = w.st.statements.find((x) => x.id === p.statement);
    const claim = earlier?.annotation.claims.find((x) => x.fact === p.fact);
    return { fact: p.fact, statement: p.statement, at: p.at, time: clockTime(w, p.at), quote: claim ? sentenceWith(claim.quote, claim.value, w.s.factIndex.get(p.fact)?.cues ?? []) : '', earlier: p.earlier, later: p.later };
  }
  return null;
}

/** HH:MM on the scenario's wall clock, in its own time zone (no locale: digits only). */
function clockTime(w: Work, at: number): string | null {
  const wall = wallClockAt(w.s.startIso, w.s.clockJumps, at);
  if (wall === null) return null;
  const minutes = (((Math.floor(wall.epochMs / 60_000) + wall.offsetMinutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The follow-up's text with the trainee's earlier words in it. The placeholders are the author's (lint checks them: SC506). */
function fillIn(text: string, q: EarlierWords, w: Work): string {
  const fact = w.s.factIndex.get(q.fact);
  const values: Record<string, string> = {
    earlierTime: q.time ?? '',
    earlierQuote: q.quote,
    earlierValue: String(q.earlier),
    laterValue: String(q.later),
    fact: fact ? textIn(fact.label, w.s.language, w.s.language) : q.fact,
  };
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
