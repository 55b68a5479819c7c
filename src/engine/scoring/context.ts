/**
 * The one place a statement's scoring context is built: what the moment asked for and what the
 * statement is judged against. Session scoring, `sim` (choosing the best option) and
 * `crisis score` (one statement on its own) all build it here, so a statement scores the same
 * wherever it is scored.
 */
import type { Channel, Cluster, CompiledInject, CompiledScenario, Severity } from '../../format/index.ts';
import type { Contradiction } from '../ledger.ts';
import { claimVerdict } from '../verdict.ts';
import { expectationFor } from './audience.ts';
import type { StatementContext } from './statement.ts';

const confidentialFacts = new WeakMap<CompiledScenario, ReadonlySet<string>>();

function confidential(s: CompiledScenario): ReadonlySet<string> {
  let set = confidentialFacts.get(s);
  if (!set) {
    set = new Set(s.facts.filter((f) => f.confidential).map((f) => f.id));
    confidentialFacts.set(s, set);
  }
  return set;
}

export interface MomentOf {
  /** Scenario time the statement goes out: claims are judged against the truth then. */
  readonly at: number;
  readonly channel: Channel | null;
  /** The inject it answers: what that moment expects. */
  readonly inject?: CompiledInject | undefined;
  /** Facts due for disclosure that a public statement now should address. */
  readonly dueFacts?: readonly string[];
  /** The first public statement of the session (CERC's first message). */
  readonly first?: boolean;
  readonly contradictions?: readonly Contradiction[];
  readonly previousPosture?: StatementContext['previousPosture'];
  readonly correctsRumour?: boolean;
  readonly text?: string;
  /** A different crisis cluster or severity than the scenario's (crisis score's flags). */
  readonly cluster?: Cluster;
  readonly severity?: Severity;
  /** Numbers only, no cues (sim). */
  readonly cues?: boolean;
  /** Whom it reaches (the statement's resolved audience): it may be addressed to some of them. */
  readonly audience?: readonly string[];
}

/** A statement's context in a scenario. */
export function statementContext(s: CompiledScenario, m: MomentOf): StatementContext {
  const expects = m.inject?.expects;
  return {
    cluster: m.cluster ?? s.cluster,
    severity: m.severity ?? s.severity,
    compensationAllowed: s.compensation,
    channel: m.channel,
    first: m.first ?? false,
    expects: { facts: [...new Set([...(expects?.facts ?? []), ...(m.dueFacts ?? [])])], empathy: expects?.empathy ?? [] },
    verdict: (claim) => claimVerdict(s, claim, m.at),
    contradictions: m.contradictions ?? [],
    previousPosture: m.previousPosture ?? null,
    confidential: confidential(s),
    ...(m.text === undefined ? {} : { text: m.text }),
    ...(m.correctsRumour === undefined ? {} : { correctsRumour: m.correctsRumour }),
    ...(m.cues === false ? { cues: false } : {}),
    // A statement whose channel is not known yet (crisis score without --channel) is addressed as a press release would be.
    audience: expectationFor(s, m.channel ?? 'press-release', m.audience ?? [], m.inject),
  };
}

/** A statement's context with no scenario: only what a crisis of this kind calls for; facts and consistency cannot be judged. */
export function genericContext(cluster: Cluster, severity: Severity, channel: Channel | null, text: string): StatementContext {
  return {
    cluster,
    severity,
    compensationAllowed: true,
    channel,
    first: true,
    expects: null,
    verdict: null,
    contradictions: null,
    previousPosture: null,
    confidential: new Set(),
    text,
  };
}
