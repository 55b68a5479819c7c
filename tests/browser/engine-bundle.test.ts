/**
 * The same results everywhere: the engine, the format and the analyser, bundled for the browser by
 * Vite (as the game ships them), play every bundled plan in Debian's Chromium, and each result must
 * equal its Node golden byte for byte (in the spirit of inkjs, which tests its built bundle).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import type { PlaybookTexts } from '../../scripts/golden-play.ts';
import { bundledPlans, playbookTexts } from '../../scripts/update-golden.ts';
import { umdAsCommonJs } from '../../scripts/vite-plugins.ts';
import { closeBrowser, launch } from './harness.ts';

const outDir = mkdtempSync(join(tmpdir(), 'crisis-engine-bundle-'));
let bundle = '';

beforeAll(async () => {
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [umdAsCommonJs()],
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      lib: { entry: 'scripts/golden-play.ts', name: 'CrisisEngine', formats: ['iife'], fileName: () => 'engine.js' },
    },
  });
  bundle = readFileSync(join(outDir, 'engine.js'), 'utf8');
});

afterAll(async () => {
  await closeBrowser();
});

describe('the engine bundled for the browser', () => {
  it('plays every bundled plan in Chromium to the Node golden result, byte for byte', async () => {
    expect(bundle.length).toBeGreaterThan(10_000);
    const browser = await launch();
    // The scenario clock is resolved the same way in both: the browser runs in Node's time zone.
    const context = await browser.newContext({ timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent('<!doctype html><meta charset="utf-8"><title>engine bundle</title>');
    await page.addScriptTag({ content: bundle });
    const plans = bundledPlans();
    expect(plans.length).toBeGreaterThanOrEqual(3);
    for (const p of plans) {
      const inputs = { scenario: readFileSync(p.scenario, 'utf8'), scenarioFile: p.scenario, plan: readFileSync(p.plan, 'utf8'), planFile: p.plan, playbooks: playbookTexts(p.scenario) };
      const played = await page.evaluate((i) => {
        const engine = (window as unknown as { CrisisEngine: { playTexts(a: string, b: string, c: string, d: string, e: PlaybookTexts): string } }).CrisisEngine;
        return engine.playTexts(i.scenario, i.scenarioFile, i.plan, i.planFile, i.playbooks);
      }, inputs);
      expect(played, p.plan).toBe(readFileSync(p.golden, 'utf8'));
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
