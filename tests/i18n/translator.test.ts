import { describe, expect, it } from 'vitest';
import { createTranslator, directionOf } from '../../src/i18n/index.ts';

describe('the message catalogue', () => {
  it('renders English by default and falls back to it for an unknown locale', () => {
    expect(createTranslator().t('ui.app.title')).toBe('Crisis Room');
    expect(createTranslator('xx-YY').locale).toBe('en');
  });

  it('knows which languages are written right to left, from BCP 47 tags', () => {
    expect(directionOf('fa')).toBe('rtl');
    expect(directionOf('fa-IR')).toBe('rtl');
    expect(directionOf('bn')).toBe('ltr');
    expect(directionOf('zh-Hans')).toBe('ltr');
    expect(createTranslator('ar-XB').dir).toBe('rtl');
  });

  it('pseudo-locale text is right-to-left and at least 40% longer', () => {
    const en = createTranslator('en').t('ui.app.title');
    const pseudo = createTranslator('ar-XB').t('ui.app.title');
    expect(pseudo.startsWith('\u202B')).toBe(true);
    expect(pseudo.length - 2).toBeGreaterThanOrEqual(Math.ceil(en.length * 1.4));
  });

  it('formats durations, percentages and plurals by the locale', () => {
    const { format } = createTranslator('en');
    expect(format.duration(65 * 60_000)).toBe('1 h 05 min');
    expect(format.duration(12 * 60_000)).toBe('12 min');
    expect(format.percent(0.234)).toBe('23%');
    expect(format.plural(1, { one: 'inject', other: 'injects' })).toBe('inject');
    expect(format.plural(3, { one: 'inject', other: 'injects' })).toBe('injects');
    expect(format.number(Number.NaN)).toBe('—');
  });
});
