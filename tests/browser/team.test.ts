/**
 * A facilitator, a spokesperson and the legal seat, each in their own browser page, against the
 * real session server: the facilitator creates a session and gives out the code (legal opens the
 * join link), the seats play in the crisis room itself (the spokesperson answers from the composer,
 * legal signs the draft off in its team panel, the facilitator sees it published), they end it, the
 * hot wash and the report follow, and the report is still there after the server restarts. On the way the facilitator uploads a broken scenario (its lint errors are shown),
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

describe('a facilitated team session in three browser windows', () => {
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
    // The seat plays in the crisis room itself, without the solo time controls.
    await screen(trainee.page, 'room');
    await expect.poll(() => trainee.page.getByTestId('seat-heading').textContent(), { timeout: 30_000 }).toContain('Head of Communications');
    expect(await trainee.page.getByTestId('pause').count()).toBe(0);
    expect(await trainee.page.getByTestId('speed-60').count()).toBe(0);
    expect(await trainee.page.getByTestId('end').count()).toBe(0);

    // The facilitator sees who took the seat (the name shown as typed, not as markup).
    await expect.poll(() => facilitator.page.getByTestId('console-seat-spokesperson').textContent()).toContain('Sam <b>Lee</b>');
    await facilitator.page.getByTestId('console-start').click();
    await expect.poll(() => trainee.page.getByTestId('open-recall-decision').isVisible(), { timeout: 20_000 }).toBe(true);

    // The console lists what is coming: skip the retailer's email, delay the press call five minutes.
    const upcoming = facilitator.page.getByTestId('console-upcoming');
    await expect.poll(() => upcoming.textContent(), { timeout: 20_000 }).toContain('due 0:10:00');
    await facilitator.page.getByTestId('upcoming-skip-retailer-email').click();
    await expect.poll(() => facilitator.page.getByTestId('upcoming-retailer-email').count()).toBe(0);
    await facilitator.page.getByTestId('upcoming-delay-first-press-call').click();
    await expect.poll(() => facilitator.page.getByTestId('upcoming-first-press-call').textContent()).toContain('due 0:15:00');
    expect(await facilitator.page.getByTestId('upcoming-first-press-call').textContent()).toContain('delayed 5 min by the facilitator');
    await facilitator.page.getByTestId('upcoming-first-press-call').scrollIntoViewIfNeeded();
    await facilitator.shot('team-facilitator-upcoming');

    // An unprompted social post from the composer needs no sign-off: it goes out at once.
    await trainee.page.getByTestId('new-statement').click();
    await trainee.page.getByTestId('statement-channel').selectOption('social');
    await trainee.page.getByTestId('statement-text').fill('We are recalling Fresh Table ravioli. Do not eat it; return it for a full refund. We are sorry.');
    await trainee.page.getByTestId('publish').click();
    await expect.poll(() => facilitator.page.getByTestId('console-seat-spokesperson').textContent(), { timeout: 20_000 }).toContain('published 1');

    // Legal opens the join link the console shows: the join screen comes up with the code filled in.
    const link = await facilitator.page.getByTestId('console-link').inputValue();
    expect(link).toBe(`${new URL(base).origin}/?join=${code}`);
    const legal = await open(base);
    await legal.page.goto(`${link}&test`);
    await screen(legal.page, 'join');
    expect(await legal.page.getByTestId('join-code').inputValue()).toBe(code);
    await legal.page.getByTestId('join-find').click();
    await legal.page.getByTestId('join-name').fill('Lee');
    await legal.page.getByTestId('seat-legal').click();
    await screen(legal.page, 'room');

    // The spokesperson answers the CEO's question on the website, which legal must sign off.
    await trainee.page.getByTestId('open-recall-decision').click();
    await trainee.page.getByTestId('reply').click();
    await trainee.page.getByTestId('statement-channel').selectOption('website');
    await expect.poll(() => trainee.page.getByTestId('approval-needed').textContent(), { timeout: 20_000 }).toContain("General Counsel's office");
    await trainee.page.getByTestId('statement-text').fill('Recall notice: do not eat Fresh Table ravioli. Return it to the store for a full refund. We are sorry.');
    await expect.poll(() => legal.page.getByTestId('seat-typing').textContent(), { timeout: 20_000 }).toContain('Head of Communications is writing an answer to');
    await trainee.page.getByTestId('publish').click();
    await expect.poll(() => trainee.page.getByTestId('team-drafts').textContent(), { timeout: 20_000 }).toContain("Waiting for General Counsel's office");
    await expect.poll(() => legal.page.getByTestId('seat-approve').textContent(), { timeout: 20_000 }).toContain('Return it to the store for a full refund');
    await trainee.shot('team-spokesperson-draft-waiting');
    await legal.shot('team-legal-approving');
    await legal.page.getByTestId('seat-approve').getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => facilitator.page.getByTestId('console-seat-spokesperson').textContent(), { timeout: 20_000 }).toContain('published 2');
    await expect.poll(() => trainee.page.getByTestId('team-drafts').textContent(), { timeout: 20_000 }).toContain('No draft is out for sign-off');
    expect(legal.problems).toEqual([]);
    await legal.close();

    // The evaluator strikes the post's first cue out, with a reason.
    await facilitator.page.getByTestId('console-review-refresh').click();
    await expect.poll(() => facilitator.page.getByTestId('review-cue-0').count(), { timeout: 20_000 }).toBe(1);
    await facilitator.page.getByTestId('review-cue-0-points').fill('0');
    await facilitator.page.getByTestId('review-cue-0-reason').fill('Said in the room, not in the post');
    await facilitator.page.getByTestId('review-cue-0-save').click();
    await expect.poll(() => facilitator.page.getByTestId('review-cue-0').textContent(), { timeout: 20_000 }).toContain('Said in the room, not in the post');
    // The boxes keep what the evaluator decided, after the save and after the panel is drawn again.
    expect(await facilitator.page.getByTestId('review-cue-0-points').inputValue()).toBe('0');
    await facilitator.page.getByTestId('console-review-refresh').click();
    expect(await facilitator.page.getByTestId('review-cue-0-points').inputValue()).toBe('0');
    expect(await facilitator.page.getByTestId('review-cue-0-reason').inputValue()).toBe('Said in the room, not in the post');
    // The live scores, redrawn when the review is stored, show the seat's score as scored and after the change.
    await expect.poll(() => facilitator.page.getByTestId('console-seat-score-spokesperson').textContent(), { timeout: 20_000 }).toContain('after review');
    // …and the team's line for that dimension too, scored and after review.
    await expect.poll(() => facilitator.page.locator('[data-testid^="console-score-"]').allTextContents(), { timeout: 20_000 }).toEqual(expect.arrayContaining([expect.stringMatching(/\d+ → \d+ after review · the evaluator changed 1 cue here/)]));
    await facilitator.page.getByTestId('review-cue-0').scrollIntoViewIfNeeded();
    await facilitator.shot('team-facilitator-review');

    await facilitator.page.getByTestId('chat-input').fill('Good start');
    await facilitator.page.getByTestId('chat-send').click();
    await expect.poll(() => trainee.page.getByTestId('chat-lines').textContent(), { timeout: 20_000 }).toContain('Good start');

    // The facilitator's pause and resume reach the seat's clock.
    const seatClock = trainee.page.locator('[role="timer"]');
    await facilitator.page.getByTestId('console-pause').click();
    await expect.poll(() => seatClock.textContent(), { timeout: 20_000 }).toContain('Paused');
    await facilitator.page.getByTestId('console-resume').click();
    await expect.poll(() => seatClock.textContent(), { timeout: 20_000 }).not.toContain('Paused');
    await facilitator.page.getByTestId('console-end').click();
    // The seat's end is the debrief solo play has: the team's score per dimension with the reasons, and its own statements under them.
    await screen(trainee.page, 'debrief');
    await facilitator.page.getByTestId('console-scores-refresh').click();
    for (const d of ['timeliness', 'accuracy', 'consistency', 'empathy', 'transparency', 'proactivity']) {
      const shown = await trainee.page.getByTestId(`score-value-${d}`).textContent();
      // The same figure the console shows for the team, as scored (the evaluator's review is the facilitator's); '—' where nothing was judged.
      const line = await facilitator.page.getByTestId(`console-score-${d}`).textContent();
      expect(shown).toBe(/(\d+|—)/.exec(line ?? '')?.[1]);
    }
    await trainee.page.getByTestId('why-empathy').locator('summary').click();
    expect(await trainee.page.getByTestId('why-statements-empathy').textContent()).toContain('Return it to the store for a full refund');
    expect(await trainee.page.getByTestId('score-mine-empathy').textContent()).toMatch(/your statements: \d+/);
    expect(await trainee.page.getByTestId('timeline').textContent()).toContain('You: Social media');
    // A team drill is not replayed alone, and its report is the facilitator's to hand out.
    expect(await trainee.page.locator('[data-testid^="what-if-"]').count()).toBe(0);
    expect(await trainee.page.getByTestId('download-html').count()).toBe(0);
    expect(await trainee.page.getByTestId('report-waiting').textContent()).toContain('The facilitator will hand out');
    expect(await trainee.page.getByTestId('hotwash-waiting').textContent()).toContain('The facilitator will open the hot wash');
    // The seat sees the scorer's figures; the evaluator may rate otherwise, so the debrief says where that comes.
    expect(await trainee.page.locator('.lede').textContent()).toContain("the evaluator's review comes with the after-action report");
    await trainee.shot('team-spokesperson-debrief');

    // With the scores final, the evaluator rates empathy otherwise than the score proposes.
    await facilitator.page.getByTestId('console-review-refresh').click();
    const proposed = await facilitator.page.getByTestId('review-rating-row-empathy').getAttribute('data-proposed');
    const rating = proposed === 'P' ? 'S' : 'P';
    await facilitator.page.getByTestId('review-rating-empathy').selectOption(rating);
    await facilitator.page.getByTestId('review-rating-empathy-reason').fill('No word for the families in the room');
    await facilitator.page.getByTestId('review-rating-empathy-save').click();
    await expect.poll(() => facilitator.page.getByTestId('console-review').textContent(), { timeout: 20_000 }).toContain('No word for the families in the room');

    await facilitator.page.getByTestId('console-hotwash').click();
    // The hot wash opens at the top of the seat's debrief.
    await expect.poll(() => trainee.page.getByTestId('debrief-hotwash').getByTestId('hotwash').isVisible(), { timeout: 20_000 }).toBe(true);
    await trainee.page.getByTestId('hotwash-well').fill('The first post went out in minutes');
    await trainee.page.getByTestId('hotwash-improve').fill('Involve legal earlier');
    await trainee.page.getByTestId('hotwash-send').click();
    await expect.poll(() => facilitator.page.getByTestId('console-answers').textContent()).toContain('The first post went out in minutes');
    await facilitator.page.getByTestId('console-report-make').click();
    await expect.poll(() => facilitator.page.getByTestId('console-report').getAttribute('href'), { timeout: 30_000 }).toContain('/report');
    const href = await facilitator.page.getByTestId('console-report').getAttribute('href');
    // Handed out, the report is the seat's to download from its debrief.
    expect(await trainee.page.getByTestId('report-download').count()).toBe(0);
    await facilitator.page.getByTestId('console-report-share').click();
    await expect.poll(() => facilitator.page.getByTestId('console-report-shared').textContent(), { timeout: 20_000 }).toContain('Handed out');
    await expect.poll(() => trainee.page.getByTestId('report-download').isVisible(), { timeout: 20_000 }).toBe(true);
    const [file] = await Promise.all([trainee.page.waitForEvent('download'), trainee.page.getByTestId('report-download').click()]);
    expect(file.suggestedFilename()).toMatch(/-report\.html$/);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toContain('Involve legal earlier');
    await trainee.shot('team-spokesperson-report');
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
