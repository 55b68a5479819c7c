import type { NoParams } from '../catalogue.ts';

/**
 * Words of the press-conference practice: its briefing, the podium, the debrief. Codes from the
 * engine (a follow-up's trigger, a question's kind, a reporter's stance) arrive as parameters and
 * each message says what it means in this language.
 */
export interface PressMessages {
  'press.failed': NoParams;
  'press.neverStarted': NoParams;
  'press.analyserFailed': { problem: string };
  // Briefing
  'press.briefing.heading': NoParams;
  'press.briefing.loading': NoParams;
  'press.briefing.unknown': { scenario: string };
  'press.briefing.failed': { problem: string };
  'press.briefing.situation': NoParams;
  'press.briefing.role': NoParams;
  'press.briefing.rules': NoParams;
  'press.briefing.embedded': NoParams;
  'press.briefing.opening': NoParams;
  'press.briefing.picking': { time: string };
  'press.briefing.answerTime': { time: string };
  'press.briefing.questions': { count: number };
  'press.briefing.followUps': NoParams;
  'press.briefing.room': NoParams;
  'press.briefing.facts': NoParams;
  'press.briefing.factUnknown': NoParams;
  'press.briefing.noFacts': NoParams;
  'press.briefing.keyMessages': NoParams;
  'press.briefing.start': NoParams;
  'press.briefing.resume': NoParams;
  'press.briefing.startHint': NoParams;
  // Library
  'press.library.drill': NoParams;
  'press.library.embedded': NoParams;
  'press.library.open': NoParams;
  'press.library.openLabel': { title: string };
  // The podium's top bar
  'press.bar.progress': { asked: number; total: number };
  'press.bar.room': { mood: 'calm' | 'restless' | 'hostile' };
  'press.bar.speakOn': NoParams;
  'press.bar.speakOff': NoParams;
  'press.bar.pause': NoParams;
  'press.bar.resume': NoParams;
  'press.bar.leave': NoParams;
  // Reporters
  'press.room.label': { reporters: number; hands: number };
  'press.reporter.outletCountry': { outlet: string; country: string };
  'press.hand': { hand: 'asking' | 'up' | 'waiting' | 'down' };
  'press.stance': { stance: 'friendly' | 'neutral' | 'skeptical' | 'hostile' };
  // Captions
  'press.caption.heading': NoParams;
  'press.caption.before': NoParams;
  'press.caption.between': NoParams;
  'press.caption.over': NoParams;
  'press.caption.opening': NoParams;
  'press.caption.moderator': NoParams;
  'press.caption.from': { name: string; outlet: string };
  /** The spokesperson's own earlier words, quoted back by a reporter: the clock time and the sentence. */
  'press.caption.quoted': { time: string | null; quote: string };
  'press.caption.pick': NoParams;
  'press.caption.pickBy': { time: string };
  'press.reporter.call': { name: string };
  /** Why this question: a follow-up's trigger or a question's kind (codes from the scenario and engine). */
  'press.trigger': { trigger: string };
  'press.kind': { kind: string };
  'press.why.opening': NoParams;
  'press.note.heading': NoParams;
  // The lectern
  'press.answer.heading': NoParams;
  'press.answer.prepared': NoParams;
  'press.answer.label': NoParams;
  'press.answer.placeholder': NoParams;
  'press.answer.send': NoParams;
  'press.answer.keys': NoParams;
  'press.answer.timeLeft': { time: string };
  'press.answer.hurry': { time: string };
  'press.answer.dictate': NoParams;
  'press.answer.dictateStop': NoParams;
  'press.answer.dictateFailed': { code: string };
  'press.answer.awaiting': NoParams;
  'press.answer.empty': NoParams;
  'press.answer.optionsOnly': NoParams;
  'press.answer.noQuestion': NoParams;
  'press.answer.refused': { reason: string };
  /** The live preview of the quote an answer would give, while it is typed. */
  'press.answer.wouldQuote': { sentence: string };
  'press.answer.outOfContext': { words: number; index: number; sentences: number };
  'press.debrief.headline': NoParams;
  'press.debrief.atPodium': NoParams;
  // Closing and the ticker
  'press.closed.heading': NoParams;
  'press.closed.summary': { answered: number; asked: number };
  'press.closed.debrief': NoParams;
  'press.ticker.heading': NoParams;
  'press.ticker.empty': NoParams;
  // Debrief
  'press.debrief.heading': NoParams;
  'press.debrief.overall': NoParams;
  'press.debrief.summary': { asked: number; answered: number; followUps: number };
  'press.debrief.replay': NoParams;
  'press.debrief.nothing': NoParams;
  'press.debrief.number': { n: number };
  'press.debrief.youSaid': { time: string };
  'press.debrief.noAnswer': NoParams;
  'press.debrief.cues': { count: number; scores: readonly { dimension: 'timeliness' | 'accuracy' | 'consistency' | 'empathy' | 'transparency' | 'proactivity'; points: number }[] };
  'press.debrief.notJudged': NoParams;
  'press.debrief.embedded': NoParams;
  'press.debrief.dimension': { dimension: 'timeliness' | 'accuracy' | 'consistency' | 'empathy' | 'transparency' | 'proactivity' };
  'press.debrief.again': NoParams;
  'press.debrief.drills': NoParams;
  'press.debrief.menu': NoParams;
  'press.verdict': { verdict: 'good' | 'mixed' | 'bad' | 'silent' };
  // Settings
  'press.settings.speak': NoParams;
  'press.settings.speakHint': NoParams;
}
