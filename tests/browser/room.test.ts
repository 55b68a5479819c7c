/**
 * The recall scenario played through the UI in Chromium, as a trainee would: with the mouse, with
 * the keyboard only, across a reload, in the right-to-left pseudo-locale, and again from a moment
 * of the debrief (what-if). The scores the debrief shows are checked against the engine replaying
 * the same commands in Node.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { buildResult, Session } from '../../src/engine/index.ts';
import { playbookResolver } from '../../src/cli/load.ts';
import { loadScenario } from '../../src/format/index.ts';
import { closeBrowser, open, screen, type Opened } from './harness.ts';

const baseUrl = inject('baseUrl');
const SCENARIO = 'scenarios/global-foods-recall.yaml';

afterAll(closeBrowser);

interface RoomSnapshot {
  phase: string;
  now: number;
  open: { inject: string; deadlineAt: number | null; status: string }[];
  statements: { status: string; channel: string }[];
}

/** The room's view model, read through the test handle (the store, never Phaser). */
async function room(page: Page): Promise<RoomSnapshot> {
  return page.evaluate(() => {
    const handle = (window as unknown as { __crisis: { room: () => { store: { getState: () => { vm: { phase: string; now: number; open: { inject: string; deadlineAt: number | null; status: string }[]; statements: { status: string; channel: string }[] } } } } | null } }).__crisis.room();
    if (!handle) throw new Error('no room');
    const vm = handle.store.getState().vm;
    return { phase: vm.phase, now: vm.now, open: vm.open.map((c) => ({ inject: c.inject, deadlineAt: c.deadlineAt, status: c.status })), statements: vm.statements.map((s) => ({ status: s.status, channel: s.channel })) };
  });
}

async function savedSession(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __crisis: { room: () => { store: { getState: () => { save: () => unknown } } } | null } }).__crisis.room()?.store.getState().save());
}

async function soundLog(page: Page): Promise<{ sound: string; action: string }[]> {
  return page.evaluate(() => [...((window as unknown as { __crisis: { audio: () => { log: { sound: string; action: string }[] } | null } }).__crisis.audio()?.log ?? [])]);
}

async function enterRoom(s: Opened): Promise<void> {
  await screen(s.page, 'title');
  await s.page.getByTestId('menu-solo').click();
  await s.page.getByTestId('open-global-foods-recall').click();
  await screen(s.page, 'briefing');
  await s.page.getByTestId('start').click();
  await screen(s.page, 'room');
  await s.page.getByTestId('open-recall-decision').waitFor();
}

async function until(page: Page, predicate: (r: RoomSnapshot) => boolean, what: string, timeoutMs = 30_000): Promise<RoomSnapshot> {
  const started = Date.now();
  for (;;) {
    const r = await room(page);
    if (predicate(r)) return r;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}; room: ${JSON.stringify(r)}`);
    await page.waitForTimeout(150);
  }
}

function scenario() {
  const loaded = loadScenario(readFileSync(SCENARIO, 'utf8'), SCENARIO, { playbook: playbookResolver(SCENARIO) });
  if (!loaded.scenario) throw new Error('scenario does not load');
  return loaded.scenario;
}

describe('crisis room', () => {
  test('a solo playthrough with the mouse: approval, a post, a call, an email, the debrief with the engine’s scores', async () => {
    const s = await open(baseUrl);
    s.page.on('dialog', (d) => void d.accept());
    await enterRoom(s);
    await s.shot('room-start-1280x720');

    // The CEO's decision: start from the prepared holding statement; a press release needs sign-off.
    await s.page.getByTestId('use-option-holding-now').click();
    await expect.poll(() => s.page.getByTestId('approval-needed').textContent()).toContain('General Counsel');
    await s.page.getByTestId('publish').click();
    await s.page.getByTestId('approval-legal').waitFor();
    await s.shot('room-approval-1280x720');
    await s.page.getByTestId('speed-60').click();
    await until(s.page, (r) => r.statements.some((x) => x.status === 'published' && x.channel === 'press-release'), 'the press release to be signed off and published');

    // An unprompted post, in my own words: the analyser shows the facts it asserts as I type.
    await s.page.getByTestId('pause').click();
    await s.page.getByTestId('new-statement').click();
    await s.page.getByTestId('statement-channel').selectOption('social');
    await s.page.getByTestId('statement-text').fill('We are recalling Fresh Table Spinach & Ricotta Ravioli. Four people are ill and we are deeply sorry. Do not eat it: take it back for a full refund. Call 1-800-555-0142.');
    await s.page.getByTestId('claim-illnesses').waitFor();
    await s.shot('room-composer-analysis-1280x720');
    await s.page.getByTestId('publish').click();
    await until(s.page, (r) => r.statements.some((x) => x.status === 'published' && x.channel === 'social'), 'the post to be published');
    await s.page.getByTestId('pause').click();

    // The phone rings: answer, then answer the reporter's question.
    for (let i = 0; i < 6 && !(await s.page.getByTestId('answer-phone').isVisible()); i++) {
      await s.page.getByTestId('next-inject').click();
      await s.page.waitForTimeout(400);
    }
    await s.page.getByTestId('answer-phone').waitFor();
    expect(await s.page.getByTestId('phone').getAttribute('data-ringing')).toBe('true');
    await s.shot('room-phone-ringing-1280x720');
    await s.page.getByTestId('answer-phone').click();
    expect(await s.page.getByTestId('phone').getAttribute('data-ringing')).toBe('false');
    await s.page.getByTestId('option-confirm-and-advise').click();
    await s.page.getByTestId('publish').click();
    await until(s.page, (r) => !r.open.some((o) => o.inject === 'first-press-call'), 'the call to be answered');

    // The retailer's email: reply in my own words.
    await until(s.page, (r) => r.open.some((o) => o.inject === 'retailer-email') || r.now > 14 * 60_000, 'the clock to reach the retailer email', 40_000);
    await s.page.getByTestId('next-inject').click();
    await s.page.getByTestId('item-retailer-email').click();
    await s.page.getByTestId('reply').click();
    await s.page.getByTestId('statement-text').fill('Greg, thank you. Please pull every pack of Fresh Table Spinach & Ricotta Ravioli from your shelves now; we will credit all stock and refund every customer, no receipt needed. We do not yet know which lots are affected and will tell you by 10:00.');
    await s.page.getByTestId('publish').click();
    await until(s.page, (r) => !r.open.some((o) => o.inject === 'retailer-email'), 'the email to be answered');
    await s.shot('room-playing-1280x720');

    const sounds = await soundLog(s.page);
    expect(sounds.map((x) => x.sound)).toEqual(expect.arrayContaining(['message', 'publish', 'phone-ring', 'ambience-calm']));
    expect(sounds).toContainEqual({ sound: 'phone-ring', action: 'stop' });

    // End: the debrief's scores are the engine's for the same commands.
    await s.page.getByTestId('end').click();
    await screen(s.page, 'debrief');
    await s.shot('debrief-1280x720');
    const saved = await savedSession(s.page);
    const replayed = Session.replay(scenario(), saved);
    const result = buildResult(replayed.scenario, replayed.state);
    expect(await s.page.getByTestId('debrief-overall').textContent()).toBe(String(result.scores.overall));
    for (const d of ['timeliness', 'accuracy', 'consistency', 'empathy', 'transparency', 'proactivity'] as const) {
      const shown = await s.page.getByTestId(`score-value-${d}`).textContent();
      expect(shown, d).toBe(result.unjudged.includes(d) ? '—' : String(result.scores[d]));
    }
    expect(result.statements.length).toBeGreaterThanOrEqual(4);
    // Empathy is the mean of the statements' scores: its "Why" lists them, each with its reasons.
    await s.page.getByTestId('why-empathy').locator('summary').click();
    await expect.poll(() => s.page.getByTestId('why-statements-empathy').locator(':scope > li').count()).toBe(result.statements.filter((x) => x.scores.empathy !== undefined).length);
    await s.shot('debrief-why-empathy-1280x720');

    // What-if: replay from the moment of the second published statement, paused there with the first kept.
    const rows = s.page.getByTestId('timeline').locator('li');
    const count = await rows.count();
    let target = -1;
    for (let i = 0, mine = 0; i < count; i++) {
      if ((await rows.nth(i).locator('.mine').count()) > 0 && ++mine === 2) target = i;
    }
    expect(target).toBeGreaterThan(0);
    await s.page.getByTestId(`what-if-${target}`).click();
    await screen(s.page, 'room');
    const resumed = await room(s.page);
    expect(resumed.phase).toBe('paused');
    expect(resumed.statements.filter((x) => x.status === 'published').length).toBeGreaterThanOrEqual(1);
    await s.shot('room-what-if-1280x720');
    expect(s.problems).toEqual([]);
    await s.close();
  });

  test('keyboard only: from the menu into the room and one inject answered', async () => {
    const s = await open(baseUrl);
    await screen(s.page, 'title');
    await s.page.keyboard.press('Enter'); // Solo drill (focused first)
    await screen(s.page, 'library');
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-global-foods-recall');
    await s.page.keyboard.press('Enter');
    await screen(s.page, 'briefing');
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.getAttribute('data-testid')), { timeout: 20_000 }).toBe('start');
    await s.page.keyboard.press('Enter');
    await screen(s.page, 'room');
    await s.page.getByTestId('open-recall-decision').waitFor();
    await s.page.keyboard.press('p'); // pause while reading
    await until(s.page, (r) => r.phase === 'paused', 'the pause');
    // From the document being read, Tab reaches its Reply button.
    await s.page.getByTestId('reader').focus();
    await s.page.keyboard.press('Tab');
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('reply');
    const focusVisible = await s.page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(focusVisible).not.toBe('none');
    await s.page.keyboard.press('Enter');
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('statement-text');
    await s.page.keyboard.type('Dana, I recommend we recall now and say so publicly within the hour: four people are ill, we do not yet know which lots, and people must not eat it.');
    await s.shot('room-keyboard-1280x720');
    await s.page.keyboard.press('Control+Enter');
    await s.page.keyboard.press('p');
    await until(s.page, (r) => !r.open.some((o) => o.inject === 'recall-decision'), 'the decision to be answered');
    expect(s.problems).toEqual([]);
    await s.close();
  });

  test('save, reload, resume: the same moment and the same open deadlines', async () => {
    const s = await open(baseUrl);
    await enterRoom(s);
    await s.page.getByTestId('speed-60').click();
    await until(s.page, (r) => r.now > 11 * 60_000, 'eleven scenario minutes');
    await s.page.getByTestId('pause').click();
    const before = await until(s.page, (r) => r.phase === 'paused', 'the pause');
    await s.page.reload();
    await screen(s.page, 'title');
    await s.page.getByTestId('menu-solo').click();
    await s.page.getByTestId('open-global-foods-recall').click();
    await screen(s.page, 'briefing');
    await s.page.getByTestId('resume').click();
    await screen(s.page, 'room');
    const after = await room(s.page);
    expect(after.now).toBe(before.now);
    expect(after.phase).toBe('paused');
    expect(after.open).toEqual(before.open);
    expect(s.problems).toEqual([]);
    await s.close();
  });

  test('right-to-left pseudo-locale: the room mirrors and no label is clipped', async () => {
    const s = await open(baseUrl, { query: 'locale=ar-XB' });
    await enterRoom(s);
    await s.page.getByTestId('pause').click();
    await s.page.getByTestId('use-option-holding-now').click();
    await s.page.waitForTimeout(300);
    await s.shot('room-ar-XB-1280x720');
    expect(await s.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // Mirrored: the phone and inbox column is on the right.
    const phone = await s.page.getByTestId('phone').boundingBox();
    expect((phone?.x ?? 0)).toBeGreaterThan(640);
    const clipped = await s.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.room button, .room h2, .room label, .room .status, .room summary')]
        .filter((el) => el.offsetParent !== null && getComputedStyle(el).textOverflow !== 'ellipsis' && !el.closest('.item, .chip, .deadline, .headline, .post, .sr-only'))
        .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 2)
        .map((el) => `${el.tagName} ${el.className} “${el.textContent.slice(0, 40)}”`),
    );
    expect(clipped).toEqual([]);
    expect(s.problems).toEqual([]);
    await s.close();
  });

  test('1920×1080: the room uses the space without scrolling the page', async () => {
    const s = await open(baseUrl, { width: 1920, height: 1080 });
    await enterRoom(s);
    await s.page.getByTestId('speed-60').click();
    await until(s.page, (r) => r.now > 31 * 60_000, 'half an hour of scenario time', 60_000);
    await s.page.getByTestId('pause').click();
    await s.shot('room-1920x1080');
    expect(await s.page.evaluate(() => document.getElementById('ui')?.scrollHeight ?? 0)).toBeLessThanOrEqual(1080);
    expect(s.problems).toEqual([]);
    await s.close();
  });
});
