/**
 * Drives the built game in Debian's Chromium with playwright-core. Tests read like a player's
 * actions (click the menu item, press Tab, type a statement) and look at the page as a player
 * would; the only window handle they read is `__crisis` (the store and the sound log).
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const SHOTS = 'test-results/screenshots';

let browser: Browser | null = null;

export async function launch(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--autoplay-policy=no-user-gesture-required', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

export interface Opened {
  readonly page: Page;
  /** Console errors and warnings, and uncaught page errors, seen so far. */
  readonly problems: string[];
  shot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function open(baseUrl: string, options: { width?: number; height?: number; query?: string; reducedMotion?: boolean } = {}): Promise<Opened> {
  const b = await launch();
  const context = await b.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    // SwiftShader (software WebGL in headless Chromium) reports its own stalls when a screenshot reads
    // the framebuffer; those are the test machine's driver talking, not the game.
    if (message.text().includes('GL Driver Message')) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()} ${JSON.stringify(message.location())}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(`${baseUrl}?test${options.query ? `&${options.query}` : ''}`);
  mkdirSync(SHOTS, { recursive: true });
  return {
    page,
    problems,
    async shot(name) {
      const path = `${SHOTS}/${name}.png`;
      await page.screenshot({ path });
      return path;
    },
    close: () => context.close(),
  };
}

/** Waits for a scene's screen (its data-testid) to be shown. */
export async function screen(page: Page, testid: string): Promise<void> {
  await page.getByTestId(testid).waitFor({ state: 'visible', timeout: 20_000 });
}
