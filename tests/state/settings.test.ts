import { describe, expect, test } from 'vitest';
import { createAppStore } from '../../src/state/app-store.ts';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/state/settings.ts';

describe('settings', () => {
  test('a damaged settings file keeps its valid fields and defaults the rest', () => {
    const parsed = parseSettings({ volume: 0.3, muted: 'yes', locale: 'xx', examMode: true });
    expect(parsed).toEqual({ ...DEFAULT_SETTINGS, volume: 0.3, examMode: true });
  });

  test('anything that is not an object gives the defaults (first visit, private browsing)', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  test('a volume out of range is refused rather than clamped into something surprising', () => {
    expect(parseSettings({ volume: 7 }).volume).toBe(DEFAULT_SETTINGS.volume);
  });

  test('changing one setting tells the subscribers of that slice and keeps the others', () => {
    const store = createAppStore();
    const seen: boolean[] = [];
    const stop = store.subscribe((s) => s.settings.muted, (muted) => seen.push(muted));
    store.getState().updateSettings({ muted: true });
    store.getState().updateSettings({ volume: 0.2 });
    stop();
    store.getState().updateSettings({ muted: false });
    expect(seen).toEqual([true]);
    expect(store.getState().settings).toMatchObject({ muted: false, volume: 0.2 });
  });
});
