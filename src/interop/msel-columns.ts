/**
 * Which column of a facilitator's sheet is which. Real MSELs name their columns a dozen ways
 * ("Inject #", "Scenario Time", "Originator", "Expected Player Action", "Method/Mode"); headers are
 * compared after lower-casing and dropping punctuation and anything in brackets, against the
 * catalogue's own headers and the names below.
 */
import { CHANNELS, type Channel } from '../format/index.ts';
import type { Translator } from '../i18n/index.ts';
import { MSEL_FIELDS, type MselField } from './msel-model.ts';

const HEADER_ALIASES: Readonly<Record<MselField, readonly string[]>> = {
  number: ['msel #', 'msel', 'msel no', 'msel number', '#', 'no', 'nr', 'number', 'inject #', 'inject no', 'inject number', 'event #', 'event no', 'event number', 'serial', 'seq', 'sequence', 'item'],
  time: ['time', 'scenario time', 'exercise time', 'delivery time', 'inject time', 'planned time', 'planned delivery time', 'relative time', 'offset', 'time offset', 'timing', 'start time', 't', 'd h m', 'dhm'],
  from: ['from', 'sender', 'originator', 'source', 'injector', 'sent by', 'simulated by', 'role player', 'from persona'],
  to: ['to', 'recipient', 'recipients', 'player', 'players', 'target', 'receiving player', 'addressee', 'to player', 'participant', 'participants'],
  method: ['method', 'channel', 'mode', 'delivery method', 'inject method', 'inject mode', 'delivery mode', 'means', 'medium', 'delivery', 'method channel', 'method mode'],
  subject: ['subject', 'title', 'headline', 'event', 'event title', 'inject title', 'topic', 'synopsis', 'event synopsis'],
  message: ['message', 'inject', 'inject text', 'content', 'body', 'description', 'text', 'details', 'event description', 'message text', 'narrative', 'message inject', 'inject message', 'inject description'],
  expected: ['expected action', 'expected actions', 'expected player action', 'expected player actions', 'expected response', 'player response', 'expected outcome', 'expected', 'anticipated response', 'expected player response'],
  notes: ['notes', 'note', 'controller notes', 'remarks', 'comments', 'facilitator notes', 'objective', 'objectives', 'capability', 'core capability', 'purpose', 'evaluator notes'],
  id: ['inject id', 'id', 'event id', 'ref', 'reference'],
  trigger: ['trigger', 'condition', 'depends on', 'dependency', 'fires when', 'fire when'],
  deadline: ['deadline', 'respond within', 'response time', 'response deadline', 'due', 'answer time', 'time to respond'],
  severity: ['severity', 'priority', 'importance'],
  label: ['timeline label', 'label', 'short title'],
  questions: ['discussion questions', 'questions', 'discussion question', 'key questions'],
  conference: ['press conference', 'conference'],
};

/** Fields whose duplicate columns are joined (a sheet with both "Notes" and "Objective"), not refused. */
export const JOINED_FIELDS: readonly MselField[] = ['notes', 'expected', 'questions'];

const METHOD_ALIASES: Readonly<Record<Channel, readonly string[]>> = {
  'press-call': ['phone', 'phone call', 'call', 'telephone', 'press call', 'media call', 'voicemail', 'media enquiry', 'media inquiry', 'journalist call', 'tel'],
  'press-conference': ['press conference', 'presser', 'news conference', 'media conference', 'press briefing'],
  'press-release': ['press release', 'news release', 'statement'],
  email: ['email', 'e mail', 'mail', 'emails'],
  social: ['social', 'social media', 'social post', 'twitter', 'x', 'tweet', 'facebook', 'instagram', 'tiktok', 'linkedin', 'post', 'reddit', 'bluesky', 'threads', 'mastodon'],
  news: ['news', 'news article', 'article', 'newspaper', 'online news', 'web article', 'news story', 'blog', 'print'],
  tv: ['tv', 'television', 'broadcast', 'radio', 'video', 'tv segment', 'tv news', 'news broadcast'],
  leak: ['leak', 'leaked document', 'leaked memo', 'document leak', 'leaked'],
  'regulator-letter': ['regulator letter', 'regulator', 'letter', 'official letter', 'regulatory letter', 'formal letter', 'regulator notice'],
  internal: ['internal', 'chat', 'slack', 'teams', 'intranet', 'internal email', 'internal chat', 'memo', 'internal memo', 'instant message', 'im'],
  meeting: ['meeting', 'in person', 'face to face', 'stakeholder meeting', 'conference call', 'video call', 'briefing'],
  website: ['website', 'web', 'web page', 'webpage'],
  hotline: ['hotline', 'call centre', 'call center', 'helpline'],
};

/** Lower case, "&" as "and", no brackets or punctuation, single spaces. */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

export class ColumnNames {
  private readonly headers = new Map<string, MselField>();
  private readonly methods = new Map<string, Channel>();
  readonly methodNames: readonly string[];

  constructor(t: Translator) {
    for (const f of MSEL_FIELDS) {
      this.headers.set(normaliseHeader(t.t(`msel.column.${f}`)), f);
      for (const a of HEADER_ALIASES[f]) if (!this.headers.has(normaliseHeader(a))) this.headers.set(normaliseHeader(a), f);
    }
    for (const c of CHANNELS) {
      this.methods.set(normaliseHeader(t.t(`msel.method.${c}`)), c);
      this.methods.set(normaliseHeader(c), c);
      for (const a of METHOD_ALIASES[c]) this.methods.set(normaliseHeader(a), c);
    }
    this.methodNames = CHANNELS.map((c) => t.t(`msel.method.${c}`));
  }

  /** The field a header names; "Event / Subject" or "Method|Mode" name it by any of their parts. */
  field(header: string): MselField | null {
    const whole = this.headers.get(normaliseHeader(header));
    if (whole !== undefined) return whole;
    for (const part of header.split(/[/|]/)) {
      const f = this.headers.get(normaliseHeader(part));
      if (f !== undefined) return f;
    }
    return null;
  }

  method(cell: string): Channel | null {
    return this.methods.get(normaliseHeader(cell)) ?? null;
  }
}
