/**
 * The closed vocabularies of the scenario format. Authors pick from these lists; the engine, the
 * scorer, the analyser and the UI all key their behaviour on them, so adding a value is a format
 * change (documented in docs/scenario-format.md and covered by the JSON Schema).
 */

export const CHANNELS = [
  'press-call',
  'press-conference',
  'press-release',
  'email',
  'social',
  'news',
  'tv',
  'leak',
  'regulator-letter',
  'internal',
  'meeting',
  'website',
  'hotline',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const STAKEHOLDER_KINDS = [
  'customers',
  'public',
  'community',
  'employees',
  'investors',
  'regulators',
  'media',
  'partners',
] as const;
export type StakeholderKind = (typeof STAKEHOLDER_KINDS)[number];

export interface ChannelInfo {
  readonly label: string;
  /** Injects can arrive on it. */
  readonly inbound: boolean;
  /** Trainees can publish on it. */
  readonly outbound: boolean;
  /** Where a reply to an inject on this channel goes out by default. */
  readonly replyOn: Channel | null;
  /** Which kinds of audience hear what is said on it, unless a stakeholder says otherwise. */
  readonly reaches: readonly StakeholderKind[];
  /** Public channels carry the organisation's position to everyone; internal ones do not. */
  readonly isPublic: boolean;
}

const PUBLIC_AUDIENCE: readonly StakeholderKind[] = ['customers', 'public', 'community', 'media', 'employees', 'investors', 'partners'];

export const CHANNEL_INFO: Readonly<Record<Channel, ChannelInfo>> = {
  'press-call': { label: 'Press call', inbound: true, outbound: true, replyOn: 'press-call', reaches: PUBLIC_AUDIENCE, isPublic: true },
  'press-conference': {
    label: 'Press conference',
    inbound: true,
    outbound: true,
    replyOn: 'press-conference',
    reaches: PUBLIC_AUDIENCE,
    isPublic: true,
  },
  'press-release': {
    label: 'Press release',
    inbound: false,
    outbound: true,
    replyOn: 'press-release',
    reaches: [...PUBLIC_AUDIENCE, 'regulators'],
    isPublic: true,
  },
  email: { label: 'Email', inbound: true, outbound: true, replyOn: 'email', reaches: ['partners', 'investors', 'media', 'regulators'], isPublic: false },
  social: { label: 'Social post', inbound: true, outbound: true, replyOn: 'social', reaches: ['customers', 'public', 'community', 'media', 'employees'], isPublic: true },
  news: { label: 'News article', inbound: true, outbound: false, replyOn: 'press-release', reaches: [], isPublic: true },
  tv: { label: 'TV segment', inbound: true, outbound: true, replyOn: 'tv', reaches: PUBLIC_AUDIENCE, isPublic: true },
  leak: { label: 'Leaked document', inbound: true, outbound: false, replyOn: 'press-release', reaches: [], isPublic: true },
  'regulator-letter': {
    label: 'Regulator letter',
    inbound: true,
    outbound: true,
    replyOn: 'regulator-letter',
    reaches: ['regulators'],
    isPublic: false,
  },
  internal: { label: 'Internal chat / email', inbound: true, outbound: true, replyOn: 'internal', reaches: ['employees'], isPublic: false },
  meeting: { label: 'Stakeholder meeting', inbound: true, outbound: true, replyOn: 'meeting', reaches: [], isPublic: false },
  website: { label: 'Website notice', inbound: false, outbound: true, replyOn: 'website', reaches: ['customers', 'public', 'community', 'media', 'partners'], isPublic: true },
  hotline: { label: 'Hotline script', inbound: false, outbound: true, replyOn: 'hotline', reaches: ['customers', 'public'], isPublic: false },
};

export const CLUSTERS = ['victim', 'accidental', 'preventable'] as const;
export type Cluster = (typeof CLUSTERS)[number];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** Weight of an inject's score in the session average (a critical inject counts four times a low one). */
export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { low: 1, medium: 2, high: 3, critical: 4 };

export const DIFFICULTIES = ['introductory', 'intermediate', 'advanced', 'expert'] as const;

export const PERSONA_KINDS = [
  'journalist',
  'regulator',
  'employee',
  'customer',
  'influencer',
  'leaker',
  'investor',
  'partner',
  'official',
  'executive',
  'public',
  'other',
] as const;

export const DISPOSITIONS = ['friendly', 'neutral', 'skeptical', 'hostile'] as const;

/**
 * Press-conference question kinds. Each has its own follow-up logic in the engine
 * (core/press-conferences.ts) and its own lint checks: a loaded question names its false premise, an
 * outside-remit question its owner, a yes-or-no demand the yes/no fact it is about.
 */
export const QUESTION_KINDS = ['open', 'hypothetical', 'loaded', 'outside-remit', 'interruption', 'yes-no'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Why a press-conference follow-up is asked: how the answer before it went. */
export const FOLLOW_UP_TRIGGERS = ['dodged', 'contradicted', 'timeout', 'answered', 'speculated', 'premise-accepted', 'loaded-words', 'overreached', 'rambled'] as const;
export type FollowUpTrigger = (typeof FOLLOW_UP_TRIGGERS)[number];

/** Who calls on the raised hands at a press conference. */
export const PICKING = ['moderator', 'trainee'] as const;

/**
 * SCCT response postures (Coombs 2007): deny (denial, attack the accuser, scapegoat), diminish
 * (excuse, justification), rebuild (apology, compensation), bolster (reminder, ingratiation),
 * base (instructing and adjusting information only); `no-comment` is the refusal to engage.
 */
export const POSTURES = ['deny', 'diminish', 'rebuild', 'bolster', 'base', 'no-comment'] as const;
export type Posture = (typeof POSTURES)[number];

/** Empathy elements in roughly the order the research weights them (Lewicki et al. 2016; Pace et al. 2010). */
export const EMPATHY_ELEMENTS = [
  'responsibility',
  'corrective-action',
  'concern',
  'harm-acknowledged',
  'explanation',
  'prevention',
  'compensation',
  'forgiveness',
] as const;
export type EmpathyElement = (typeof EMPATHY_ELEMENTS)[number];

/**
 * How an audience expects responsibility to be expressed. `explicit`: "we made a mistake", in the
 * active voice; an implicit admission ("this should never have happened") counts half. `implicit`:
 * where a direct admission of fault reads as weakness, regret and repair without one is what counts,
 * and a direct admission counts half.
 */
export const RESPONSIBILITY_STYLES = ['explicit', 'implicit'] as const;
export type ResponsibilityStyle = (typeof RESPONSIBILITY_STYLES)[number];

/** What costs empathy or transparency points when a statement contains it. */
export const PENALTIES = [
  'conditional-apology',
  'agentless-passive',
  'minimising',
  'self-focus',
  'euphemism',
  'victim-blaming',
  'humour',
  'hedged-harm',
  'no-comment',
  'speculation',
  'threat',
] as const;
export type Penalty = (typeof PENALTIES)[number];

/**
 * What a crisis team's own talk does (a chat message, a remark in the crisis meeting, an email to
 * the general counsel): it decides, escalates to someone with authority or a duty, prepares, or
 * decides to stay silent for now. Internal talk is judged as this work, not as a message to an
 * audience.
 */
export const INTERNAL_ACTS = ['decision', 'escalation', 'preparation', 'silence'] as const;
export type InternalAct = (typeof INTERNAL_ACTS)[number];

/**
 * Channels on which the team talks among itself (the crisis call, team chat and internal email):
 * what is said there is internal work, judged by what the team decided, escalated or prepared,
 * not by what it would tell the public.
 */
export const INTERNAL_WORK_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['internal', 'meeting']);

export const DIMENSIONS = ['timeliness', 'accuracy', 'consistency', 'empathy', 'transparency', 'proactivity'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const FACT_KINDS = ['number', 'date', 'boolean', 'text'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const ATTACHMENT_KINDS = ['memo', 'document', 'chart', 'photo', 'transcript', 'screenshot'] as const;
