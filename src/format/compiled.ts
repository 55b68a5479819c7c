/**
 * The compiled scenario: what the engine runs. Durations are milliseconds, conditions are resolved
 * trees, defaults are filled in, press conferences are expanded into question injects, and every
 * collection is indexed by id. It is derived from the validated document (ScenarioDoc), never
 * written by hand.
 */
import type { AfterEvent } from './conditions.ts';
import type { RExpr } from './refs.ts';
import type {
  AssertsDoc,
  ExpectsDoc,
  FactValueDoc,
  InjectDoc,
  KeyMessageDoc,
  LocalTextDoc,
  PersonaDoc,
  ScenarioDoc,
} from './schema.ts';
import type { Channel, Cluster, EmpathyElement, FollowUpTrigger, Penalty, Posture, QuestionKind, ResponsibilityStyle, Severity, StakeholderKind } from './vocabulary.ts';

export type CompiledEffect =
  | { readonly kind: 'trust'; readonly deltas: readonly (readonly [string, number])[] }
  | { readonly kind: 'fire'; readonly inject: string; readonly delayMs: number }
  | { readonly kind: 'cancel'; readonly inject: string }
  | { readonly kind: 'set'; readonly values: readonly (readonly [string, number | boolean | string])[] }
  | { readonly kind: 'add'; readonly values: readonly (readonly [string, number])[] }
  | { readonly kind: 'seedRumour'; readonly rumour: string; readonly share: number | null }
  | { readonly kind: 'counterRumour'; readonly rumour: string; readonly strength: number }
  | { readonly kind: 'boostRumour'; readonly rumour: string; readonly share: number }
  | { readonly kind: 'reveal'; readonly fact: string }
  | { readonly kind: 'end'; readonly ending: string }
  | { readonly kind: 'note'; readonly text: string };

export type InjectTrigger =
  | { readonly kind: 'at'; readonly atMs: number }
  | { readonly kind: 'after'; readonly inject: string; readonly event: AfterEvent; readonly delayMs: number }
  | { readonly kind: 'when'; readonly condition: RExpr; readonly once: boolean }
  /** Fired only by an effect, a press-conference sequence or a facilitator. */
  | { readonly kind: 'manual' };

export interface CompiledOption {
  readonly id: string;
  readonly label: LocalTextDoc | null;
  readonly text: LocalTextDoc;
  readonly channel: Channel;
  readonly audience: readonly string[] | null;
  readonly asserts: AssertsDoc;
  readonly effects: readonly CompiledEffect[];
  readonly feedback: LocalTextDoc | null;
}

export interface CompiledFreeText {
  readonly channel: Channel;
  readonly effects: readonly CompiledEffect[];
  readonly branches: readonly { readonly when: RExpr; readonly effects: readonly CompiledEffect[] }[];
}

export type { FollowUpTrigger } from './vocabulary.ts';

/** What a press-conference question is, beyond its words: what its follow-ups and press scoring read. */
export interface CompiledQuestion {
  readonly kind: QuestionKind;
  /** The journalist asking (the persona id). */
  readonly journalist: string;
  readonly premise: { readonly fact: string; readonly value: FactValueDoc } | null;
  readonly loaded: readonly string[];
  readonly remit: { readonly owner: string; readonly handOver: readonly string[]; readonly facts: readonly string[] } | null;
  readonly proposition: string | null;
}

/** A press conference as the engine runs it: the opening statement, then the questions, picked from the raised hands. */
export interface CompiledConference {
  readonly id: string;
  readonly title: LocalTextDoc;
  /** The opening statement's inject, or null when the conference opens with its first question. */
  readonly opening: string | null;
  readonly picking: 'moderator' | 'trainee';
  readonly moderator: string | null;
  readonly pickTimeMs: number;
  /** The question injects in the order written (follow-ups are not listed here). */
  readonly questions: readonly string[];
}

export interface CompiledInject {
  readonly id: string;
  /** Position in the file, for stable ordering when several injects fire at the same moment. */
  readonly order: number;
  readonly title: LocalTextDoc | null;
  readonly trigger: InjectTrigger;
  readonly guard: RExpr | null;
  readonly cancelIf: RExpr | null;
  readonly channel: Channel;
  readonly from: string | null;
  readonly to: readonly string[] | null;
  readonly subject: LocalTextDoc | null;
  readonly text: LocalTextDoc;
  readonly attachments: InjectDoc['attachments'];
  readonly severity: Severity;
  readonly deadlineMs: number | null;
  readonly halfLifeMs: number;
  readonly closesAtDeadline: boolean;
  readonly regulator: { readonly withinMs: number; readonly requires: readonly string[]; readonly regulator: string | null } | null;
  readonly options: readonly CompiledOption[];
  readonly freeText: CompiledFreeText | null;
  readonly replyChannel: Channel;
  readonly expects: ExpectsDoc | null;
  readonly onResponse: readonly CompiledEffect[];
  readonly onTimeout: readonly CompiledEffect[];
  readonly reveals: readonly string[];
  readonly notes: InjectDoc['notes'] | null;
  readonly tags: readonly string[];
  /** Press conferences: the question that comes next, and the follow-ups of this question. */
  readonly conference: {
    readonly id: string;
    readonly next: string | null;
    readonly followUps: readonly { readonly inject: string; readonly trigger: FollowUpTrigger }[];
    /** For a follow-up: the question it follows. */
    readonly followUpOf: string | null;
    /** The opening statement, a question or a follow-up. */
    readonly role: 'opening' | 'question' | 'follow-up';
    /** For a question or a follow-up: what it asks (a follow-up shares its question's kind, premise and remit). */
    readonly question: CompiledQuestion | null;
  } | null;
}

export interface CompiledFact {
  readonly id: string;
  readonly label: LocalTextDoc;
  readonly kind: 'number' | 'date' | 'boolean' | 'text';
  readonly cues: readonly string[];
  readonly unit: string | null;
  readonly values: Readonly<Record<string, readonly string[]>> | null;
  /** Sorted by time; the first entry starts at 0. */
  readonly truth: readonly { readonly fromMs: number; readonly value: FactValueDoc; readonly note: string | null }[];
  readonly tolerance: { readonly absolute: number } | { readonly relative: number };
  readonly discloseByMs: number | null;
  readonly confidential: boolean;
}

export interface CompiledStakeholder {
  readonly id: string;
  readonly name: LocalTextDoc;
  readonly kind: StakeholderKind;
  readonly trust: number;
  readonly weight: number;
  readonly victims: readonly string[];
  readonly sensitivities: readonly string[];
  readonly avoid: readonly string[];
  readonly reachedBy: ReadonlySet<Channel>;
  /** Empathy a statement addressed to this audience is expected to carry; null: what the crisis calls for. */
  readonly expectsEmpathy: readonly EmpathyElement[] | null;
  /** How this audience expects responsibility to be expressed. */
  readonly responsibility: ResponsibilityStyle;
}

/**
 * The parameters every rumour model shares. Rates are per scenario hour (as authors write them in
 * `spread:`), times are integer scenario milliseconds. docs/rumour-model.md explains each one.
 */
export interface RumourParams {
  /** Spreading rate: contacts per hour by which one spreader passes the rumour on. */
  readonly lambda: number;
  /** Stifling rate: contacts per hour by which a spreader meets someone who already knows and stops. */
  readonly sigma: number;
  /** Forgetting rate per hour: a spreader falls silent without meeting anyone (Nekovee et al. 2007). */
  readonly delta: number;
  /** Share of the population spreading it when it is seeded. */
  readonly s0: number;
  /** Reach rate per hour of a full-strength correction from a fully credible source. */
  readonly kappa: number;
  /** How fast a correction fades from the news cycle (e-folding time, ms). */
  readonly tauMs: number;
  /** Share of those the correction reaches who accept it; the rest keep believing. */
  readonly epsilon: number;
}

export interface CompiledRumour {
  readonly id: string;
  readonly claim: LocalTextDoc;
  readonly isTrue: boolean;
  readonly seedMs: number | null;
  readonly audiences: readonly string[];
  readonly channels: readonly Channel[];
  readonly counteredBy: { readonly facts: readonly string[]; readonly keyMessages: readonly string[] };
  readonly params: RumourParams;
  readonly population: number;
}

export interface CompiledEnding {
  readonly id: string;
  readonly title: LocalTextDoc;
  readonly summary: LocalTextDoc | null;
  readonly when: RExpr | null;
  readonly otherwise: boolean;
  readonly early: boolean;
}

export interface CompiledClockJump {
  readonly atMs: number;
  readonly toIso: string;
  readonly title: LocalTextDoc | null;
}

export interface CompiledScenario {
  readonly doc: ScenarioDoc;
  readonly id: string;
  readonly language: string;
  readonly languages: readonly string[];
  readonly startIso: string;
  /** Calendar jumps between exercise modules, in time order (see clock.ts). */
  readonly clockJumps: readonly CompiledClockJump[];
  readonly lengthMs: number;
  readonly defaultSpeed: number;
  readonly cluster: Cluster;
  readonly severity: Severity;
  readonly compensation: boolean;
  readonly publicMustAct: boolean;
  readonly euphemisms: readonly string[];
  readonly seats: readonly string[];
  readonly soloSeat: string;
  readonly approvals: ReadonlyMap<Channel, readonly string[]>;
  readonly approvalTimeMs: ReadonlyMap<string, number>;
  readonly personas: ReadonlyMap<string, PersonaDoc>;
  readonly stakeholders: readonly CompiledStakeholder[];
  readonly facts: readonly CompiledFact[];
  readonly factIndex: ReadonlyMap<string, CompiledFact>;
  readonly keyMessages: readonly KeyMessageDoc[];
  readonly rumours: readonly CompiledRumour[];
  readonly rumourIndex: ReadonlyMap<string, CompiledRumour>;
  readonly variables: Readonly<Record<string, number | boolean | string>>;
  readonly injects: readonly CompiledInject[];
  readonly injectIndex: ReadonlyMap<string, CompiledInject>;
  /** Injects whose `after:` refers to the key inject, for O(1) scheduling. */
  readonly dependents: ReadonlyMap<string, readonly CompiledInject[]>;
  readonly endings: readonly CompiledEnding[];
  readonly conferences: readonly CompiledConference[];
  readonly conferenceIndex: ReadonlyMap<string, CompiledConference>;
}

export type { Posture, EmpathyElement, Penalty };
