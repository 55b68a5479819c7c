/**
 * Engine state → the crisis room's view model, through the engine's public selectors only. Pure:
 * the same session gives the same view model, so it is tested in Node with the real scenario.
 */
import { feed, openInjects, rumours as rumourViews, statements as statementViews, trust as trustViews, type SessionView } from '../../engine/index.ts';
import { textIn, type Channel, type CompiledInject, type CompiledScenario } from '../../format/index.ts';
import { seatsOf } from './scenario-info.ts';
import type { CardStatus, CardVM, Panel, PersonVM, PostVM, RoomVM, RumourVM, StatementVM } from './view-model.ts';

export function panelFor(inject: Pick<CompiledInject, 'channel'>): Panel {
  switch (inject.channel) {
    case 'press-call':
      return 'phone';
    case 'press-conference':
      return 'press';
    case 'social':
      return 'feed';
    case 'news':
    case 'tv':
      return 'news';
    default:
      return 'inbox';
  }
}

function person(s: CompiledScenario, id: string | null): PersonVM | null {
  if (id === null) return null;
  const p = s.personas.get(id);
  return p ? { name: p.name, outlet: p.outlet ?? null, kind: p.kind } : { name: id, outlet: null, kind: 'other' };
}

function toneOf(s: CompiledScenario, from: string | null): CardVM['tone'] {
  const d = from === null ? 'neutral' : (s.personas.get(from)?.disposition ?? 'neutral');
  return d === 'hostile' || d === 'skeptical' ? 'hostile' : d === 'friendly' ? 'friendly' : 'neutral';
}

/** Cards are rebuilt only for firings that changed; this cache keeps the others' identity. */
export type CardCache = Map<string, { readonly sig: string; readonly card: CardVM }>;

export function projectCards(v: SessionView, language: string, cache: CardCache = new Map()): CardVM[] {
  const s = v.scenario;
  const open = new Map(openInjects(v).map((o) => [o.firing, o]));
  const cards: CardVM[] = [];
  v.state.firings.forEach((f, firing) => {
    const inj = s.injectIndex.get(f.inject);
    if (!inj) return;
    const answerable = inj.options.length > 0 || inj.freeText !== null;
    const o = open.get(firing);
    const status: CardStatus = f.respondedAt !== null
      ? 'answered'
      : f.pendingStatement !== null
        ? 'awaiting-approval'
        : o
          ? o.overdue ? 'overdue' : 'open'
          : answerable ? 'missed' : 'info';
    const key = `${inj.id}#${firing}`;
    const sig = `${status}|${f.deadlineAt ?? ''}`;
    const cached = cache.get(key);
    if (cached && cached.sig === sig) {
      cards.push(cached.card);
      return;
    }
    const t = (text: Parameters<typeof textIn>[0] | null): string | null => (text === null ? null : textIn(text, language, s.language));
    const card: CardVM = {
      key,
      inject: inj.id,
      firing,
      panel: panelFor(inj),
      channel: inj.channel,
      title: t(inj.title),
      subject: t(inj.subject),
      text: t(inj.text) ?? '',
      from: person(s, inj.from),
      firedAt: f.firedAt,
      deadlineAt: f.deadlineAt,
      status,
      answerable,
      options: inj.options.map((opt) => ({ id: opt.id, label: t(opt.label) ?? opt.id, text: t(opt.text) ?? '', channel: opt.channel })),
      freeText: inj.freeText !== null,
      replyChannel: inj.replyChannel,
      severity: inj.severity,
      tone: toneOf(s, inj.from),
    };
    cache.set(key, { sig, card });
    cards.push(card);
  });
  return cards.reverse();
}

export function projectStatements(v: SessionView): StatementVM[] {
  const due = new Map<string, number>();
  for (const timer of v.state.timers) if (timer.kind === 'approval') due.set(`${timer.statement}/${timer.seat}`, timer.at);
  const seatName = (seat: string): string => seatsOf(v.scenario, v.scenario.language).find((x) => x.id === seat)?.name ?? seat;
  return statementViews(v).map((st) => ({
    id: st.id,
    seat: st.seat,
    status: st.status,
    channel: st.channel,
    audience: st.audience,
    text: st.text,
    inject: st.inject,
    submittedAt: st.submittedAt,
    publishedAt: st.publishedAt,
    approvals: st.needs.map((seat) => ({ seat, name: seatName(seat), dueAt: due.get(`${st.id}/${seat}`) ?? null, signedAt: st.approvals[seat] ?? null })),
  }));
}

export function projectRumours(v: SessionView, language: string): RumourVM[] {
  const rates = new Map(feed(v, 0).map((f) => [f.rumour, f.postsPerMinute]));
  return rumourViews(v).map((r) => {
    const compiled = v.scenario.rumourIndex.get(r.rumour);
    return {
      id: r.rumour,
      claim: compiled ? textIn(compiled.claim, language, v.scenario.language) : r.rumour,
      isTrue: compiled?.isTrue ?? false,
      seededAt: r.seededAt,
      counteredAt: r.counteredAt,
      reach: r.reach,
      believing: r.believing,
      spreaders: r.spreaders,
      postsPerMinute: rates.get(r.rumour) ?? 0,
      history: r.history,
    };
  });
}

/**
 * How tense the room is (0–1): open and overdue injects, how many believe a running rumour, and how
 * far trust has fallen. It sets the ambience and the colour of the ticker rail, nothing scored.
 */
export function pressureOf(cards: readonly CardVM[], rumours: readonly RumourVM[], trust: readonly { value: number; initial: number }[], now: number): number {
  let p = 0;
  for (const c of cards) {
    if (c.status === 'overdue') p += 0.18;
    else if (c.status === 'open') p += c.deadlineAt !== null && c.deadlineAt - now < 5 * 60_000 ? 0.12 : 0.06;
  }
  p += Math.max(0, ...rumours.map((r) => (r.counteredAt === null ? r.believing : r.believing * 0.5))) * 0.8;
  const fall = trust.reduce((sum, t) => sum + Math.max(0, t.initial - t.value), 0) / Math.max(1, trust.length);
  p += fall * 2;
  return Math.min(1, Math.round(p * 100) / 100);
}

function nextFireAt(v: SessionView): number | null {
  let next: number | null = null;
  for (const timer of v.state.timers) if (timer.kind === 'fire' && timer.at > v.state.now && (next === null || timer.at < next)) next = timer.at;
  return next;
}

export function project(v: SessionView, language: string, cache?: CardCache): RoomVM {
  const s = v.scenario;
  const cards = projectCards(v, language, cache);
  const rumours = projectRumours(v, language);
  const trust = trustViews(v).map((t) => {
    const sh = s.stakeholders.find((x) => x.id === t.stakeholder);
    return { id: t.stakeholder, name: sh ? textIn(sh.name, language, s.language) : t.stakeholder, value: t.trust, initial: t.initial };
  });
  const ending = v.state.ending;
  const endingDoc = ending?.id ? s.endings.find((e) => e.id === ending.id) : undefined;
  return {
    scenarioId: s.id,
    title: textIn(s.doc.title, language, s.language),
    organisation: s.doc.organisation.name,
    startIso: s.startIso,
    lengthMs: s.lengthMs,
    phase: v.phase,
    now: v.state.now,
    speed: v.state.speed,
    cards,
    open: cards.filter((c) => c.status === 'open' || c.status === 'overdue' || c.status === 'awaiting-approval').sort((a, b) => (a.deadlineAt ?? Infinity) - (b.deadlineAt ?? Infinity)),
    calls: cards.filter((c) => c.panel === 'phone' && (c.status === 'open' || c.status === 'overdue')),
    rumours,
    trust,
    statements: projectStatements(v),
    pressure: pressureOf(cards, rumours, trust, v.state.now),
    ending: ending ? { id: ending.id, title: endingDoc ? textIn(endingDoc.title, language, s.language) : '', summary: endingDoc?.summary ? textIn(endingDoc.summary, language, s.language) : '' } : null,
    nextInjectAt: nextFireAt(v),
  };
}

/** Social posts for the minutes since the last projection, newest first, at the rumour's rate. */
export function newPosts(v: SessionView, fromMinute: number, toMinute: number): PostVM[] {
  if (toMinute <= fromMinute) return [];
  const out: PostVM[] = [];
  const feeds = feed(v, 12);
  for (const f of feeds) {
    const minutes = Math.min(10, toMinute - fromMinute);
    const count = Math.min(feeds.length > 1 ? 10 : 12, Math.max(1, Math.round((f.postsPerMinute * minutes) / 6)));
    f.posts.slice(0, count).forEach((post, i) => {
      out.push({ key: `${f.rumour}-${toMinute}-${i}`, rumour: f.rumour, author: handleFor(f.rumour, toMinute, i), text: post.text, at: v.state.now });
    });
  }
  return out;
}

const HANDLE_PARTS = ['mom', 'dad', 'lanc', 'foodie', 'nurse', 'truth', 'philly', 'chef', 'news', 'local', 'kitchen', 'health'] as const;

/** A stable, obviously synthetic handle for a generated post. */
function handleFor(rumour: string, minute: number, i: number): string {
  let h = 2166136261;
  for (const ch of `${rumour}:${minute}:${i}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `@${HANDLE_PARTS[h % HANDLE_PARTS.length] ?? 'user'}${(h >>> 8) % 10_000}`;
}

export type { Channel };
