/**
 * The evaluator's review over real WebSockets: the facilitator confirms or changes a statement's
 * cue and, after the end, a capability's proposed rating, each with a reason; the server works out
 * what was proposed itself; every acknowledged review survives kill -9; and the after-action report
 * shows the proposed value beside the evaluator's, with the reason.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildResult } from '../../src/engine/index.ts';
import { TeamClient } from '../../src/net/team-client.ts';
import { liveScores } from '../../src/net/console.ts';
import { ratingFor } from '../../src/report/aar.ts';
import { cueChanges } from '../../src/report/evaluator-review.ts';
import { api, createSession, takeSeat } from './clients.ts';
import { until } from './harness.ts';
import { spawnServer, type ServerProcess } from './process.ts';
import { tempDir } from './services.ts';

const dir = tempDir();
const db = join(dir.dir, 'review.db');
const running: ServerProcess[] = [];

afterAll(async () => {
  for (const p of running) await p.kill('SIGKILL');
  dir.remove();
});

type Json = { reviews: { key: string; proposed: Record<string, unknown>; decided: Record<string, unknown>; reason: string; by: string }[]; aar: { capabilities: { dimension: string; score: number; rating: string; note: string | null }[] } };

describe('the evaluator reviews ratings and cues', () => {
  it('confirms and changes cues and a rating with reasons; the report shows both values after a kill -9 and restart', async () => {
    const first = await spawnServer({ CRISIS_DB: db });
    running.push(first);
    const created = await createSession(first.url);
    const facilitator = await TeamClient.join(first.url, { sessionId: created.sessionId, facilitator: created.facilitatorKey });
    const seat = await takeSeat(first.url, created.code, 'spokesperson', 'Sam');
    const sam = await TeamClient.join(first.url, seat);

    expect(await facilitator.command({ type: 'session.start' })).toMatchObject({ ok: true });
    const text = 'We are deeply sorry. We are recalling Fresh Table ravioli today. Do not eat it; return it for a full refund. We will update you by 11:00.';
    expect(await sam.command({ type: 'statement.submit', channel: 'social', text })).toMatchObject({ ok: true });
    await until(() => facilitator.session.state.statements.some((s) => s.status === 'published'));
    const statement = facilitator.session.state.statements[0]!.id;

    // The console lists the statement's cues from its own replica; the server agrees on what they are.
    const cues = buildResult(facilitator.scenario, facilitator.session.state).statements.find((s) => s.id === statement)!.cues;
    expect(cues.length).toBeGreaterThan(1);
    const kept = cues[0]!;
    const changed = cues[1]!;
    expect(await facilitator.review({ kind: 'cue', statement, cue: 0, points: kept.points, reason: 'Heard it in the room too' })).toMatchObject({ ok: true });
    expect(await facilitator.review({ kind: 'cue', statement, cue: 1, points: 0, reason: 'The refund was promised before, not new' })).toMatchObject({ ok: true });

    // The console's live scores: the seat's score on the changed cue's dimension moves by what the evaluator took off; the confirmed cue moves nothing.
    await until(() => facilitator.reviews.size === 2);
    const changes = cueChanges(facilitator.reviews.values());
    expect(changes).toEqual([{ statement, cue: 1, points: 0 }]);
    const live = liveScores(facilitator.session, changes);
    const scored = live.seats['spokesperson']![changed.dimension]!;
    expect(live.reviewed.changedCues).toEqual({ [changed.dimension]: 1 });
    expect(live.reviewed.seats['spokesperson']?.[changed.dimension]).toBe(Math.round(Math.min(100, Math.max(0, scored - changed.points))));
    expect(Object.keys(live.reviewed.seats['spokesperson']!)).toEqual([changed.dimension]);

    // Refused with a code: a cue that does not exist, a statement that does not exist, a rating before the end, a seat reviewing.
    expect(await facilitator.review({ kind: 'cue', statement, cue: 999, points: 1, reason: 'x' })).toEqual({ ok: false, error: { code: 'error.unknown-target', params: { target: `cue:${statement}:999` } } });
    expect(await facilitator.review({ kind: 'cue', statement: 's404', cue: 0, points: 1, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'error.unknown-target' } });
    expect(await facilitator.review({ kind: 'rating', dimension: 'empathy', rating: 'P', reason: 'early' })).toEqual({ ok: false, error: { code: 'error.phase', params: { phase: 'running' } } });
    expect(await sam.review({ kind: 'cue', statement, cue: 0, points: 50, reason: 'I deserve it' })).toMatchObject({ ok: false, error: { code: 'error.not-allowed' } });
    expect(await facilitator.review({ kind: 'cue', statement, cue: 0, points: 1, reason: '   ' })).toMatchObject({ ok: false, error: { code: 'error.malformed' } });

    expect(await facilitator.command({ type: 'session.end' })).toMatchObject({ ok: true });
    await until(() => facilitator.session.phase === 'ended');
    // Ratings are proposed from the scores after the evaluator's cue changes, as the console shows them.
    const ended = liveScores(facilitator.session, cueChanges(facilitator.reviews.values()));
    const scores = buildResult(facilitator.scenario, facilitator.session.state, [], { cueChanges: changes }).scores;
    expect(scores[changed.dimension]).toBe(ended.reviewed.dimensions[changed.dimension]);
    const proposed = ratingFor(scores.empathy).code;
    const other = proposed === 'P' ? 'S' : 'P';
    expect(await facilitator.review({ kind: 'rating', dimension: 'empathy', rating: other, reason: 'Named the families; the score misses tone' })).toMatchObject({ ok: true });
    const timeliness = ratingFor(scores.timeliness).code;
    expect(await facilitator.review({ kind: 'rating', dimension: 'timeliness', rating: timeliness === 'N/A' ? 'U' : timeliness, reason: 'Agreed' })).toMatchObject({ ok: true });
    expect(await facilitator.makeReport()).toMatchObject({ ok: true });

    // Everything acknowledged is stored: kill the server without warning, start it again on the same database.
    await first.kill('SIGKILL');
    const second = await spawnServer({ CRISIS_DB: db });
    running.push(second);
    const back = await TeamClient.join(second.url, { sessionId: created.sessionId, facilitator: created.facilitatorKey });
    expect([...back.reviews.keys()].sort()).toEqual([`cue:${statement}:0`, `cue:${statement}:1`, 'rating:empathy', 'rating:timeliness']);
    const samBack = await TeamClient.join(second.url, seat);
    expect(samBack.reviews.size).toBe(0);

    const json = await api<Json>(second.url, `/api/sessions/${created.sessionId}/report?format=json`, undefined, created.facilitatorKey);
    expect(json.status).toBe(200);
    const byKey = new Map(json.body.reviews.map((r) => [r.key, r]));
    expect(byKey.get(`cue:${statement}:1`)).toMatchObject({ proposed: { kind: 'cue', statement, seat: 'spokesperson', cue: { code: changed.code, points: changed.points } }, decided: { points: 0 }, reason: 'The refund was promised before, not new', by: 'facilitator' });
    expect(byKey.get('rating:empathy')).toMatchObject({ proposed: { kind: 'rating', rating: proposed }, decided: { rating: other } });
    // The evaluator's rating is the capability's rating, with what was proposed and why it changed.
    const empathy = json.body.aar.capabilities.find((c) => c.dimension === 'empathy')!;
    expect(empathy.rating).toBe(other);
    expect(empathy.note).toContain(`the score proposed ${proposed}`);
    expect(empathy.note).toContain('Named the families; the score misses tone');

    // The changed cue's capability is scored as the console showed it after review, saying what the scorer gave.
    const reviewedCap = json.body.aar.capabilities.find((c) => c.dimension === changed.dimension)!;
    expect(reviewedCap.score).toBe(ended.reviewed.dimensions[changed.dimension]);
    expect(ended.reviewed.dimensions[changed.dimension]).toBeLessThan(ended.dimensions[changed.dimension]!);
    expect(reviewedCap.note).toContain(`Scored ${ended.dimensions[changed.dimension]}; ${ended.reviewed.dimensions[changed.dimension]} after the evaluator's changes`);

    const html = await api<string>(second.url, `/api/sessions/${created.sessionId}/report`, undefined, created.facilitatorKey);
    const section = html.body.slice(html.body.indexOf('id="hot-wash"'));
    expect(section).toContain('The refund was promised before, not new');
    expect(section).toContain(`Statement ${statement} (spokesperson)`);
    expect(section).toMatch(/\+?[\d.]+ points<\/td><td><strong>0 points<\/strong> <small>\(changed\)/);
    expect(section).toContain('(confirmed)');
    await back.leave();
    await samBack.leave();
  }, 90_000);
});
