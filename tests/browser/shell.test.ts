import { afterAll, describe, expect, inject, test } from 'vitest';
import { closeBrowser, open, screen } from './harness.ts';

const baseUrl = inject('baseUrl');

afterAll(closeBrowser);

describe('game shell', () => {
  test('loads through the preloader to the main menu, with the menu reachable by keyboard', async () => {
    const s = await open(baseUrl);
    await screen(s.page, 'title');
    await s.shot('title-1280x720');
    // Focus starts on the first menu item; Tab walks the menu in order.
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('menu-solo');
    await s.page.keyboard.press('Tab');
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('menu-press');
    await s.page.keyboard.press('Shift+Tab');
    await s.page.keyboard.press('Enter');
    await screen(s.page, 'library');
    await expect.poll(() => s.page.getByTestId('scenario-global-foods-recall').isVisible()).toBe(true);
    await s.shot('library-1280x720');
    expect(s.problems).toEqual([]);
    await s.close();
  });

  test('settings persist across a reload and sound unlocks on the first key press', async () => {
    const s = await open(baseUrl);
    await screen(s.page, 'title');
    await s.page.getByTestId('menu-settings').click();
    await screen(s.page, 'settings');
    await s.page.getByTestId('mute').check();
    await s.page.getByTestId('exam-mode').check();
    await s.page.getByTestId('volume').fill('40');
    await s.shot('settings-1280x720');
    await s.page.reload();
    await screen(s.page, 'title');
    await s.page.getByTestId('menu-settings').click();
    await screen(s.page, 'settings');
    expect(await s.page.getByTestId('mute').isChecked()).toBe(true);
    expect(await s.page.getByTestId('exam-mode').isChecked()).toBe(true);
    expect(await s.page.getByTestId('volume').inputValue()).toBe('40');
    expect(s.problems).toEqual([]);
    await s.close();
  });

  test('the pseudo-locale mirrors the menu right-to-left', async () => {
    const s = await open(baseUrl, { query: 'locale=ar-XB' });
    await screen(s.page, 'title');
    expect(await s.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const solo = await s.page.getByTestId('menu-solo').boundingBox();
    expect(solo).not.toBeNull();
    // Mirrored: the menu hugs the right edge of a 1280-wide screen.
    expect((solo?.x ?? 0) + (solo?.width ?? 0)).toBeGreaterThan(900);
    await s.shot('title-ar-XB');
    expect(s.problems).toEqual([]);
    await s.close();
  });

  test('1920×1080 shows the library cards without overflow', async () => {
    const s = await open(baseUrl, { width: 1920, height: 1080 });
    await screen(s.page, 'title');
    await s.page.getByTestId('menu-solo').click();
    await screen(s.page, 'library');
    const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await s.shot('library-1920x1080');
    await s.close();
  });
});
