/**
 * Press-conference practice played through the UI in Chromium as a spokesperson would: from the
 * title menu to the drill list, the briefing, the podium and the debrief, answering by typing; a
 * question answered with the keyboard only; the room mirrored in the right-to-left pseudo-locale;
 * and the podium with reduced motion. Screens are saved at 1280×720 and 1920×1080.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { closeBrowser, open, screen, type Opened } from './harness.ts';

const baseUrl = inject('baseUrl');
const DRILL = 'global-foods-recall';

afterAll(closeBrowser);

interface Podium {
  phase: string;
  started: boolean;
  over: boolean;
  current: { inject: string; role: string; trigger: string | null; status: string } | null;
  asks: { inject: string; status: string }[];
  annotator: boolean;
}

/** The podium's view model, read through the test handle (the store, never Phaser). */
async function podium(page: Page): Promise<Podium> {
  return page.evaluate(() => {
    interface Handle {
      annotator: () => unknown;
      store: { getState: () => { vm: { phase: string; started: boolean; over: boolean; current: { inject: string; role: string; trigger: string | null; status: string } | null; asks: { inject: string; status: string }[] } } };
    }
    const handle = (window as unknown as { __crisis: { press: () => Handle | null } }).__crisis.press();
    if (!handle) throw new Error('no press conference');
    const vm = handle.store.getState().vm;
    return {
      phase: vm.phase,
      started: vm.started,
      over: vm.over,
      current: vm.current ? { inject: vm.current.inject, role: vm.current.role, trigger: vm.current.trigger, status: vm.current.status } : null,
      asks: vm.asks.map((a) => ({ inject: a.inject, status: a.status })),
      annotator: handle.annotator() !== null,
    };
  });
}

async function soundLog(page: Page): Promise<{ sound: string; action: string }[]> {
  return page.evaluate(() => [...((window as unknown as { __crisis: { audio: () => { log: { sound: string; action: string }[] } | null } }).__crisis.audio()?.log ?? [])]);
}

async function until(page: Page, predicate: (p: Podium) => boolean, what: string, timeoutMs = 30_000): Promise<Podium> {
  const started = Date.now();
  for (;;) {
    const p = await podium(page);
    if (predicate(p)) return p;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}; podium: ${JSON.stringify(p)}`);
    await page.waitForTimeout(100);
  }
}

/** Title → press practice → the drill's briefing → the podium, with the first question put. */
async function toPodium(s: Opened, drill = DRILL, size = ''): Promise<void> {
  await screen(s.page, 'title');
  await s.page.getByTestId('menu-press').click();
  await screen(s.page, 'library');
  if (size) await s.shot(`press-drills-${size}`);
  await s.page.getByTestId(`press-open-${drill}`).click();
  await screen(s.page, 'press-briefing');
  await s.page.getByTestId('press-start').waitFor();
  if (size) await s.shot(`press-briefing-${size}`);
  await s.page.getByTestId('press-start').click();
  await screen(s.page, 'press');
  await until(s.page, (p) => p.current !== null && p.annotator, 'the first question');
}

async function typeAnswer(page: Page, text: string): Promise<string> {
  const before = (await podium(page)).current?.inject ?? '';
  await page.getByTestId('answer-text').fill(text);
  await page.getByTestId('answer-send').click();
  await until(page, (p) => p.current?.inject !== before, `the question after ${before}`);
  return before;
}

describe('press-conference practice', () => {
  test('from the menu to the debrief, answering every question by typing; a dodge brings its follow-up on screen', async () => {
    const s = await open(baseUrl);
    await toPodium(s, DRILL, '1280x720');
    await s.shot('press-question-1280x720');
    expect(await s.page.getByTestId('question-from').textContent()).toContain('Dev Patel');
    expect(await s.page.getByTestId('reporter-dev-patel').textContent()).toContain('Associated Wire');

    // A dodge: the reporter presses, and the caption says why.
    await typeAnswer(s.page, "A limited number. I'm not going to get into specific figures while the investigation is ongoing.");
    const followUp = await podium(s.page);
    expect(followUp.current).toMatchObject({ role: 'follow-up', trigger: 'dodged' });
    await expect.poll(() => s.page.getByTestId('question-why').textContent()).toMatch(/did not answer the question/);
    await s.shot('press-follow-up-1280x720');
    // The room reacted to the dodge: cameras and a stir, shown as flashes over the room that are gone
    // once the burst is over (nothing is left behind to pile up over a long conference).
    expect(Number(await s.page.getByTestId('press-room').getAttribute('data-flashes'))).toBeGreaterThan(2);
    await expect.poll(() => s.page.locator('.press-flash').count(), { timeout: 10_000 }).toBe(0);
    expect(await soundLog(s.page)).toEqual(expect.arrayContaining([{ sound: 'shutter-burst', action: 'play' }, { sound: 'room-stir', action: 'play' }]));

    // A date given, then changed without a word: the reporter comes back with the spokesperson's own
    // earlier words and the time they were said, on screen.
    await typeAnswer(s.page, 'Three lots, L0226 to L0228, and the CDC now counts seven people ill, up from four this morning, because genetic testing is linking more cases. No deaths. Our first positive swab for Listeria was on 9 March.');
    await typeAnswer(s.page, 'You are right about the date. On 26 February a swab on Line 3 tested positive and we kept producing. That was our decision and it was wrong.');
    expect((await podium(s.page)).current).toMatchObject({ inject: 'pc-knew-contradicted', role: 'follow-up', trigger: 'contradicted' });
    await expect.poll(() => s.page.getByTestId('question-why').textContent()).toMatch(/contradicted what you said earlier/);
    const quoted = await s.page.getByTestId('question-quote').textContent();
    expect(quoted).toMatch(/^You, at \d{1,2}:\d{2}: “Our first positive swab for Listeria was on 9 March\.”$/);
    expect(await s.page.getByTestId('question-quote').isVisible()).toBe(true);
    await s.shot('press-contradiction-1280x720');
    // With headlines on the ticker, the lectern still fits the screen: the Answer button is reachable.
    const send = await s.page.getByTestId('answer-send').boundingBox();
    expect((send?.x ?? 0) + (send?.width ?? 0)).toBeLessThanOrEqual(1280);

    const answers = [
      'I am correcting the record: the first positive was on 26 February, not 9 March. What I said earlier was wrong, and I apologise.',
      'We are working with the FDA. If you ate it and feel unwell, call your doctor and mention Listeria.',
      'We will publish every change at globalfoods.com/recall, and our consumer line is 1-800-555-0142.',
      'We are sorry. People trusted our food, and we let them down.',
    ];
    for (const text of answers) {
      const p = await podium(s.page);
      if (p.over || p.current === null) break;
      await typeAnswer(s.page, text);
    }
    await until(s.page, (p) => p.over || p.phase === 'ended', 'the end of the conference');
    await screen(s.page, 'press-closed');
    await s.shot('press-closed-1280x720');
    const asked = (await podium(s.page)).asks;
    await s.page.getByTestId('to-debrief').click();
    await screen(s.page, 'press-debrief');
    await s.shot('press-debrief-1280x720');

    // The debrief replays every question asked, the follow-up with what called for it, and the words said.
    for (const a of asked) await s.page.getByTestId(`replay-${a.inject}`).waitFor();
    expect(await s.page.getByTestId('replay-pc-numbers-press').textContent()).toMatch(/did not answer the question/);
    expect(await s.page.getByTestId('replay-answer-pc-numbers').textContent()).toContain('A limited number');
    // The contradiction is replayed with the words it quoted back.
    expect(await s.page.getByTestId('replay-quote-pc-knew-contradicted').textContent()).toContain('was on 9 March.');
    // Under each answer, the question's score on each dimension on the same 0–100 scale as the cards.
    await s.page.getByTestId('replay-pc-numbers').locator('details.cues summary').click();
    expect(await s.page.getByTestId('replay-pc-numbers').locator('details.cues summary').textContent()).toMatch(/scoring cues on this answer as a statement: Timeliness \d{1,3}, .*Empathy \d{1,3}/);
    await s.shot('press-debrief-cues-1280x720');
    expect(s.problems).toEqual([]);
    await s.close();
  });

  test('a question answered with the keyboard only: Esc leaves the answer box, 1 takes the first prepared answer, Ctrl+Enter sends', async () => {
    const s = await open(baseUrl);
    await toPodium(s);
    // The answer box has the focus when the question arrives.
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('answer-text');
    await s.page.keyboard.press('Escape');
    await s.page.keyboard.press('1');
    await expect.poll(() => s.page.getByTestId('answer-text').inputValue()).toContain('Three lots');
    await s.page.keyboard.press('Control+Enter');
    await until(s.page, (p) => p.asks.some((a) => a.inject === 'pc-numbers' && a.status === 'answered'), 'the keyboard answer');
    // The next question takes the focus back to the answer box, with no mouse involved.
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('answer-text');
    expect(s.problems).toEqual([]);
    await s.close();
  });

  test('the right-to-left pseudo-locale mirrors the room and the lectern', async () => {
    const s = await open(baseUrl, { query: 'locale=ar-XB' });
    await toPodium(s);
    expect(await s.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // The first reporter written sits at the front, on the left in English: on the right here.
    // The name tags are laid over the room once it is drawn: wait for that rather than read a box not yet placed.
    const centre = async (): Promise<number> => {
      const box = await s.page.getByTestId('reporter-dev-patel').boundingBox();
      return box === null ? 0 : box.x + box.width / 2;
    };
    await expect.poll(centre, { timeout: 15_000 }).toBeGreaterThan(640);
    const send = await s.page.getByTestId('answer-send').boundingBox();
    expect(send?.x ?? 1280).toBeLessThan(640);
    await s.shot('press-question-ar-XB');
    expect(s.problems).toEqual([]);
    await s.close();
  });

  test('1920×1080 with reduced motion: the podium fits the screen and no camera flashes', async () => {
    const s = await open(baseUrl, { width: 1920, height: 1080, reducedMotion: true });
    await toPodium(s, DRILL, '1920x1080');
    expect(await s.page.evaluate(() => document.documentElement.dataset['motion'])).toBe('reduced');
    const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth || document.documentElement.scrollHeight > window.innerHeight);
    expect(overflow).toBe(false);
    // On a wide screen the top bar is one line: the title, the clock and the controls side by side.
    const title = await s.page.getByTestId('press-title').boundingBox();
    const leave = await s.page.getByTestId('press-leave').boundingBox();
    expect(Math.abs((title?.y ?? 0) + (title?.height ?? 0) / 2 - ((leave?.y ?? 100) + (leave?.height ?? 0) / 2))).toBeLessThan(12);
    await s.shot('press-question-1920x1080');
    // While the answer is typed, the lectern shows the sentence a reporter would lift.
    await s.page.getByTestId('answer-text').fill('No. We have not finished counting. 148,200 packs are recalled, and seven people are ill.');
    await expect.poll(() => s.page.getByTestId('answer-quote').textContent(), { timeout: 15_000 }).toContain('148,200 packs are recalled, and seven people are ill.');
    await s.shot('press-typing-1920x1080');
    await typeAnswer(s.page, 'No comment.');
    // The room still reacts in sound and words, but draws no flashes.
    await until(s.page, (p) => p.current?.role === 'follow-up', 'the follow-up to the dodge');
    expect(await s.page.getByTestId('press-room').getAttribute('data-flashes')).toBe('0');
    expect(await soundLog(s.page)).toEqual(expect.arrayContaining([{ sound: 'shutter-burst', action: 'play' }, { sound: 'room-stir', action: 'play' }]));
    await s.shot('press-follow-up-1920x1080');
    expect(s.problems).toEqual([]);
    await s.close();
  });
});
