/**
 * The engine's public API: the only import path from outside src/engine (ESLint forbids deep
 * imports). docs/engine-api.md shows how to drive a session from code; docs/events.md lists every
 * event. In brief:
 *
 *   const session = Session.create({ scenario, seed: 7, mode: 'solo' });
 *   session.send({ type: 'session.start' }, FACILITATOR);            // → { ok: true, events }
 *   session.send(annotateSubmit({ type: 'statement.submit', channel: 'social', text }, annotator, session.now, session.scenario), trainee('spokesperson'));
 *   session.allowed(trainee('spokesperson'));                        // what this actor may do now
 *   const saved = session.save();                                    // kind + version + state + journal
 *   Session.load(scenario, saved);  Session.replay(scenario, saved);  // no analyser needed
 */
export { ACTOR_KINDS, Actor, actorName, approver, COMMAND_SENDERS, FACILITATOR, maySend, SYSTEM, trainee, type ActorKind } from './actors.ts';
export { annotateSubmit, Annotation, Claim, ClaimValue, emptyAnnotation, freeTextChannel, scoredEmpathyElements, scoredPenalties, UNKNOWN, type AnalysisContext, type StatementAnnotator } from './annotation.ts';
export { Cause, EndCause, TrustFactor, type CauseCode } from './causes.ts';
export { Command, COMMAND_TYPES, MAX_STATEMENT_CHARS, StatementSubmit, type CommandType } from './commands.ts';
export { EngineEvent, EVENT_PAYLOADS, EVENT_TYPES, EVENTS_VERSION, type EventData, type EventOf, type EventType } from './events.ts';
export { LIFECYCLE, phaseAccepts, PHASES, type Phase } from './machine.ts';
export { PlanError, playPlan, type PlayOptions } from './play.ts';
export { Refusal, type RefusalCode } from './refusals.ts';
export { checkPlayResult, checkSavedState, INPUT_RULES, MAX_STATEMENTS, type InputProblem, type InputRule } from './untrusted.ts';
export { buildResult } from './build-result.ts';
export { Duty, DUTY_STATUSES, type DutyStatus } from './duties.ts';
export { compareCorrection, type Comparison, type CompareOptions, type Curve, type CurvePoint } from './rumour/compare.ts';
export type { RumourParams } from './rumour/params.ts';
export { ANCHOR_IDS, type AnchorId } from './scoring/anchors.ts';
export { cue, Cue, CUE_CODES, CUE_PARAMS, type CueCode, type CueReason, type DimensionScore } from './scoring/cue.ts';
export { PlayResult, readPlayResult, RESULT_KIND, RESULT_VERSION, type ResultProblem } from './play-result.ts';
export { addressedAudiences, audienceExpectation, expectationFor, resolveAudience, type AudienceExpectation } from './scoring/audience.ts';
export { genericContext, statementContext, type MomentOf } from './scoring/context.ts';
export { timelinessFor, type CueChange, type ScoringOptions } from './scoring/session-scores.ts';
export { scoreStatement, type StatementContext, type StatementScores } from './scoring/statement.ts';
export {
  allowed,
  feed,
  openInjects,
  rumours,
  scoresSoFar,
  statements,
  trust,
  upcomingInjects,
  type Allowed,
  type OpenInject,
  type RumourView,
  type ScoresSoFar,
  type SessionView,
  type StatementView,
  type TrustView,
  type UpcomingInject,
} from './selectors.ts';
export type { RumourFeed } from './feed-view.ts';
export {
  JournalEntry,
  migrateSave,
  SAVE_KIND,
  SAVE_VERSION,
  SavedSession,
  scenarioFingerprint,
  Session,
  SessionError,
  type LoadProblem,
  type SendResult,
  type SessionOptions,
  type SessionUpdate,
} from './session.ts';
export { DirectDriver, playPolicy, POLICIES, sessionDriver, simulate, simulateOutcome, simulateRun, WriterNeedsAnalyser, type Policy, type RunOutcome, type SimDriver, type SimSummary } from './sim.ts';
export { ANSWER_STYLES, SimWriter, type AnswerStyle } from './sim-writer.ts';
export type { EngineState, Firing, InjectStatus, Statement } from './state.ts';
export { claimVerdict, type Verdict } from './verdict.ts';
export { headline, sentencesOf, type Headline, type HeadlineHints } from './press/headline.ts';
export { askedOf, assessAnswer, type Asked, type PressAssessment } from './press/assess.ts';
export { awaitingPick, handsUp } from './press/turns.ts';
