/**
 * The engine's codes as message keys: refusals (`refusal.*`), causes in the event log (`cause.*`),
 * how a session ended (`end.*`), why trust moved (`trust.*`) and why a save would not load
 * (`save.*`). Derived from the engine's own unions, so a new code fails to type-check until every
 * locale has words for it.
 */
import type { AnchorId, Cause, CueReason, EndCause, LoadProblem, Refusal, ResultProblem, TrustFactor } from '../../engine/index.ts';
import type { NoParams } from '../catalogue.ts';

/** `{ code, params }` union → { code: params } map. */
export type ByCode<U extends { readonly code: string; readonly params: object }> = { [C in U as C['code']]: C['params'] };

export type RefusalMessages = ByCode<Refusal>;
export type CauseMessages = ByCode<Cause> & ByCode<EndCause> & ByCode<TrustFactor>;
export type SaveMessages = ByCode<LoadProblem> & ByCode<ResultProblem>;
/** Why a score moved (`cue.*`), plus the note on a cue scaled down to keep its score within 0–100. */
export type CueMessages = ByCode<CueReason> & { 'cue.scaled': NoParams };
/** The research each cue cites. */
export type AnchorMessages = { [A in AnchorId as `anchor.${A}`]: NoParams };
export type EngineMessages = RefusalMessages & CauseMessages & SaveMessages & CueMessages & AnchorMessages;
