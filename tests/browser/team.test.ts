/**
 * A facilitator and a spokesperson, each in their own browser page, against the real session
 * server: the facilitator creates a session and gives out the code, the trainee joins with it, they
 * play and end it, the hot wash and the report follow, and the report is still there after the
 * server restarts. On the way the facilitator uploads a broken scenario (its lint errors are shown),
 * skips one inject and delays another from the console, and the evaluator changes a cue and a
 * rating, which the report shows beside what was proposed.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { startSessionServer, type RunningServer } from '../../src/server/app.ts';
import { tempDir } from '../server/services.ts';
import { closeBrowser, open, screen } from './harness.ts';

const dir = tempDir();
const db = join(dir.dir, 'team.db');
let server: RunningServer | null = null;

afterAll(async () => {
  await closeBrowser();
  await server?.stop();
  dir.remove();
});

describe('a facilitated team session in two browser windows', () => {
  test('the facilitator creates it, the spokesperson joins with the code, they play, end it, and the report survives a restart', async () => {
    server = await startSessionServer({ db, root: 'dist', log: () => undefined, tickMs: 200 });
    const base = server.url;

    const facilitator = await open(base);
    await screen(facilitator.page, 'title');
    await facilitator.page.getByTestId('menu-facilitate').click();
    await screen(facilitator.page, 'facilitate');
    // An uploaded scenario is linted on the spot: its problems are listed and no session is made.
    await facilitator.page.getByTestId('facilitate-upload').setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from('formatVersion: 1\nid: broken\ninjects:\n  - id: x\n    at: soon\n') });
    await facilitator.page.getByTestId('facilitate-create').click();
    await expect.poll(() => facilitator.page.getByTestId('facilitate-problems').textContent(), { timeout: 20_000 }).toContain('broken.yaml has');
    expect(await facilitator.page.getByTestId('facilitate-problems').locator('li').count()).toBeGreaterThan(0);
    expect(await facilitator.page.getByTestId('facilitate-problems').textContent()).toMatch(/\d+:\d+ error /);
    await facilitator.shot('team-facilitator-lint');
    await facilitator.page.getByTestId('facilitate-upload').setInputFiles([]);
    await facilitator.page.getByTestId('facilitate-scenario').selectOption('global-foods-recall');
    await facilitator.page.getByTestId('facilitate-create').click();
    await expect.poll(() => facilitator.page.getByTestId('console-code').textContent(), { timeout: 30_000 }).toMatch(/[0-9A-Z]{5}-[0-9A-Z]{5}/);
    const codeText = await facilitator.page.getByTestId('console-code').textContent();
    const code = /([0-9A-Z]{5}-[0-9A-Z]{5})/.exec(codeText ?? '')?.[1] ?? '';
    await facilitator.shot('team-facilitator-created');

    const trainee = await open(base);
    await screen(trainee.page, 'title');
    await trainee.page.getByTestId('menu-join').click();
    await screen(trainee.page, 'join');
    await trainee.page.getByTestId('join-code').fill(code.toLowerCase());
    await trainee.page.getByTestId('join-find').click();
    await trainee.page.getByTestId('join-name').fill('Sam <b>Lee</b>');
    await trainee.page.getByTestId('seat-spokesperson').click();
    await expect.poll(() => trainee.page.getByTestId('seat-heading').textContent(), { timeout: 30_000 }).toContain('spokesperson');

    // The facilitator sees who took the seat (the name shown as typed, not as markup).
    await expect.poll(() => facilitator.page.getByTestId('console-seat-spokesperson').textContent()).toContain('Sam <b>Lee</b>');
    await facilitator.page.getByTestId('console-start').click();
    await expect.poll(() => trainee.page.getByTestId('inject-recall-decision').isVisible(), { timeout: 20_000 }).toBe(true);
    await trainee.shot('team-spokesperson-inject');

    // The console lists what is coming: skip the retailer's email, delay the press call five minutes.
    const upcoming = facilitator.page.getByTestId('console-upcoming');
    await expect.poll(() => upcoming.textContent(), { timeout: 20_000 }).toContain('due 0:10:00');
    await facilitator.page.getByTestId('upcoming-skip-retailer-email').click();
    await expect.poll(() => facilitator.page.getByTestId('upcoming-retailer-email').count()).toBe(0);
    await facilitator.page.getByTestId('upcoming-delay-first-press-call').click();
    await expect.poll(() => facilitator.page.getByTestId('upcoming-first-press-call').textContent()).toContain('due 0:15:00');
    await facilitator.page.getByTestId('upcoming-first-press-call').scrollIntoViewIfNeeded();
    await facilitator.shot('team-facilitator-upcoming');

    // An unprompted social post needs no sign-off: it goes out at once.
    await trainee.page.getByTestId('draft-channel').selectOption('social');
    await trainee.page.getByTestId('draft-text').fill('We are recalling Fresh Table ravioli. Do not eat it; return it for a full refund. We are sorry.');
    await trainee.page.getByTestId('draft-submit').click();
    await expect.poll(() => facilitator.page.getByTestId('console-seat-spokesperson').textContent(), { timeout: 20_000 }).toContain('published 1');

    // The evaluator strikes the post's first cue out, with a reason.
    await facilitator.page.getByTestId('console-review-refresh').click();
    await expect.poll(() => facilitator.page.getByTestId('review-cue-0').count(), { timeout: 20_000 }).toBe(1);
    await facilitator.page.getByTestId('review-cue-0-points').fill('0');
    await facilitator.page.getByTestId('review-cue-0-reason').fill('Said in the room, not in the post');
    await facilitator.page.getByTestId('review-cue-0-save').click();
    await expect.poll(() => facilitator.page.getByTestId('review-cue-0').textContent(), { timeout: 20_000 }).toContain('Said in the room, not in the post');
    await facilitator.page.getByTestId('review-cue-0').scrollIntoViewIfNeeded();
    await facilitator.shot('team-facilitator-review');

    await facilitator.page.getByTestId('chat-input').fill('Good start');
    await facilitator.page.getByTestId('chat-send').click();
    await expect.poll(() => trainee.page.getByTestId('chat-lines').textContent()).toContain('Good start');

    await facilitator.page.getByTestId('console-pause').click();
    await expect.poll(() => trainee.page.getByTestId('seat-phase').textContent()).toContain('paused');
    await facilitator.page.getByTestId('console-resume').click();
    await expect.poll(() => trainee.page.getByTestId('seat-phase').textContent()).toContain('running');
    await facilitator.page.getByTestId('console-end').click();
    await expect.poll(() => trainee.page.getByTestId('seat-phase').textContent()).toContain('ended');

    // With the scores final, the evaluator rates empathy otherwise than the score proposes.
    await facilitator.page.getByTestId('console-review-refresh').click();
    const proposed = await facilitator.page.getByTestId('review-rating-row-empathy').getAttribute('data-proposed');
    const rating = proposed === 'P' ? 'S' : 'P';
    await facilitator.page.getByTestId('review-rating-empathy').selectOption(rating);
    await facilitator.page.getByTestId('review-rating-empathy-reason').fill('No word for the families in the room');
    await facilitator.page.getByTestId('review-rating-empathy-save').click();
    await expect.poll(() => facilitator.page.getByTestId('console-review').textContent(), { timeout: 20_000 }).toContain('No word for the families in the room');

    await facilitator.page.getByTestId('console-hotwash').click();
    await expect.poll(() => trainee.page.getByTestId('hotwash').isVisible(), { timeout: 20_000 }).toBe(true);
    await trainee.page.getByTestId('hotwash-well').fill('The first post went out in minutes');
    await trainee.page.getByTestId('hotwash-improve').fill('Involve legal earlier');
    await trainee.page.getByTestId('hotwash-send').click();
    await expect.poll(() => facilitator.page.getByTestId('console-answers').textContent()).toContain('The first post went out in minutes');
    await facilitator.page.getByTestId('console-report-make').click();
    await expect.poll(() => facilitator.page.getByTestId('console-report').getAttribute('href'), { timeout: 30_000 }).toContain('/report');
    const href = await facilitator.page.getByTestId('console-report').getAttribute('href');
    await facilitator.shot('team-facilitator-ended');
    // The browser logs the broken upload's 422 answer as a failed resource; it is the lint refusing it, as intended.
    expect(facilitator.problems.filter((p) => !p.includes('status of 422'))).toEqual([]);
    expect(trainee.problems).toEqual([]);
    await facilitator.close();
    await trainee.close();

    // Restart the server on the same database: the report is still there.
    await server.stop();
    server = await startSessionServer({ db, root: 'dist', log: () => undefined });
    const res = await fetch(new URL(href ?? '', server.url));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('The first post went out in minutes');
    expect(html).toContain('Involve legal earlier');
    // The evaluator's values beside the proposed ones, with the reasons.
    expect(html).toContain('Said in the room, not in the post');
    expect(html).toContain('<strong>0 points</strong>');
    expect(html).toContain('No word for the families in the room');
    expect(html).toContain(`Rated ${rating} by the evaluator (the score proposed ${proposed ?? ''})`);
    // Two pages, a build's worth of scenes and two server starts: on a shared machine this takes minutes.
  }, 300_000);
});
