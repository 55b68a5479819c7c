import type { InputRule } from '../../../engine/index.ts';
import type { Catalogue } from '../../catalogue.ts';
import type { CauseMessages, RefusalMessages, SaveMessages } from '../engine-keys.ts';
import { at } from './cues.ts';

const q = (id: string): string => `"${id}"`;

/** What each rule of untrusted.ts means, for a saved session or result that breaks it. */
const INPUT_RULE_WORDS: Readonly<Record<InputRule, string>> = {
  'unknown-id': 'names something that does not exist',
  'missing-id': 'leaves out something that must be there',
  'time-out-of-range': 'is a time outside the session',
  'too-many': 'has more items than a session can make',
  'out-of-range': 'is out of range',
  'out-of-order': 'is out of order',
  inconsistent: 'does not agree with the rest of the file',
};
const later = (p: { delay?: number | undefined }): string => (p.delay === undefined ? '' : ` (${at(p.delay)} later)`);

/** Why a follow-up came: what the answer before it did. */
const FOLLOW_UP: Readonly<Record<CauseMessages['cause.follow-up']['trigger'], string>> = {
  dodged: 'the answer dodged the question',
  contradicted: 'the answer contradicted something said earlier',
  timeout: 'the answer never came',
  answered: 'the answer came',
  speculated: 'the answer guessed at something not known yet',
  'premise-accepted': "the answer accepted the question's false premise",
  'loaded-words': "the answer repeated the question's loaded words",
  overreached: 'the answer spoke for someone else',
  rambled: 'the answer was too long to quote whole',
};

export const engine: Catalogue<RefusalMessages & CauseMessages & SaveMessages> = {
  'refusal.malformed': (p) => `not a command this engine understands: ${p.path === '' ? 'the command' : p.path}: ${p.issue}`,
  'refusal.actor': (p) => `a ${p.actor} may not send ${p.command}`,
  'refusal.phase': (p) =>
    p.phase === 'ended'
      ? `the session has ended (${p.command} is not accepted any more)`
      : p.phase === 'briefing'
        ? `the session has not started yet (${p.command} waits for it)`
        : `${p.command} is not accepted while the session is ${p.phase}`,
  'refusal.unknown-seat': (p) => `there is no seat ${q(p.seat)}`,
  'refusal.unknown-inject': (p) => `there is no inject ${q(p.inject)}`,
  'refusal.inject-open': (p) => `${q(p.inject)} is already open`,
  'refusal.not-fired': (p) => `${q(p.inject)} has not happened yet`,
  'refusal.already-fired': (p) => `${q(p.inject)} has already happened; only injects still to come can be skipped or delayed`,
  'refusal.not-coming': (p) => `${q(p.inject)} will not fire anyway: it was skipped or cancelled`,
  'refusal.not-scheduled': (p) => `${q(p.inject)} has no time set yet (it waits for a condition or another inject), so it cannot be delayed`,
  'refusal.answered': (p) => `${q(p.inject)} has already been answered`,
  'refusal.closed': (p) => `${q(p.inject)} is closed: its time limit passed`,
  'refusal.not-addressed': (p) => `${q(p.inject)} is not addressed to the ${q(p.seat)} seat: only the seats it was sent to may answer it`,
  'refusal.answer-pending': (p) => `an answer to ${q(p.inject)} is already waiting for approval`,
  'refusal.no-answer-needed': (p) => `${q(p.inject)} needs no answer`,
  'refusal.unknown-option': (p) => `${q(p.inject)} has no option ${q(p.option)}`,
  'refusal.options-only': (p, f) => `${q(p.inject)} must be answered with one of its options (${f.list(p.options.map(q))})`,
  'refusal.option-and-text': () => 'choose an option or write text, not both',
  'refusal.option-needs-inject': () => 'an option needs the inject it answers',
  'refusal.annotation-with-option': () => 'an option carries its own annotation; only free text is annotated',
  'refusal.text-required': () => 'a statement needs text',
  'refusal.channel-required': () => 'an unprompted statement needs a channel',
  'refusal.inbound-channel': (p) => `nothing can be published on ${q(p.channel)}`,
  'refusal.unknown-audience': (p) => `there is no audience ${q(p.audience)}`,
  'refusal.unknown-statement': (p) => `there is no statement ${q(p.statement)}`,
  'refusal.not-awaiting': (p) => `statement ${q(p.statement)} is not waiting for approval`,
  'refusal.not-asked': (p) => `${q(p.seat)} is not asked to approve statement ${q(p.statement)}`,
  'refusal.already-approved': (p) => `${q(p.seat)} has already approved statement ${q(p.statement)}`,
  'refusal.unknown-conference': (p) => `there is no press conference ${q(p.conference)}`,
  'refusal.not-picking': (p) => `press conference ${q(p.conference)} is not waiting for you to call on a reporter now`,
  'refusal.hand-not-raised': (p) => `${q(p.journalist)} has no question left at press conference ${q(p.conference)}`,
  'refusal.too-many-statements': (p, f) => `the session already holds ${f.number(p.max)} statements, the most a session may`,

  'cause.at': (p) => `scheduled at ${at(p.at)}`,
  'cause.after': (p) => `${at(p.delay)} after ${q(p.inject)} ${p.event}`,
  'cause.facilitator': () => 'fired by the facilitator',
  'cause.facilitator-skip': () => 'skipped by the facilitator',
  'cause.when': () => 'its "when" condition became true',
  'cause.unless': () => 'its "unless" condition became true',
  'cause.guard': () => 'its "if" condition was false',
  'cause.answer': (p) => `the answer to ${q(p.inject)}${later(p)}`,
  'cause.option': (p) => `option ${q(p.option)} of ${q(p.inject)}${later(p)}`,
  'cause.branch': (p) => `a branch of the answer to ${q(p.inject)}${later(p)}`,
  'cause.timeout': (p) => `${q(p.inject)} went unanswered${later(p)}`,
  'cause.follow-up': (p) => `follow-up: ${FOLLOW_UP[p.trigger]} (${q(p.inject)})`,
  'cause.picked': (p) => (p.by === 'trainee' ? `you called on ${q(p.journalist)}` : `the moderator called on ${q(p.journalist)}`),
  'cause.interruption': (p) => `a reporter cut in after ${q(p.inject)}`,
  'cause.next-question': (p) => `the next question after ${q(p.inject)}`,
  'cause.scheduled': () => 'scheduled',
  'cause.reveal': (p) => `revealed by ${q(p.inject)}`,
  'cause.statement': (p) => `statement ${q(p.statement)}`,
  'cause.silence': (p) => `silence while ${q(p.rumour)} spreads`,
  'cause.denial-exposed': (p) => `the denial of ${q(p.rumour)} was exposed`,

  'end.requested': (p) => (p.by === 'facilitator' ? 'ended by the facilitator' : p.by === 'system' ? 'ended by the host' : `ended by the ${p.by}`),
  'end.clock': () => 'the scenario clock ran out',
  'end.effect': () => 'an effect ended the scenario',
  'end.early': (p) => `the early ending ${q(p.ending)} was reached`,

  'trust.in-time': () => 'answered in time',
  'trust.late': () => 'answered late',
  'trust.unprompted': () => 'spoke up without being asked',
  'trust.wrong': (p) => `wrong about ${p.fact}`,
  'trust.speculated': (p) => `speculated about ${p.fact}`,
  'trust.accurate': (p, f) => f.plural(p.count, { one: 'an accurate fact', other: `${f.number(p.count)} accurate facts` }),
  'trust.contradicted': (p, f) => f.plural(p.count, { one: 'contradicted an earlier statement', other: `contradicted ${f.number(p.count)} earlier statements` }),
  'trust.empathy': () => 'responsibility, action or concern',
  'trust.penalty': (p) => p.penalty.replace(/-/g, ' '),
  'trust.offensive-words': () => 'words this audience must not hear',

  'save.malformed': (p) => `not a saved Crisis Room session: ${p.path === '' ? 'the file' : p.path}: ${p.issue}`,
  'save.version': (p) => `this session was saved by an older version of Crisis Room (save format ${p.version}, now ${p.current}) and cannot be restored exactly; replay its plan instead`,
  'save.scenario': (p) => `this save is for scenario ${q(p.saved)}, not ${q(p.given)}`,
  'save.changed': (p) => `scenario ${q(p.scenario)} has changed since this session was saved; it cannot be restored exactly`,
  'result.malformed': (p) => `not a Crisis Room play result: ${p.path === '' ? 'the file' : p.path}: ${p.issue}`,
  'result.version': (p) =>
    `this result was made by an older version of Crisis Room (result format ${p.version}, now ${p.current}); play its plan again with "crisis play … --json" to get a current one`,
  'save.replay': (p) => `the saved journal does not replay: entry ${p.entry + 1} was refused (${p.refusal})`,
  'save.invalid': (p) => `not a session this scenario can be in: ${p.path}: ${INPUT_RULE_WORDS[p.rule]} (${p.value})`,
  'result.invalid': (p) => `not a result a session can have: ${p.path}: ${INPUT_RULE_WORDS[p.rule]} (${p.value})`,
};
