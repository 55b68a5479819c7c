/**
 * A full team drill over real WebSockets: a facilitator and four seats, each its own client, through
 * approvals, an improvised inject, pause and resume, the end, the hot wash and the report.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, createSession, Participant, takeSeat, type Created } from './clients.ts';
import { serverForFile } from './harness.ts';

const server = serverForFile('drill');
let base: string;

beforeAll(() => {
  base = server.url();
});

describe('a team drill run by a facilitator', () => {
  let created: Created;
  let facilitator: Participant;
  const seats: Record<string, Participant> = {};

  it('the facilitator creates a session from the library and gets a join code', async () => {
    created = await createSession(base);
    expect(created.code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(created.seats).toEqual(expect.arrayContaining(['spokesperson', 'legal', 'executive', 'hr']));
    facilitator = await Participant.join(base, { sessionId: created.sessionId, facilitator: created.facilitatorKey }, 'facilitator');
    const welcome = await facilitator.waitFor<{ you: { role: string }; session: { code: string } }>('welcome');
    expect(welcome.you.role).toBe('facilitator');
  });

  it('four people join their seats with the code, typed the way people type it', async () => {
    const typed = created.code.toLowerCase().replace('-', ' ');
    for (const [seat, name] of [['spokesperson', 'Sam'], ['legal', 'Lee'], ['executive', 'Eve'], ['hr', 'Hana']] as const) {
      const { sessionId, token } = await takeSeat(base, typed, seat, name);
      expect(sessionId).toBe(created.sessionId);
      seats[seat] = await Participant.join(base, { sessionId, token }, seat);
      const welcome = await seats[seat].waitFor<{ you: { seat: string; name: string }; session: { code: string | null } }>('welcome');
      expect(welcome.you).toMatchObject({ seat, name });
      expect(welcome.session.code).toBeNull();
    }
    const presence = await facilitator.waitFor<{ members: { seat: string | null }[] }>('presence', (p) => p.members.length === 5);
    expect(presence.members.map((m) => m.seat).sort()).toEqual([null, 'executive', 'hr', 'legal', 'spokesperson'].sort());
  });

  it('a seat that is taken cannot be taken again', async () => {
    const again = await api(base, '/api/join', { code: created.code, seat: 'legal', name: 'Mallory' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'seat-taken' });
  });

  it('the facilitator starts the exercise and the first inject reaches the seats', async () => {
    expect(await facilitator.command({ type: 'session.start' })).toMatchObject({ ok: true });
    for (const seat of ['spokesperson', 'legal', 'executive', 'hr']) {
      const fired = await seats[seat]!.waitForEvent('inject.fired', (d) => d['inject'] === 'recall-decision');
      expect(fired['inject']).toBe('recall-decision');
    }
  });

  it('a press release needs legal and the CEO: the spokesperson drafts, both sign off, it goes out', async () => {
    const sp = seats['spokesperson']!;
    const sent = await sp.command({ type: 'statement.submit', inject: 'recall-decision', option: 'holding-now' });
    expect(sent).toMatchObject({ ok: true });
    const submitted = await seats['legal']!.waitForEvent('statement.submitted');
    expect(submitted['needs']).toEqual(['legal', 'executive']);
    const statement = String(submitted['statement']);

    expect(await seats['legal']!.command({ type: 'statement.approve', statement })).toMatchObject({ ok: true });
    expect(seats['spokesperson']!.events().some((e) => e.type === 'statement.published')).toBe(false);
    expect(await seats['executive']!.command({ type: 'statement.approve', statement })).toMatchObject({ ok: true });
    const published = await facilitator.waitForEvent('statement.published', (d) => d['statement'] === statement);
    expect(published['statement']).toBe(statement);
    await sp.waitForEvent('inject.responded', (d) => d['inject'] === 'recall-decision');
  });

  it('the team channel reaches everyone, and the facilitator sees it', async () => {
    expect(await seats['hr']!.request('chat', { text: 'Plant staff are asking if Line 3 is closed <b>today</b>' })).toMatchObject({ ok: true });
    const line = await facilitator.waitFor<{ event: { type: string; from: string; text: string } }>('server', (p) => p.event.type === 'chat');
    expect(line.event).toMatchObject({ from: 'hr', text: 'Plant staff are asking if Line 3 is closed <b>today</b>' });
    await seats['spokesperson']!.waitFor('server', (p: { event: { type: string } }) => p.event.type === 'chat');
  });

  it('others see who is typing an answer to which inject', async () => {
    await seats['spokesperson']!.request('typing', { inject: 'recall-decision', typing: true });
    const typing = await seats['legal']!.waitFor<{ seat: string; inject: string }>('typing');
    expect(typing).toEqual({ seat: 'spokesperson', inject: 'recall-decision', typing: true });
  });

  it('an improvised inject as a persona reaches only the seats it is addressed to', async () => {
    const sent = await facilitator.request('improvise', { persona: 'tom-becker', channel: 'email', text: 'The night shift walked out. What do I tell them?', to: ['hr'] });
    expect(sent).toMatchObject({ ok: true });
    const got = await seats['hr']!.waitFor<{ event: { type: string; persona: string; text: string } }>('server', (p) => p.event.type === 'improvised');
    expect(got.event).toMatchObject({ persona: 'tom-becker', text: 'The night shift walked out. What do I tell them?' });
    await new Promise((r) => setTimeout(r, 200));
    expect(seats['legal']!.heard.some((h) => h.type === 'server' && (h.payload as { event: { type: string } }).event.type === 'improvised')).toBe(false);
  });

  it('the facilitator pauses (the clock stops for everyone) and resumes', async () => {
    expect(await facilitator.command({ type: 'session.pause' })).toMatchObject({ ok: true });
    await seats['hr']!.waitForEvent('session.paused');
    const nowAfterPause = (): number => {
      const cmds = facilitator.heard.filter((h) => h.type === 'cmd').map((h) => h.payload as { events: { at: number }[] });
      return Math.max(...cmds.flatMap((c) => c.events.map((e) => e.at)));
    };
    const before = nowAfterPause();
    await new Promise((r) => setTimeout(r, 400));
    expect(nowAfterPause()).toBe(before);
    expect(await facilitator.command({ type: 'session.resume' })).toMatchObject({ ok: true });
    await seats['hr']!.waitForEvent('session.resumed');
  });

  it('an observer note is tied to an inject and only the facilitator sees it', async () => {
    expect(await facilitator.request('note', { text: 'Legal signed off within two minutes', inject: 'recall-decision' })).toMatchObject({ ok: true });
    const note = await facilitator.waitFor<{ what: string; note: { inject: string } }>('private', (p) => p.what === 'note');
    expect(note.note.inject).toBe('recall-decision');
    await new Promise((r) => setTimeout(r, 100));
    expect(seats['spokesperson']!.heard.some((h) => h.type === 'private')).toBe(false);
  });

  it('the facilitator ends the exercise, opens the hot wash, and every seat answers', async () => {
    expect(await facilitator.command({ type: 'session.end', note: 'Time' })).toMatchObject({ ok: true });
    await seats['spokesperson']!.waitForEvent('session.ended');
    expect(await seats['legal']!.request('hotwash', { wentWell: 'early', improve: 'x' })).toMatchObject({ ok: false, error: { code: 'error.phase' } });
    expect(await facilitator.request('hotwash.open', {})).toMatchObject({ ok: true });
    await seats['hr']!.waitFor('server', (p: { event: { type: string } }) => p.event.type === 'hotwash.opened');
    for (const seat of ['spokesperson', 'legal', 'executive', 'hr']) {
      expect(await seats[seat]!.request('hotwash', { wentWell: `${seat}: the first statement went out inside 15 minutes`, improve: `${seat}: <script>alert(1)</script>` })).toMatchObject({ ok: true });
    }
    expect(await facilitator.request('review', { kind: 'rating', dimension: 'empathy', rating: 'P', reason: 'Named the pregnant woman and the families' })).toMatchObject({ ok: true });
  });

  it('the report is made, and shows the hot wash and the evaluator review with trainee text escaped', async () => {
    expect(await facilitator.request('report.make', {})).toMatchObject({ ok: true });
    await seats['hr']!.waitFor('server', (p: { event: { type: string } }) => p.event.type === 'report.ready');
    const html = await api<string>(base, `/api/sessions/${created.sessionId}/report`, undefined, created.facilitatorKey);
    expect(html.status).toBe(200);
    expect(html.body).toContain('the first statement went out inside 15 minutes');
    expect(html.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.body).not.toContain('<script>alert(1)</script>');
    expect(html.body).toContain('Named the pregnant woman and the families');
    const json = await api<{ aar: { overview: { participants: { seat: string }[] } }; hotWash: unknown[] }>(
      base,
      `/api/sessions/${created.sessionId}/report?format=json`,
      undefined,
      created.facilitatorKey,
    );
    expect(json.body.hotWash).toHaveLength(4);
    expect(json.body.aar.overview.participants.map((p) => p.seat)).toContain('spokesperson');
    const stranger = await api(base, `/api/sessions/${created.sessionId}/report`, undefined, 'not-the-key');
    expect(stranger.status).toBe(403);
  });

  it('everyone leaves', async () => {
    for (const p of [facilitator, ...Object.values(seats)]) await p.leave();
  });
});
