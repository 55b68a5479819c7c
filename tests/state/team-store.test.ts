/**
 * A seat's crisis room without a browser or a server: the room store and the team store bound to a
 * stand-in for the session server (one engine session for the whole team, commands applied with the
 * actor the real server would give them). What each seat would see after each action.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { approver, FACILITATOR, Session, SYSTEM, trainee, type Actor } from '../../src/engine/index.ts';
import { playbookResolver } from '../../src/cli/load.ts';
import { loadScenario } from '../../src/format/index.ts';
import { createTranslator } from '../../src/i18n/index.ts';
import type { ChatLine, ClientCommand, Improvised, ServerError } from '../../src/net/protocol.ts';
import type { Member, Reply, TeamUpdate } from '../../src/net/team-client.ts';
import { seatsOf } from '../../src/state/room/scenario-info.ts';
import type { RoomRefusal } from '../../src/state/room/room-store.ts';
import { createTeamRoom, serverRefusal, type TeamPort } from '../../src/state/room/team-store.ts';
import { reactTo } from '../../src/view/room/sounds.ts';
import { toastWords } from '../../src/view/room/toasts.ts';

const loaded = loadScenario(readFileSync('scenarios/global-foods-recall.yaml', 'utf8'), 'global-foods-recall.yaml', { playbook: playbookResolver('scenarios/global-foods-recall.yaml') });
if (!loaded.scenario) throw new Error('scenario does not load');
const scenario = loaded.scenario;

/** The server's part: one session, its log, and who is connected. */
class FakeServer {
  readonly session = Session.create({ scenario, seed: 7, mode: 'team' });
  readonly ports: FakeSeat[] = [];
  readonly chat: ChatLine[] = [];
  readonly improvised: Improvised[] = [];
  /** When set, the next request is answered with this error instead. */
  failNext: ServerError | 'no-answer' | null = null;
  seq = 0;

  seat(seat: string, name: string): FakeSeat {
    const port = new FakeSeat(this, seat, name);
    this.ports.push(port);
    this.broadcast({ kind: 'presence' });
    return port;
  }

  members(): Member[] {
    return this.ports.map((p, i) => ({ client: `c${i}`, role: 'seat', seat: p.you.seat, name: p.you.name }));
  }

  broadcast(update: TeamUpdate): void {
    for (const p of this.ports) p.emit(update);
  }

  apply(command: Parameters<Session['send']>[0], actor: Actor): Reply {
    if (this.failNext !== null && this.failNext !== 'no-answer') {
      const error = this.failNext;
      this.failNext = null;
      return { ok: false, error };
    }
    const sent = this.session.send(command, actor);
    if (!sent.ok) return { ok: false, error: { code: 'error.refused', params: { refusal: sent.refusal } } };
    this.seq += 1;
    this.broadcast({ kind: 'command', seq: this.seq, actor, events: sent.events });
    return { ok: true, seq: this.seq };
  }

  facilitator(command: Parameters<Session['send']>[0]): void {
    const reply = this.apply(command, FACILITATOR);
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  }
}

class FakeSeat implements TeamPort {
  readonly you: { seat: string; name: string };
  readonly typing = new Map<string, string | null>();
  readonly sentTyping: [string | null, boolean][] = [];
  hotWashOpen = false;
  reportShared = false;
  /** What the server answers for the report: its HTML, or an HTTP status (0: no answer). */
  reportAnswer: string | number = 403;
  private readonly listeners = new Set<(u: TeamUpdate) => void>();
  private readonly server: FakeServer;

  constructor(server: FakeServer, seat: string, name: string) {
    this.server = server;
    this.you = { seat, name };
  }
  get session(): Session {
    return this.server.session;
  }
  get members(): Member[] {
    return this.server.members();
  }
  get chat(): ChatLine[] {
    return this.server.chat;
  }
  get improvised(): Improvised[] {
    return this.server.improvised.filter((i) => i.to === null || i.to.includes(this.you.seat));
  }
  subscribe(listener: (u: TeamUpdate) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit(update: TeamUpdate): void {
    for (const l of this.listeners) l(update);
  }
  private answer(reply: () => Reply): Promise<Reply> {
    if (this.server.failNext === 'no-answer') {
      this.server.failNext = null;
      return Promise.reject(new Error('timeout'));
    }
    return Promise.resolve(reply());
  }
  command(command: ClientCommand): Promise<Reply> {
    const actor = command.type === 'statement.approve' || command.type === 'statement.reject' ? approver(this.you.seat) : trainee(this.you.seat);
    return this.answer(() => this.server.apply(command, actor));
  }
  say(text: string): Promise<Reply> {
    return this.answer(() => {
      this.server.chat.push({ type: 'chat', from: this.you.seat, name: this.you.name, text, scenarioAt: this.session.now });
      this.server.broadcast({ kind: 'server', event: this.server.chat[this.server.chat.length - 1]! });
      return { ok: true, seq: ++this.server.seq };
    });
  }
  setTyping(inject: string | null, typing: boolean): Promise<Reply> {
    this.sentTyping.push([inject, typing]);
    for (const p of this.server.ports) {
      if (p === this) continue;
      if (typing) p.typing.set(this.you.seat, inject);
      else p.typing.delete(this.you.seat);
      p.emit({ kind: 'typing', seat: this.you.seat, inject, typing });
    }
    return Promise.resolve({ ok: true, seq: this.server.seq });
  }
  hotWash(): Promise<Reply> {
    return Promise.resolve({ ok: true, seq: this.server.seq });
  }
  fetchReport(): Promise<{ ok: true; html: string } | { ok: false; status: number }> {
    const answer = this.reportAnswer;
    return Promise.resolve(typeof answer === 'string' ? { ok: true, html: answer } : { ok: false, status: answer });
  }
}

function team() {
  const server = new FakeServer();
  const make = (seat: string, name: string) => createTeamRoom({ port: server.seat(seat, name), language: 'en', annotator: () => null });
  const spokesperson = make('spokesperson', 'Sam');
  const legal = make('legal', 'Lee');
  const executive = make('executive', 'Eve');
  server.facilitator({ type: 'session.start' });
  return { server, spokesperson, legal, executive };
}

const PRESS_RELEASE = 'We are recalling Fresh Table ravioli today. Four people are ill; we are deeply sorry. Do not eat it; return it for a full refund.';

describe("a seat's crisis room", () => {
  test('shows the injects addressed to its seat or to everyone, and not those for other seats', () => {
    const { server, spokesperson, legal } = team();
    server.facilitator({ type: 'inject.fire', inject: 'retailer-email' });
    const seen = (room: typeof legal) => room.room.getState().vm.cards.map((c) => c.inject);
    expect(seen(spokesperson)).toEqual(expect.arrayContaining(['recall-decision', 'retailer-email']));
    expect(seen(legal)).toContain('recall-decision');
    expect(seen(legal)).not.toContain('retailer-email');
    expect(legal.room.getState().vm.open.map((c) => c.inject)).not.toContain('retailer-email');
  });

  test('a draft needing sign-off shows who must approve; the approver sees it waiting with its words, and signing publishes it', async () => {
    const { spokesperson, legal, executive } = team();
    const refusal = await spokesperson.room.getState().submit({ inject: 'recall-decision', option: null, text: PRESS_RELEASE, channel: 'press-release', audience: [] });
    expect(refusal).toBeNull();

    const mine = spokesperson.team.getState().team.drafts;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ mine: true, forMe: false, channel: 'press-release', answers: 'Recall call: what goes out first?' });
    expect(mine[0]?.waitingFor.map((w) => w.seat)).toEqual(['legal', 'executive']);
    expect(spokesperson.room.getState().vm.open.find((c) => c.inject === 'recall-decision')?.status).toBe('awaiting-approval');

    const waiting = legal.team.getState().team.toSign;
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({ seatName: 'Head of Communications', text: PRESS_RELEASE, forMe: true });

    expect(await legal.team.getState().approve(waiting[0]!.id)).toBeNull();
    expect(legal.team.getState().team.toSign).toEqual([]);
    const after = spokesperson.team.getState().team.drafts[0];
    expect(after?.signedBy.map((s) => s.seat)).toEqual(['legal']);
    expect(after?.waitingFor.map((s) => s.seat)).toEqual(['executive']);

    expect(await executive.team.getState().approve(waiting[0]!.id)).toBeNull();
    expect(spokesperson.team.getState().team.drafts).toEqual([]);
    const statement = spokesperson.room.getState().vm.statements[0];
    expect(statement?.status).toBe('published');
    expect(spokesperson.room.getState().vm.cards.find((c) => c.inject === 'recall-decision')?.status).toBe('answered');
  });

  test('a draft sent back tells its writer who sent it back and why', async () => {
    const { spokesperson, legal } = team();
    await spokesperson.room.getState().submit({ inject: null, option: null, text: PRESS_RELEASE, channel: 'press-release', audience: [] });
    const id = legal.team.getState().team.toSign[0]!.id;
    expect(await legal.team.getState().reject(id, 'Say "voluntary" and take out the number of cases')).toBeNull();
    expect(spokesperson.team.getState().team.sentBack).toEqual([
      { id, seatName: "General Counsel's office", channel: 'press-release', reason: 'Say "voluntary" and take out the number of cases' },
    ]);
    expect(spokesperson.team.getState().team.drafts).toEqual([]);
  });

  test('refusals come back coded and read as catalogue words; the draft is not lost', async () => {
    const { server, spokesperson, legal } = team();
    const tr = createTranslator('en');
    const engine = await spokesperson.room.getState().submit({ inject: 'no-such-inject', option: null, text: 'Hello', channel: 'social', audience: [] });
    expect(engine?.code).toMatch(/^refusal\./);
    expect(spokesperson.room.getState().refusal).toEqual(engine);

    server.failNext = { code: 'error.rate-limited', params: { retryMs: 2400 } };
    const limited = await spokesperson.room.getState().submit({ inject: null, option: null, text: PRESS_RELEASE, channel: 'social', audience: [] });
    expect(limited).toEqual({ code: 'team.error.rate-limited', params: { retryMs: 2400 } });
    expect(tr.render(limited!)).toBe('too many messages at once; try again in 3 s');

    server.failNext = 'no-answer';
    const lost = await legal.team.getState().say('anyone there?');
    expect(lost?.code).toBe('team.error.connection');
    expect(legal.team.getState().error).toEqual(lost);
    expect(server.session.state.statements).toEqual([]);

    const tooLong = serverRefusal({ code: 'error.too-long', params: { path: 'text', max: 20000 } });
    expect(tr.render(tooLong)).toBe('it is too long (at most 20,000 characters)');
  });

  test('the facilitator owns time: the solo controls change nothing', () => {
    const { server, spokesperson } = team();
    const before = JSON.stringify(server.session.state);
    const s = spokesperson.room.getState();
    s.pause();
    s.setSpeed(60);
    s.skipToNext();
    s.end();
    expect(JSON.stringify(server.session.state)).toBe(before);
    expect(server.session.phase).toBe('running');
  });

  test('the clock runs on between the server checkpoints, but never far past the last one', () => {
    const { server, spokesperson } = team();
    const room = spokesperson.room;
    server.facilitator({ type: 'speed.set', speed: 1 });
    room.getState().tick(1000);
    expect(room.getState().vm.now).toBe(server.session.now + 1000);
    for (let i = 0; i < 20; i++) room.getState().tick(1000);
    // Silence from the server stops the clock at six seconds past its last word rather than inventing time.
    expect(room.getState().vm.now).toBe(server.session.now + 6000);
    server.apply({ type: 'clock.advanceTo', to: server.session.now + 1000 }, SYSTEM);
    // A checkpoint brings the shown clock back to at most 1.5 s ahead of the server's.
    expect(room.getState().vm.now).toBe(server.session.now + 1500);
    server.facilitator({ type: 'session.pause' });
    expect(room.getState().vm.now).toBe(server.session.now);
    room.getState().tick(5000);
    expect(room.getState().vm.now).toBe(server.session.now);
  });

  test('who is here, and who is writing an answer to which inject', () => {
    const { server, spokesperson, legal } = team();
    spokesperson.room.getState().drafting('recall-decision', true);
    spokesperson.room.getState().drafting('recall-decision', true);
    const port = server.ports[0]!;
    expect(port.sentTyping).toEqual([['recall-decision', true]]);
    expect(legal.team.getState().team.typing).toEqual([{ seat: 'spokesperson', seatName: 'Head of Communications', answers: 'Recall call: what goes out first?' }]);
    expect(legal.team.getState().team.present.find((p) => p.seat === 'spokesperson')?.names).toEqual(['Sam']);
    expect(legal.team.getState().team.present.find((p) => p.seat === 'hr')?.names ?? []).toEqual([]);
    spokesperson.room.getState().drafting('recall-decision', false);
    expect(legal.team.getState().team.typing).toEqual([]);
  });

  test('the team channel reaches every seat', async () => {
    const { spokesperson, legal } = team();
    expect(await legal.team.getState().say('Hold the number of cases until the FDA confirms')).toBeNull();
    expect(spokesperson.team.getState().team.chat.map((l) => `${l.name ?? ''}: ${l.text}`)).toEqual(['Lee: Hold the number of cases until the FDA confirms']);
  });

  test('the report becomes downloadable when the facilitator hands it out; before, the seat is told why not', async () => {
    const { server, legal } = team();
    const tr = createTranslator('en');
    const port = server.ports[1]!;
    expect(legal.team.getState().team.reportShared).toBe(false);
    const early = await legal.team.getState().report();
    expect(tr.render(early as RoomRefusal)).toBe('the facilitator has not handed out the report yet');

    port.reportShared = true;
    port.reportAnswer = '<html><body>After-action report</body></html>';
    port.emit({ kind: 'server', event: { type: 'report.shared' } });
    expect(legal.team.getState().team.reportShared).toBe(true);
    expect(await legal.team.getState().report()).toEqual({ html: '<html><body>After-action report</body></html>' });

    port.reportAnswer = 0;
    expect(await legal.team.getState().report()).toEqual({ code: 'team.error.connection', params: {} });
    port.reportAnswer = 500;
    expect(tr.render((await legal.team.getState().report()) as RoomRefusal)).toBe('the server could not give the report (500); try again');
  });
});

describe("announcements in a seat's room", () => {
  const tr = createTranslator('en');
  const names = Object.fromEntries(seatsOf(scenario, 'en').map((s) => [s.id, s.name]));
  /** The toasts a seat's room shows for the last batch of events it heard (seat null: solo play's wording). */
  const toasts = (room: ReturnType<typeof createTeamRoom>, seat: string | null): string[] => {
    const { vm, latest } = room.room.getState();
    const reaction = reactTo(latest.events, (inject, firing) => vm.cards.find((c) => c.inject === inject && c.firing === firing), (id) => vm.statements.find((st) => st.id === id)?.seat);
    return reaction.toasts.map((t) => toastWords(t, tr, { seat, seatName: (id) => names[id] ?? id, rumourClaim: (id) => id }).text);
  };

  test("a seat's own actions read as before; another seat's name the seat that did them", async () => {
    const { server, spokesperson, legal, executive } = team();
    const hr = createTeamRoom({ port: server.seat('hr', 'Hana'), language: 'en', annotator: () => null });
    await spokesperson.room.getState().submit({ inject: null, option: null, text: PRESS_RELEASE, channel: 'press-release', audience: [] });
    const needs = `${names['legal']} and ${names['executive']}`;
    expect(toasts(spokesperson, 'spokesperson')).toEqual([`Sent to ${needs} for sign-off`]);
    expect(toasts(legal, 'legal')).toEqual([`${names['spokesperson']} asks for your sign-off on a draft`]);
    expect(toasts(hr, 'hr')).toEqual([`${names['spokesperson']} sent a draft to ${needs} for sign-off`]);

    const id = legal.team.getState().team.toSign[0]!.id;
    await legal.team.getState().approve(id);
    expect(toasts(legal, 'legal')).toEqual([`${names['legal']} signed off`]);
    expect(toasts(spokesperson, 'spokesperson')).toEqual([`${names['legal']} signed off`]);
    expect(toasts(hr, 'hr')).toEqual([`${names['legal']} signed off a draft by ${names['spokesperson']}`]);

    await executive.team.getState().approve(id);
    expect(toasts(spokesperson, 'spokesperson')).toEqual([`${names['executive']} signed off`, 'Published: Press release']);
    expect(toasts(hr, 'hr')).toEqual([`${names['executive']} signed off a draft by ${names['spokesperson']}`, `Published by ${names['spokesperson']}: Press release`]);
    // Solo play has one player: every statement is theirs.
    expect(toasts(hr, null)).toEqual([`${names['executive']} signed off`, 'Published: Press release']);
  });
});
