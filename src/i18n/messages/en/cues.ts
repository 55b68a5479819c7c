import type { Catalogue } from '../../catalogue.ts';
import type { Format } from '../../format.ts';
import type { CueMessages } from '../engine-keys.ts';

/** Scenario time as authors write it in plans and on the command line: "1h5m", "45m", "30s". */
export function at(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.round(Math.abs(ms) / 1000);
  const h = Math.floor(rest / 3600);
  rest -= h * 3600;
  const m = Math.floor(rest / 60);
  const s = rest - m * 60;
  let out = '';
  if (h > 0) out += `${h}h`;
  if (m > 0 || (h > 0 && s > 0)) out += `${m}m`;
  if (s > 0) out += `${s}s`;
  return sign + (out === '' ? '0m' : out);
}

const value = (v: number | boolean | string): string => String(v);
const pct = (share: number): string => `${Math.round(share * 1000) / 10}%`;
const q = (id: string): string => `"${id}"`;

const ELEMENT: Readonly<Record<CueMessages['cue.empathy.element']['element'], string>> = {
  responsibility: 'takes responsibility explicitly, in the active voice',
  'corrective-action': 'says what is being done to put it right',
  concern: 'expresses concern for the people affected',
  'harm-acknowledged': 'acknowledges the harm',
  explanation: 'explains what happened',
  prevention: 'commits to preventing a repeat',
  compensation: 'offers compensation',
  forgiveness: 'asks for forgiveness',
};

/** What the trainee sees for an element the moment called for and the statement left out. */
const MISSING: typeof ELEMENT = {
  responsibility: 'does not take responsibility',
  'corrective-action': 'does not say what is being done to put it right',
  concern: 'expresses no concern for the people affected',
  'harm-acknowledged': 'does not acknowledge the harm',
  explanation: 'does not explain what happened',
  prevention: 'does not commit to preventing a repeat',
  compensation: 'offers no compensation',
  forgiveness: 'does not ask for forgiveness',
};

const PENALTY: Readonly<Record<CueMessages['cue.empathy.penalty']['penalty'], string>> = {
  'conditional-apology': 'conditional apology ("sorry if…") reads as no apology',
  'agentless-passive': 'agentless passive hides who is responsible',
  minimising: 'minimises serious harm',
  'self-focus': 'focuses on the organisation rather than the people affected',
  euphemism: 'uses a euphemism the audience will find evasive',
  'victim-blaming': 'blames the people affected',
  humour: 'humour is out of place when people are harmed',
  'hedged-harm': 'hedges on harm that is confirmed',
  'no-comment': '"no comment"',
  speculation: 'speculates beyond what is known',
  threat: 'threatens critics, staff or the people affected',
};

/** Details the analyser attaches to a penalty, by code. */
const PENALTY_DETAIL: Readonly<Record<string, string>> = {
  'avoid-term': 'a term this scenario says to avoid',
};

const CERC: Readonly<Record<CueMessages['cue.transparency.cerc']['item'], string>> = {
  feelings: 'acknowledges how people feel',
  facts: 'gives confirmed facts',
  unknowns: 'says what is not known yet',
  'next-steps': 'says what happens next and when the next update comes',
  commitment: 'commits to stay with it',
  contact: 'says where to get more information',
};

const SUMMARY: Readonly<Record<CueMessages['cue.summary']['part'], string>> = {
  answers: 'answers against deadlines',
  'first-hour': 'first-hour statement',
  promises: 'promised updates kept',
  'statements-consistent': 'statements consistent with each other',
  'key-messages': 'key-message discipline',
  'statements-open': 'what statements said openly',
  disclosures: 'required disclosures by their deadline',
  thunder: 'stealing thunder',
  rumours: 'rumour reach avoided',
  instructions: 'instructions to the public',
  outreach: 'outreach before being asked',
};

/** What was asked, as the debrief names it. */
const ASKED: Readonly<Record<CueMessages['cue.press.answered']['kind'], string>> = {
  open: 'the question',
  hypothetical: 'the hypothetical question',
  loaded: 'the loaded question',
  'outside-remit': 'the question outside your remit',
  interruption: 'the interruption',
  'yes-no': 'the yes-or-no question',
  opening: 'the opening statement',
};

const regulator = (r: string | null): string => r ?? 'the regulator';
const list = (ids: readonly string[], _f: Format): string => ids.join(', ');

export const cues: Catalogue<CueMessages> = {
  'cue.empathy.respect': () => 'treats the people affected with basic respect (no blame, threats, mockery or brush-off)',
  'cue.empathy.element': (p) => `${ELEMENT[p.element]}${p.implicit ? ' (only implicitly)' : ''}`,
  'cue.empathy.unexpected': (p) => `${ELEMENT[p.element]} (not what this kind of crisis calls for first)`,
  'cue.empathy.penalty': (p) => (p.detail === null ? PENALTY[p.penalty] : `${PENALTY[p.penalty]} (${PENALTY_DETAIL[p.detail] ?? p.detail})`),
  'cue.empathy.missing': (p) =>
    `${MISSING[p.element]} (${p.because === 'moment' ? 'this moment called for it' : p.because === 'formal' ? 'expected even in a formal letter' : `expected in ${p.cluster === 'accidental' ? 'an' : 'a'} ${p.cluster} crisis`})`,
  'cue.empathy.missing-for-audience': (p, f) => `${MISSING[p.element]} (expected by ${list(p.audiences, f)}, to whom it is addressed)`,
  'cue.empathy.explicit-fault': (p, f) => `admits fault directly, which ${list(p.audiences, f)} read${p.audiences.length === 1 ? 's' : ''} as weakness: regret and repair without it count for more there`,
  'cue.transparency.cerc': (p) => CERC[p.item],
  'cue.transparency.addresses': (p) => `addresses ${p.fact}`,
  'cue.transparency.informative': () => 'says what is known (or that it is not known yet)',
  'cue.transparency.empty': () => 'says nothing a reader can use',
  'cue.transparency.plain': (p) => (p.grade === null ? 'short and plain' : `plain language (grade ${p.grade.toFixed(1)})`),
  'cue.transparency.hard-to-read': (p) => `hard to read (grade ${p.grade.toFixed(1)}; aim for ${p.target} or below)`,
  'cue.transparency.explained-update': () => 'explains why a figure changed',
  'cue.transparency.unexplained-update': () => 'flags a changed figure without saying why',
  'cue.transparency.nothing-to-correct': () => 'nothing it says needed correcting',
  'cue.transparency.hedging': (p) => `hedges a lot (${p.hedges} in ${p.words} words)`,
  'cue.transparency.no-comment': () => '"no comment" tells people nothing',
  'cue.transparency.withheld': (p) => `says ${p.fact} is unknown when it is known`,
  'cue.transparency.confidential': (p) => `discloses confidential ${p.fact}`,
  'cue.transparency.disclosure-never': (p) => `never disclosed ${p.fact} (due by ${at(p.by)})`,
  'cue.transparency.disclosure-in-time': (p) => `disclosed ${p.fact} at ${at(p.at)}, by its deadline`,
  'cue.transparency.disclosure-late': (p) => `disclosed ${p.fact} at ${at(p.at)}, after its deadline of ${at(p.by)}`,
  'cue.transparency.wrong-denial': (p) => `denied ${q(p.rumour)} at ${at(p.at)}, which is true${p.exposedAt !== null ? `; the truth came out at ${at(p.exposedAt)}` : ''}`,
  'cue.accuracy.correct': (p) => `${p.fact}: right (${value(p.value)})`,
  'cue.accuracy.honest-unknown': (p) => `${p.fact}: honestly says it is not known yet`,
  'cue.accuracy.withheld': (p) => `${p.fact}: says it is unknown, but it is known by now`,
  'cue.accuracy.speculative': (p) => `${p.fact}: states ${value(p.value)} before anyone knows`,
  'cue.accuracy.wrong': (p) => `${p.fact}: wrong (${value(p.value)})`,
  'cue.accuracy.speculation': () => 'speculates about what is not known',
  'cue.accuracy.no-facts': () => 'stated none of the facts of the case',
  'cue.consistency.consistent': () => 'consistent with everything said before',
  'cue.consistency.contradiction': (p) => `${p.fact}: said ${value(p.later)} after saying ${value(p.earlier)} earlier, without saying it is an update`,
  'cue.consistency.mixed-posture': () => 'denies and takes responsibility in the same breath',
  'cue.consistency.posture-flip': () => 'moves from denial to apology with no new fact to explain the change',
  'cue.consistency.key-messages': (p) => `used ${p.used} of ${p.total} key messages; ${p.onMessage}% of public statements carried one`,
  'cue.consistency.blame-and-care': (p) => `blamed the people affected to one audience while expressing concern for them to another (${at(p.first)} and ${at(p.second)})`,
  'cue.consistency.deny-and-amends': (p, f) =>
    `denied to ${list(p.denied, f)} while making amends (apology or compensation) to ${list(p.amends, f)} (${at(p.first)} and ${at(p.second)})`,
  'cue.work.decision': () => 'the team decided what to do',
  'cue.work.escalation': () => 'raised it with someone who has the authority or the duty to act',
  'cue.work.preparation': () => 'prepared what the response needs (a draft, facts, a spokesperson, a script)',
  'cue.work.silence': () => 'decided to say nothing outside for now: every answer waits, and others tell the story first',
  'cue.timeliness.unanswered': (p) => `never answered (deadline ${at(p.deadline)})`,
  'cue.timeliness.in-time': (p) => `answered at ${at(p.at)}, within the deadline of ${at(p.deadline)}`,
  'cue.timeliness.slow': (p) => `took ${at(p.took)} of the ${at(p.answerTime)} to answer: the room watched the hesitation`,
  'cue.timeliness.late': (p) => `answered at ${at(p.at)}, ${at(p.late)} after the deadline (halves every ${at(p.halfLife)})`,
  'cue.timeliness.filed-none': (p) => `nothing filed with ${regulator(p.regulator)} within ${at(p.within)}`,
  'cue.timeliness.filed-complete': (p) => `filed with ${regulator(p.regulator)} in time with everything required`,
  'cue.timeliness.filed-partial': (p, f) => `filed with ${regulator(p.regulator)} in time, but without ${list(p.missing, f)} (a phased filing)`,
  'cue.timeliness.first-statement-none': () => 'no public statement at all',
  'cue.timeliness.first-statement-in-time': (p) => `first public statement at ${at(p.at)}, within the first hour of the crisis`,
  'cue.timeliness.first-statement-late': (p) => `first public statement at ${at(p.at)}, more than an hour after the crisis broke at ${at(p.crisisStart)}`,
  'cue.timeliness.promise-kept': (p) => `kept the promised update for ${at(p.due)}`,
  'cue.timeliness.promise-broken': (p) => `promised an update by ${at(p.due)} and did not give one`,
  'cue.proactivity.tells': () => 'tells people what to do',
  'cue.proactivity.does-not-tell': () => 'does not tell people what to do',
  'cue.proactivity.thunder-first': (p) => `disclosed ${p.fact} before it came out`,
  'cue.proactivity.thunder-late': (p) => `${p.fact} came out (at ${at(p.revealedAt)}) before you disclosed it`,
  'cue.proactivity.thunder-never': (p) => `never disclosed ${p.fact}`,
  'cue.proactivity.denied-true': (p) => `denied ${q(p.rumour)}, which is true`,
  'cue.proactivity.confirmed-true': (p) => `confirmed ${q(p.rumour)} honestly (it is true) at ${at(p.at)}`,
  'cue.proactivity.unaddressed-true': (p) => `never addressed ${q(p.rumour)}, which is true`,
  'cue.proactivity.rumour-reach': (p) =>
    `rumour ${q(p.rumour)}: reached ${pct(p.reach)} of its audience; silence would have meant ${pct(p.silent)}, an immediate correction ${pct(p.ideal)} (${Math.round(p.avoided * 100)}% of the avoidable reach avoided)`,
  'cue.proactivity.instructed-public': (p) => `told the public what to do (at ${at(p.at)})`,
  'cue.proactivity.never-instructed': () => 'never told the public what to do to stay safe',
  'cue.proactivity.outreach-before': (p) => `reached ${p.audience} before they asked`,
  'cue.proactivity.outreach-after': (p) => `reached ${p.audience} only after they asked`,
  'cue.proactivity.outreach-never': (p) => `never addressed ${p.audience}`,
  'cue.press.answered': (p) => (p.kind === 'opening' ? 'made the opening statement' : p.kind === 'yes-no' ? 'took a clear position on the yes-or-no question' : `answered ${ASKED[p.kind]}`),
  'cue.press.dodged': (p) => (p.kind === 'yes-no' ? 'gave neither a yes, a no nor an honest "we don\'t know yet"' : `did not answer ${ASKED[p.kind]}`),
  'cue.press.unanswered': (p) => `${ASKED[p.kind]} went unanswered: the time ran out`,
  'cue.press.no-comment': () => '"no comment" in front of the cameras is heard as guilt',
  'cue.press.within-known': () => 'stayed within what is known',
  'cue.press.nothing-known': () => 'put nothing that is known on the record: holding back the facts is not staying within them',
  'cue.press.misstated': (p) => `got ${p.fact} wrong: that is not within what is known`,
  'cue.press.speculated': (p) => `guessed at ${p.fact}, which nobody knows yet`,
  'cue.press.speculation': () => 'speculated beyond what is known',
  'cue.press.bridged': (p) => `bridged back to the key message ${q(p.keyMessage)}`,
  'cue.press.no-bridge': () => 'did not bring the answer back to a key message',
  'cue.press.consistent': () => 'consistent with everything said earlier in the session',
  'cue.press.contradicted': (p) => `${p.fact}: said ${value(p.later)} after saying ${value(p.earlier)} at ${at(p.at)}, without saying the figure changed or why`,
  'cue.press.quotable': (p) => `quotable: ${p.words} words, short enough to run whole`,
  'cue.press.out-of-context': (p) => `${p.words} words, more than ${p.limit}: the headline takes sentence ${p.sentence} of ${p.sentences} on its own`,
  'cue.press.loaded-avoided': () => 'did not repeat the question\'s loaded words',
  'cue.press.loaded-repeated': (p) => `repeated the loaded words (${p.words.map((w) => `"${w}"`).join(', ')}): they will be the headline`,
  'cue.press.premise-corrected': (p) => `corrected the question's false premise about ${p.fact}`,
  'cue.press.premise-unchallenged': (p) => `left the question's false premise about ${p.fact} standing`,
  'cue.press.premise-accepted': (p) => `accepted the question's false premise (${p.fact}: ${value(p.value)})`,
  'cue.press.handed-over': (p) => `handed the question to ${p.owner}, who owns it`,
  'cue.press.not-handed-over': (p) => `did not say that ${p.owner} answers for this`,
  'cue.press.overreached': (p) => `spoke for ${p.owner} on ${p.fact}`,
  'cue.silence': () => 'said nothing at all: silence is scored as 0',
  'cue.summary': (p) => `${SUMMARY[p.part]}: ${p.score}/100, weighted ${p.weight}%`,
  'cue.scaled': () => 'scaled: a score stays within 0–100',
};
