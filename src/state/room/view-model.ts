/**
 * The crisis room's view model: what the screen shows, as plain data projected from the engine's
 * public selectors after every accepted command. Words that come from the scenario (an email's
 * body, a caller's name) are here in the scenario's language; words of the game itself (labels,
 * statuses) are made by the view from the message catalogue.
 */
import type { Channel } from '../../format/index.ts';

/** Where an inject shows up in the room. */
export type Panel = 'phone' | 'inbox' | 'feed' | 'news' | 'press';

export type CardStatus = 'open' | 'overdue' | 'awaiting-approval' | 'answered' | 'missed' | 'info';

export interface OptionVM {
  readonly id: string;
  readonly label: string;
  readonly text: string;
  readonly channel: Channel;
}

export interface PersonVM {
  readonly name: string;
  readonly outlet: string | null;
  readonly kind: string;
}

/** One firing of an inject (a call, an email, a post, a headline). */
export interface CardVM {
  readonly key: string;
  readonly inject: string;
  readonly firing: number;
  readonly panel: Panel;
  readonly channel: Channel;
  readonly title: string | null;
  readonly subject: string | null;
  readonly text: string;
  readonly from: PersonVM | null;
  readonly firedAt: number;
  readonly deadlineAt: number | null;
  readonly status: CardStatus;
  /** Needs an answer at all (options or free text). */
  readonly answerable: boolean;
  readonly options: readonly OptionVM[];
  readonly freeText: boolean;
  readonly replyChannel: Channel;
  readonly severity: string;
  /** Positive, neutral or hostile, for headlines and posts (from the persona's disposition). */
  readonly tone: 'hostile' | 'neutral' | 'friendly';
}

export interface RumourVM {
  readonly id: string;
  readonly claim: string;
  readonly isTrue: boolean;
  readonly seededAt: number | null;
  readonly counteredAt: number | null;
  readonly reach: number;
  readonly believing: number;
  readonly spreaders: number;
  readonly postsPerMinute: number;
  /** [time, reach, spreaders, believing] samples. */
  readonly history: readonly (readonly [number, number, number, number])[];
}

export interface PostVM {
  readonly key: string;
  readonly rumour: string | null;
  readonly author: string;
  readonly text: string;
  readonly at: number;
}

export interface TrustVM {
  readonly id: string;
  readonly name: string;
  readonly value: number;
  readonly initial: number;
}

export interface ApprovalVM {
  readonly seat: string;
  readonly name: string;
  /** When the simulated approver signs (scenario ms), or when they did. */
  readonly dueAt: number | null;
  readonly signedAt: number | null;
}

export interface StatementVM {
  readonly id: string;
  /** The seat that wrote it. */
  readonly seat: string;
  readonly status: 'awaiting-approval' | 'published' | 'rejected';
  readonly channel: Channel;
  readonly audience: readonly string[];
  readonly text: string;
  readonly inject: string | null;
  readonly submittedAt: number;
  readonly publishedAt: number | null;
  readonly approvals: readonly ApprovalVM[];
}

export interface ScoresVM {
  readonly overall: number;
  readonly dimensions: Readonly<Record<string, number>>;
  readonly unjudged: readonly string[];
}

export interface RoomVM {
  readonly scenarioId: string;
  readonly title: string;
  readonly organisation: string;
  readonly startIso: string;
  readonly lengthMs: number;
  readonly phase: 'briefing' | 'running' | 'paused' | 'ended';
  readonly now: number;
  readonly speed: number;
  /** Every inject that has fired, newest first. */
  readonly cards: readonly CardVM[];
  /** Open injects (need an answer), soonest deadline first. */
  readonly open: readonly CardVM[];
  /** The press call ringing now (open, not yet picked up in the UI), if any. */
  readonly calls: readonly CardVM[];
  readonly rumours: readonly RumourVM[];
  readonly trust: readonly TrustVM[];
  readonly statements: readonly StatementVM[];
  /** 0 calm … 1 overwhelmed: drives the ambience, the ticker rail and the headline tone. */
  readonly pressure: number;
  readonly ending: { readonly id: string | null; readonly title: string; readonly summary: string } | null;
  readonly nextInjectAt: number | null;
}
